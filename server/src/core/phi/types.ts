/**
 * What a PHI detector reports: a span of the text it was given (offsets into
 * that text), the Safe Harbor kind it belongs to and a generic description of
 * what was found. The description never quotes the identifier.
 */
export type PhiKind = 'date' | 'month-year' | 'age' | 'contact' | 'identifier' | 'location' | 'name';

export interface PhiMatch {
  start: number;
  end: number;
  kind: PhiKind;
  /** A generic description, e.g. "a phone number". Never the identifier itself. */
  what: string;
}

/** A detector: text in, matches out, in time linear in the length of the text. */
export type Detector = (text: string) => PhiMatch[];

let prefilters = true;

/** Tests only: false runs every pattern on every text, to show that the prefilters change no match. */
export function usePrefilters(on: boolean): void {
  prefilters = on;
}

/**
 * False when `text` cannot hold a match of a pattern whose every match holds
 * a match of `hint` (a cheap literal test, run before the costly pattern).
 */
export function mayMatch(hint: RegExp, text: string): boolean {
  return !prefilters || hint.test(text);
}

/** Run a global regular expression and hand each match to `accept`. */
export function eachMatch(re: RegExp, text: string, accept: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) re.lastIndex++;
    accept(m);
  }
}

/**
 * Keep the earliest match where matches overlap (a longer one wins when two
 * start together). Input in any order; output sorted by start.
 */
export function dropOverlaps<T extends { start: number; end: number }>(matches: T[]): T[] {
  const sorted = [...matches].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: T[] = [];
  let lastEnd = -1;
  for (const m of sorted) {
    if (m.start < lastEnd) continue;
    out.push(m);
    lastEnd = m.end;
  }
  return out;
}

/**
 * Where a context window of at most `max` characters before `offset` starts:
 * never before the start of the line. Scans back at most `max` characters, so
 * calling it once per match keeps a detector linear.
 */
export function lineStartBefore(text: string, offset: number, max: number): number {
  const floor = Math.max(0, offset - max);
  for (let i = offset - 1; i >= floor; i--) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i + 1;
  }
  return floor;
}

/** How many ASCII digits `s` holds. */
export function digitCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}
