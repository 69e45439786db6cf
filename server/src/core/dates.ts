/**
 * Dates as case documents write them: "YYYY", "YYYY-MM" or "YYYY-MM-DD"
 * (dates-order, and the periods of the adequacy analysis).
 */

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** A date at year, month or day precision: [year, month?, day?]. Undefined when malformed. */
export function parsePartialDate(raw: unknown): number[] | undefined {
  const text = raw instanceof Date && !Number.isNaN(raw.getTime()) ? raw.toISOString().slice(0, 10) : raw;
  if (typeof text !== 'string') {
    return typeof text === 'number' && Number.isInteger(text) && text >= 1000 && text <= 9999 ? [text] : undefined;
  }
  const m = PARTIAL_DATE.exec(text.trim());
  if (!m) return undefined;
  const parts = [Number(m[1])];
  if (m[2] !== undefined) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) return undefined;
    parts.push(month);
  }
  if (m[3] !== undefined) {
    const day = Number(m[3]);
    // 2023-02-30 is no date (the schema rule says why: calendarProblem).
    if (day < 1 || day > daysInMonth(parts[0] as number, parts[1] as number)) return undefined;
    parts.push(day);
  }
  return parts;
}

/** The days of a month (1 to 12) of the Gregorian calendar: February has 29 in a leap year. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

export const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/** Why a date written `YYYY-MM` or `YYYY-MM-DD` is not on the calendar. */
export type CalendarProblem =
  | { kind: 'month'; year: number; month: number }
  | { kind: 'day'; year: number; month: number; day: number; days: number };

/**
 * Why `text`, written `YYYY-MM` or `YYYY-MM-DD`, names no calendar month or
 * day (`2021-13-01`: a month past 12; `2023-02-30`, `2023-02-29`,
 * `2022-04-31`: a day past the month's last). Undefined for a calendar date,
 * a bare year, and text not written so (the schema's pattern says that).
 * The schema's `calendarDates` keyword (scripts/build-schema.mjs) makes the
 * same test in the compiled validator.
 */
export function calendarProblem(text: string): CalendarProblem | undefined {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (month < 1 || month > 12) return { kind: 'month', year, month };
  if (m[3] === undefined) return undefined;
  const day = Number(m[3]);
  const days = daysInMonth(year, month);
  return day < 1 || day > days ? { kind: 'day', year, month, day, days } : undefined;
}

/** Compare at the coarser of the two precisions: 2021 and 2021-06 are equal. */
export function comparePartialDates(a: number[], b: number[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = (a[i] as number) - (b[i] as number);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * A partial date as a day number (days since 1970-01-01, UTC): its first day
 * for `start`, its last for `end` ("2021-02" ends on 2021-02-28).
 */
export function partialDateDay(parts: readonly number[], side: 'start' | 'end'): number {
  const [y = 0, month, day] = parts;
  const ms = day !== undefined
    ? Date.UTC(y, (month ?? 1) - 1, day)
    : side === 'start'
      ? Date.UTC(y, (month ?? 1) - 1, 1)
      : month !== undefined
        ? Date.UTC(y, month, 0)
        : Date.UTC(y, 11, 31);
  return Math.floor(ms / 86400000);
}
