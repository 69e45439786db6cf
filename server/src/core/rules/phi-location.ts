import type { Rule } from '../rule';

export const rule: Rule = {
  meta: {
    id: 'phi-location',
    description: 'patient-facing text holds no street address or ZIP code',
    defaultSeverity: 'warning',
    category: 'deidentification',
  },
  check(ctx) {
    for (const f of ctx.analyses.deidentification) {
      if (f.kind !== 'location') continue;
      ctx.report({ start: f.start, end: f.end, message: f.message, fixes: f.fixes, data: { phi: f.what } });
    }
  },
};
