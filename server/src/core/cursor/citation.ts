import { BEFORE_AT, citationSpan, findCitations, KEY_CHAR, scanCitations, skipPath, type Citation } from '../citations';
import type { CaseDocument } from '../document';
import type { Span } from '../types';
import { lastStartingBefore } from './tree';

/** The citation (`[@key]` or in-text `@key`) under `offset`; the `@` before the key counts as part of it. */
export function citationAt(doc: CaseDocument, offset: number): Citation | undefined {
  const cites = findCitations(doc);
  // Search from two past the offset, so the `@` (or the `@{` of `@{key}`) finds the key that follows it;
  // the citation before that one may still end at the offset.
  const i = lastStartingBefore(cites, (x) => x.start, offset + 2);
  for (const c of [cites[i], cites[i - 1]]) {
    if (!c) continue;
    const span = citationSpan(c);
    if (offset >= span.start && offset <= span.end) return c;
  }
  return undefined;
}

/**
 * The citation key being typed at `offset`: the cursor follows `@`, either
 * inside a `[` still open on its line (after a space, `;`, `-`, `(` or `[`),
 * or in the text of a string value where an in-text citation may start (at
 * the start or after a character that is not a letter, digit, `@ . _ - \ / +`,
 * and not inside a URL; scanCitations says when). The span covers the key
 * characters around the cursor, without the `@`.
 */
export function citationKeyPrefixAt(doc: CaseDocument, offset: number): Span | undefined {
  const { line } = doc.lines.position(offset);
  const lineStart = doc.lines.lineStart(line);
  const lineEnd = doc.lines.lineEnd(line);
  const text = doc.text;
  let s = offset;
  while (s > lineStart && KEY_CHAR.test(text[s - 1] ?? '')) s--;
  if (text[s - 1] !== '@') return undefined;
  let e = offset;
  while (e < lineEnd && KEY_CHAR.test(text[e] ?? '')) e++;
  const before = text[s - 2];
  // Inside a bracket: the last `[` before the `@` is not closed before it.
  const open = text.lastIndexOf('[', s - 1);
  if (open >= lineStart && text.lastIndexOf(']', s - 1) < open) {
    if (before !== undefined && s - 1 > lineStart && !BEFORE_AT.test(before)) return undefined;
    return { start: s, end: e };
  }
  return inTextKeyAt(doc, s - 1, lineStart) ? { start: s, end: e } : undefined;
}

/**
 * Whether an `@` at `at` starts an in-text citation as scanCitations reads one,
 * in a string value whose text is scanned for citations: the line's text up to
 * the `@`, with a key after it, is scanned and must end with that citation.
 */
function inTextKeyAt(doc: CaseDocument, at: number, lineStart: number): boolean {
  const scalars = doc.stringScalars();
  const scalar = scalars[lastStartingBefore(scalars, (x) => x.span.start, at)];
  if (!scalar || at >= scalar.span.end || skipPath(scalar.path)) return false;
  const from = Math.max(lineStart, scalar.span.start);
  // `x` stands for the key: only what comes before the `@` decides.
  const cites = scanCitations(`${doc.text.slice(from, at + 1)}x`);
  const last = cites[cites.length - 1];
  return last !== undefined && last.inText && last.at === at - from;
}
