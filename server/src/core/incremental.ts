/**
 * Incremental linting: the lint of a new version of a text that reuses what
 * an edit did not touch, with the same result as `lint()` of that text.
 *
 * The text is cut into pieces at its top-level keys (a line that starts in
 * column 0 with a letter, a digit, `_` or a quote). Each piece is parsed on
 * its own and its tree moved to the piece's offset; the pieces' pairs make
 * the root map of one tree, and the engine lints that tree as it lints a
 * whole parse. Pieces whose text an edit did not change keep their parse
 * (moved by the edit's length when they follow it); only the pieces the edit
 * touched are parsed again. Rules none of whose top-level keys changed are
 * replayed (engine.ts, reads.ts), and the scans that read scalar by scalar
 * (de-identification, citations) keep their results per kept scalar node.
 *
 * Reuse is only sound where a piece parses on its own exactly as it does in
 * the whole text, so every other case is a whole parse, as `lint()` does it:
 * a text with a directive or a document marker in column 0, any piece with a
 * syntax problem (an unterminated quote or flow collection that a column-0
 * key would cut), an alias, anything but a map of pairs with text keys, or a
 * nesting the parser could not take. test/core/incremental.test.ts applies
 * thousands of seeded random edit sequences and checks that every result
 * equals `lint()` of the same text.
 */
import { Document, isAlias, isCollection, isMap, isPair, isScalar, isSeq, Pair, YAMLMap, YAMLSeq, type Node as YamlNode, type Scalar } from 'yaml';
import { CaseDocument, forgetScalars, isStackOverflow, MAX_ALIAS_COUNT, normalizeLineBreaks, PARSE_OPTIONS, parseBounded, rangeSpan, TooDeep, type PreparedTree } from './document';
import { lint, lintDocument, refuse, ruleRecords, stripBom, type LintOptions, type LintResult, type Replay } from './engine';
import { ALL, START } from './reads';
import type { Fix, Report, Span } from './types';

/**
 * One piece of a text: a run of top-level pairs (`pairs`), the key line of a
 * top-level list (`head`), or one item of that list (`item`, at `indent`).
 * Its nodes carry ranges at the piece's place in the text.
 */
interface Piece {
  kind: 'pairs' | 'head' | 'item';
  start: number;
  end: number;
  /** The list items' indentation (`item` pieces). */
  indent: number;
  /** The keys or items cut into it (see join). */
  count: number;
  /** `pairs`: the pairs; `head`: the one pair (its value is replaced by the list). */
  pairs: Pair[];
  /** `item`: the items (one or more consecutive ones). */
  items: (YamlNode | null)[];
  /** The piece's own collection range ([start, value end, end]) at its place. */
  range: [number, number, number];
  /** Every node of the piece, to move it when an edit before it changes its offset. */
  nodes: YamlNode[];
  /** Its block scalars that are values (not keys), in document order. */
  blocks: YamlNode[];
  /** Some map in it repeats a key (the document then checks keys itself). */
  repeats: boolean;
  /** The plain data of each pair's value (`pairs`, `head`: unused) or of each item. */
  values: unknown[];
}

/** Where a piece starts, and what it is. */
export interface Cut {
  start: number;
  kind: Piece['kind'];
  indent: number;
  /** How many keys or items open in it (after joining small neighbours). */
  count: number;
}

interface PieceTable {
  /** The text the pieces were cut from (BOM dropped, lone CRs read as LF). */
  text: string;
  pieces: Piece[];
  /** The pieces holding each top-level key, in order; undefined when a key is not text (rules read keys as text). */
  byKey: Map<string, Piece[]> | undefined;
}

/** Where each piece kept from the previous version was, and how far it moved. */
interface Kept {
  oldStart: number;
  oldEnd: number;
  shift: number;
}

/** The pieces behind each result linted incrementally (held only as long as the result is). */
const tables = new WeakMap<LintResult, PieceTable>();

/** Counts for the benchmark and the tests: how the last call was served. */
export interface IncrementalStats {
  /** Pieces parsed by the last call. */
  parsed: number;
  /** Pieces kept from the previous result. */
  reused: number;
  /** true when the last call parsed the text whole (the pieces could not be used). */
  whole: boolean;
  /** Pieces of the last call whose one edited literal block scalar was patched rather than parsed (counted in `parsed` too). */
  patched: number;
}

export const lastIncrementalStats: IncrementalStats = { parsed: 0, reused: 0, whole: false, patched: 0 };

