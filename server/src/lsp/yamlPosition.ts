import { isAlias, isMap, isPair, isScalar, isSeq, type Node as YamlNode, type Pair } from 'yaml';
import type { CaseDocument, PathSegment } from '../core';
import type { Span } from '../core';

/**
 * Where an offset sits in a case document, in YAML terms: which key or value
 * or list item, at which path, and the text around it. Works from the parse
 * the lint already made (no re-parse): the YAML tree answers for text that
 * parsed, and the line's own text plus indentation answers for what the user
 * is still typing (an empty value after `key: `, a new line inside a map, a
 * half-written flow map).
 */
export type PositionKind =
  /** On a key, or where a new key would go (an empty line, a word with no colon yet). */
  | 'key'
  /** On the value of `key:` (possibly empty). */
  | 'value'
  /** On an item of a list (`- x`, `[a, x]`); `path` ends with its index. */
  | 'item'
  /** Inside a block scalar (`|` or `>`), or on a later line of a multi-line plain or quoted scalar. */
  | 'prose'
  /** In a comment or nowhere useful. */
  | 'none';

export interface TextToken extends Span {
  text: string;
}

export interface YamlPosition {
  kind: PositionKind;
  offset: number;
  /** key/value: the map holding the pair; item: the list; prose: the block scalar's parent. */
  parentPath: PathSegment[];
  /** key/value: parentPath + key ('' when no key is typed yet); item: parentPath + index; prose: the scalar's path. */
  path: PathSegment[];
  /** The key of the pair (key and value kinds; '' on an empty line). */
  key?: string;
  /** The token under the cursor: the key, the value or the item text (empty at an empty value). */
  token: TextToken;
  /** The part of the token before the cursor. */
  prefix: string;
  /** Inside a flow collection (`{ ... }` or `[ ... ]`). */
  inFlow: boolean;
  /** Keys already present in the map at parentPath (key kind). */
  presentKeys: string[];
  /** The YAML node under the cursor, when the text parsed into one. */
  node?: YamlNode;
}

// ---------------------------------------------------------------------------
// The YAML tree, by offset

export interface NodeHit {
  /** Path of the deepest node containing the offset (for a key: the pair's path). */
  path: PathSegment[];
  node: YamlNode | undefined;
  /** The offset is on the key of the last path segment. */
  onKey: boolean;
  pair?: Pair;
  /** The collections passed on the way down, outermost first, each with its path. */
  collections: { node: YamlNode; path: PathSegment[] }[];
}

function nodeEnd(n: YamlNode | null | undefined): number {
  const r = n?.range;
  return r ? r[2] ?? r[1] ?? r[0] : -1;
}

function keyString(k: unknown): string {
  if (isScalar(k)) return String(k.value);
  return String(k);
}

function pairStart(p: Pair): number {
  const k = p.key as YamlNode | null;
  const v = p.value as YamlNode | null;
  return k?.range?.[0] ?? v?.range?.[0] ?? -1;
}

function pairEnd(p: Pair): number {
  const v = p.value as YamlNode | null;
  const k = p.key as YamlNode | null;
  return Math.max(nodeEnd(v), nodeEnd(k));
}

