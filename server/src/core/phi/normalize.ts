/*
 * Text as a reader sees it (docs/rules/phi-date.md, "What the rules read"):
 * - pasted typography: no-break and figure spaces, non-breaking hyphens and
 *   dashes, full-width digits and `@` read as their plain forms, zero-width
 *   characters dropped;
 * - line wraps: prose is Markdown, where a single line break inside a
 *   paragraph is a space, so a line break with the spaces around it reads as
 *   one space when the next line continues the paragraph (it is not blank and
 *   starts no list item, heading, quote, table row or fence);
 * - in a double-quoted scalar's source (a text that opens and closes with
 *   `"`), YAML's escapes read as the characters they stand for (`\u2013` is a
 *   dash, so a hyphen; `\t` a tab) and an escaped line break as nothing.
 * Detectors match the plain text; `start` and `end` map its offsets back, so
 * a match that spans a wrap or an escape covers the original characters.
 *
 * Most texts hold none of this: one native search finds that and returns the
 * text itself, with no per-character work. Otherwise three stages, each
 * linear and mostly native: the units whose plain form is one character (one
 * replace; no offset moves); the dropped units (one replace, and their
 * offsets for the map back); the wraps and escapes, found with indexOf (one
 * per line) and kept as a sorted list of edits. Offsets map back by binary
 * search over the drops and over the edits.
 */

export interface Normalized {
  text: string;
  /** The offset in the original text of a start offset in `text`. */
  start(offset: number): number;
  /** The offset in the original text of an end offset in `text`. */
  end(offset: number): number;
}

/** The plain form of one UTF-16 unit: a string of one character, '' to drop it, or undefined to keep it. */
function plain(c: number): string | undefined {
  if (c < 0xa0) return undefined;
  if (c === 0xa0 || c === 0x202f || (c >= 0x2000 && c <= 0x200a) || c === 0x3000) return ' ';
  if ((c >= 0x2010 && c <= 0x2015) || c === 0x2212 || c === 0xfe63 || c === 0xff0d) return '-';
  if (c >= 0xff10 && c <= 0xff19) return String.fromCharCode(c - 0xff10 + 48);
  if (c === 0xff20 || c === 0xfe6b) return '@';
  if (c === 0xff0f) return '/';
  if (c === 0xff0e) return '.';
  if (c === 0xff1a) return ':';
  if (c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0xfeff || c === 0xad) return '';
  return undefined;
}

const IDENTITY = (o: number): number => o;

/** The units `plain` maps to one character (they keep every offset), and those it drops. */
const ONE_FOR_ONE = '\\u00a0\\u2000-\\u200a\\u2010-\\u2015\\u202f\\u2212\\u3000\\ufe63\\ufe6b\\uff0d-\\uff1a\\uff20';
const DROPPED = '\\u00ad\\u200b-\\u200d\\u2060\\ufeff';

/** Exactly the units `plain` maps (a test checks each unit against it): one native scan finds the first. */
export const PLAIN_UNITS = new RegExp(`[${ONE_FOR_ONE}${DROPPED}]`);
/** The units `plain` drops (a test checks each unit against it). */
export const DROPPED_UNITS = new RegExp(`[${DROPPED}]`);

/** True when `plain` maps the unit `c` (for tests). */
export function hasPlainForm(c: number): boolean {
  return plain(c) !== undefined;
}

/** The plain form of the unit `c`, or undefined when it has none (for tests). */
export function plainForm(c: number): string | undefined {
  return plain(c);
}

const ONE_FOR_ONE_ALL = new RegExp(`[${ONE_FOR_ONE}]`, 'g');
const DROPPED_ALL = new RegExp(`[${DROPPED}]`, 'g');
/** Anything normalisation changes outside a double-quoted source: the first look at every text. */
const UNITS_OR_BREAK = new RegExp(`[${ONE_FOR_ONE}${DROPPED}\\n\\r]`);
const samePlace = (u: string): string => plain(u.charCodeAt(0)) as string;

/** A double-quoted scalar's source: scan.ts hands each scalar's source, and only a double-quoted one opens with `"`. */
function isDoubleQuoted(text: string): boolean {
  return text.length >= 2 && text.charCodeAt(0) === 34 && text.charCodeAt(text.length - 1) === 34;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9;
}

