import type { Rule } from '../rule';

export const rule: Rule = {
  meta: {
    id: 'phi-date',
    description: 'patient-facing text holds no full date (day and month)',
    defaultSeverity: 'warning',
    category: 'deidentification',
  },
  check(ctx) {
    for (const f of ctx.analyses.deidentification) {
      if (f.kind !== 'date') continue;
      ctx.report({ start: f.start, end: f.end, message: f.message, fixes: f.fixes, data: { phi: f.what } });
    }
  },
};