/**
 * Lint `text` as `lint(text, options)` would, reusing the parse of `previous`
 * (an earlier result of this function for an earlier version of the same
 * document) where the edit left pieces unchanged. The trees of `previous` are
 * taken over: read nothing of its document afterwards.
 */
export function lintIncremental(text: string, options: LintOptions = {}, previous?: LintResult): LintResult {
  const body = stripBom(text);
  if (refuse(text, body)) return whole(text, options);
  const normalized = normalizeLineBreaks(body);
  const table = previous ? tables.get(previous) : undefined;
  if (previous) tables.delete(previous);
  const found = cuts(normalized);
  const kept: Kept[] = [];
  const pieces = found && pieceList(normalized, found, table, kept);
  if (!pieces) return whole(text, options);
  const byKey = keysOf(pieces);
  const replay: Replay = {
    records: previous && table ? ruleRecords(previous) : undefined,
    unchanged: (key) => unchanged(key, table, pieces, byKey),
    move: (report) => moveReport(report, kept, table?.text.length ?? 0),
  };
  const result = lintDocument(new CaseDocument(body, merge(pieces, normalized.length)), options, previous?.analyses, replay);
  tables.set(result, { text: normalized, pieces, byKey });
  return result;
}

/** The pieces holding each top-level key; undefined when some key is not a string (a rule's path lookup names keys as text). */
function keysOf(pieces: Piece[]): Map<string, Piece[]> | undefined {
  const byKey = new Map<string, Piece[]>();
  let list: string | undefined;
  for (const piece of pieces) {
    const keys: string[] = [];
    if (piece.kind === 'item') {
      if (list === undefined) return undefined;
      keys.push(list);
    } else {
      for (const pair of piece.pairs) {
        const k = (pair.key as { value?: unknown } | null)?.value;
        if (typeof k !== 'string') return undefined;
        keys.push(k);
      }
      list = piece.kind === 'head' ? keys[0] : undefined;
    }
    for (const k of keys) {
      const at = byKey.get(k);
      if (at) at.push(piece);
      else byKey.set(k, [piece]);
    }
  }
  return byKey;
}

/** Are the pieces holding `key` (or the first piece, for START) the very pieces the previous version had? */
function unchanged(key: string, table: PieceTable | undefined, pieces: Piece[], byKey: Map<string, Piece[]> | undefined): boolean {
  if (!table || !table.byKey || !byKey || key === ALL) return false;
  if (key === START) return pieces[0] === table.pieces[0] && pieces[0]?.start === 0;
  const now = byKey.get(key) ?? [];
  const before = table.byKey.get(key) ?? [];
  return now.length === before.length && now.every((p, i) => p === before[i]);
}

/** A report of the previous version moved with the piece it lies in; undefined when any of its offsets is not in a kept piece. */
function moveReport(report: Report, kept: Kept[], oldLength: number): Report | undefined {
  const span = moveSpan(report, kept, oldLength);
  if (!span) return undefined;
  const out: Report = { ...report, ...span };
  if (report.related) {
    const related = [];
    for (const r of report.related) {
      const s = moveSpan(r, kept, oldLength);
      if (!s) return undefined;
      related.push({ ...r, ...s });
    }
    out.related = related;
  }
  if (report.fixes) {
    const fixes: Fix[] = [];
    for (const fix of report.fixes) {
      const edits = [];
      for (const e of fix.edits) {
        const s = moveSpan(e, kept, oldLength);
        if (!s) return undefined;
        edits.push({ ...e, ...s });
      }
      const moved: Fix = { ...fix, edits };
      if (fix.selection) {
        const s = moveSpan(fix.selection, kept, oldLength);
        if (!s) return undefined;
        moved.selection = s;
      }
      fixes.push(moved);
    }
    out.fixes = fixes;
  }
  return out;
}

/** A span of the previous version in this one: inside one kept piece, moved as it moved. */
function moveSpan(span: Span, kept: Kept[], oldLength: number): Span | undefined {
  const { start, end } = span;
  let lo = 0;
  let hi = kept.length - 1;
  let found: Kept | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const k = kept[mid] as Kept;
    if (start < k.oldStart) hi = mid - 1;
    else if (start >= k.oldEnd && !(start === oldLength && k.oldEnd === oldLength)) lo = mid + 1;
    else {
      found = k;
      break;
    }
  }
  if (!found || end > found.oldEnd || end < start) return undefined;
  return { start: start + found.shift, end: end + found.shift };
}

