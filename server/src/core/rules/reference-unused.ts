import { findCitations, referenceEntries } from '../citations';
import type { Rule } from '../rule';

export const rule: Rule = {
  meta: {
    id: 'reference-unused',
    description: 'every reference is cited somewhere',
    defaultSeverity: 'warning',
    category: 'citations',
  },
  check(ctx) {
    const { doc } = ctx;
    const cited = new Set(findCitations(doc).map((c) => c.key));
    for (const r of referenceEntries(doc)) {
      if (cited.has(r.id)) continue;
      ctx.report({
        start: r.start,
        end: r.end,
        message: `reference ${r.id} is never cited; cite it as [@${r.id}] or remove it`,
      });
    }
  },
};
