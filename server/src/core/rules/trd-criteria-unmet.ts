import type { Rule } from '../rule';
import type { RelatedInformation } from '../types';

export const rule: Rule = {
  meta: {
    id: 'trd-criteria-unmet',
    description: 'a diagnosis that claims treatment resistance is backed by at least 2 adequate antidepressant trials',
    defaultSeverity: 'warning',
    category: 'adequacy',
  },
  check(ctx) {
    const claims = ctx.doc.items(['diagnoses']).filter(
      ({ value }) => value !== null && typeof value === 'object' && (value as Record<string, unknown>).treatment_resistant === true,
    );
    if (claims.length === 0) return;
    // How many adequate antidepressant trials a claim needs: the knowledge base's TRD definition (trd-definitions.json `claim`).
    const required = ctx.kb.trdClaim().minTrials;
    const summary = ctx.analyses.adequacy;
    if (summary.adequateCount >= required) return;
    const ad = summary.trials.filter((t) => t.antidepressant);
    const adequate = ad.filter((t) => t.status === 'adequate').map((t) => t.generic ?? t.drug);
    const inadequate = ad.filter((t) => t.status === 'inadequate');
    const unjudged = ad.filter((t) => t.status === 'unassessable');
    let message = `treatment resistance needs ${required} adequate antidepressant trials; ${summary.adequateCount} found`;
    if (adequate.length > 0) message += ` (${adequate.join(', ')})`;
    if (inadequate.length > 0) {
      message += `; not adequate: ${inadequate.map((t) => `${t.generic ?? t.drug} (${t.reasons.join(', ')})`).join(', ')}`;
    }
    if (unjudged.length > 0) {
      message += `; cannot be judged: ${unjudged.map((t) => `${t.generic ?? t.drug} (${t.reasons.join(', ')})`).join(', ')}`;
    }
    const related: RelatedInformation[] = [...inadequate, ...unjudged].map((t) => ({
      ...ctx.doc.span([...t.path, 'drug'], 'value'),
      message: `${t.label}: ${t.status} (${t.reasons.join(', ')})`,
    }));
    for (const { path } of claims) {
      ctx.report({
        ...ctx.doc.span([...path, 'treatment_resistant'], 'value'),
        message,
        ...(related.length > 0 ? { related } : {}),
        data: { adequateCount: summary.adequateCount, required },
      });
    }
  },
};