function whole(text: string, options: LintOptions): LintResult {
  lastIncrementalStats.parsed = 0;
  lastIncrementalStats.reused = 0;
  lastIncrementalStats.whole = true;
  lastIncrementalStats.patched = 0;
  return lint(text, options);
}

/**
 * Where the pieces of `text` start. The first opens the text (with what comes
 * before its first key); every later line that opens with a key in column 0
 * starts the next. A top-level key whose value is a block list on the next
 * lines (nothing after its `:` but a comment) is a `head`, and each line that
 * opens an item of that list (`- ` at the list's indentation) starts an `item`.
 * undefined when the text cannot be cut (a `%` directive or a `---` / `...`
 * marker in column 0: those belong to the stream, not a piece).
 */
export function cuts(text: string): Cut[] | undefined {
  const found = lineCuts(text);
  return found && join(text, found);
}

/**
 * The cuts before small pieces are joined. With `everyLine`, every line is
 * read in turn instead of skipping those that cannot start a cut (for tests:
 * both must give the same cuts).
 */
export function lineCuts(text: string, everyLine = false): Cut[] | undefined {
  const out: Cut[] = [{ start: 0, kind: 'pairs', indent: 0, count: 1 }];
  let first = true;
  /** Inside a top-level list: the item indentation (-1: not yet seen, the line after a head). */
  let list: number | undefined;
  let at = 0;
  while (at < text.length) {
    const c = text.charCodeAt(at);
    const nl = text.indexOf('\n', at);
    const lineEnd = nl === -1 ? text.length : nl;
    if (c === 0x25 /* % */) return undefined;
    if ((c === 0x2d /* - */ || c === 0x2e) /* . */ && text.charCodeAt(at + 1) === c && text.charCodeAt(at + 2) === c) {
      const next = text.charCodeAt(at + 3);
      if (Number.isNaN(next) || next === 0x20 || next === 0x09 || next === 0x0a || next === 0x0d) return undefined;
    }
    if (startsKey(c)) {
      const head = opensList(text, at, lineEnd);
      if (!first) out.push({ start: at, kind: head ? 'head' : 'pairs', indent: 0, count: 1 });
      else if (head) (out[0] as Cut).kind = 'head';
      first = false;
      list = head ? -1 : undefined;
    } else if (list !== undefined) {
      let i = at;
      while (text.charCodeAt(i) === 0x20) i++;
      const ch = text.charCodeAt(i);
      if (ch === 0x2d /* - */ && isBreakOrSpace(text.charCodeAt(i + 1))) {
        const indent = i - at;
        if (list === -1) list = indent;
        if (indent === list) out.push({ start: at, kind: 'item', indent, count: 1 });
      } else if (list === -1 && i < lineEnd && ch !== 0x23 /* # */ && ch !== 0x0d) {
        // The head's value is not a block list after all: no items.
        list = undefined;
      }
    }
    if (nl === -1) break;
    // Skip the lines that cannot start a cut: those that open with a space or
    // are empty, unless an item of the list may open there (its `-` sits at
    // the list's indentation; the loop above checks the rest). The line after
    // a head is read whatever it holds.
    let p = nl;
    if (!everyLine && list !== -1) {
      for (;;) {
        const c = text.charCodeAt(p + 1);
        if (c !== 0x20 && c !== 0x0a) break;
        if (list !== undefined && text.charCodeAt(p + 1 + list) === 0x2d) break;
        const next = text.indexOf('\n', p + 1);
        if (next === -1) {
          p = text.length;
          break;
        }
        p = next;
      }
    }
    at = p + 1;
  }
  // A head without items is a plain pair (e.g. `key:` with an empty value).
  for (let i = 0; i < out.length; i++) {
    const cut = out[i] as Cut;
    if (cut.kind === 'head' && out[i + 1]?.kind !== 'item') cut.kind = 'pairs';
  }
  return out;
}

/** A piece shorter than this may share a parse with its small neighbours. */
const SMALL_PIECE = 256;

/**
 * Join runs of small pieces of one kind (one-line keys, a long list of short
 * references), so that a text of many tiny keys is not parsed as many tiny
 * documents. Whether a cut opens a new piece depends only on its own line and
 * the lengths of the pieces on either side of it, never on a running total:
 * an edit changes the joins next to it, and every later piece is cut as
 * before, so it is still reused.
 */
