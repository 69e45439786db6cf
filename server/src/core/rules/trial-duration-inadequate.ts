import { EPSILON } from '../adequacy';
import { DEFAULT_MINIMUM_WEEKS } from '../config';
import { formatWeeks } from '../quantity';
import type { Rule } from '../rule';

export const rule: Rule = {
  meta: {
    id: 'trial-duration-inadequate',
    description: 'antidepressant and augmentation trials last at least the minimum adequate duration (6 weeks, MGH ATRQ)',
    defaultSeverity: 'warning',
    category: 'adequacy',
  },
  check(ctx) {
    const summary = ctx.analyses.adequacy;
    const min = summary.minimumWeeks;
    const basis = min === DEFAULT_MINIMUM_WEEKS ? 'MGH ATRQ' : 'adequacy.minimum_weeks in the configuration';
    for (const t of summary.trials) {
      if (t.weeks === undefined || t.generic === undefined) continue;
      if (!(t.antidepressant || t.role === 'augmentation')) continue;
      if (t.weeks >= min - EPSILON) continue;
      const fromPeriod = t.durationFrom === 'period';
      const weeks = formatWeeks(t.weeks, min);
      const written = fromPeriod ? '' : String(ctx.doc.get([...t.path, 'duration']));
      const shown = fromPeriod ? `${weeks} (from its period)` : written === weeks ? written : `${written} (${weeks})`;
      const what = t.role === 'augmentation' && !t.antidepressant ? `${t.generic} augmentation was tried` : `${t.generic} was tried`;
      ctx.report({
        ...ctx.doc.span([...t.path, fromPeriod ? 'period' : 'duration'], 'value'),
        message: `${what} for ${shown}; an adequate trial lasts at least ${formatWeeks(min)} (${basis})`,
        data: { weeks: t.weeks, minimumWeeks: min },
      });
    }
  },
};
