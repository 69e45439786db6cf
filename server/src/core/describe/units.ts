/**
 * Units of the quantities a case report writes (`60 mg/day`, `8 weeks`):
 * which a key takes, most likely first, and what each means for the
 * adequacy checks. Completion offers and documents them.
 */
import type { PathSegment } from '../document';
import { DOSE_UNITS, TIME_UNITS } from '../quantity';

const ADMINISTRATION_DOSE = ['mg', 'mg/kg', 'mcg', 'g'];
const DELAY = ['min', 'h', 'days', 'weeks'];

/** The units a quantity under `key` at `parentPath` takes, most likely first; undefined for a key that is no quantity. */
export function unitChoices(key: string | undefined, parentPath: readonly PathSegment[]): readonly string[] | undefined {
  switch (key) {
    case 'dose':
      // One administration (interventions) is in mg; a daily dose in mg/day.
      return parentPath.includes('administrations')
        ? [...ADMINISTRATION_DOSE, ...DOSE_UNITS.filter((u) => ![...ADMINISTRATION_DOSE, 'kg'].includes(u))]
        : ['mg/day', 'mg', 'mcg/day', 'g/day', 'mcg', 'g', 'mg/kg', 'mEq/L', 'ng/mL'];
    case 'duration':
      return ['weeks', 'months', 'days', 'years', 'week', 'month', 'day', 'year', 'h', 'min'];
    case 'after':
      return [...DELAY, ...TIME_UNITS.filter((u) => !DELAY.includes(u))];
    case 'weight':
      return ['kg'];
    default:
      return undefined;
  }
}

const UNIT_TEXT: Record<string, string> = {
  mg: 'milligrams, one administration',
  mcg: 'micrograms, one administration',
  g: 'grams, one administration',
  'mg/day': 'milligrams per day (the form adequacy checks read)',
  'mcg/day': 'micrograms per day (e.g. liothyronine)',
  'g/day': 'grams per day',
  'mg/kg': 'milligrams per kilogram of body weight (needs patient.weight to be checked)',
  'mEq/L': 'a lithium serum level',
  'ng/mL': 'a serum level',
  kg: 'kilograms of body weight',
  min: 'minutes',
  h: 'hours',
  day: 'one day',
  days: 'days',
  week: 'one week',
  weeks: 'weeks (an adequate antidepressant trial lasts at least 6)',
  month: 'one month (4.345 weeks for adequacy)',
  months: 'months (1 month = 4.345 weeks for adequacy)',
  year: 'one year (52.18 weeks)',
  years: 'years (1 year = 52.18 weeks)',
};

/** "`60 mg/day`: milligrams per day (the form adequacy checks read)". */
export function unitMarkdown(amount: string, unit: string): string {
  return `\`${amount} ${unit}\`: ${UNIT_TEXT[unit] ?? unit}`;
}