function join(text: string, cuts: Cut[]): Cut[] {
  const out: Cut[] = [];
  for (let i = 0; i < cuts.length; i++) {
    const cut = cuts[i] as Cut;
    const prev = out[out.length - 1];
    const before = cuts[i - 1];
    const end = cuts[i + 1]?.start ?? text.length;
    const joinable =
      prev !== undefined &&
      before !== undefined &&
      cut.kind !== 'head' &&
      cut.kind === before.kind &&
      cut.indent === before.indent &&
      cut.start - before.start < SMALL_PIECE &&
      end - cut.start < SMALL_PIECE &&
      (lineHash(text, cut.start) & 7) !== 0;
    if (joinable) prev.count++;
    else out.push({ ...cut, count: 1 });
  }
  return out;
}

/** FNV-1a of the first 64 characters of the line at `from`. */
function lineHash(text: string, from: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < text.length && i < from + 64; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) break;
    h = Math.imul(h ^ c, 0x01000193);
  }
  // FNV's low bits depend only on the characters' low bits: mix them in.
  h ^= h >>> 15;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}

function isBreakOrSpace(c: number): boolean {
  return Number.isNaN(c) || c === 0x20 || c === 0x0a || c === 0x0d;
}

/**
 * A top-level key line whose value is on the next lines: a plain key (no
 * quote, flow indicator, `#`, `&`, `!` or second `:`), its `:`, then nothing
 * but spaces or a comment. One pass over the line.
 */
function opensList(text: string, from: number, lineEnd: number): boolean {
  let colon = -1;
  for (let i = from; i < lineEnd; i++) {
    const ch = text.charCodeAt(i);
    if (colon === -1) {
      if (ch === 0x3a /* : */) {
        const next = text.charCodeAt(i + 1);
        if (i + 1 < lineEnd && next !== 0x20 && next !== 0x09 && next !== 0x0d) return false;
        colon = i;
      } else if (ch === 0x22 || ch === 0x27 || ch === 0x5b || ch === 0x7b || ch === 0x23 || ch === 0x26 || ch === 0x21) return false;
    } else if (ch === 0x23 /* # */ && (text.charCodeAt(i - 1) === 0x20 || text.charCodeAt(i - 1) === 0x09)) {
      return true;
    } else if (ch !== 0x20 && ch !== 0x09 && ch !== 0x0d) {
      return false;
    }
  }
  return colon !== -1;
}

/** A letter, a digit, `_`, or a quote: how a top-level key's line may open. */
function startsKey(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f || c === 0x22 || c === 0x27;
}

/** The pieces of `text`, reusing those of `table` its edit did not touch; undefined when some piece cannot be used. */
function pieceList(text: string, found: Cut[], table: PieceTable | undefined, kept: Kept[]): Piece[] | undefined {
  const pieces: Piece[] = [];
  let parsed = 0;
  let reused = 0;
  let patched = 0;
  // The unchanged head and tail of the text: a piece inside either is the same text as before.
  let head = 0;
  let tail = 0;
  let byStart: Map<number, Piece> | undefined;
  if (table) {
    const old = table.text;
    head = commonPrefix(old, text);
    tail = commonSuffix(old, text, Math.min(old.length, text.length) - head);
    byStart = new Map(table.pieces.map((p) => [p.start, p]));
  }
  const delta = table ? text.length - table.text.length : 0;
  for (let i = 0; i < found.length; i++) {
    const cut = found[i] as Cut;
    const start = cut.start;
    const end = found[i + 1]?.start ?? text.length;
    let piece: Piece | undefined;
    let patch: Piece | undefined;
    if (table && byStart) {
      const same = (old: Piece | undefined, shift: number): old is Piece =>
        old !== undefined && old.end === end - shift && old.kind === cut.kind && old.indent === cut.indent && old.count === cut.count;
      if (end <= head) {
        const old = byStart.get(start);
        if (same(old, 0)) {
          piece = old;
          kept.push({ oldStart: start, oldEnd: end, shift: 0 });
        }
      } else if (start >= text.length - tail) {
        const old = byStart.get(start - delta);
        if (same(old, delta)) {
          if (delta !== 0) move(old, delta);
          piece = old;
          kept.push({ oldStart: start - delta, oldEnd: end - delta, shift: delta });
        }
      } else {
        // The piece the edit is in, its cut unchanged: patched when the edit stays inside the content of a literal block scalar.
        const old = byStart.get(start);
        if (same(old, delta)) patch = patchLiteral(old, table.text, text, head, tail);
      }
    }
    if (piece) reused++;
    else {
      if (patch) patched++;
      piece = patch ?? parsePiece(text.slice(start, end), cut);
      if (!piece) return undefined;
      parsed++;
    }
    pieces.push(piece);
  }
  lastIncrementalStats.parsed = parsed;
  lastIncrementalStats.reused = reused;
  lastIncrementalStats.whole = false;
  lastIncrementalStats.patched = patched;
  return pieces;
}

