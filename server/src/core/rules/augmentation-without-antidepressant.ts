import { adequacyFor, periodsOverlap } from '../adequacy';
import type { Rule } from '../rule';

export const rule: Rule = {
  meta: {
    id: 'augmentation-without-antidepressant',
    description: 'an augmentation agent has an antidepressant trial to augment (overlapping by period, or in the history)',
    defaultSeverity: 'info',
    category: 'adequacy',
  },
  check(ctx) {
    const trials = adequacyFor(ctx).trials;
    const bases = trials.filter((t) => t.antidepressant && t.role !== 'augmentation');
    for (const t of trials) {
      if (t.role !== 'augmentation') continue;
      const name = t.generic ?? t.drug;
      let message: string | undefined;
      if (bases.length === 0) {
        message = `${name} is listed as augmentation, but treatment_history holds no antidepressant trial for it to augment`;
      } else if (t.period) {
        // A dated augmentation needs a dated antidepressant trial whose period overlaps it.
        const aug = t.period;
        const dated = bases.filter((b) => b.period);
        if (!dated.some((b) => periodsOverlap(aug, b.period!))) {
          const period = String(ctx.doc.get([...t.path, 'period']));
          const others = dated.map((b) => `${b.generic ?? b.drug} ${String(ctx.doc.get([...b.path, 'period']))}`);
          message = `${name} is listed as augmentation (${period}), but no antidepressant trial overlaps that period${
            others.length > 0 ? ` (${others.join(', ')})` : ' (no antidepressant trial gives a period)'
          }`;
        }
      }
      if (!message) continue;
      ctx.report({ ...ctx.doc.span([...t.path, 'role'], 'value'), message });
    }
  },
};
