import type { Rule } from '../rule';
import { authorIds } from './author-undefined';
import { perspectiveName } from './perspective-unlabeled';

export const rule: Rule = {
  meta: {
    id: 'perspective-unattributed',
    description: 'every perspective names its author',
    defaultSeverity: 'error',
    category: 'perspectives',
  },
  check(ctx) {
    const { doc } = ctx;
    const ids = authorIds(doc);
    for (const p of doc.items(['perspectives'])) {
      if (!p.value || typeof p.value !== 'object' || Array.isArray(p.value)) continue;
      const author = (p.value as Record<string, unknown>).author;
      if (author !== undefined && author !== null && !(typeof author === 'string' && author.trim() === '')) continue;
      const index = p.path[p.path.length - 1] as number;
      const hasKey = doc.has([...p.path, 'author']);
      const range = hasKey ? doc.span([...p.path, 'author'], 'value') : doc.span(p.path, 'key');
      const choices = ids.length > 0 ? ` (one of ${ids.join(', ')})` : '';
      ctx.report({
        ...range,
        message: `perspective ${perspectiveName(p.value, index)} has ${hasKey ? 'an empty author' : 'no author'}; name the author's id${choices}`,
      });
    }
  },
};
