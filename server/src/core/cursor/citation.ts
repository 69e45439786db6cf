import { BEFORE_AT, findCitations, KEY_CHAR, type Citation } from '../citations';
import type { CaseDocument } from '../document';
import type { Span } from '../types';
import { lastStartingBefore } from './tree';

/** The citation `[@key]` under `offset`; the `@` before the key counts as part of it. */
export function citationAt(doc: CaseDocument, offset: number): Citation | undefined {
  const cites = findCitations(doc);
  // Search from one past the offset, so the `@` finds the key that follows it.
  const c = cites[lastStartingBefore(cites, (x) => x.start, offset + 1)];
  if (!c || offset < c.start - 1 || offset > c.end) return undefined;
  return c;
}

/**
 * The citation key being typed at `offset`: the cursor follows `@` (after a
 * space, `;`, `-`, `(` or `[`) inside a `[` still open on its line. The span
 * covers the key characters around the cursor, without the `@`.
 */
export function citationKeyPrefixAt(doc: CaseDocument, offset: number): Span | undefined {
  const { line } = doc.lines.position(offset);
  const lineStart = doc.lines.lineStart(line);
  const lineEnd = doc.lines.lineEnd(line);
  const text = doc.text;
  let s = offset;
  while (s > lineStart && KEY_CHAR.test(text[s - 1] ?? '')) s--;
  if (text[s - 1] !== '@') return undefined;
  const before = text[s - 2];
  if (before !== undefined && s - 1 > lineStart && !BEFORE_AT.test(before)) return undefined;
  // Inside a bracket: the last `[` before the `@` is not closed before it.
  const open = text.lastIndexOf('[', s - 1);
  if (open < lineStart || text.lastIndexOf(']', s - 1) > open) return undefined;
  let e = offset;
  while (e < lineEnd && KEY_CHAR.test(text[e] ?? '')) e++;
  return { start: s, end: e };
}
