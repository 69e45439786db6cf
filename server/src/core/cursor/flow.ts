import { isMap, isScalar, isSeq, type Node as YamlNode } from 'yaml';
import type { PathSegment } from '../document';
import { noCursor, scalarNodeAt, tokenOf, type Cursor, type CursorLine } from './types';
import { flowColon, flowEntryEnd, isSpace, lineShape, trimEndCol, type FlowContext } from './line';
import { blockParent, pathOfKeyAt, presentKeysAt } from './place';
import { innermostCollection, nodeAt } from './tree';

/** The entry of a flow collection the cursor is in: its columns, trimmed. */
interface FlowEntry {
  flow: FlowContext;
  collPath: PathSegment[];
  start: number;
  end: number;
}

/** Inside a flow collection on the cursor's line: an item of `[...]`, or a key or value of `{...}`. */
export function flowAt(at: CursorLine, flow: FlowContext): Cursor {
  const entryEnd = flowEntryEnd(at.line, at.col);
  const lead = at.line.slice(flow.entryStart, entryEnd);
  const start = flow.entryStart + (lead.length - lead.trimStart().length);
  const entry: FlowEntry = { flow, collPath: flowCollectionPath(at, flow), start, end: trimEndCol(at.line, start, entryEnd) };
  if (flow.kind === '[') return flowItemAt(at, entry);
  const colon = flowColon(at.line, entry.start, entry.end);
  if (colon < 0 || at.col <= colon) return flowKeyAt(at, entry, colon);
  return flowValueAt(at, entry, colon);
}

/** The path of the flow collection whose bracket is at `flow.open`: from the tree, else from the text before it. */
function flowCollectionPath(at: CursorLine, flow: FlowContext): PathSegment[] {
  const { doc, lineStart, line } = at;
  const bracket = lineStart + flow.open;
  const inTree = innermostCollection(nodeAt(doc, at.offset), (n) => {
    const c = n as YamlNode & { flow?: boolean };
    return (isMap(c) || isSeq(c)) && c.flow === true && c.range?.[0] === bracket;
  });
  if (inTree) return inTree;
  // Not parsed as expected: the collection is the value of the key before it, or an item.
  const shape = lineShape(line.slice(0, flow.open));
  if (shape.key) return pathOfKeyAt(doc, at.lineNo, lineStart + shape.key.start, shape.key.text, shape);
  return blockParent(doc, at.lineNo, flow.open).path;
}

function flowBase(at: CursorLine, entry: FlowEntry): Cursor {
  return { ...noCursor(at.offset), parentPath: entry.collPath, path: entry.collPath, inFlow: true };
}

/** An item of `[a, b]`. */
function flowItemAt(at: CursorLine, entry: FlowEntry): Cursor {
  const hit = nodeAt(at.doc, at.offset);
  return {
    ...flowBase(at, entry),
    kind: 'item',
    path: [...entry.collPath, entry.flow.entryIndex],
    ...tokenOf(at, Math.min(entry.start, at.col), Math.max(entry.end, at.col)),
    node: hit.node && isScalar(hit.node) ? hit.node : undefined,
  };
}

/** The key of a `{ key: value }` entry (or a word with no colon yet). */
function flowKeyAt(at: CursorLine, entry: FlowEntry, colon: number): Cursor {
  const keyEnd = colon < 0 ? entry.end : trimEndCol(at.line, entry.start, colon);
  const { token, prefix } = tokenOf(at, Math.min(entry.start, at.col), Math.max(keyEnd, at.col));
  return {
    ...flowBase(at, entry),
    kind: 'key',
    path: [...entry.collPath, token.text],
    key: token.text,
    token,
    prefix,
    presentKeys: presentKeysAt(at.doc, entry.collPath, at.line.slice(entry.start, keyEnd)),
  };
}

/** The value of a `{ key: value }` entry, after its colon. */
function flowValueAt(at: CursorLine, entry: FlowEntry, colon: number): Cursor {
  const { line, col } = at;
  const key = line.slice(entry.start, trimEndCol(line, entry.start, colon));
  let vs = colon + 1;
  while (vs < Math.max(entry.end, col) && isSpace(line[vs])) vs++;
  const path = [...entry.collPath, key];
  return {
    ...flowBase(at, entry),
    kind: 'value',
    path,
    key,
    ...tokenOf(at, Math.min(vs, col), Math.max(entry.end, col)),
    node: scalarNodeAt(at.doc, path),
  };
}
