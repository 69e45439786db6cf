import type { Rule } from '../rule';

export const rule: Rule = {
  meta: {
    id: 'phi-age',
    description: 'patient-facing text and age fields hold no age over 89',
    defaultSeverity: 'warning',
    category: 'deidentification',
  },
  check(ctx) {
    for (const f of ctx.analyses.deidentification) {
      if (f.kind !== 'age') continue;
      ctx.report({ start: f.start, end: f.end, message: f.message, fixes: f.fixes, data: { phi: f.what } });
    }
  },
};
