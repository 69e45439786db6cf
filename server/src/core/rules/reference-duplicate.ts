import { referenceEntries, type ReferenceEntry } from '../citations';
import type { Rule } from '../rule';

export const rule: Rule = {
  meta: {
    id: 'reference-duplicate',
    description: 'reference ids are unique',
    defaultSeverity: 'error',
    category: 'citations',
  },
  check(ctx) {
    const first = new Map<string, ReferenceEntry>();
    for (const r of referenceEntries(ctx.doc)) {
      const earlier = first.get(r.id);
      if (!earlier) {
        first.set(r.id, r);
        continue;
      }
      ctx.report({
        start: r.start,
        end: r.end,
        message: `reference id ${r.id} is used twice (references ${earlier.index + 1} and ${r.index + 1}); citations cannot tell them apart`,
        related: [{ start: earlier.start, end: earlier.end, message: `the first reference with id ${r.id}` }],
      });
    }
  },
};
