/**
 * One function per kind of position: free text, a key, a value, a list item,
 * a new entry on a blank line; flow collections are in flow.ts.
 */

import { isScalar } from 'yaml';
import type { CaseDocument, PathSegment } from '../document';
import { flowAt } from './flow';
import { commentStart, flowContext, isSpace, lineShape, trimEndCol, wordAt, type LineShape } from './line';
import { blockParent, blockScalarAt, itemIndex, pathOfKeyAt, presentKeysAt, seqPathForDash } from './place';
import { nodeAt } from './tree';
import { noCursor, scalarNodeAt, tokenOf, type Cursor, type CursorLine } from './types';

/** What is under `offset` in `doc`. Never throws on odd text. */
export function cursorAt(doc: CaseDocument, offset: number): Cursor {
  const at = cursorLine(doc, offset);
  const prose = proseAt(at);
  if (prose) return prose;
  const shape = lineShape(at.line);
  const cmt = commentStart(at.line, shape.content);
  if (shape.comment || at.col > cmt) return noCursor(at.offset);
  const flow = flowContext(at.line, shape.content, at.col);
  if (flow) return flowAt(at, flow);
  if (shape.key) return pairAt(at, shape, cmt);
  if (shape.dashes.length > 0 && at.col >= shape.content) return itemAt(at, shape, cmt);
  return newEntryAt(at, shape, cmt);
}

export function cursorLine(doc: CaseDocument, offset: number): CursorLine {
  offset = Math.max(0, Math.min(offset, doc.text.length));
  const lineNo = doc.lines.position(offset).line;
  const lineStart = doc.lines.lineStart(lineNo);
  return { doc, offset, lineNo, lineStart, line: doc.lines.lineText(lineNo), col: offset - lineStart };
}

/** Free text: inside a block scalar, or on a later line of a plain or quoted scalar. */
export function proseAt(at: CursorLine): Cursor | undefined {
  const { doc, offset, lineStart, line } = at;
  const block = blockScalarAt(doc, offset);
  const hit = nodeAt(doc, block ? block.start : offset);
  if (!block) {
    const r = hit.node?.range;
    if (!hit.node || hit.onKey || !isScalar(hit.node) || !r || r[0] >= lineStart || offset > r[1]) return undefined;
  }
  const word = wordAt(doc.text, offset, lineStart, lineStart + line.length);
  const last = hit.path[hit.path.length - 1];
  return {
    ...noCursor(offset),
    kind: 'prose',
    parentPath: hit.path.slice(0, -1),
    path: hit.path,
    key: typeof last === 'string' ? last : undefined,
    token: word,
    prefix: doc.text.slice(word.start, offset),
    node: hit.node,
  };
}

/** On a `key: value` line: the key, or the value after the colon. */
export function pairAt(at: CursorLine, shape: LineShape, cmt: number): Cursor {
  const k = shape.key!;
  const keyPath = pathOfKeyAt(at.doc, at.lineNo, at.lineStart + k.start, k.text, shape);
  if (at.col <= k.end) return keyAt(at, k, keyPath);
  if (at.col <= k.colon) return noCursor(at.offset);
  return valueAt(at, k, keyPath, cmt);
}

/** On the key of a `key:` line. */
export function keyAt(at: CursorLine, k: NonNullable<LineShape['key']>, keyPath: PathSegment[]): Cursor {
  const parentPath = keyPath.slice(0, -1);
  return {
    ...noCursor(at.offset),
    kind: 'key',
    parentPath,
    path: keyPath,
    key: k.text,
    ...tokenOf(at, k.start, k.end),
    presentKeys: presentKeysAt(at.doc, parentPath, k.text),
    node: at.doc.pair(keyPath)?.key ?? undefined,
  };
}

/** After the colon of a `key:` line (a block scalar header is nothing). */
export function valueAt(at: CursorLine, k: NonNullable<LineShape['key']>, keyPath: PathSegment[], cmt: number): Cursor {
  const { line, col } = at;
  let vs = k.colon + 1;
  while (isSpace(line[vs])) vs++;
  const ve = trimEndCol(line, vs, cmt);
  return {
    ...noCursor(at.offset),
    kind: line[vs] === '|' || line[vs] === '>' ? 'none' : 'value',
    parentPath: keyPath.slice(0, -1),
    path: keyPath,
    key: k.text,
    ...tokenOf(at, Math.min(vs, col), Math.max(ve, col)),
    node: scalarNodeAt(at.doc, keyPath),
  };
}

/** A list item with no key: `- text` (or `- ` with nothing yet). */
export function itemAt(at: CursorLine, shape: LineShape, cmt: number): Cursor {
  const dashCol = shape.dashes[shape.dashes.length - 1] as number;
  const seqPath = seqPathForDash(at.doc, at.lineNo, at.lineStart, dashCol);
  const index = itemIndex(at.doc, seqPath, at.lineStart + dashCol);
  const end = Math.max(trimEndCol(at.line, shape.content, cmt), at.col);
  const hit = nodeAt(at.doc, at.offset);
  return {
    ...noCursor(at.offset),
    kind: 'item',
    parentPath: seqPath,
    path: [...seqPath, index],
    ...tokenOf(at, shape.content, end),
    node: hit.node && isScalar(hit.node) ? hit.node : undefined,
  };
}

/** A bare word (a key being typed) or an empty line: a new key or list item, placed by indentation. */
export function newEntryAt(at: CursorLine, shape: LineShape, cmt: number): Cursor {
  const { doc, col } = at;
  if (col < shape.content && !shape.blank) return noCursor(at.offset);
  const start = shape.blank ? col : shape.content;
  const parent = blockParent(doc, at.lineNo, start);
  const end = Math.max(trimEndCol(at.line, shape.content, cmt), col, start);
  const { token, prefix } = tokenOf(at, start, end);
  if (parent.kind === 'seq') {
    const index = itemIndex(doc, parent.path, at.offset);
    return { ...noCursor(at.offset), kind: 'item', parentPath: parent.path, path: [...parent.path, index], token, prefix };
  }
  const key = prefix.trim();
  return { ...noCursor(at.offset), kind: 'key', parentPath: parent.path, path: [...parent.path, key], key: '', token, prefix, presentKeys: presentKeysAt(doc, parent.path, key) };
}
