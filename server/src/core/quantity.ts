/**
 * Quantities: "<number> <unit>" with one space (format.md, Quantities).
 * Parsed once; rules read numbers in canonical units.
 */

export const DOSE_UNITS = ['mg', 'mcg', 'g', 'mg/day', 'mcg/day', 'g/day', 'mg/kg', 'mEq/L', 'ng/mL', 'kg'] as const;
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

/** "3 weeks", "6.5 weeks": a figure in weeks for messages. */
export function formatWeeks(weeks: number): string {
  const rounded = Math.round(weeks * 10) / 10;
  return `${rounded} week${rounded === 1 ? '' : 's'}`;
}
