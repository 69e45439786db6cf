import { notCountedKind, type TrialAssessment } from '../adequacy';
import type { Rule } from '../rule';
import { MAX_MESSAGE_LENGTH, type RelatedInformation } from '../types';

/**
 * A treatment-resistance claim needs failed adequate treatment steps (2 by
 * the knowledge base's TRD definition, trd-definitions.json `claim`;
 * docs/rules/trd-criteria-unmet.md): adequate antidepressant trials with no
 * response or a partial response, the same drug counted once, a concurrent
 * combination or augmentation counted as one step.
 */
export const rule: Rule = {
  meta: {
    id: 'trd-criteria-unmet',
    description: 'a diagnosis that claims treatment resistance is backed by at least 2 failed adequate treatment steps',
    defaultSeverity: 'warning',
    category: 'adequacy',
  },
  check(ctx) {
    const claims = ctx.doc.items(['diagnoses']).filter(
      ({ value }) => value !== null && typeof value === 'object' && (value as Record<string, unknown>).treatment_resistant === true,
    );
    if (claims.length === 0) return;
    const summary = ctx.analyses.adequacy;
    if (summary.trdSupported) return;
    const counted = summary.trials.filter((t) => t.counts);
    const others = summary.trials.filter((t) => !t.counts);
    const name = (t: TrialAssessment): string => (t.generic ? t.generic + (t.formulation ? ` ${t.formulation}` : '') : `treatment_history[${t.index}]`);
    let message = `treatment resistance needs ${summary.requiredSteps} failed adequate treatment steps`;
    if (summary.requireDifferentClasses) message += ' in 2 different classes (trd.require_different_classes)';
    message += `; ${summary.failedSteps} found`;
    if (counted.length > 0) message += ` (${counted.map(name).join(', ')})`;
    if (summary.requireDifferentClasses && summary.failedSteps >= summary.requiredSteps) {
      message += `, all ${summary.steps.find((s) => s.counts)?.classes[0] ?? 'one class'}`;
    }
    if (others.length > 0) {
      const detailed = `${message}; not counted: ${others.map((t) => `${name(t)} (${t.notCounted ?? 'not counted'})`).join(', ')}`;
      // A long history still names every trial: by reason, without the figures (related information has them).
      message = detailed.length <= MAX_MESSAGE_LENGTH ? detailed : `${message}; not counted: ${byReason(others, name)}`;
    }
    const related: RelatedInformation[] = others.map((t) => ({
      ...ctx.doc.span([...t.path, 'drug'], 'value'),
      message: `${t.label}: does not count (${t.notCounted ?? 'not counted'})`,
    }));
    for (const { path } of claims) {
      ctx.report({
        ...ctx.doc.span([...path, 'treatment_resistant'], 'value'),
        message,
        ...(related.length > 0 ? { related } : {}),
        data: { failedSteps: summary.failedSteps, required: summary.requiredSteps, adequateCount: summary.adequateCount },
      });
    }
  },
};

/** "too low: a, b; too short: c": each trial named once, under the first kind of its reason. */
function byReason(trials: readonly TrialAssessment[], name: (t: TrialAssessment) => string): string {
  const groups = new Map<string, string[]>();
  for (const t of trials) {
    const why = t.notCounted ?? 'not counted';
    const kind = notCountedKind(why);
    const names = groups.get(kind);
    if (names) names.push(name(t));
    else groups.set(kind, [name(t)]);
  }
  return [...groups].map(([kind, names]) => `${kind}: ${names.join(', ')}`).join('; ');
}
