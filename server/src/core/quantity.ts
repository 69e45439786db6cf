/**
 * Quantities: "<number> <unit>" with one space (docs/format.md, Quantities).
 * Parsed once; rules read numbers in canonical units.
 */

export const DOSE_UNITS = ['mg', 'mcg', 'g', 'mg/day', 'mcg/day', 'g/day', 'mg/kg', 'mEq/L', 'mmol/L', 'ng/mL', 'kg'] as const;
export const TIME_UNITS = ['min', 'h', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years'] as const;

export type DoseUnit = (typeof DOSE_UNITS)[number];
export type TimeUnit = (typeof TIME_UNITS)[number];
export type QuantityKind = 'dose' | 'time' | 'weight';

export interface Quantity {
  value: number;
  unit: string;
  text: string;
}

/** Weeks per unit, for adequacy (1 month = 4.345 weeks, 1 year = 52.18 weeks). */
const WEEKS_PER: Record<TimeUnit, number> = {
  min: 1 / (7 * 24 * 60),
  h: 1 / (7 * 24),
  day: 1 / 7,
  days: 1 / 7,
  week: 1,
  weeks: 1,
  month: 4.345,
  months: 4.345,
  year: 52.18,
  years: 52.18,
};

const MINUTES_PER: Record<TimeUnit, number> = {
  min: 1,
  h: 60,
  day: 1440,
  days: 1440,
  week: 10080,
  weeks: 10080,
  month: 4.345 * 10080,
  months: 4.345 * 10080,
  year: 52.18 * 10080,
  years: 52.18 * 10080,
};

const QUANTITY = /^(\d+(?:\.\d+)?) (\S+)$/;

export type ParseResult = { ok: true; quantity: Quantity } | { ok: false; reason: string };

export function unitsFor(kind: QuantityKind): readonly string[] {
  if (kind === 'time') return TIME_UNITS;
  if (kind === 'weight') return ['kg'];
  return DOSE_UNITS;
}

export function expectedForm(kind: QuantityKind): string {
  if (kind === 'time') return '"<number> <unit>" such as "8 weeks" (units: ' + TIME_UNITS.join(', ') + ')';
  if (kind === 'weight') return '"<number> kg" such as "82 kg"';
  return '"<number> <unit>" such as "60 mg/day" (units: ' + DOSE_UNITS.join(', ') + ')';
}

/** Parse a quantity of the given kind. Numbers in YAML (a bare `60`) are not quantities. */
export function parseQuantity(raw: unknown, kind: QuantityKind): ParseResult {
  if (typeof raw === 'number') {
    return { ok: false, reason: `${raw} has no unit; expected ${expectedForm(kind)}` };
  }
  if (typeof raw !== 'string') {
    return { ok: false, reason: `expected ${expectedForm(kind)}` };
  }
  const m = QUANTITY.exec(raw);
  const units = unitsFor(kind);
  if (!m) {
    return { ok: false, reason: `"${raw}" is not a quantity; expected ${expectedForm(kind)}` };
  }
  const unit = m[2] as string;
  if (!units.includes(unit)) {
    const ci = units.find((u) => u.toLowerCase() === unit.toLowerCase());
    const hint = ci ? ` (did you mean "${m[1]} ${ci}"?)` : '';
    return { ok: false, reason: `"${raw}": "${unit}" is not a ${kind} unit${hint}; expected ${expectedForm(kind)}` };
  }
  return { ok: true, quantity: { value: Number(m[1]), unit, text: raw } };
}

export function toWeeks(q: Quantity): number | undefined {
  const f = WEEKS_PER[q.unit as TimeUnit];
  return f === undefined ? undefined : q.value * f;
}

export function toMinutes(q: Quantity): number | undefined {
  const f = MINUTES_PER[q.unit as TimeUnit];
  return f === undefined ? undefined : q.value * f;
}

/**
 * A dose in mg (per day for daily units; per administration for mg/mcg/g).
 * mg/kg needs a body weight in kg; serum levels (mEq/L, ng/mL) are not doses.
 */
export function toMg(q: Quantity, weightKg?: number): number | undefined {
  switch (q.unit) {
    case 'mg':
    case 'mg/day':
      return q.value;
    case 'mcg':
    case 'mcg/day':
      return q.value / 1000;
    case 'g':
    case 'g/day':
      return q.value * 1000;
    case 'mg/kg':
      return weightKg === undefined ? undefined : q.value * weightKg;
    default:
      return undefined;
  }
}

/** Serum-level units (a level is judged against the drug's window, not as a dose). */
export const LEVEL_UNITS: readonly string[] = ['mEq/L', 'mmol/L', 'ng/mL'];

/** Other spellings of accepted units, lower case, mapped to the accepted unit (plural where it matters). */
const SYNONYMS: Record<QuantityKind, Record<string, string>> = {
  dose: {
    'mg/d': 'mg/day', 'mg daily': 'mg/day', 'mg per day': 'mg/day', 'mg/24h': 'mg/day', 'mg/24 h': 'mg/day',
    'mg qd': 'mg/day', 'mg q.d.': 'mg/day', 'mg once daily': 'mg/day', 'mg once a day': 'mg/day', 'mg a day': 'mg/day',
    'mcg/d': 'mcg/day', 'mcg daily': 'mcg/day', 'mcg per day': 'mcg/day', 'mcg qd': 'mcg/day', 'mcg once daily': 'mcg/day', 'mcg a day': 'mcg/day',
    'µg': 'mcg', 'μg': 'mcg', 'ug': 'mcg', 'µg/day': 'mcg/day', 'μg/day': 'mcg/day', 'ug/day': 'mcg/day',
    'g/d': 'g/day', 'g daily': 'g/day', 'mg per kg': 'mg/kg', 'meq/l': 'mEq/L', 'mmol/l': 'mmol/L', 'ng/ml': 'ng/mL',
  },
  time: {
    mins: 'min', minute: 'min', minutes: 'min', 'min.': 'min',
    hr: 'h', hrs: 'h', hour: 'h', hours: 'h',
    d: 'days', wk: 'weeks', wks: 'weeks', w: 'weeks',
    mo: 'months', mos: 'months', mth: 'months', mths: 'months',
    y: 'years', yr: 'years', yrs: 'years',
  },
  weight: { kgs: 'kg', kilograms: 'kg', kilogram: 'kg' },
};

/** Doses taken several times a day: "20 mg bid" is 40 mg/day (docs/rules/quantity-format.md). */
const TIMES_A_DAY: Record<string, number> = {
  bid: 2, 'b.i.d.': 2, 'twice daily': 2, 'twice a day': 2,
  tid: 3, 't.i.d.': 3, 'three times daily': 3, 'three times a day': 3,
};
const PER_DAY_UNIT: Record<string, string> = { mg: 'mg/day', mcg: 'mcg/day', g: 'g/day' };

/** Time units that have a singular and a plural form. */
const PLURAL: Record<string, string> = { day: 'days', week: 'weeks', month: 'months', year: 'years' };
const SINGULAR: Record<string, string> = { days: 'day', weeks: 'week', months: 'month', years: 'year' };

/**
 * The canonical "<number> <unit>" for a value that is one only in spelling
 * ("60mg/day", "60  mg/day", "8 Weeks", "8 wks", "20 mg/d") or in dosing
 * shorthand ("20 mg bid" is "40 mg/day"), or undefined when the value is
 * something else (a range, a missing unit, a unit of another kind) or
 * already canonical.
 */
export function canonicalQuantity(raw: string, kind: QuantityKind): string | undefined {
  const text = raw.trim();
  const num = /^\d+(?:\.\d+)?/.exec(text);
  if (!num) return undefined;
  let unit = text.slice(num[0].length).trim().replace(/\s+/g, ' ').replace(/ ?\/ ?/g, '/');
  if (unit === '') return undefined;
  let value = Number(num[0]);
  let valueText = num[0];
  if (kind === 'dose') {
    const times = /^(mg|mcg|g) (.+)$/i.exec(unit);
    const n = times ? TIMES_A_DAY[(times[2] as string).toLowerCase()] : undefined;
    if (times && n !== undefined) {
      value = Math.round(value * n * 1000) / 1000;
      valueText = String(value);
      unit = PER_DAY_UNIT[(times[1] as string).toLowerCase()] as string;
    }
  }
  const units = unitsFor(kind);
  const lower = unit.toLowerCase();
  let found = units.find((u) => u === unit) ?? units.find((u) => u.toLowerCase() === lower);
  if (!found) {
    const syn = SYNONYMS[kind][lower];
    if (!syn) return undefined;
    found = syn;
  }
  unit = found;
  if (kind === 'time') {
    if (value === 1 && SINGULAR[unit]) unit = SINGULAR[unit] as string;
    else if (value !== 1 && PLURAL[unit]) unit = PLURAL[unit] as string;
  }
  const canonical = `${valueText} ${unit}`;
  return canonical === raw ? undefined : canonical;
}

/** A quantity as read for judging: the strict form, or its canonical form with `canonical` set. */
export type QuantityReading = { ok: true; quantity: Quantity; canonical?: string } | { ok: false; reason: string };

/**
 * Read a quantity leniently: the strict "<number> <unit>", or a spelling or
 * dosing shorthand that has one canonical form (quantity-format still reports
 * it; the adequacy and ketamine rules judge the canonical value).
 */
export function readQuantity(raw: unknown, kind: QuantityKind): QuantityReading {
  const strict = parseQuantity(raw, kind);
  if (strict.ok || typeof raw !== 'string') return strict;
  const canonical = canonicalQuantity(raw, kind);
  if (canonical === undefined) return strict;
  const again = parseQuantity(canonical, kind);
  return again.ok ? { ok: true, quantity: { ...again.quantity, text: raw }, canonical } : strict;
}

/** Reads the quantity at a path (Analyses shares one reading per value). */
export type QuantityReader = (path: readonly (string | number)[], kind: QuantityKind) => QuantityReading;

/**
 * "3 weeks", "6.5 weeks": a figure in weeks for messages. Given `under`, a
 * figure below it keeps the decimals it needs to stay below ("5.97 weeks"
 * under 6, never "6 weeks < 6 weeks").
 */
export function formatWeeks(weeks: number, under?: number): string {
  let rounded = Math.round(weeks * 10) / 10;
  if (under !== undefined && weeks < under) {
    for (let scale = 100; rounded >= under && scale <= 1e6; scale *= 10) rounded = Math.floor(weeks * scale) / scale;
  }
  return `${rounded} week${rounded === 1 ? '' : 's'}`;
}
