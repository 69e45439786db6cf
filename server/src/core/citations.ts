import { isScalar, type Scalar } from 'yaml';
import type { CaseDocument, PathSegment } from './document';
import type { Span } from './types';

/** One `@key` inside a Pandoc citation bracket; the span covers the key after the `@`. */
export interface Citation {
  key: string;
  start: number;
  end: number;
  /** The path of the string scalar the citation sits in. */
  path: PathSegment[];
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
function skipPath(path: readonly PathSegment[]): boolean {
  if (path[0] === 'references') return true;
  return path.length === 3 && path[0] === 'authors' && path[2] === 'email';
}

/**
 * Every Pandoc citation key in the document's string scalars (`[@a]`,
 * `[@a; @b]`, `[see @a, p. 190]`), in document order. Offsets are exact: the
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
export type CitationCache = WeakMap<object, readonly { key: string; start: number; end: number }[]>;

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
      cache.set(s.node, found);
    }
    for (const c of found) {
      out.push({ key: c.key, start: s.span.start + c.start, end: s.span.start + c.end, path: s.path });
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

/**
 * Citation keys in a piece of source text, with offsets into it. Linear time:
 * each character is looked at a bounded number of times (a bracket's content
 * once to find its end and once to read its keys; brackets do not nest).
 */
export function scanCitations(text: string): { key: string; start: number; end: number }[] {
  const out: { key: string; start: number; end: number }[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const open = text.indexOf('[', i);
    if (open === -1) break;
    if (open > 0 && text[open - 1] === '\\') {
      i = open + 1;
      continue;
    }
    // Find the closing bracket; a new `[` restarts the search from there.
    let j = open + 1;
    let hasAt = false;
    while (j < n && text[j] !== ']' && text[j] !== '[') {
      if (text[j] === '@') hasAt = true;
      j++;
    }
    if (j >= n) break;
    if (text[j] === '[') {
      i = j;
      continue;
    }
    // text[j] === ']'
    const isLink = text[j + 1] === '(';
    if (hasAt && !isLink) readKeys(text, open + 1, j, out);
    i = j + 1;
  }
  return out;
}

function readKeys(text: string, from: number, to: number, out: { key: string; start: number; end: number }[]): void {
  let k = from;
  while (k < to) {
    const at = text.indexOf('@', k);
    if (at === -1 || at >= to) return;
    const prev = at === from ? ' ' : (text[at - 1] as string);
    k = at + 1;
    if (!BEFORE_AT.test(prev)) continue;
    if (k >= to || !KEY_START.test(text[k] as string)) continue;
    let e = k;
    while (e < to && KEY_CHAR.test(text[e] as string)) e++;
    // Punctuation is internal only: "[@a-2019.]" cites a-2019.
    while (e > k && /[:.\-]/.test(text[e - 1] as string)) e--;
    if (e > k) out.push({ key: text.slice(k, e), start: k, end: e });
    k = e;
  }
}