function isBreak(c: number): boolean {
  return c === 10 || c === 13;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * True when the line whose first non-space character is at `i` starts a
 * Markdown block instead of continuing a paragraph: a list item (`- `, `* `,
 * `+ `, `1. `, `2) `), a heading (`# `), a quote (`>`), a table row (`|`) or
 * a fence. Reads at most 12 characters.
 */
function startsBlock(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  const next = text.charCodeAt(i + 1);
  if (c === 45 || c === 42 || c === 43) return isSpace(next) || (c === 45 && text.startsWith('--', i + 1)); // - * + and ---
  if (c === 62 || c === 124) return true; // > |
  if (c === 35) {
    let j = i;
    while (j < i + 7 && text.charCodeAt(j) === 35) j++;
    return j - i <= 6 && (isSpace(text.charCodeAt(j)) || isBreak(text.charCodeAt(j)) || j === text.length);
  }
  if (c === 96 || c === 126) return text.startsWith(c === 96 ? '``' : '~~', i + 1); // ``` ~~~
  if (isDigit(c)) {
    let j = i;
    while (j < i + 10 && isDigit(text.charCodeAt(j))) j++;
    const d = text.charCodeAt(j);
    return j - i <= 9 && (d === 46 || d === 41) && isSpace(text.charCodeAt(j + 1)); // 1. 2)
  }
  return false;
}

/** YAML's one-character escapes (`\n`, `\t`, `\"`, `\_`...) and what they stand for, as a reader of the prose takes them. */
const SIMPLE_ESCAPES: Record<string, string> = {
  '0': '\u0000', a: '\u0007', b: '\b', t: '\t', '\t': '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\u001b',
  ' ': ' ', '"': '"', '/': '/', '\\': '\\', N: '\n', _: ' ', L: '\n', P: '\n',
};
const HEX_LENGTH: Record<string, number> = { x: 2, u: 4, U: 8 };
const HEX = /^[0-9A-Fa-f]+$/;

/** The edit a double-quoted scalar's escape at `i` (a backslash) makes: [end, replacement], or undefined for no escape. */
function escapeAt(text: string, i: number): [number, string] | undefined {
  const c = text[i + 1];
  if (c === undefined) return undefined;
  if (c === '\n' || c === '\r') {
    // An escaped line break joins the lines with nothing between; the next line's indentation goes too.
    let j = i + 2;
    if (c === '\r' && text.charCodeAt(j) === 10) j++;
    while (j < text.length && isSpace(text.charCodeAt(j))) j++;
    return [j, ''];
  }
  const simple = SIMPLE_ESCAPES[c];
  if (simple !== undefined) return [i + 2, simple];
  const n = HEX_LENGTH[c];
  if (n === undefined) return undefined;
  const hex = text.slice(i + 2, i + 2 + n);
  if (hex.length !== n || !HEX.test(hex)) return undefined;
  const code = parseInt(hex, 16);
  if (code > 0x10ffff) return undefined;
  const s = String.fromCodePoint(code);
  return [i + 2 + n, s.length === 1 ? (plain(code) ?? s) : s];
}

/**
 * Where the edit of a line break at `i` (of `length` units) ends: after the
 * spaces that follow it, so that the break and the spaces around it read as
 * one space; -1 when it ends a paragraph (a blank line after it) or the next
 * line starts a block. (wrapStart gives where it starts.)
 */
function wrapEnd(text: string, i: number, length: number): number {
  let to = i + length;
  while (to < text.length && isSpace(text.charCodeAt(to))) to++;
  if (to === text.length || isBreak(text.charCodeAt(to)) || startsBlock(text, to)) return -1;
  return to;
}

/**
 * Where the edit of a line break at `i` starts: at the spaces that end its
 * line, scanning back no further than `floor` (where the previous edit
 * ended); -1 when the line is blank or the text starts there.
 */
function wrapStart(text: string, i: number, floor: number): number {
  let from = i;
  while (from > floor && isSpace(text.charCodeAt(from - 1))) from--;
  return from === 0 || isBreak(text.charCodeAt(from - 1)) ? -1 : from;
}

/** A text that is its own plain form. */
function unchanged(text: string): Normalized {
  return { text, start: IDENTITY, end: IDENTITY };
}

function isDropped(c: number): boolean {
  return c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff;
}

/**
 * `text` without the units `plain` drops: one native replace. The map counts
 * the drops before an offset: e[j], drop j's offset less j, is where it would
 * stand in the plain text, so plain offset o is o plus the drops with e[j] <= o.
 */
function withoutDropped(text: string): Normalized {
  const first = text.search(DROPPED_UNITS);
  if (first === -1) return unchanged(text);
  const e: number[] = [];
  for (let i = first; i < text.length; i++) if (isDropped(text.charCodeAt(i))) e.push(i - e.length);
  const start = (o: number): number => {
    let lo = 0;
    let hi = e.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((e[mid] as number) <= o) lo = mid + 1;
      else hi = mid;
    }
    return o + lo;
  };
  return { text: text.replace(DROPPED_ALL, ''), start, end: (o) => (o <= 0 ? 0 : start(o - 1) + 1) };
}

