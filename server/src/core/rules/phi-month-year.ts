import type { Rule } from '../rule';

export const rule: Rule = {
  meta: {
    id: 'phi-month-year',
    description: 'patient-facing text holds no month with a year (Safe Harbor keeps only the year)',
    defaultSeverity: 'hint',
    category: 'deidentification',
  },
  check(ctx) {
    for (const f of ctx.analyses.deidentification) {
      if (f.kind !== 'month-year') continue;
      ctx.report({ start: f.start, end: f.end, message: f.message, fixes: f.fixes, data: { phi: f.what } });
    }
  },
};
