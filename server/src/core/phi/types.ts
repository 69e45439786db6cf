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

/** True unless a test turned the prefilters off (usePrefilters(false)). */
export function prefiltering(): boolean {
  return prefilters;
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

/**
 * The runs of ASCII digits in a text, in order: `starts[i]` is the offset of
 * the first digit of run i, `ends[i]` the offset just after its last. Most
 * numeric patterns can only match at or just before a run of a given shape,
 * so a detector tries them there instead of at every offset. The runs of the
 * last text asked for are kept: detectAll hands one text to every detector.
 */
export interface DigitRuns {
  starts: number[];
  ends: number[];
}

const RUN = /[0-9]+/g;
let runsText: string | undefined;
let runsOf: DigitRuns = { starts: [], ends: [] };

export function digitRuns(text: string): DigitRuns {
  if (text === runsText) return runsOf;
  const starts: number[] = [];
  const ends: number[] = [];
  RUN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = RUN.exec(text)) !== null) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  runsText = text;
  runsOf = { starts, ends };
  return runsOf;
}

/** Two runs of digits with one character between them for which `separator` holds ("14/03", "10.0"). */
export function digitsAroundOne(text: string, separator: (code: number) => boolean): boolean {
  const { starts, ends } = digitRuns(text);
  for (let i = 0; i + 1 < starts.length; i++) {
    const e = ends[i] as number;
    if (starts[i + 1] === e + 1 && separator(text.charCodeAt(e))) return true;
  }
  return false;
}

/** The starts of the runs for which `keep(start, end)` holds, in order. */
export function runStarts(text: string, keep: (start: number, end: number) => boolean): number[] {
  const { starts, ends } = digitRuns(text);
  const out: number[] = [];
  for (let i = 0; i < starts.length; i++) {
    const s = starts[i] as number;
    if (keep(s, ends[i] as number)) out.push(s);
  }
  return out;
}

/**
 * The windows of match starts [from, to] (flat pairs, in order, merged) that
 * reach `before` characters back from each offset of `at` (ascending): for a
 * pattern whose every match starts at most `before` characters before one of them.
 */
export function windowsBefore(at: readonly number[], before: number): number[] {
  const out: number[] = [];
  for (const a of at) {
    const from = Math.max(0, a - before);
    const n = out.length;
    if (n > 0 && from <= (out[n - 1] as number) + 1) out[n - 1] = a;
    else out.push(from, a);
  }
  return out;
}

/**
 * More than one place to try per 40 characters: one native pass over the
 * whole text is then cheaper than a try or a slice per place (text full of
 * numbers, such as a table pasted as prose). The matches are the same either way.
 */
function dense(places: number, text: string): boolean {
  return places * 40 > text.length;
}

const stickies = new WeakMap<RegExp, RegExp>();

/** `re` tried at one offset only (the same source and flags, sticky instead of global). */
function stickyOf(re: RegExp): RegExp {
  let y = stickies.get(re);
  if (y === undefined) {
    y = new RegExp(re.source, `${re.flags.replace('g', '')}y`);
    stickies.set(re, y);
  }
  return y;
}

/**
 * eachMatch(re, text, accept) for a global pattern whose every match starts
 * at one of `starts` (ascending): the pattern is tried at those offsets only.
 * A global search tries each offset in turn from where the last match ended,
 * and a try at an offset reads the same text either way, so the matches are
 * the same. Without prefilters, the plain eachMatch.
 */
export function eachMatchAt(re: RegExp, text: string, starts: readonly number[], accept: (m: RegExpExecArray) => void): void {
  if (!prefilters || dense(starts.length, text)) return eachMatch(re, text, accept);
  const y = stickyOf(re);
  let pos = 0;
  for (const s of starts) {
    if (s < pos) continue;
    y.lastIndex = s;
    const m = y.exec(text);
    if (m === null) continue;
    accept(m);
    pos = s + Math.max(1, m[0].length);
  }
}

/**
 * eachMatch(re, text, accept) for a global pattern whose every match starts
 * in one of `windows` ([from, to] pairs from windowsBefore), that reads at
 * most `behind` characters before an offset it tries (lookbehinds, `\b`) and
 * at most `reach` characters from it (the longest match and its lookaheads,
 * failed tries included). Each window is searched as a slice of the text that
 * holds everything a try in it reads, so the matches are the same as over the
 * whole text. `m.index` is set to the offset in `text`. Without prefilters,
 * the plain eachMatch.
 */
export function eachMatchIn(
  re: RegExp,
  text: string,
  windows: readonly number[],
  behind: number,
  reach: number,
  accept: (m: RegExpExecArray) => void,
): void {
  if (!prefilters || dense(windows.length / 2, text)) return eachMatch(re, text, accept);
  let pos = 0;
  for (let w = 0; w < windows.length; w += 2) {
    const to = windows[w + 1] as number;
    const from = Math.max(windows[w] as number, pos);
    if (from > to) continue;
    const base = Math.max(0, from - behind);
    const slice = text.slice(base, Math.min(text.length, to + reach));
    re.lastIndex = from - base;
    let m: RegExpExecArray | null;
    while ((m = re.exec(slice)) !== null && m.index + base <= to) {
      m.index += base;
      accept(m);
      pos = m.index + Math.max(1, m[0].length);
      re.lastIndex = pos - base;
    }
  }
}
