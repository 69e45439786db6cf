import type { Span } from '../types';

/** One line of block YAML read on its own: indentation, list markers, a `key:`, comments, flow brackets. */
export interface LineShape {
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

export interface TextToken extends Span {
  text: string;
}

export function isSpace(c: string | undefined): boolean {
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
export function commentStart(line: string, from: number): number {
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

/** The column `to` moved back over spaces, not before `from`. */
export function trimEndCol(line: string, from: number, to: number): number {
  let e = to;
  while (e > from && isSpace(line[e - 1])) e--;
  return e;
}

// ---------------------------------------------------------------------------
// Flow collections on one line: `{ drug: ketamine, route: | }`, `[a, b]`

export interface FlowContext {
  /** Column of the innermost open `{` or `[` before the cursor. */
  open: number;
  kind: '{' | '[';
  /** Column where the current entry starts (after the last `,` or the bracket). */
  entryStart: number;
  /** Index of the entry in its collection. */
  entryIndex: number;
}

/** The innermost flow collection still open at `col`, or undefined (also after a comment). */
export function flowContext(line: string, from: number, col: number): FlowContext | undefined {
  const stack: FlowContext[] = [];
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

/** The column where the flow entry holding `col` ends: the next `,` or closing bracket at its depth. */
export function flowEntryEnd(line: string, col: number): number {
  let end = col;
  let depth = 0;
  for (; end < line.length; end++) {
    const c = line[end];
    if (c === '{' || c === '[') depth++;
    else if ((c === '}' || c === ']') && depth-- === 0) break;
    else if (c === ',' && depth === 0) break;
  }
  return end;
}

/** The column of a flow map entry's `:` between `from` and `to`, or -1. */
export function flowColon(line: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    if (line[i] === ':' && (i + 1 >= line.length || isSpace(line[i + 1]) || line[i + 1] === ',' || line[i + 1] === '}')) return i;
  }
  return -1;
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