/** Index of the last item whose start is <= offset (items are in source order), or -1. */
function lastStartingBefore<T>(items: readonly T[], start: (t: T) => number, offset: number): number {
  let lo = 0;
  let hi = items.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = start(items[mid] as T);
    if (s >= 0 && s <= offset) {
      found = mid;
      lo = mid + 1;
    } else if (s < 0) {
      // A node without a range: fall back to a linear look around it.
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/** The deepest node containing `offset` (ends inclusive), by binary search at each level. */
export function nodeAt(doc: CaseDocument, offset: number): NodeHit {
  let node = doc.yaml.contents as YamlNode | null | undefined;
  const path: PathSegment[] = [];
  const collections: NodeHit['collections'] = [];
  for (let depth = 0; depth < 500 && node; depth++) {
    if (isAlias(node)) return { path, node, onKey: false, collections };
    if (isMap(node)) {
      collections.push({ node, path: [...path] });
      const items = node.items as Pair[];
      const i = lastStartingBefore(items, pairStart, offset);
      const pair = i >= 0 ? items[i] : undefined;
      if (!pair || offset > pairEnd(pair)) return { path, node, onKey: false, collections };
      const k = pair.key as YamlNode | null;
      const key = keyString(k);
      if (k?.range && offset >= k.range[0] && offset <= k.range[1]) {
        return { path: [...path, key], node: k, onKey: true, pair, collections };
      }
      const v = pair.value as YamlNode | null;
      if (v?.range && offset >= v.range[0] && offset <= nodeEnd(v)) {
        path.push(key);
        node = v;
        continue;
      }
      return { path: [...path, key], node: v ?? undefined, onKey: false, pair, collections };
    }
    if (isSeq(node)) {
      collections.push({ node, path: [...path] });
      const items = node.items as YamlNode[];
      const i = lastStartingBefore(items, (n) => (isPair(n) ? pairStart(n as unknown as Pair) : n?.range?.[0] ?? -1), offset);
      const item = i >= 0 ? items[i] : undefined;
      if (!item || offset > (isPair(item) ? pairEnd(item as unknown as Pair) : nodeEnd(item))) {
        return { path, node, onKey: false, collections };
      }
      path.push(i);
      node = isPair(item) ? ((item as unknown as Pair).value as YamlNode | null) : item;
      continue;
    }
    return { path, node, onKey: false, collections };
  }
  return { path, node: node ?? undefined, onKey: false, collections };
}

// ---------------------------------------------------------------------------
// One line of block YAML

interface LineShape {
  /** Column of the first non-space character. */
  indent: number;
  /** Columns of the `-` item markers at the start of the line. */
  dashes: number[];
  /** Column where the content after indentation and dashes starts. */
  content: number;
  /** A `key:` at `content`: the key text and the columns of key and colon. */
  key?: { text: string; start: number; end: number; colon: number };
  blank: boolean;
  comment: boolean;
}

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t';
}

export function lineShape(line: string): LineShape {
  let i = 0;
  while (isSpace(line[i])) i++;
  const indent = i;
  const dashes: number[] = [];
  while (line[i] === '-' && (i + 1 === line.length || isSpace(line[i + 1]))) {
    dashes.push(i);
    i++;
    while (isSpace(line[i])) i++;
  }
  const content = i;
  const blank = content >= line.length && dashes.length === 0;
  const comment = line[content] === '#';
  const key = comment ? undefined : findKey(line, content);
  return { indent, dashes, content, key, blank, comment };
}

/** A block mapping key starting at `from`: `key:` followed by a space or the end of the line. */
function findKey(line: string, from: number): LineShape['key'] {
  const first = line[from];
  if (first === undefined || first === '{' || first === '[' || first === '|' || first === '>') return undefined;
  let i = from;
  let text: string;
  if (first === '"' || first === "'") {
    const close = line.indexOf(first, from + 1);
    if (close < 0) return undefined;
    text = line.slice(from + 1, close);
    i = close + 1;
    while (isSpace(line[i])) i++;
    if (line[i] !== ':') return undefined;
  } else {
    for (; i < line.length; i++) {
      const c = line[i];
      if (c === ':' && (i + 1 === line.length || isSpace(line[i + 1]))) break;
      if (c === '#' && isSpace(line[i - 1])) return undefined;
    }
    if (i >= line.length) return undefined;
    text = line.slice(from, i).trimEnd();
  }
  return { text, start: from, end: from + (first === '"' || first === "'" ? text.length + 2 : text.length), colon: i };
}

/** Where an unquoted comment starts in a line (` #`), or the line's length. */
function commentStart(line: string, from: number): number {
  let quote: string | undefined;
  for (let i = from; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") {
      if (i === from || isSpace(line[i - 1]) || line[i - 1] === '[' || line[i - 1] === '{' || line[i - 1] === ',') quote = c;
    } else if (c === '#' && (i === 0 || isSpace(line[i - 1]))) {
      return i;
    }
  }
  return line.length;
}

// ---------------------------------------------------------------------------
// The position

function emptyToken(offset: number): TextToken {
  return { start: offset, end: offset, text: '' };
}

function presentKeysAt(doc: CaseDocument, path: readonly PathSegment[], except?: string): string[] {
  const v = doc.get(path);
  if (v && typeof v === 'object' && !Array.isArray(v)) return Object.keys(v as object).filter((k) => k !== except);
  return [];
}

