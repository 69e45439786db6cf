import { isMap, isScalar, type Node as YamlNode } from 'yaml';
import type { Rule } from '../rule';
import { valueTextSpan } from '../symbols';
import { didYouMean, nearest, suggestionFixes } from '../text';
import { quoteValue } from '../phi/quote';

export const rule: Rule = {
  meta: {
    id: 'affiliation-undefined',
    description: 'authors name affiliations that the `affiliations` map defines',
    defaultSeverity: 'error',
    category: 'structure',
  },
  check(ctx) {
    const { doc } = ctx;
    const map = doc.node(['affiliations']) as YamlNode | undefined;
    const ids: string[] = [];
    if (map && isMap(map)) {
      for (const pair of map.items) {
        const k = pair.key as YamlNode | null;
        if (k && isScalar(k) && (typeof k.value === 'string' || typeof k.value === 'number')) ids.push(String(k.value));
      }
    }
    const known = new Set(ids);
    const affKey = doc.has(['affiliations']) ? doc.span(['affiliations'], 'key') : undefined;
    for (const author of doc.items(['authors'])) {
      const authorId = author.value && typeof author.value === 'object' ? (author.value as Record<string, unknown>).id : undefined;
      for (const item of doc.items([...author.path, 'affiliations'])) {
        if ((typeof item.value !== 'string' && typeof item.value !== 'number') || item.value === '') continue;
        const v = String(item.value);
        if (known.has(v)) continue;
        const suggestions = nearest(v, ids);
        const edit = valueTextSpan(doc, item.path);
        const fixes = suggestionFixes(edit, suggestions);
        const who = typeof authorId === 'string' ? `author ${authorId}` : 'an author';
        const hint = suggestions.length > 0
          ? `; ${didYouMean(suggestions)}`
          : ids.length > 0 ? ` (defined: ${ids.join(', ')})` : '; the document has no affiliations map';
        ctx.report({
          ...doc.span(item.path, 'value'),
          message: `${who} names affiliation "${quoteValue(v)}", which the affiliations map lacks${hint}`,
          ...(fixes.length > 0 ? { fixes } : {}),
          ...(affKey ? { related: [{ ...affKey, message: 'affiliations are defined here' }] } : {}),
          data: { suggestions },
        });
      }
    }
  },
};
