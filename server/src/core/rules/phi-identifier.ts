import type { Rule } from '../rule';

export const rule: Rule = {
  meta: {
    id: 'phi-identifier',
    description: 'patient-facing text holds no SSN, medical record, health plan, account or other identification number',
    defaultSeverity: 'error',
    category: 'deidentification',
  },
  check(ctx) {
    for (const f of ctx.analyses.deidentification) {
      if (f.kind !== 'identifier') continue;
      ctx.report({ start: f.start, end: f.end, message: f.message, fixes: f.fixes, data: { phi: f.what } });
    }
  },
};
