import { fmt } from '../ketamine';
import type { Rule } from '../rule';

/**
 * The ketamine or esketamine given in one session by one route above the
 * usual ceiling for that route (rules.md; docs/rules/ketamine-dose-range.md).
 * The per-session totals come from the adequacy analysis (core/ketamine.ts).
 */
export const rule: Rule = {
  meta: {
    id: 'ketamine-dose-range',
    description: 'the ketamine given in one session by one route stays under the usual ceiling for that route; esketamine at most 84 mg per session',
    defaultSeverity: 'warning',
    category: 'adequacy',
  },
  check(ctx) {
    for (const k of ctx.analyses.adequacy.ketamine) {
      if (!k.ceiling || !k.crossedAt) continue;
      const several = k.paths.length > 1;
      const total = several ? `${fmt(k.total)} ${k.unit} in all` : textOf(ctx.doc.get(k.crossedAt), k);
      const span = ctx.doc.span(k.crossedAt, 'value');
      const route = k.drug === 'esketamine' ? '' : ` ${k.route}`;
      const label = k.drug === 'esketamine' ? ' (Spravato label: 56 or 84 mg)' : '';
      const message = k.partOnly
        ? `${k.drug}${route} in ${k.session}: its doses in ${k.unit} alone add up to ${fmt(k.total)} ${k.unit}, above the usual${route} ceiling of ${k.ceiling} per session${label}; without patient.weight the doses in mg and in mg/kg cannot be added`
        : k.drug === 'esketamine'
          ? `esketamine ${total} in ${k.session} is above the usual ceiling of ${k.ceiling} per session${label}`
          : `ketamine ${total}${route} in ${k.session} is above the usual${route} ceiling of ${k.ceiling} per session`;
      ctx.report({ ...span, message, data: { route: k.route, ceiling: k.ceiling, total: k.total, unit: k.unit } });
    }
  },
};

/** The single dose as written when it is canonical (with what it converts to), else its value and unit. */
function textOf(raw: unknown, k: { total: number; unit: string; doseNote?: string }): string {
  return typeof raw === 'string' && /^\d+(?:\.\d+)? \S+$/.test(raw) ? `${raw}${k.doseNote ?? ''}` : `${fmt(k.total)} ${k.unit}`;
}
