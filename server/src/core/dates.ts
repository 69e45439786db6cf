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
    if (day < 1 || day > 31) return undefined;
    parts.push(day);
  }
  return parts;
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
