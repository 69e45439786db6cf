import type { CaseDocument, Path } from '../document';
import type { Rule } from '../rule';
import { valueTextSpan } from '../symbols';
import { didYouMean, nearest, suggestionFixes } from '../text';
import { quoteValue } from '../phi/quote';

/** The ids `authors` defines (string ids only). */
export function authorIds(doc: CaseDocument): string[] {
  const ids: string[] = [];
  for (const a of doc.items(['authors'])) {
    const id = a.value && typeof a.value === 'object' ? (a.value as Record<string, unknown>).id : undefined;
    if (typeof id === 'string' && id !== '') ids.push(id);
  }
  return ids;
}

export const rule: Rule = {
  meta: {
    id: 'author-undefined',
    description: 'perspectives and the integrative discussion name authors that `authors` defines',
    defaultSeverity: 'error',
    category: 'structure',
  },
  check(ctx) {
    const { doc } = ctx;
    const ids = authorIds(doc);
    const known = new Set(ids);
    const uses: { path: Path; where: string }[] = [];
    for (const p of doc.items(['perspectives'])) uses.push({ path: [...p.path, 'author'], where: 'perspective' });
    uses.push({ path: ['integrative_discussion', 'author'], where: 'integrative discussion' });
    const authorsKey = doc.has(['authors']) ? doc.span(['authors'], 'key') : undefined;
    for (const use of uses) {
      const v = doc.get(use.path);
      if (typeof v !== 'string' || v.trim() === '' || known.has(v)) continue;
      const suggestions = nearest(v, ids);
      const edit = valueTextSpan(doc, use.path);
      const fixes = suggestionFixes(edit, suggestions);
      const hint = suggestions.length > 0 ? `; ${didYouMean(suggestions)}` : ids.length > 0 ? ` (authors: ${ids.join(', ')})` : '; the document defines no authors';
      ctx.report({
        ...doc.span(use.path, 'value'),
        message: `the ${use.where} names author "${quoteValue(v)}", which is not an id in authors${hint}`,
        ...(fixes.length > 0 ? { fixes } : {}),
        ...(authorsKey ? { related: [{ ...authorsKey, message: 'authors are defined here' }] } : {}),
        data: { suggestions },
      });
    }
  },
};
