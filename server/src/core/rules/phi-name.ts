import type { Rule } from '../rule';

export const rule: Rule = {
  meta: {
    id: 'phi-name',
    description: 'patient-facing text holds no personal name (a title and a name, or a given name and a surname), and patient.alias is a pseudonym',
    defaultSeverity: 'warning',
    category: 'deidentification',
  },
  check(ctx) {
    const { doc } = ctx;
    if (doc.get(['patient', 'alias_is_pseudonym']) === false && doc.has(['patient', 'alias'])) {
      ctx.report({
        ...doc.span(['patient', 'alias'], 'value'),
        message:
          'patient.alias is marked as the patient\'s real name (alias_is_pseudonym: false); replace it with a pseudonym and set alias_is_pseudonym to true',
        related: [{ ...doc.span(['patient', 'alias_is_pseudonym'], 'value'), message: 'the alias is marked as a real name here' }],
      });
    }
    for (const f of ctx.analyses.deidentification) {
      if (f.kind !== 'name') continue;
      ctx.report({
        start: f.start,
        end: f.end,
        message: `${f.what} in patient-facing text that is not an author's; use the pseudonym or an arbitrary letter ("Ms A")`,
        fixes: f.fixes,
        data: { phi: f.what },
      });
    }
  },
};