/**
 * The length of the common start of `a` and `b`, by halving: each step is one
 * native comparison of two slices (no copy), so a 2 MB text costs about 21
 * comparisons rather than a loop over its characters.
 */
function commonPrefix(a: string, b: string): number {
  let lo = 0;
  let hi = Math.min(a.length, b.length);
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (a.slice(lo, mid) === b.slice(lo, mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The length of the common end of `a` and `b`, at most `max`. */
function commonSuffix(a: string, b: string, max: number): number {
  let lo = 0;
  let hi = max;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (a.slice(a.length - mid, a.length - lo) === b.slice(b.length - mid, b.length - lo)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The piece `old` after an edit inside the content of one of its literal
 * block scalars (`|`): typing in a line, Enter (a line break and the line's
 * indentation), Backspace that joins two lines, a pasted paragraph. The
 * piece's tree is the same but for that scalar's value, and the nodes after
 * the edit move by its length. A literal scalar's value is its content lines,
 * each past the indentation (a blank line empty), joined by line breaks, so
 * the lines the edit touched are replaced in the value by the lines it left;
 * the old value is checked to hold the old lines there. This holds while:
 * - the edit starts right of the indentation of a line that opened with
 *   content at the indentation;
 * - every line it leaves is content at the indentation or blank (spaces, no
 *   more than the indentation): no more-indented line, no tab there, no line
 *   that would end the scalar;
 * - a blank line it leaves first has content before it in the scalar (the
 *   first content line sets the indentation), and one it leaves last has
 *   content after it (blank lines at a scalar's end are its chomping's to keep
 *   or drop).
 * undefined when the edit is anything else (the piece is then parsed again).
 * The scalar becomes a new node (the scans keep their results per node,
 * phi/scan.ts), and the piece a new object (rules that read its key run again).
 */
function patchLiteral(old: Piece, oldText: string, text: string, commonHead: number, tail: number): Piece | undefined {
  let head = commonHead;
  let removed = oldText.slice(head, oldText.length - tail);
  let inserted = text.slice(head, text.length - tail);
  // A CR is a line break's (the text reads lone CRs as LF): an edit that types or deletes one is parsed.
  if (removed.includes('\r') || inserted.includes('\r') || (removed === '' && inserted === '')) return undefined;
  // Where an insertion or a deletion starts is ambiguous when it ends as the text before it does: Enter at
  // a line's end reads as a break and spaces put in the next line's indentation. Slid to the end of the
  // line before, it starts right of that line's content, where the edit is read.
  const lineBreak = head > 0 ? oldText.lastIndexOf('\n', head - 1) : -1;
  const before = lineBreak === -1 ? '' : oldText.slice(lineBreak, head);
  if (/^\n *$/.test(before) && (removed === '' || inserted === '')) {
    const moved = removed === '' ? inserted : removed;
    if (moved.length >= before.length && moved.endsWith(before)) {
      const slid = before + moved.slice(0, moved.length - before.length);
      head -= before.length;
      if (removed === '') inserted = slid;
      else removed = slid;
    }
  }
  const oldEnd = head + removed.length;
  const block = old.blocks.find((b) => b.range !== undefined && b.range !== null && b.range[0] < head && oldEnd < b.range[1]) as Scalar | undefined;
  if (!block || block.type !== 'BLOCK_LITERAL' || typeof block.value !== 'string' || !block.range) return undefined;
  const headerEnd = oldText.indexOf('\n', block.range[0]);
  // `|`, `|-` or `|+`, then spaces or a comment: no indentation indicator.
  if (headerEnd === -1 || headerEnd >= head || !/^\|[+-]?(?:[ \t]+(?:#.*)?)?\r?$/.test(oldText.slice(block.range[0], headerEnd))) return undefined;
  const indent = contentIndent(oldText, headerEnd + 1, block.range[1]);
  const lineStart = oldText.lastIndexOf('\n', head - 1) + 1;
  if (indent < 1 || lineStart <= headerEnd) return undefined;
  const opensAt = (t: string, at: number): boolean => {
    const c = t.charCodeAt(at + indent);
    return !Number.isNaN(c) && c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && /^ *$/.test(t.slice(at, at + indent));
  };
  if (head < lineStart + indent || !opensAt(oldText, lineStart)) return undefined;
  // The old lines the edit touched, and the new lines in their place (each without its line break).
  const edited = lineEndAt(oldText, oldEnd);
  const oldLineEnd = edited.lineBreak;
  if (edited.contentEnd > block.range[1]) return undefined;
  const delta = inserted.length - removed.length;
  const oldLines = oldText.slice(lineStart, oldLineEnd).split('\n');
  const newLines = text.slice(lineStart, oldLineEnd + delta).split('\n');
  for (const line of newLines) if (!opensAt(line, 0) && !blankWithin(withoutCrOf(line), indent)) return undefined;
  if (newLines.length > 1 && blankWithin(withoutCrOf(newLines[newLines.length - 1] as string), indent)) {
    // Content must follow in the scalar: the next old line opens at the indentation, inside the scalar.
    const next = oldLineEnd + 1;
    if (next >= oldText.length || !opensAt(oldText, next) || lineEndAt(oldText, next).contentEnd > block.range[1]) return undefined;
  }
  const lineValue = (line: string): string => {
    const content = withoutCrOf(line);
    return blankWithin(content, indent) ? '' : content.slice(indent);
  };
  // Where the first line starts in the value: after one line break per content line above it.
  const value = block.value;
  let valueLine = 0;
  for (let i = headerEnd + 1; i < lineStart; i = oldText.indexOf('\n', i) + 1) {
    valueLine = value.indexOf('\n', valueLine) + 1;
    if (valueLine === 0) return undefined;
  }
  // A blank first line needs content before it in the scalar: the first content line sets the indentation.
  if (!opensAt(newLines[0] as string, 0) && !/[^\n]/.test(value.slice(0, valueLine))) return undefined;
  const was = oldLines.map(lineValue).join('\n');
  const after = value.charCodeAt(valueLine + was.length);
  if (value.slice(valueLine, valueLine + was.length) !== was || !(Number.isNaN(after) || after === 0x0a)) return undefined;
  const patched = block.clone() as Scalar;
  patched.value = value.slice(0, valueLine) + newLines.map(lineValue).join('\n') + value.slice(valueLine + was.length);
  patched.source = patched.value as string;
  const shift = (r: [number, number, number]): [number, number, number] => [
    r[0] >= oldEnd ? r[0] + delta : r[0],
    r[1] >= oldEnd ? r[1] + delta : r[1],
    r[2] >= oldEnd ? r[2] + delta : r[2],
  ];
  patched.range = shift(block.range);
  // Put the new node where the old one was (its parent is in this piece).
  let top = -1;
  const tops: (YamlNode | null)[] = old.kind === 'item' ? old.items : old.pairs.map((p) => p.value as YamlNode | null);
  for (let i = 0; i < tops.length && top === -1; i++) if (replaceNode(tops[i] ?? null, block, patched)) top = i;
  if (top === -1) {
    const i = tops.indexOf(block);
    if (i === -1) return undefined;
    if (old.kind === 'item') old.items[i] = patched;
    else (old.pairs[i] as Pair).value = patched;
    top = i;
  }
  for (const n of old.nodes) if (n !== block && n.range) n.range = shift(n.range);
  const piece: Piece = {
    ...old,
    end: old.end + delta,
    range: shift(old.range),
    nodes: old.nodes.map((n) => (n === block ? patched : n)),
    blocks: old.blocks.map((n) => (n === block ? patched : n)),
    values: [...old.values],
  };
  const node = old.kind === 'item' ? old.items[top] : (old.pairs[top] as Pair).value;
  // The piece's nodes keep their identity (and, for an edit that keeps the length, their ranges): what was found under them is stale.
  for (const n of old.nodes) forgetScalars(n);
  piece.values[top] = plain(node as YamlNode | null);
  return piece;
}

/** A document to make plain data in: a piece holds no anchor or alias, so its own document adds nothing. */
const PLAIN_DOC = new Document(undefined, PARSE_OPTIONS);

/** A value as plain data, as the document's `toJS` would make it. */
function plain(node: YamlNode | null): unknown {
  return node ? node.toJS(PLAIN_DOC, { maxAliasCount: MAX_ALIAS_COUNT }) : null;
}

/** The indentation of a block scalar's content: that of its first line with content between `from` and `to`; 0 when none (or a tab comes first). */
function contentIndent(text: string, from: number, to: number): number {
  let col = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20) col++;
    else if (c === 0x0a) col = 0;
    else if (c !== 0x0d) return c === 0x09 ? 0 : col;
  }
  return 0;
}

/** A line of spaces only, no more than `indent` of them: blank in a block scalar whose content is indented by `indent`. */
function blankWithin(line: string, indent: number): boolean {
  return line.length <= indent && /^ *$/.test(line);
}

/** A line without the CR of its CRLF. */
function withoutCrOf(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}

/** Where the line holding `at` ends: its line break (or the text's end), and its content (a CRLF's CR left out). */
function lineEndAt(text: string, at: number): { lineBreak: number; contentEnd: number } {
  const found = text.indexOf('\n', at);
  const lineBreak = found === -1 ? text.length : found;
  return { lineBreak, contentEnd: text.charCodeAt(lineBreak - 1) === 0x0d ? lineBreak - 1 : lineBreak };
}

/** Replace `from` by `to` where it is a value or item under `node`; true when it was found. */
function replaceNode(node: YamlNode | null, from: YamlNode, to: YamlNode): boolean {
  const stack: (YamlNode | null)[] = [node];
  while (stack.length > 0) {
    const n = stack.pop();
    if (isMap(n)) {
      for (const pair of n.items) {
        if (pair.value === from) {
          pair.value = to;
          return true;
        }
        stack.push(pair.value as YamlNode | null);
      }
    } else if (isSeq(n)) {
      const items = n.items as (YamlNode | null)[];
      const i = items.indexOf(from);
      if (i !== -1) {
        items[i] = to;
        return true;
      }
      for (const item of items) stack.push(item);
    }
  }
  return false;
}

/** Parse one piece on its own and move its tree to its place; undefined unless it parses without a problem into what its kind says. */
function parsePiece(source: string, cut: Cut): Piece | undefined {
  const traceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  let docs: Document.Parsed[];
  try {
    docs = parseBounded(source);
  } catch (error) {
    // Too deep for the bound (or the stack): the whole parse says so.
    if (error instanceof TooDeep || isStackOverflow(error)) return undefined;
    throw error;
  } finally {
    Error.stackTraceLimit = traceLimit;
  }
  const doc = docs[0];
  if (docs.length !== 1 || !doc || doc.errors.length > 0 || doc.warnings.length > 0) return undefined;
  const root = doc.contents;
  if (!root || !root.range || !(isMap(root) || isSeq(root)) || root.flow || root.items.length === 0) return undefined;
  const piece: Piece = {
    kind: cut.kind,
    start: 0,
    end: source.length,
    indent: cut.indent,
    count: cut.count,
    pairs: [],
    items: [],
    range: [root.range[0], root.range[1], root.range[2]],
    nodes: [],
    blocks: [],
    repeats: false,
    values: [],
  };
  if (cut.kind === 'item') {
    if (!isSeq(root) || root.items.length !== cut.count) return undefined;
    for (const item of root.items as (YamlNode | null)[]) if (!collect(item, piece)) return undefined;
    piece.items = root.items as (YamlNode | null)[];
    piece.values = piece.items.map(plain);
  } else {
    if (!isMap(root)) return undefined;
    const seen = new Set<string>();
    for (const pair of root.items) {
      if (!isPair(pair) || !isScalar(pair.key) || typeof pair.key.value !== 'string') return undefined;
      if (seen.has(pair.key.value)) piece.repeats = true;
      seen.add(pair.key.value);
      if (!collect(pair.key as YamlNode, piece, true) || !collect(pair.value as YamlNode | null, piece)) return undefined;
    }
    if (cut.kind === 'head') {
      const value = (root.items[0] as Pair).value;
      if (root.items.length !== 1 || !(value === null || (isScalar(value) && value.value === null && value.source === ''))) return undefined;
    }
    piece.pairs = root.items as Pair[];
    piece.values = piece.pairs.map((pair) => plain(pair.value as YamlNode | null));
  }
  move(piece, cut.start);
  return piece;
}

/**
 * Every node under `node` into the piece (and its block scalar values, and
 * whether a map repeats a key); false at an alias or anchor (a piece that
 * refers outside itself, or is referred to) or a key that is a list or map.
 */
function collect(node: YamlNode | null | undefined, piece: Piece, isKey = false): boolean {
  const stack: (YamlNode | null | undefined | boolean)[] = [node, isKey];
  const blocks: YamlNode[] = [];
  while (stack.length > 0) {
    const key = stack.pop() as boolean;
    const n = stack.pop() as YamlNode | null | undefined;
    if (!n) continue;
    if (isAlias(n) || n.anchor !== undefined) return false;
    piece.nodes.push(n);
    if (isScalar(n)) {
      if (!key && (n.type === 'BLOCK_LITERAL' || n.type === 'BLOCK_FOLDED') && n.range) blocks.push(n);
    } else if (isMap(n)) {
      const seen = new Set<string>();
      for (const pair of n.items) {
        // A list or map as a key is rewritten by the document (COMPLEX_KEY): parse such a piece afresh each time.
        if (isCollection(pair.key)) return false;
        const k = pair.key as YamlNode | null;
        const id = isScalar(k) ? `${typeof k.value}:${String(k.value)}` : 'null';
        if (seen.has(id)) piece.repeats = true;
        seen.add(id);
        stack.push(pair.value as YamlNode | null, false, pair.key as YamlNode | null, true);
      }
    } else if (isSeq(n)) {
      for (const item of n.items) stack.push(item as YamlNode | null, false);
    }
  }
  blocks.sort((a, b) => (a.range?.[0] ?? 0) - (b.range?.[0] ?? 0));
  for (const block of blocks) piece.blocks.push(block);
  return true;
}

/** Move a piece by `delta` characters. */
function move(piece: Piece, delta: number): void {
  piece.start += delta;
  piece.end += delta;
  piece.range = [piece.range[0] + delta, piece.range[1] + delta, piece.range[2] + delta];
  for (const n of piece.nodes) {
    const r = n.range;
    if (r) n.range = [r[0] + delta, r[1] + delta, r[2] + delta];
  }
}

/**
 * One tree whose root map holds every piece's pairs (a head's value is the
 * list of the items after it), as a whole parse of the text would build it,
 * with its plain data, its block scalars and whether its keys need checking.
 */
function merge(pieces: Piece[], length: number): PreparedTree {
  const doc = new Document(undefined, PARSE_OPTIONS) as unknown as Document.Parsed;
  const root = new YAMLMap(doc.schema);
  // The plain data, as the library's toJS builds a map: a key already present
  // (or inherited, such as `constructor`) is defined as an own property.
  const value: Record<string, unknown> = {};
  const put = (key: string, v: unknown): void => {
    if (key in value) Object.defineProperty(value, key, { value: v, writable: true, enumerable: true, configurable: true });
    else value[key] = v;
  };
  const blockScalarSpans: Span[] = [];
  let keysChecked = true;
  const keys = new Set<string>();
  let list: { seq: YAMLSeq; values: unknown[]; first?: Piece; last?: Piece } | undefined;
  const close = (): void => {
    // The list's range runs from its first item to the end of its last.
    if (list?.first && list.last) list.seq.range = [list.first.range[0], list.last.range[1], list.last.range[2]];
    list = undefined;
  };
  for (const piece of pieces) {
    if (piece.repeats) keysChecked = false;
    for (const block of piece.blocks) blockScalarSpans.push(rangeSpan(block.range));
    if (piece.kind === 'item' && list) {
      for (const item of piece.items) list.seq.items.push(item);
      for (const v of piece.values) list.values.push(v);
      list.first ??= piece;
      list.last = piece;
      continue;
    }
    close();
    const pairs = piece.pairs;
    for (const pair of pairs) {
      const key = (pair.key as Scalar<string>).value;
      if (keys.has(key)) keysChecked = false;
      keys.add(key);
    }
    if (piece.kind === 'head') {
      const key = (pairs[0] as Pair).key as Scalar<string>;
      const seq = new YAMLSeq(doc.schema);
      root.items.push(new Pair(key, seq));
      list = { seq, values: [] };
      put(key.value, list.values);
    } else {
      pairs.forEach((pair, i) => {
        root.items.push(pair);
        put((pair.key as Scalar<string>).value, piece.values[i]);
      });
    }
  }
  close();
  const first = pieces[0] as Piece;
  const last = pieces[pieces.length - 1] as Piece;
  // As the parser sets a block map's range: to the end of its last value, then of any comment after it.
  const lastValue = (root.items[root.items.length - 1] as Pair | undefined)?.value as YamlNode | null | undefined;
  const valueEnd = lastValue?.range?.[2] ?? last.range[1];
  root.range = [first.range[0], valueEnd, Math.max(valueEnd, last.range[2])];
  doc.contents = root as unknown as Document.Parsed['contents'];
  doc.range = [root.range[0], root.range[2], length];
  return { yaml: doc, value, blockScalarSpans, keysChecked };
}
