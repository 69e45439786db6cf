import type { Fix, Position, Range, Span, TextEdit } from './types';

/** Maps offsets to 0-based line/character positions and back. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    if (text.indexOf('\r') === -1) {
      // No CR: the line breaks are the LFs, found by the native scan.
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 /* \n */) this.starts.push(i + 1);
      else if (c === 13 /* \r */ && text.charCodeAt(i + 1) !== 10) this.starts.push(i + 1);
    }
  }

  get lineCount(): number {
    return this.starts.length;
  }

  position(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= o) lo = mid;
      else hi = mid - 1;
    }
    // An offset between the CR and the LF of a CRLF is the end of its line, not past it.
    const start = this.starts[lo] ?? 0;
    return { line: lo, character: Math.min(o, this.lineEnd(lo)) - start };
  }

  offset(pos: Position): number {
    if (pos.line < 0) return 0;
    if (pos.line >= this.starts.length) return this.text.length;
    const start = this.starts[pos.line] ?? 0;
    const end = this.lineEnd(pos.line);
    return Math.min(start + Math.max(0, pos.character), end);
  }

  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))] ?? 0;
  }

  /** Offset of the end of the line's content (before its line break). */
  lineEnd(line: number): number {
    const next = this.starts[line + 1];
    if (next === undefined) return this.text.length;
    let end = next;
    if (end > 0 && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > 0 && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  lineText(line: number): string {
    return this.text.slice(this.lineStart(line), this.lineEnd(line));
  }

  range(span: Span): Range {
    return { start: this.position(span.start), end: this.position(span.end) };
  }
}

/** Levenshtein distance, bounded: returns max + 1 as soon as it is certain to exceed max. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length] ?? 0;
}

/**
 * The candidates nearest to `input` (case-insensitive), best first, within a
 * distance that grows with the input's length. Empty when nothing is close.
 */
export function nearest(input: string, candidates: Iterable<string>, limit = 3): string[] {
  const needle = input.toLowerCase();
  const max = nearDistance(needle);
  const scored: { c: string; d: number }[] = [];
  for (const c of candidates) {
    const lc = c.toLowerCase();
    let d = editDistance(needle, lc, max);
    // A candidate that starts with the input (or the reverse) is close too.
    if (d > max && needle.length >= 3 && (lc.startsWith(needle) || needle.startsWith(lc))) d = max;
    if (d <= max) scored.push({ c, d });
  }
  scored.sort((x, y) => x.d - y.d || x.c.localeCompare(y.c));
  return scored.slice(0, limit).map((s) => s.c);
}

/**
 * The one candidate nearest to `input` (case-insensitive, within `nearest`'s
 * distance; letters swapped next to each other count as one edit) when no
 * other is as near: a did-you-mean that "fix all" may apply unseen. Undefined
 * when nothing is near or two are equally near.
 */
export function clearBest(input: string, candidates: readonly string[]): string | undefined {
  const needle = input.toLowerCase();
  const max = nearDistance(needle);
  let best: string | undefined;
  let bestD = max + 1;
  let tie = false;
  for (const c of candidates) {
    const lc = c.toLowerCase();
    const d = swappedPair(needle, lc) ? 1 : editDistance(needle, lc, max);
    if (d < bestD) {
      best = c;
      bestD = d;
      tie = false;
    } else if (d === bestD) tie = true;
  }
  return best !== undefined && !tie && bestD <= max ? best : undefined;
}

/** How far a candidate may be from `needle` and still be near: grows with its length, 1 to 4 edits. */
function nearDistance(needle: string): number {
  return Math.max(1, Math.min(4, Math.floor(needle.length / 3)));
}

/** `a` is `b` with two neighbouring letters swapped (`durg`, `drug`). */
export function swappedPair(a: string, b: string): boolean {
  if (a.length !== b.length || a.length < 2) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (i >= a.length - 1) return false;
  return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/** "did you mean x?" / "did you mean x or y?" or '' */
export function didYouMean(suggestions: readonly string[]): string {
  if (suggestions.length === 0) return '';
  if (suggestions.length === 1) return `did you mean ${suggestions[0]}?`;
  return `did you mean ${suggestions.slice(0, -1).join(', ')} or ${suggestions[suggestions.length - 1]}?`;
}

/** One "Change to <suggestion>" fix per suggestion, each replacing `span`; the first is preferred. None without a span. */
export function suggestionFixes(span: Span | undefined, suggestions: readonly string[]): Fix[] {
  if (!span) return [];
  return suggestions.map((s, i) => ({ title: `Change to ${s}`, edits: [{ start: span.start, end: span.end, newText: s }], preferred: i === 0 }));
}

/** Apply offset edits (original coordinates, non-overlapping) to a text. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}
