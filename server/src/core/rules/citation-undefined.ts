import type { Rule } from '../rule';
import { didYouMean, nearest } from '../text';
import type { Fix } from '../types';

export const rule: Rule = {
  meta: {
    id: 'citation-undefined',
    description: 'every [@key] citation names a reference',
    defaultSeverity: 'error',
    category: 'citations',
  },
  check(ctx) {
    const { doc } = ctx;
    const ids = [...new Set(ctx.analyses.citations.references.map((r) => r.id))];
    const known = new Set(ids);
    const refsKey = doc.has(['references']) ? doc.span(['references'], 'key') : undefined;
    for (const c of ctx.analyses.citations.citations) {
      if (known.has(c.key)) continue;
      const suggestions = nearest(c.key, ids);
      const fixes: Fix[] = suggestions.map((s, i) => ({
        title: `Cite ${s}`,
        edits: [{ start: c.start, end: c.end, newText: s }],
        preferred: i === 0,
      }));
      const hint = suggestions.length > 0
        ? `; ${didYouMean(suggestions)}`
        : ids.length === 0 ? '; the document has no references list' : '; add it to references';
      ctx.report({
        start: c.start,
        end: c.end,
        message: `citation @${c.key} names no reference${hint}`,
        ...(fixes.length > 0 ? { fixes } : {}),
        ...(refsKey ? { related: [{ ...refsKey, message: 'references are listed here' }] } : {}),
        data: { suggestions },
      });
    }
  },
};
