import type { Rule } from '../rule';

export const rule: Rule = {
  meta: {
    id: 'trial-unassessable',
    description: 'a drug trial gives a dose and a duration, so its adequacy can be judged',
    defaultSeverity: 'info',
    category: 'adequacy',
  },
  check(ctx) {
    for (const t of ctx.analyses.adequacy.trials) {
      const missing: string[] = [];
      if (t.reasons.includes('no dose')) missing.push('dose');
      if (t.reasons.includes('no duration')) missing.push('duration');
      const name = t.generic ?? t.drug;
      let message: string | undefined;
      if (missing.length > 0) {
        message = `${name} has no ${missing.join(' and no ')}, so the adequacy of this trial cannot be judged`;
      } else if (t.reasons.includes('mg/kg dose without patient.weight')) {
        message = `${name} is dosed in mg/kg but patient.weight is not given, so the adequacy of this trial cannot be judged`;
      }
      if (!message) continue;
      ctx.report({ ...ctx.doc.span([...t.path, 'drug'], 'value'), message, data: { missing } });
    }
  },
};