/**
 * Line wraps read as one space, and in a double-quoted source the escapes as
 * what they stand for. Both are few (one per line, one per escape): each is
 * found with indexOf, kept as an edit (original [from, to) reads as a
 * replacement that starts at at[k] in the plain text), and an offset maps
 * back by binary search over the edits.
 */
function joinedAndUnescaped(base: string, quoted: boolean): Normalized {
  let lf = base.indexOf('\n');
  let cr = base.indexOf('\r');
  let backslash = quoted ? base.indexOf('\\') : -1;
  if (lf === -1 && cr === -1 && backslash === -1) return unchanged(base);
  const from: number[] = [];
  const to: number[] = [];
  const at: number[] = [];
  // (Concatenation, which V8 keeps as a rope until the first search flattens it, is cheaper here than a join.)
  let out = '';
  let floor = 0;
  const edit = (f: number, t: number, r: string): void => {
    out += base.slice(floor, f);
    from.push(f);
    to.push(t);
    at.push(out.length);
    out += r;
    floor = t;
  };
  for (;;) {
    let i = lf;
    if (cr !== -1 && (i === -1 || cr < i)) i = cr;
    if (backslash !== -1 && (i === -1 || backslash < i)) i = backslash;
    if (i === -1) break;
    const c = base.charCodeAt(i);
    let next = i + 1;
    if (c === 92) {
      const e = escapeAt(base, i);
      if (e) edit(i, e[0], e[1]);
    } else {
      if (c === 13 && base.charCodeAt(next) === 10) next++;
      const f = wrapStart(base, i, floor);
      const t = f === -1 ? -1 : wrapEnd(base, i, next - i);
      if (t !== -1) edit(f, t, ' ');
    }
    const p = Math.max(next, floor);
    if (lf !== -1 && lf < p) lf = base.indexOf('\n', p);
    if (cr !== -1 && cr < p) cr = base.indexOf('\r', p);
    if (backslash !== -1 && backslash < p) backslash = base.indexOf('\\', p);
  }
  const n = from.length;
  if (n === 0) return unchanged(base);
  out += base.slice(floor);
  /** The length of edit k's replacement: what lies between its start and the next one's, less the unchanged text there. */
  const replLength = (k: number): number =>
    (k + 1 < n ? (at[k + 1] as number) - ((from[k + 1] as number) - (to[k] as number)) : out.length - (base.length - (to[k] as number))) - (at[k] as number);
  /** The last edit whose replacement starts at or before `o` in the plain text, or -1. */
  const last = (o: number): number => {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((at[mid] as number) <= o) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  };
  /** The original offset of plain character `o` (of the whole edit when it is a replacement's), and the edit it is in, or -1. */
  const locate = (o: number): [number, number] => {
    const k = last(o);
    if (k < 0) return [o, -1];
    const a = at[k] as number;
    const r = replLength(k);
    if (o < a + r) return [from[k] as number, k];
    return [(to[k] as number) + (o - a - r), -1];
  };
  return {
    text: out,
    start: (o) => Math.min(base.length, locate(o)[0]),
    end: (o) => {
      if (o <= 0) return 0;
      const [orig, k] = locate(o - 1);
      return Math.min(base.length, k >= 0 ? (to[k] as number) : orig + 1);
    },
  };
}

export function normalizeForMatching(text: string): Normalized {
  // One native search finds that most texts hold nothing to change.
  const quoted = isDoubleQuoted(text);
  if (text.search(UNITS_OR_BREAK) === -1 && !(quoted && text.includes('\\'))) return unchanged(text);
  // The units whose plain form is one character (one native replace; no offset moves), then the
  // units dropped, then the wraps and escapes; the maps back are composed, last first.
  const dropped = withoutDropped(text.replace(ONE_FOR_ONE_ALL, samePlace));
  const plainText = joinedAndUnescaped(dropped.text, quoted);
  if (dropped.start === IDENTITY) return plainText;
  if (plainText.start === IDENTITY) return dropped;
  return {
    text: plainText.text,
    start: (o) => dropped.start(plainText.start(o)),
    end: (o) => dropped.end(plainText.end(o)),
  };
}
