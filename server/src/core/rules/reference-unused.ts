import type { Rule } from '../rule';

export const rule: Rule = {
  meta: {
    id: 'reference-unused',
    description: 'every reference is cited somewhere',
    defaultSeverity: 'warning',
    category: 'citations',
  },
  check(ctx) {
    const cited = new Set(ctx.analyses.citations.citations.map((c) => c.key));
    for (const r of ctx.analyses.citations.references) {
      if (cited.has(r.id)) continue;
      ctx.report({
        start: r.start,
        end: r.end,
        message: `reference ${r.id} is never cited; cite it as [@${r.id}] or remove it`,
      });
    }
  },
};
