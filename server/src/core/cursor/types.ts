import { isScalar, type Node as YamlNode } from 'yaml';
import type { CaseDocument, PathSegment } from '../document';
import type { TextToken } from './line';

/**
 * Where an offset sits in a case document, in YAML terms: which key or value
 * or list item, at which path, and the text around it. Works from the parse
 * the lint already made (no re-parse): the YAML tree answers for text that
 * parsed, and the line's own text plus indentation answers for what the user
 * is still typing (an empty value after `key: `, a new line inside a map, a
 * half-written flow map). Offsets, not editor positions.
 */
export type CursorKind =
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

export interface Cursor {
  kind: CursorKind;
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

/** The line the offset is on, as each kind of position reads it. */
export interface CursorLine {
  doc: CaseDocument;
  offset: number;
  lineNo: number;
  lineStart: number;
  line: string;
  /** The offset's column in the line. */
  col: number;
}

export function noCursor(offset: number): Cursor {
  return { kind: 'none', offset, parentPath: [], path: [], token: { start: offset, end: offset, text: '' }, prefix: '', inFlow: false, presentKeys: [] };
}

/** A token from column `start` to `end` of the cursor's line, with the prefix up to the cursor. */
export function tokenOf(at: CursorLine, start: number, end: number): { token: TextToken; prefix: string } {
  return { token: { start: at.lineStart + start, end: at.lineStart + end, text: at.line.slice(start, end) }, prefix: at.line.slice(start, Math.max(start, at.col)) };
}

/** The scalar node at `path`, when the value there is one. */
export function scalarNodeAt(doc: CaseDocument, path: readonly PathSegment[]): YamlNode | undefined {
  const v = doc.pair(path as PathSegment[])?.value ?? undefined;
  return v && isScalar(v) ? v : undefined;
}

