import { type TrialAssessment } from '../adequacy';
import { quoteValue } from '../phi/quote';
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
    // Every antidepressant trial can be augmented, one given as augmentation too (rules.md);
    // an antidepressant listed as augmentation needs another one.
    const bases = trials.filter((t) => t.antidepressant);
    // Dated antidepressant trials sorted by start, with the running maximum of
    // their ends, the trial that has it, and the largest end of the others:
    // "does any trial but `self` overlap [s, e]?" is then one binary search.
    const dated = bases.filter((b) => b.period).sort((a, b) => a.period![0] - b.period![0]);
    const maxEnd: number[] = [];
    const maxBy: TrialAssessment[] = [];
    const secondEnd: number[] = [];
    dated.forEach((b, i) => {
      const end = b.period![1];
      const best = maxEnd[i - 1] ?? -Infinity;
      if (end > best) {
        maxEnd.push(end);
        maxBy.push(b);
        secondEnd.push(best);
      } else {
        maxEnd.push(best);
        maxBy.push(maxBy[i - 1]!);
        secondEnd.push(Math.max(secondEnd[i - 1] ?? -Infinity, end));
      }
    });
    const overlapsAny = (s: number, e: number, self: TrialAssessment): boolean => {
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
      if (last < 0) return false;
      return (maxBy[last] === self ? (secondEnd[last] ?? -Infinity) : (maxEnd[last] ?? -Infinity)) >= s;
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
    // A period to the month or day is a date of the patient's: quoted masked, as every message quotes (rules.md).
    // Each trial's once: a trial is often a neighbour named in several messages, and masking scans the text.
    const quoted = new Map<TrialAssessment, string>();
    const periodText = (t: TrialAssessment): string => {
      let text = quoted.get(t);
      if (text === undefined) {
        text = quoteValue(String(ctx.doc.get([...t.path, 'period'])));
        quoted.set(t, text);
      }
      return text;
    };

    for (const t of trials) {
      if (t.role !== 'augmentation') continue;
      const name = t.generic ?? t.drug;
      let message: string | undefined;
      const others = bases.length - (t.antidepressant ? 1 : 0);
      if (others === 0) {
        message = `${name} is listed as augmentation, but treatment_history holds no ${t.antidepressant ? 'other ' : ''}antidepressant trial for it to augment`;
      } else if (t.period && !overlapsAny(t.period[0], t.period[1], t)) {
        // A dated augmentation needs a dated antidepressant trial whose period overlaps it.
        const [s] = t.period;
        // The trials starting nearest in time: neighbours of s in start order.
        const at = firstStartAfter(s);
        const nearest = dated
          .slice(Math.max(0, at - MAX_NAMED - 1), at + MAX_NAMED + 1)
          .filter((b) => b !== t)
          .sort((a, b) => Math.abs(a.period![0] - s) - Math.abs(b.period![0] - s))
          .slice(0, MAX_NAMED)
          .map((b) => `${b.generic ?? b.drug} ${periodText(b)}`);
        const datedOthers = dated.length - (t.antidepressant && t.period ? 1 : 0);
        const more = datedOthers > MAX_NAMED ? `, and ${datedOthers - MAX_NAMED} more` : '';
        message = `${name} is listed as augmentation (${periodText(t)}), but no ${t.antidepressant ? 'other ' : ''}antidepressant trial overlaps that period${
          nearest.length > 0 ? ` (${nearest.join(', ')}${more})` : ' (no antidepressant trial gives a period)'
        }`;
      }
      if (!message) continue;
      ctx.report({ ...ctx.doc.span([...t.path, 'role'], 'value'), message });
    }
  },
};
