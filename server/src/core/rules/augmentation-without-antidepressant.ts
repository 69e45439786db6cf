import { type TrialAssessment } from '../adequacy';
import type { Rule } from '../rule';

/** How many non-overlapping antidepressant trials a message names at most. */
const MAX_NAMED = 3;

export const rule: Rule = {
  meta: {
    id: 'augmentation-without-antidepressant',
    description: 'an augmentation agent has an antidepressant trial to augment (overlapping by period, or in the history)',
    defaultSeverity: 'info',
    category: 'adequacy',
  },
  check(ctx) {
    const trials = ctx.analyses.adequacy.trials;
    const bases = trials.filter((t) => t.antidepressant && t.role !== 'augmentation');
    // Dated antidepressant trials sorted by start, with the running maximum of
    // their ends: "does any overlap [s, e]?" is then one binary search.
    const dated = bases.filter((b) => b.period).sort((a, b) => a.period![0] - b.period![0]);
    const maxEnd: number[] = [];
    dated.forEach((b, i) => maxEnd.push(Math.max(b.period![1], maxEnd[i - 1] ?? -Infinity)));
    const overlapsAny = (s: number, e: number): boolean => {
      let lo = 0;
      let hi = dated.length - 1;
      let last = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (dated[mid]!.period![0] <= e) {
          last = mid;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      return last >= 0 && (maxEnd[last] ?? -Infinity) >= s;
    };
    const firstStartAfter = (s: number): number => {
      let lo = 0;
      let hi = dated.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (dated[mid]!.period![0] <= s) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };
    const periodText = (t: TrialAssessment): string => String(ctx.doc.get([...t.path, 'period']));

    for (const t of trials) {
      if (t.role !== 'augmentation') continue;
      const name = t.generic ?? t.drug;
      let message: string | undefined;
      if (bases.length === 0) {
        message = `${name} is listed as augmentation, but treatment_history holds no antidepressant trial for it to augment`;
      } else if (t.period && !overlapsAny(t.period[0], t.period[1])) {
        // A dated augmentation needs a dated antidepressant trial whose period overlaps it.
        const [s] = t.period;
        // The trials starting nearest in time: neighbours of s in start order.
        const at = firstStartAfter(s);
        const nearest = dated
          .slice(Math.max(0, at - MAX_NAMED), at + MAX_NAMED)
          .sort((a, b) => Math.abs(a.period![0] - s) - Math.abs(b.period![0] - s))
          .slice(0, MAX_NAMED)
          .map((b) => `${b.generic ?? b.drug} ${periodText(b)}`);
        const more = dated.length > MAX_NAMED ? `, and ${dated.length - MAX_NAMED} more` : '';
        message = `${name} is listed as augmentation (${periodText(t)}), but no antidepressant trial overlaps that period${
          nearest.length > 0 ? ` (${nearest.join(', ')}${more})` : ' (no antidepressant trial gives a period)'
        }`;
      }
      if (!message) continue;
      ctx.report({ ...ctx.doc.span([...t.path, 'role'], 'value'), message });
    }
  },
};
