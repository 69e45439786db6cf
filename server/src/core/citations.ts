import { isScalar, type Scalar } from 'yaml';
import type { CaseDocument, PathSegment } from './document';
import type { Span } from './types';

/**
 * One Pandoc citation key: inside a citation bracket (`[@key]`, `[see @key, p. 4]`)
 * or in-text (`@key says`). The span covers the key after the `@` (inside the
 * braces of `@{key}`).
 */
export interface Citation extends ScannedCitation {
  /** The path of the string scalar the citation sits in. */
  path: PathSegment[];
}

/** A citation key as the scanner finds it in a piece of text (offsets into that text). */
export interface ScannedCitation {
  key: string;
  start: number;
  end: number;
  /** The offset of the `@`: `start - 1`, or `start - 2` for `@{key}`. */
  at: number;
  /** A Pandoc in-text citation (`@key` outside brackets), not one inside `[...]`. */
  inText: boolean;
}

/** The span of a citation as written: from the `@` to the end of the key (and its `}`). */
export function citationSpan(c: ScannedCitation): Span {
  return { start: c.at, end: c.start - c.at === 2 ? c.end + 1 : c.end };
}

/** One `references[]` entry with a usable id; the span covers the id text. */
export interface ReferenceEntry {
  id: string;
  start: number;
  end: number;
  /** The entry's index in `references`. */
  index: number;
}

const citationCache = new WeakMap<CaseDocument, Citation[]>();
const referenceCache = new WeakMap<CaseDocument, ReferenceEntry[]>();

/** Scalars that never hold citations: the reference list itself and authors' emails. */
export function skipPath(path: readonly PathSegment[]): boolean {
  if (path[0] === 'references') return true;
  return path.length === 3 && path[0] === 'authors' && path[2] === 'email';
}

/**
 * Every Pandoc citation key in the document's string scalars (`[@a]`,
 * `[@a; @b]`, `[see @a, p. 190]`, in-text `@a`), in document order. Offsets are exact: the
 * scanner reads each scalar's source text, not its folded value. Cached per
 * document object.
 */
export function findCitations(doc: CaseDocument): Citation[] {
  const cached = citationCache.get(doc);
  if (cached) return cached;
  return findCitationsWith(doc).citations;
}

/**
 * The citations found in each scalar node (offsets in its source text): one
 * version's, for the next to reuse. A node incremental linting kept has the
 * same text (phi/scan.ts ScanCache says why).
 */
export type CitationCache = WeakMap<object, readonly ScannedCitation[]>;

/** findCitations, reusing `previous` (an earlier version's cache) for each kept scalar. */
export function findCitationsWith(doc: CaseDocument, previous?: CitationCache): { citations: Citation[]; cache: CitationCache } {
  const out: Citation[] = [];
  const cache: CitationCache = previous ?? new WeakMap();
  const text = doc.text;
  // The first `@` at or after the last scalar's start: a scalar with none in its span holds no citation.
  // Scalars come in document order, so the scans for it add up to one pass over the text.
  let at = -1;
  let from = 0;
  for (const s of doc.stringScalars(skipPath)) {
    if (s.span.start > at || s.span.start < from) at = text.indexOf('@', s.span.start);
    from = s.span.start;
    if (at === -1 || at >= s.span.end) {
      if (at === -1) at = Infinity;
      continue;
    }
    let found = cache.get(s.node);
    if (!found) {
      found = scanCitations(text.slice(s.span.start, s.span.end));
      if (doc.piecewise) cache.set(s.node, found);
    }
    for (const c of found) {
      const base = s.span.start;
      out.push({ key: c.key, start: base + c.start, end: base + c.end, at: base + c.at, inText: c.inText, path: s.path });
    }
  }
  out.sort((a, b) => a.start - b.start);
  citationCache.set(doc, out);
  return { citations: out, cache };
}

/** `references[].id` values that are strings (or numbers), in list order. Cached per document object. */
export function referenceEntries(doc: CaseDocument): ReferenceEntry[] {
  const cached = referenceCache.get(doc);
  if (cached) return cached;
  const out: ReferenceEntry[] = [];
  const refs = doc.get(['references']);
  if (Array.isArray(refs)) {
    refs.forEach((ref, index) => {
      if (!ref || typeof ref !== 'object') return;
      const node = doc.node(['references', index, 'id']);
      if (!node || !isScalar(node)) return;
      const v = node.value;
      if (typeof v !== 'string' && typeof v !== 'number') return;
      const id = String(v);
      if (id === '') return;
      const span = scalarTextSpan(node);
      if (!span) return;
      out.push({ id, start: span.start, end: span.end, index });
    });
  }
  referenceCache.set(doc, out);
  return out;
}

