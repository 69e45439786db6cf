import { isSeq, type Node as YamlNode } from 'yaml';
import type { CaseDocument, PathSegment } from '../document';
import type { Span } from '../types';
import { lineShape, type LineShape } from './line';
import { innermostCollection, lastStartingBefore, nodeAt } from './tree';

/**
 * Placing text the tree does not hold (what the user is still typing) by
 * indentation: which map or list a line belongs to, which item index a
 * list marker starts, which keys a map already has.
 */
export interface Parent {
  kind: 'map' | 'seq';
  path: PathSegment[];
}

const isBlockSeq = (n: YamlNode): boolean => isSeq(n) && !n.flow;

/** Keys already present in the map at `path`, but `except`. */
export function presentKeysAt(doc: CaseDocument, path: readonly PathSegment[], except?: string): string[] {
  const v = doc.get(path);
  if (v && typeof v === 'object' && !Array.isArray(v)) return Object.keys(v as object).filter((k) => k !== except);
  return [];
}

/** The block scalar whose content contains `offset`, by binary search over the document's spans. */
export function blockScalarAt(doc: CaseDocument, offset: number): Span | undefined {
  const spans = doc.blockScalarSpans;
  const i = lastStartingBefore(spans, (s) => s.start, offset);
  // Nested block scalars are not possible, but a later span may start inside an earlier one's range only
  // when ranges are odd: check the found one and its predecessor.
  for (const j of [i, i - 1]) {
    const s = spans[j];
    if (!s) continue;
    const headerEnd = doc.lines.lineEnd(doc.lines.position(s.start).line);
    if (offset > headerEnd && offset <= s.end) return s;
  }
  return undefined;
}

/** The path of the pair whose key starts at `keyOffset`, from the tree or (when it did not parse) indentation. */
export function pathOfKeyAt(doc: CaseDocument, lineNo: number, keyOffset: number, key: string, shape: LineShape): PathSegment[] {
  const hit = nodeAt(doc, keyOffset);
  if (hit.onKey && hit.path[hit.path.length - 1] === key) return hit.path;
  // Not in the tree: place it by indentation.
  if (shape.dashes.length > 0) {
    const lineStart = doc.lines.lineStart(lineNo);
    const dashCol = shape.dashes[shape.dashes.length - 1] as number;
    const seqPath = seqPathForDash(doc, lineNo, lineStart, dashCol);
    return [...seqPath, itemIndex(doc, seqPath, lineStart + dashCol), key];
  }
  return [...blockParent(doc, lineNo, shape.content).path, key];
}

/** The path of the list an item marker at `dashCol` belongs to. */
export function seqPathForDash(doc: CaseDocument, lineNo: number, lineStart: number, dashCol: number): PathSegment[] {
  // In the tree: the deepest list whose range holds the dash and whose first item is at the dash's column.
  const dash = lineStart + dashCol;
  const inTree = innermostCollection(nodeAt(doc, dash), (n) => {
    const start = n.range?.[0];
    return isBlockSeq(n) && start !== undefined && start <= dash && doc.lines.position(start).character === dashCol;
  });
  if (inTree) return inTree;
  // Inner dashes on the same line (`- - x`) are rare: use the outermost placement by indentation.
  return blockParent(doc, lineNo, dashCol, true).path;
}

/** The index a list item starting at `offset` has (items before it, counted in the tree). */
export function itemIndex(doc: CaseDocument, seqPath: readonly PathSegment[], offset: number): number {
  const seq = doc.node(seqPath);
  if (!seq || !isSeq(seq)) return 0;
  let n = 0;
  for (const item of seq.items as (YamlNode | null)[]) {
    const s = item?.range?.[0];
    if (s !== undefined && s < offset) n++;
  }
  return n;
}

/** A line that cannot decide the parent of content at `column`: deeper, blank, a comment, or block scalar text. */
function skipsLine(doc: CaseDocument, l: number, column: number): LineShape | undefined {
  const start = doc.lines.lineStart(l);
  const text = doc.text;
  // Fast path: a line indented deeper than the column cannot decide anything.
  let i = start;
  while (text[i] === ' ') i++;
  if (i - start > column && text[i] !== '\n' && text[i] !== '\r' && i < text.length) return undefined;
  const shape = lineShape(doc.lines.lineText(l));
  if (shape.blank || shape.comment || shape.indent > column) return undefined;
  if (doc.inBlockScalar(start + shape.indent)) return undefined;
  return shape;
}

/**
 * The collection that content at `column` on line `lineNo` belongs to, from
 * the lines above: a key at the same column is a sibling (its map is the
 * parent), a key at a smaller column is the parent itself, a `-` at the same
 * column makes this a new item of that list.
 */
export function blockParent(doc: CaseDocument, lineNo: number, column: number, wantSeq = false): Parent {
  for (let l = lineNo - 1; l >= 0; l--) {
    const shape = skipsLine(doc, l, column);
    if (!shape) continue;
    const start = doc.lines.lineStart(l);
    if ((wantSeq || column > 0) && shape.dashes.includes(column)) {
      // A list marker at this column: a sibling item.
      const path = innermostCollection(nodeAt(doc, start + column), isBlockSeq);
      if (path) return { kind: 'seq', path };
    }
    if (shape.content === column && shape.key) {
      const hit = nodeAt(doc, start + shape.key.start);
      if (hit.onKey) return { kind: 'map', path: hit.path.slice(0, -1) };
      continue;
    }
    const lastDash = shape.dashes[shape.dashes.length - 1];
    if (shape.content < column || (lastDash !== undefined && lastDash < column)) return parentLine(doc, start, shape, column);
  }
  return { kind: 'map', path: [] };
}

/** The map that a less indented line above opens for content at `column`: its key's value, or its list item. */
function parentLine(doc: CaseDocument, start: number, shape: LineShape, column: number): Parent {
  if (shape.key && shape.content < column) {
    const hit = nodeAt(doc, start + shape.key.start);
    if (hit.onKey) return { kind: 'map', path: hit.path };
  }
  const lastDash = shape.dashes[shape.dashes.length - 1];
  if (lastDash !== undefined && lastDash < column) {
    const seqPath = innermostCollection(nodeAt(doc, start + lastDash), isBlockSeq);
    if (seqPath) return { kind: 'map', path: [...seqPath, itemIndex(doc, seqPath, start + lastDash)] };
  }
  return { kind: 'map', path: [] };
}