/** The block scalar whose content contains `offset`, by binary search over the document's spans. */
function blockScalarAt(doc: CaseDocument, offset: number): Span | undefined {
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

export function yamlPositionAt(doc: CaseDocument, offset: number): YamlPosition {
  const text = doc.text;
  offset = Math.max(0, Math.min(offset, text.length));
  const { line: lineNo } = doc.lines.position(offset);
  const lineStart = doc.lines.lineStart(lineNo);
  const line = doc.lines.lineText(lineNo);
  const col = offset - lineStart;
  const none: YamlPosition = {
    kind: 'none',
    offset,
    parentPath: [],
    path: [],
    token: emptyToken(offset),
    prefix: '',
    inFlow: false,
    presentKeys: [],
  };

  // Inside a block scalar: prose.
  const block = blockScalarAt(doc, offset);
  if (block) {
    const hit = nodeAt(doc, block.start);
    const path = hit.path;
    return {
      ...none,
      kind: 'prose',
      parentPath: path.slice(0, -1),
      path,
      key: typeof path[path.length - 1] === 'string' ? (path[path.length - 1] as string) : undefined,
      token: wordAt(text, offset, lineStart, lineStart + line.length),
      node: hit.node,
      prefix: text.slice(wordAt(text, offset, lineStart, lineStart + line.length).start, offset),
    };
  }

  // A plain or quoted scalar continued from an earlier line: free text, like prose.
  const scalarHit = nodeAt(doc, offset);
  const sr = scalarHit.node?.range;
  if (scalarHit.node && !scalarHit.onKey && isScalar(scalarHit.node) && sr && sr[0] < lineStart && offset <= sr[1]) {
    const word = wordAt(text, offset, lineStart, lineStart + line.length);
    return {
      ...none,
      kind: 'prose',
      parentPath: scalarHit.path.slice(0, -1),
      path: scalarHit.path,
      key: typeof scalarHit.path[scalarHit.path.length - 1] === 'string' ? (scalarHit.path[scalarHit.path.length - 1] as string) : undefined,
      token: word,
      prefix: text.slice(word.start, offset),
      node: scalarHit.node,
    };
  }

  const shape = lineShape(line);
  const cmt = commentStart(line, shape.content);
  if (shape.comment || col > cmt) return none;

  // Inside a flow collection on this line?
  const flow = flowContext(line, shape.content, col);
  if (flow) return flowPosition(doc, lineStart, line, col, flow, offset);

  // `key: value` on this line.
  if (shape.key) {
    const k = shape.key;
    const keyPath = pathOfKeyAt(doc, lineNo, lineStart + k.start, k.text, shape);
    const parentPath = keyPath.slice(0, -1);
    if (col <= k.end) {
      return {
        ...none,
        kind: 'key',
        parentPath,
        path: keyPath,
        key: k.text,
        token: { start: lineStart + k.start, end: lineStart + k.end, text: line.slice(k.start, k.end) },
        prefix: line.slice(k.start, Math.max(k.start, col)),
        presentKeys: presentKeysAt(doc, parentPath, k.text),
        node: doc.pair(keyPath)?.key ?? undefined,
      };
    }
    if (col > k.colon) {
      let vs = k.colon + 1;
      while (isSpace(line[vs])) vs++;
      let ve = cmt;
      while (ve > vs && isSpace(line[ve - 1])) ve--;
      const start = Math.min(vs, col);
      const end = Math.max(ve, col);
      const valueNode = doc.pair(keyPath)?.value ?? undefined;
      return {
        ...none,
        kind: line[vs] === '|' || line[vs] === '>' ? 'none' : 'value',
        parentPath,
        path: keyPath,
        key: k.text,
        token: { start: lineStart + start, end: lineStart + end, text: line.slice(start, end) },
        prefix: line.slice(start, col),
        node: valueNode && isScalar(valueNode) ? valueNode : undefined,
      };
    }
    return none;
  }

  // A list item with no key: `- text` (or `- ` with nothing yet).
  if (shape.dashes.length > 0 && col >= shape.content) {
    const dashCol = shape.dashes[shape.dashes.length - 1] as number;
    const seqPath = seqPathForDash(doc, lineNo, lineStart, dashCol, shape);
    const index = itemIndex(doc, seqPath, lineStart + dashCol);
    let end = cmt;
    while (end > shape.content && isSpace(line[end - 1])) end--;
    end = Math.max(end, col);
    const hit = nodeAt(doc, offset);
    return {
      ...none,
      kind: 'item',
      parentPath: seqPath,
      path: [...seqPath, index],
      token: { start: lineStart + shape.content, end: lineStart + end, text: line.slice(shape.content, end) },
      prefix: line.slice(shape.content, col),
      presentKeys: [],
      node: hit.node && isScalar(hit.node) ? hit.node : undefined,
    };
  }

  // A bare word (a key being typed) or an empty line: a new key, placed by indentation.
  if (col < shape.content && !shape.blank) return none;
  const column = shape.blank ? col : shape.content;
  const parent = blockParent(doc, lineNo, column);
  let end = cmt;
  while (end > shape.content && isSpace(line[end - 1])) end--;
  const tokenStart = shape.blank ? col : shape.content;
  end = Math.max(end, col, tokenStart);
  const token = { start: lineStart + tokenStart, end: lineStart + end, text: line.slice(tokenStart, end) };
  const prefix = line.slice(tokenStart, col);
  if (parent.kind === 'seq') {
    const index = itemIndex(doc, parent.path, offset);
    return { ...none, kind: 'item', parentPath: parent.path, path: [...parent.path, index], token, prefix };
  }
  return {
    ...none,
    kind: 'key',
    parentPath: parent.path,
    path: [...parent.path, prefix.trim()],
    key: '',
    token,
    prefix,
    presentKeys: presentKeysAt(doc, parent.path, prefix.trim()),
  };
}

/** The path of the pair whose key starts at `keyOffset`, from the tree or (when it did not parse) indentation. */
function pathOfKeyAt(doc: CaseDocument, lineNo: number, keyOffset: number, key: string, shape: LineShape): PathSegment[] {
  const hit = nodeAt(doc, keyOffset);
  if (hit.onKey && hit.path[hit.path.length - 1] === key) return hit.path;
  // Not in the tree: place it by indentation.
  if (shape.dashes.length > 0) {
    const lineStart = doc.lines.lineStart(lineNo);
    const dashCol = shape.dashes[shape.dashes.length - 1] as number;
    const seqPath = seqPathForDash(doc, lineNo, lineStart, dashCol, shape);
    return [...seqPath, itemIndex(doc, seqPath, lineStart + dashCol), key];
  }
  return [...blockParent(doc, lineNo, shape.content).path, key];
}

/** The path of the list an item marker at `dashCol` belongs to. */
function seqPathForDash(doc: CaseDocument, lineNo: number, lineStart: number, dashCol: number, shape: LineShape): PathSegment[] {
  // In the tree: the deepest list whose range holds the dash.
  const hit = nodeAt(doc, lineStart + dashCol);
  for (let i = hit.collections.length - 1; i >= 0; i--) {
    const c = hit.collections[i]!;
    if (isSeq(c.node) && !c.node.flow && c.node.range && c.node.range[0] <= lineStart + dashCol) {
      const firstCol = doc.lines.position(c.node.range[0]).character;
      if (firstCol === dashCol) return c.path;
    }
  }
  // Inner dashes on the same line (`- - x`) are rare: use the outermost placement by indentation.
  void shape;
  const parent = blockParent(doc, lineNo, dashCol, true);
  return parent.path;
}

/** The index a list item starting at `offset` has (items before it, counted in the tree). */
function itemIndex(doc: CaseDocument, seqPath: readonly PathSegment[], offset: number): number {
  const seq = doc.node(seqPath);
  if (!seq || !isSeq(seq)) return 0;
  let n = 0;
  for (const item of seq.items as (YamlNode | null)[]) {
    const s = item?.range?.[0];
    if (s !== undefined && s < offset) n++;
  }
  // An item that starts exactly at the dash's content is the one at the cursor.
  return n;
}

interface Parent {
  kind: 'map' | 'seq';
  path: PathSegment[];
}

/**
 * The collection that content at `column` on line `lineNo` belongs to, from
 * the lines above: a key at the same column is a sibling (its map is the
 * parent), a key at a smaller column is the parent itself, a `-` at the same
 * column makes this a new item of that list.
 */
function blockParent(doc: CaseDocument, lineNo: number, column: number, wantSeq = false): Parent {
  const lines = doc.lines;
  const text = doc.text;
  for (let l = lineNo - 1; l >= 0; l--) {
    // Fast path: a line indented deeper than the column cannot decide anything.
    const start = lines.lineStart(l);
    let i = start;
    while (text[i] === ' ') i++;
    if (i - start > column && text[i] !== '\n' && text[i] !== '\r' && i < text.length) continue;
    const t = lines.lineText(l);
    const shape = lineShape(t);
    if (shape.blank || shape.comment) continue;
    if (shape.indent > column) continue;
    if (doc.inBlockScalar(start + shape.indent)) continue;
    const lastDash = shape.dashes[shape.dashes.length - 1];
    if (wantSeq || column > 0) {
      // A list marker at this column: a sibling item.
      const dashAt = shape.dashes.indexOf(column);
      if (dashAt >= 0) {
        const hit = nodeAt(doc, start + column);
        for (let i = hit.collections.length - 1; i >= 0; i--) {
          const c = hit.collections[i]!;
          if (isSeq(c.node) && !c.node.flow) return { kind: 'seq', path: c.path };
        }
      }
    }
    if (shape.content === column && shape.key) {
      const hit = nodeAt(doc, start + shape.key.start);
      if (hit.onKey) return { kind: 'map', path: hit.path.slice(0, -1) };
      continue;
    }
    if (shape.content < column || (lastDash !== undefined && lastDash < column)) {
      // The parent line.
      if (shape.key && shape.content < column) {
        const hit = nodeAt(doc, start + shape.key.start);
        if (hit.onKey) return { kind: 'map', path: hit.path };
      }
      if (lastDash !== undefined && lastDash < column) {
        const seqHit = nodeAt(doc, start + lastDash);
        for (let i = seqHit.collections.length - 1; i >= 0; i--) {
          const c = seqHit.collections[i]!;
          if (isSeq(c.node) && !c.node.flow) {
            return { kind: 'map', path: [...c.path, itemIndex(doc, c.path, start + lastDash)] };
          }
        }
      }
      return { kind: 'map', path: [] };
    }
  }
  return { kind: 'map', path: [] };
}

// ---------------------------------------------------------------------------
// Flow collections on one line: `{ drug: ketamine, route: | }`, `[a, b]`

interface FlowContext {
  /** Column of the innermost open `{` or `[` before the cursor. */
  open: number;
  kind: '{' | '[';
  /** Column where the current entry starts (after the last `,` or the bracket). */
  entryStart: number;
  /** Index of the entry in its collection. */
  entryIndex: number;
}

function flowContext(line: string, from: number, col: number): FlowContext | undefined {
  const stack: { open: number; kind: '{' | '['; entryStart: number; entryIndex: number }[] = [];
  let quote: string | undefined;
  for (let i = from; i < col; i++) {
    const c = line[i];
    if (quote) {
      if (c === quote) quote = undefined;
      continue;
    }
    if (c === '"' || c === "'") {
      const prev = line[i - 1];
      if (prev === undefined || isSpace(prev) || prev === '{' || prev === '[' || prev === ',' || prev === ':') quote = c;
    } else if (c === '{' || c === '[') {
      stack.push({ open: i, kind: c, entryStart: i + 1, entryIndex: 0 });
    } else if (c === '}' || c === ']') {
      stack.pop();
    } else if (c === ',') {
      const top = stack[stack.length - 1];
      if (top) {
        top.entryStart = i + 1;
        top.entryIndex++;
      }
    } else if (c === '#' && isSpace(line[i - 1]) && stack.length === 0) {
      return undefined;
    }
  }
  return stack[stack.length - 1];
}

function flowPosition(doc: CaseDocument, lineStart: number, line: string, col: number, flow: FlowContext, offset: number): YamlPosition {
  // The flow collection in the tree: the deepest flow collection containing the bracket.
  const hit = nodeAt(doc, offset);
  let collPath: PathSegment[] | undefined;
  for (let i = hit.collections.length - 1; i >= 0; i--) {
    const c = hit.collections[i]!;
    const n = c.node as YamlNode & { flow?: boolean };
    if ((isMap(n) || isSeq(n)) && n.flow && n.range?.[0] === lineStart + flow.open) {
      collPath = c.path;
      break;
    }
  }
  if (!collPath) {
    // Not parsed as expected: the collection is the value of the key before it, or an item.
    const shape = lineShape(line.slice(0, flow.open));
    const lineNo = doc.lines.position(lineStart).line;
    if (shape.key) collPath = pathOfKeyAt(doc, lineNo, lineStart + shape.key.start, shape.key.text, shape);
    else collPath = blockParent(doc, lineNo, flow.open).path;
  }
  // The entry the cursor is in, up to the next `,` or closing bracket.
  let entryEnd = col;
  let depth = 0;
  for (; entryEnd < line.length; entryEnd++) {
    const c = line[entryEnd];
    if (c === '{' || c === '[') depth++;
    else if ((c === '}' || c === ']') && depth-- === 0) break;
    else if (c === ',' && depth === 0) break;
  }
  const entry = line.slice(flow.entryStart, entryEnd);
  const lead = entry.length - entry.trimStart().length;
  const eStart = flow.entryStart + lead;
  let eEnd = entryEnd;
  while (eEnd > eStart && isSpace(line[eEnd - 1])) eEnd--;
  const base: YamlPosition = {
    kind: 'none',
    offset,
    parentPath: collPath,
    path: collPath,
    token: emptyToken(offset),
    prefix: '',
    inFlow: true,
    presentKeys: [],
  };
  if (flow.kind === '[') {
    const start = Math.min(eStart, col);
    const end = Math.max(eEnd, col);
    return {
      ...base,
      kind: 'item',
      path: [...collPath, flow.entryIndex],
      token: { start: lineStart + start, end: lineStart + end, text: line.slice(start, end) },
      prefix: line.slice(start, col),
      node: hit.node && isScalar(hit.node) ? hit.node : undefined,
    };
  }
  // `{ key: value }`: before or after the colon?
  const colonRel = flowColon(line, eStart, eEnd);
  const presentKeys = presentKeysAt(doc, collPath, line.slice(eStart, colonRel < 0 ? eEnd : trimEndCol(line, eStart, colonRel)));
  if (colonRel < 0 || col <= colonRel) {
    const keyEnd = colonRel < 0 ? eEnd : trimEndCol(line, eStart, colonRel);
    const start = Math.min(eStart, col);
    const end = Math.max(keyEnd, col);
    const key = line.slice(start, end);
    return {
      ...base,
      kind: 'key',
      path: [...collPath, key],
      key,
      token: { start: lineStart + start, end: lineStart + end, text: key },
      prefix: line.slice(start, col),
      presentKeys,
    };
  }
  const key = line.slice(eStart, trimEndCol(line, eStart, colonRel));
  let vs = colonRel + 1;
  while (vs < Math.max(eEnd, col) && isSpace(line[vs])) vs++;
  const start = Math.min(vs, col);
  const end = Math.max(eEnd, col);
  const path = [...collPath, key];
  const valueNode = doc.pair(path)?.value ?? undefined;
  return {
    ...base,
    kind: 'value',
    path,
    key,
    token: { start: lineStart + start, end: lineStart + end, text: line.slice(start, end) },
    prefix: line.slice(start, col),
    node: valueNode && isScalar(valueNode) ? valueNode : undefined,
  };
}

function flowColon(line: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    if (line[i] === ':' && (i + 1 >= line.length || isSpace(line[i + 1]) || line[i + 1] === ',' || line[i + 1] === '}')) return i;
  }
  return -1;
}

function trimEndCol(line: string, from: number, to: number): number {
  let e = to;
  while (e > from && isSpace(line[e - 1])) e--;
  return e;
}

// ---------------------------------------------------------------------------
// Words

const WORD_CHAR = /[\p{L}\p{N}_\-./+]/u;

/** The word around `offset` (letters, digits, `_-./+`), within [min, max). */
export function wordAt(text: string, offset: number, min = 0, max = text.length): TextToken {
  let s = offset;
  while (s > min && WORD_CHAR.test(text[s - 1] ?? '')) s--;
  let e = offset;
  while (e < max && WORD_CHAR.test(text[e] ?? '')) e++;
  // Trailing sentence punctuation is not part of the word.
  while (e > s && /[.\-/+]/.test(text[e - 1] ?? '')) e--;
  while (s < e && /[.\-/+]/.test(text[s] ?? '')) s++;
  return { start: s, end: e, text: text.slice(s, e) };
}