/**
 * The span of a scalar's text without its quotes: what a rename or a
 * replacement should edit. Undefined for block scalars and nodes without a range.
 */
export function scalarTextSpan(node: Scalar): Span | undefined {
  const r = node.range;
  if (!r) return undefined;
  if (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') return undefined;
  if (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') {
    return { start: r[0] + 1, end: Math.max(r[0] + 1, r[1] - 1) };
  }
  return { start: r[0], end: r[1] };
}

/** A character of a citation key (completion reads keys with it too). */
export const KEY_CHAR = /[A-Za-z0-9_:.\-]/;
const KEY_START = /[A-Za-z0-9_]/;
/** Characters that may stand before the `@` of a citation inside brackets. */
export const BEFORE_AT = /[\s;\-([]/;
/** A whole key in the reference id alphabet (docs/format.md, References). */
const ID = /^[A-Za-z0-9_:.-]+$/;

/**
 * Whether the character before an `@` makes it no in-text citation: a letter
 * or digit (an email, `jdoe@example.org`), `@ . _ -` (the rest of an address),
 * a backslash (`\@` is a literal `@`), `/` and `+` (paths such as
 * `example.org/@user`; addresses such as `jdoe+list@example.org`).
 */
function notBeforeInText(code: number): boolean {
  if (code < 128) return isAsciiWord(code) || code === 64 || code === 46 || code === 45 || code === 92 || code === 47 || code === 43;
  return LETTER_OR_DIGIT.test(String.fromCharCode(code));
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** ASCII letters, digits and `_`. */
function isAsciiWord(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;
}

/**
 * What Pandoc reads as a key after an in-text `@` before trimming: letters,
 * digits, `_` and the punctuation it allows inside a key (`: . # $ % & - + ? < > ~ /`).
 * A key that holds punctuation outside the id alphabet (`@user/repo`,
 * `@jdoe#2`) or a letter outside ASCII is not written like a reference id, so
 * it is no citation.
 */
function isPandocKeyChar(code: number): boolean {
  if (code < 128) return isAsciiWord(code) || PANDOC_PUNCTUATION.includes(String.fromCharCode(code));
  return LETTER_OR_DIGIT.test(String.fromCharCode(code));
}

const PANDOC_PUNCTUATION = ':.#$%&-+?<>~/';

/** White space that ends a run of characters such as a URL. */
function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 160 || code === 0x2028 || code === 0x2029 || code === 0x3000 || (code >= 0x2000 && code <= 0x200a);
}

/**
 * Citation keys in a piece of source text, with offsets into it: those in
 * citation brackets (`[@a; see @b, p. 4]`) and Pandoc in-text citations
 * (`As @a notes`; `@{a}`). An in-text `@` counts at the start or after a
 * character that is not a letter, digit, `@ . _ - \ / +`, when its key is
 * written like a reference id and the `@` is not inside a URL
 * (`https://example.org/@user`). A Markdown link's text (`[text](url)`) holds
 * no citation. Linear time: each character is looked at a bounded number of
 * times (a bracket's content once to find its end, once to read its keys and,
 * when the bracket is not closed, once more as prose; brackets do not nest;
 * each stretch between two in-text candidates once to find its URLs).
 */
export function scanCitations(text: string): ScannedCitation[] {
  const out: ScannedCitation[] = [];
  const n = text.length;
  const urls = urlTokens(text);
  // The next `[` and `@` at or after i (Infinity: none), each searched again only once passed.
  let bracket = -1;
  let at = -1;
  let i = 0;
  while (i < n) {
    if (bracket < i) bracket = indexOrInfinity(text, '[', i);
    if (at < i) at = indexOrInfinity(text, '@', i);
    if (bracket === Infinity && at === Infinity) break;
    if (bracket < at) {
      const open = bracket;
      i = open + 1;
      if (open > 0 && text[open - 1] === '\\') continue;
      // Find the closing bracket; a new `[` starts another bracket, and what lies before it is prose.
      let j = open + 1;
      let hasAt = false;
      while (j < n && text[j] !== ']' && text[j] !== '[') {
        if (text[j] === '@') hasAt = true;
        j++;
      }
      if (j >= n || text[j] === '[') continue;
      // text[j] === ']': a citation bracket, a link's text, or a bracket with no `@`.
      const isLink = text[j + 1] === '(';
      if (hasAt && !isLink) readKeys(text, open + 1, j, out);
      i = j + 1;
      continue;
    }
    i = at + 1;
    const c = inTextAt(text, at, urls);
    if (c) {
      out.push(c);
      i = citationSpan(c).end;
    }
  }
  return out;
}

function indexOrInfinity(text: string, needle: string, from: number): number {
  const k = text.indexOf(needle, from);
  return k === -1 ? Infinity : k;
}

/** The in-text citation whose `@` is at `at`, if it is one. */
function inTextAt(text: string, at: number, urls: (at: number) => boolean): ScannedCitation | undefined {
  if (at > 0 && notBeforeInText(text.charCodeAt(at - 1))) return undefined;
  const n = text.length;
  let start = at + 1;
  let end: number;
  if (text.charCodeAt(start) === 123) {
    // `@{key}`: the braces delimit the key, which may then end with punctuation.
    start++;
    end = start;
    while (end < n && KEY_CHAR.test(text[end] as string)) end++;
    if (end === start || text[end] !== '}') return undefined;
  } else {
    if (start >= n || !isAsciiWord(text.charCodeAt(start))) return undefined;
    end = start + 1;
    let id = true;
    for (; end < n; end++) {
      const code = text.charCodeAt(end);
      if (!isPandocKeyChar(code)) break;
      if (id && !isAsciiWord(code) && code !== 58 && code !== 46 && code !== 45) id = false;
    }
    // Punctuation is internal only: `@a-2019.` cites a-2019.
    while (end > start && PANDOC_PUNCTUATION.includes(text[end - 1] as string)) end--;
    if (!id && !ID.test(text.slice(start, end))) return undefined;
  }
  if (urls(at)) return undefined;
  return { key: text.slice(start, end), start, end, at, inText: true };
}

/**
 * Whether the `@` at an offset sits in a URL: the run of non-space
 * characters it ends holds `://` or starts a `www.` name. Asked for offsets in
 * increasing order, each character is read once: the stretch since the last
 * offset asked is searched for a space, and only the part of the run in it for
 * a URL. A text with neither `://` nor `www.` holds no URL.
 */
function urlTokens(text: string): (at: number) => boolean {
  if (!text.includes('://') && !/www\./i.test(text)) return () => false;
  let last = -1;
  let url = false;
  return (at) => {
    let k = at - 1;
    while (k > last && !isSpace(text.charCodeAt(k))) k--;
    // k > last: the run starts after the space at k; otherwise it goes on from the last offset asked.
    if (k > last) url = false;
    const stretch = text.slice(Math.max(k, last, 0), at);
    url ||= stretch.includes('://') || /(?:^|[^A-Za-z0-9])www\./i.test(stretch);
    last = at;
    return url;
  };
}

function readKeys(text: string, from: number, to: number, out: ScannedCitation[]): void {
  let k = from;
  while (k < to) {
    const at = text.indexOf('@', k);
    if (at === -1 || at >= to) return;
    const prev = at === from ? ' ' : (text[at - 1] as string);
    k = at + 1;
    if (!BEFORE_AT.test(prev)) continue;
    if (text[k] === '{') {
      // `[@{key}]`
      let e = k + 1;
      while (e < to && KEY_CHAR.test(text[e] as string)) e++;
      if (e > k + 1 && text[e] === '}') {
        out.push({ key: text.slice(k + 1, e), start: k + 1, end: e, at, inText: false });
        k = e + 1;
      }
      continue;
    }
    if (k >= to || !KEY_START.test(text[k] as string)) continue;
    let e = k;
    while (e < to && KEY_CHAR.test(text[e] as string)) e++;
    // Punctuation is internal only: "[@a-2019.]" cites a-2019.
    while (e > k && /[:.\-]/.test(text[e - 1] as string)) e--;
    if (e > k) out.push({ key: text.slice(k, e), start: k, end: e, at, inText: false });
    k = e;
  }
}
