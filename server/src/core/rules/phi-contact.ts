import type { Rule } from '../rule';

export const rule: Rule = {
  meta: {
    id: 'phi-contact',
    description: 'patient-facing text holds no phone or fax number, email address, URL or IP address',
    defaultSeverity: 'error',
    category: 'deidentification',
  },
  check(ctx) {
    for (const f of ctx.analyses.deidentification) {
      if (f.kind !== 'contact') continue;
      ctx.report({ start: f.start, end: f.end, message: f.message, fixes: f.fixes, data: { phi: f.what } });
    }
  },
};
