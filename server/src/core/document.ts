import {
  Composer,
  CST,
  Document,
  isAlias,
  isCollection,
  isMap,
  isPair,
  isScalar,
  isSeq,
  Lexer,
  Parser,
  Scalar,
  type Node as YamlNode,
  type Pair,
  YAMLMap,
  YAMLSeq,
} from 'yaml';
import { LineIndex } from './text';
import type { Report, Span } from './types';
import { limitQuote, limitQuotes, maskDigitRuns, quoteName } from './phi/quote';

export type PathSegment = string | number;
export type Path = readonly PathSegment[];

/** A YAML problem found while parsing: becomes a `yaml-syntax` finding. */
export type SyntaxProblem = Report;

/** A tree parsed elsewhere (core/incremental.ts), with what CaseDocument would derive from it. */
export interface PreparedTree {
  yaml: Document.Parsed;
  /** The tree as plain data (what `toJS` gives). */
  value: unknown;
  /** The spans of its block scalars, in document order. */
  blockScalarSpans: Span[];
  /** true when no map repeats a key and no key is a list or map (checkKeys would find nothing). */
  keysChecked: boolean;
}

/** A string scalar, with where its source text sits. */
export interface StringScalar extends ScalarEntry {
  value: string;
  /** The scalar's source span (for block scalars this includes the `|` header). */
  span: Span;
}

/** A scalar value with its path (see CaseDocument.scalars). */
export interface ScalarEntry {
  path: PathSegment[];
  node: Scalar;
  /** The scalar's value (`node.value`). */
  value: unknown;
  span: Span;
  blockScalar: boolean;
}

export const MAX_ALIAS_COUNT = 100;

/** How every case text is parsed (whole, or piece by piece in core/incremental.ts). */
export const PARSE_OPTIONS = {
  prettyErrors: false,
  // Checked in checkKeys, in linear time (the library compares each key with every earlier one).
  uniqueKeys: false,
  strict: true,
  // Never let the library print warnings: they may quote patient text.
  logLevel: 'error',
} as const;

/** Each lone CR (a line break in YAML, not to the parser) read as LF: same length, same offsets. */
export function normalizeLineBreaks(text: string): string {
  return text.indexOf('\r') === -1 ? text : text.replace(/\r(?!\n)/g, '\n');
}

export const TOO_DEEP = 'the document nests too deeply to be read; flatten it';

/**
 * Documents whose nesting may exceed this are not parsed (one TOO_DEEP
 * problem instead). The estimate is an upper bound read from the token stream
 * as the parser reads it (see NestingBound, parseBounded), so the parser and
 * every walk below stay far from the stack's end on any thread, and the main
 * thread and a worker agree.
 */
export const MAX_NESTING = 100;

/** Parser problems kept per document (a line of a million quotes makes half a million). */
export const MAX_PROBLEMS = 1000;

/** A key that is a list or map stands for itself in paths under this name. */
export const COMPLEX_KEY = '(complex key)';

/**
 * A parsed case document: the YAML tree with source ranges, the plain value
 * that schemas and rules read, and the problems met on the way. Parsing never
 * throws: every problem becomes a SyntaxProblem and whatever parsed is kept.
 */
export class CaseDocument {
  readonly lines: LineIndex;
  readonly yaml: Document.Parsed;
  /** The document as plain data; undefined when nothing usable parsed. */
  readonly value: unknown;
  readonly problems: SyntaxProblem[] = [];
  /**
   * The text parsed but could not be read as data (aliases expanding past
   * MAX_ALIAS_COUNT, nesting past the bound): its problems say so, and no
   * other rule runs on it (they would see an empty document).
   */
  unreadable = false;
  /** Parser problems past MAX_PROBLEMS are only counted (the engine says how many), from this offset on. */
  omittedProblems = 0;
  firstOmittedAt = 0;
  private blockSpans: Span[] | undefined;
  /** Key indexes of this document's larger maps (see findPair). */
  private keyIndexes: KeyIndexes | undefined;
  private scalarCache: ScalarEntry[] | undefined;
  private stringCache: StringScalar[] | undefined;
  /**
   * The tree was spliced from pieces (`prepared`, incremental linting), whose
   * nodes a later version may take over: only then are per-node results (the
   * scalar walk, PHI and citation scans) worth keeping. A tree parsed whole
   * (the CLI, a first open) is never taken over, and a WeakMap entry per node
   * cost the CLI about a tenth of its time in the garbage collector.
   */
  readonly piecewise: boolean;

  /** The text, with each lone CR (a line break in YAML, not to the parser) read as LF: same length, same offsets. */
  readonly text: string;

  /**
   * `prepared`: the tree of this very text, already parsed without problems
   * (core/incremental.ts splices it from pieces parsed one by one), with what
   * the constructor would derive from it; the text is then not parsed again.
   */
  constructor(original: string, prepared?: PreparedTree) {
    this.piecewise = prepared !== undefined;
    const text = normalizeLineBreaks(original);
    this.text = text;
    this.lines = new LineIndex(text);
    let deep: number | undefined;
    let all: Document.Parsed[] | undefined = prepared ? [prepared.yaml] : undefined;
    if (!prepared) {
      // The parser makes one Error per problem; their stack traces are never read
      // and would make a line of a million quotes cost seconds.
      const traceLimit = Error.stackTraceLimit;
      Error.stackTraceLimit = 0;
      try {
        all = parseBounded(text);
      } catch (err) {
        if (err instanceof TooDeep) deep = err.offset;
        // Not expected below MAX_NESTING; a document the parser cannot read is still not a crash.
        else if (!isStackOverflow(err)) throw err;
      } finally {
        Error.stackTraceLimit = traceLimit;
      }
    }
    if (all === undefined) {
      this.yaml = new Document(null) as Document.Parsed;
      this.problems.push({ ...this.lineSpanAt(deep ?? 0), message: TOO_DEEP });
      this.value = undefined;
      this.unreadable = true;
      return;
    }
    this.yaml = (all[0] ?? new Document(null)) as Document.Parsed;
    // The library's messages that may quote the document, cut together (one reading of the text).
    const quoting: SyntaxProblem[] = [];
    for (const e of [...(this.yaml.errors ?? []), ...(this.yaml.warnings ?? [])]) {
      if (this.problems.length >= MAX_PROBLEMS) {
        if (this.omittedProblems++ === 0) this.firstOmittedAt = Math.max(0, Math.min(e.pos?.[0] ?? 0, text.length));
        continue;
      }
      const problem = problemFromYamlError(e, text, quoting);
      // Running out of stack can surface more than once (where exactly depends
      // on the engine's frame sizes): say it once.
      if (problem.message === TOO_DEEP && this.problems.some((p) => p.message === TOO_DEEP)) continue;
      this.problems.push(problem);
    }
    // An unterminated quote swallows the rest of the text: the rules would read it as one value.
    if (this.problems.some((p) => p.data?.unterminatedQuote === true)) this.unreadable = true;
    const limited = limitQuotes(quoting.map((p) => p.message), text);
    quoting.forEach((p, i) => (p.message = limited[i] as string));
    for (let i = 1; i < all.length; i++) {
      const extra = all[i];
      if (!extra) continue;
      const start = extra.range?.[0] ?? 0;
      const marker = findDocumentMarker(text, start);
      this.problems.push({
        ...marker,
        message:
          'a case file holds one document; this is a second one (remove the `---` or split the file)',
      });
      break;
    }
    if (!prepared?.keysChecked) this.checkKeys();
    if (prepared) {
      this.value = prepared.value;
      this.blockSpans = prepared.blockScalarSpans.slice();
    } else {
      this.value = this.toValue();
    }
  }

  /** Spans of block scalars, in document order: a `#` line inside one is content, not a comment. */
  get blockScalarSpans(): readonly Span[] {
    // The block scalars among scalars() (the same walk), as copies of their spans.
    return (this.blockSpans ??= this.scalars().filter((s) => s.blockScalar).map((s) => ({ start: s.span.start, end: s.span.end })));
  }

  /** The span of the content of the line holding `offset`. */
  private lineSpanAt(offset: number): Span {
    const line = this.lines.position(offset).line;
    const t = this.lines.lineText(line);
    const start = this.lines.lineStart(line) + (t.length - t.trimStart().length);
    return { start, end: Math.max(start, this.lines.lineStart(line) + t.trimEnd().length) };
  }

  /**
   * One pass over every map: a repeated key is a problem (as the library would
   * report it), and a list or map used as a key (`? [a]`), which has no place in
   * a case document and costs time exponential in its nesting to turn into
   * text, becomes a COMPLEX_KEY scalar at the same range, reported once.
   */
  private checkKeys(): void {
    const stack: unknown[] = [this.yaml.contents];
    let reported = false;
    // The keys of the map being read (each map's items are read in one go). A
    // Set compares values as the library does: 1 and "1" differ, 0 and -0 do not.
    const seen = new Set<unknown>();
    while (stack.length > 0) {
      const node = stack.pop();
      const map = isMap(node);
      if (!map && !isSeq(node)) continue;
      seen.clear();
      for (const item of node.items as unknown[]) {
        if (!isPair(item)) {
          stack.push(item);
          continue;
        }
        if (isCollection(item.key)) {
          const range = (item.key as YamlNode).range;
          const key = new Scalar(COMPLEX_KEY);
          if (range) key.range = [range[0], range[1], range[2]];
          if (!reported) this.addProblem({ ...rangeSpan(range), message: 'a key must be text, not a list or map' });
          reported = true;
          item.key = key;
        } else if (map && isScalar(item.key)) {
          const v = item.key.value;
          const t = typeof v;
          if (v === null || t === 'string' || (t === 'number' && !Number.isNaN(v)) || t === 'boolean' || t === 'bigint') {
            if (seen.has(v)) {
              const at = item.key.range?.[0] ?? 0;
              this.addProblem(problemFromYamlError({ pos: [at, at + 1], code: 'DUPLICATE_KEY', message: 'Map keys must be unique' }, this.text));
            }
            seen.add(v);
          }
        }
        // A key is a scalar (or an alias) by now: nothing under it to check.
        stack.push(item.value);
      }
    }
  }

  private addProblem(problem: SyntaxProblem): void {
    if (this.problems.length < MAX_PROBLEMS) this.problems.push(problem);
    else if (this.omittedProblems++ === 0) this.firstOmittedAt = problem.start;
  }

  private toValue(): unknown {
    const plain = plainValue(this.yaml.contents);
    if (plain !== NOT_PLAIN) return plain;
    this.replaceUnresolvedAliases();
    try {
      return this.yaml.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (err) {
      const alias = this.firstAlias(this.yaml.contents as YamlNode | null, 0);
      const span = alias ?? { start: 0, end: Math.min(this.text.length, this.lines.lineEnd(0)) };
      const why = err instanceof Error && /alias/i.test(err.message)
        ? `aliases expand to too many nodes (more than ${MAX_ALIAS_COUNT} references); the document was not checked further`
        : 'the document could not be read as data; it was not checked further';
      this.problems.push({ ...span, message: why });
      this.unreadable = true;
      return undefined;
    }
  }

  /**
   * An alias names an anchor set before it in the document, or nothing: one
   * pass in document order finds those that name none, reports each at its
   * `*`, and puts an empty value in its place, so that the rest of the
   * document is read as data and checked (the yaml library would refuse it all).
   */
  private replaceUnresolvedAliases(): void {
    const anchors = new Set<string>();
    const visit = (node: unknown, depth: number): unknown => {
      if (!node || depth > 500) return node;
      if (isAlias(node)) {
        if (anchors.has(node.source)) return node;
        const span = rangeSpan(node.range) ?? { start: 0, end: 0 };
        this.addProblem({ ...span, message: `the alias *${quoteName(node.source)} names no anchor; set &${quoteName(node.source)} on a value before it, or write the value here` });
        const empty = new Scalar(null);
        if (node.range) empty.range = node.range;
        return empty;
      }
      const anchor = (node as { anchor?: string }).anchor;
      if (typeof anchor === 'string') anchors.add(anchor);
      if (isMap(node) || isSeq(node)) {
        const items = node.items as unknown[];
        for (let i = 0; i < items.length; i++) {
          const item = items[i];
          if (isPair(item)) {
            item.key = visit(item.key, depth + 1);
            item.value = visit(item.value, depth + 1);
          } else items[i] = visit(item, depth + 1);
        }
      }
      return node;
    };
    this.yaml.contents = visit(this.yaml.contents, 0) as typeof this.yaml.contents;
  }

  private firstAlias(node: YamlNode | null | undefined, depth: number): Span | undefined {
    if (!node || depth > 200) return undefined;
    if (isAlias(node)) return rangeSpan(node.range);
    if (isMap(node) || isSeq(node)) {
      for (const item of node.items as unknown[]) {
        if (isPair(item)) {
          const found = this.firstAlias(item.value as YamlNode, depth + 1);
          if (found) return found;
        } else {
          const found = this.firstAlias(item as YamlNode, depth + 1);
          if (found) return found;
        }
      }
    }
    return undefined;
  }

  /** The plain value at a path, or undefined. */
  get(path: Path): unknown {
    let cur: unknown = this.value;
    for (let i = 0; i < path.length; i++) {
      if (cur === null || typeof cur !== 'object') return undefined;
      cur = (cur as Record<string | number, unknown>)[path[i] as PathSegment];
    }
    return cur;
  }

  /** The YAML node holding the value at a path (aliases resolved). */
  node(path: Path): YamlNode | undefined {
    return this.nodeAt(path, path.length);
  }

  /** The node at the path's first `n` segments. */
  private nodeAt(path: Path, n: number): YamlNode | undefined {
    let cur: YamlNode | undefined = this.yaml.contents as YamlNode | undefined;
    for (let i = 0; i < n; i++) {
      const seg = path[i] as PathSegment;
      cur = this.resolveAlias(cur);
      if (!cur) return undefined;
      if (isMap(cur)) {
        const pair = findPair(cur, seg, (this.keyIndexes ??= new Map()));
        cur = (pair?.value ?? undefined) as YamlNode | undefined;
        if (!pair) return undefined;
      } else if (isSeq(cur) && typeof seg === 'number') {
        cur = cur.items[seg] as YamlNode | undefined;
      } else {
        return undefined;
      }
    }
    return this.resolveAlias(cur);
  }

  /** The pair whose key is the last segment of the path (when its parent is a map). */
  pair(path: Path): Pair<YamlNode, YamlNode | null> | undefined {
    if (path.length === 0) return undefined;
    const parent = this.nodeAt(path, path.length - 1);
    const last = path[path.length - 1] as PathSegment;
    if (!parent || !isMap(parent)) return undefined;
    return findPair(parent, last, (this.keyIndexes ??= new Map())) as Pair<YamlNode, YamlNode | null> | undefined;
  }

  has(path: Path): boolean {
    if (path.length === 0) return this.yaml.contents != null;
    const last = path[path.length - 1];
    if (typeof last === 'string') return this.pair(path) !== undefined;
    return this.node(path) !== undefined;
  }

  /**
   * The span a finding about `path` should cover. `key` targets the key of the
   * pair (or the item, in a list); `value` the value, falling back to the key
   * when the value is empty or a block. A path that does not exist falls back
   * to its nearest existing ancestor's key. Never the whole document.
   */
  span(path: Path, target: 'key' | 'value' = 'value'): Span {
    for (let n = path.length; n >= 0; n--) {
      const p = path.slice(0, n);
      const s = n === path.length ? this.exactSpan(p, target) : this.exactSpan(p, 'key');
      if (s) return s;
    }
    return this.firstLineSpan();
  }

  private exactSpan(path: Path, target: 'key' | 'value'): Span | undefined {
    if (path.length === 0) {
      const contents = this.yaml.contents as YamlNode | null;
      if (contents && isMap(contents)) {
        const first = contents.items[0] as Pair<YamlNode, YamlNode> | undefined;
        if (first?.key && (first.key as YamlNode).range) return rangeSpan((first.key as YamlNode).range);
      }
      return undefined;
    }
    const last = path[path.length - 1];
    if (typeof last === 'string') {
      const pair = this.pair(path);
      if (!pair) return undefined;
      const key = pair.key as YamlNode | null;
      const value = pair.value as YamlNode | null;
      if (target === 'value' && value && value.range && (isScalar(value) || isAlias(value))) {
        if (isScalar(value) && value.value === null && value.range[0] === value.range[1]) {
          return key?.range ? rangeSpan(key.range) : undefined;
        }
        if (isScalar(value) && (value.type === 'BLOCK_LITERAL' || value.type === 'BLOCK_FOLDED')) {
          return key?.range ? rangeSpan(key.range) : undefined;
        }
        return rangeSpan(value.range);
      }
      if (target === 'value' && value && (isMap(value) || isSeq(value)) && value.flow && value.range) {
        return rangeSpan(value.range);
      }
      return key?.range ? rangeSpan(key.range) : undefined;
    }
    const node = this.node(path);
    if (!node || !node.range) return undefined;
    if (isScalar(node) || isAlias(node)) return rangeSpan(node.range);
    if (isMap(node)) {
      // An item of a list that is a map: its first key stands for it.
      const first = node.items[0] as Pair<YamlNode, YamlNode> | undefined;
      const k = first?.key as YamlNode | undefined;
      if (k?.range) return rangeSpan(k.range);
    }
    if (isSeq(node) && node.flow) return rangeSpan(node.range);
    const firstItem = isSeq(node) ? (node.items[0] as YamlNode | undefined) : undefined;
    if (firstItem?.range) return rangeSpan(firstItem.range);
    return rangeSpan(node.range);
  }

  firstLineSpan(): Span {
    // The first line with content that is not a comment or a directive.
    for (let line = 0; line < this.lines.lineCount; line++) {
      const t = this.lines.lineText(line);
      const trimmed = t.trim();
      if (trimmed === '' || trimmed.startsWith('#') || trimmed === '---' || trimmed.startsWith('%')) continue;
      const start = this.lines.lineStart(line) + (t.length - t.trimStart().length);
      return { start, end: this.lines.lineStart(line) + t.trimEnd().length };
    }
    return { start: 0, end: Math.min(this.text.length, this.lines.lineEnd(0)) };
  }

  /** Entries of the list at `path`, each with its path. Non-lists give nothing. */
  items(path: Path): { path: PathSegment[]; value: unknown }[] {
    const v = this.get(path);
    if (!Array.isArray(v)) return [];
    const out: { path: PathSegment[]; value: unknown }[] = new Array(v.length);
    for (let i = 0; i < v.length; i++) {
      const p = path.slice();
      p.push(i);
      out[i] = { path: p, value: v[i] };
    }
    return out;
  }

  /**
   * Every scalar value (keys excluded), depth first in document order, with
   * its path. Walked once per document and cached: several rules read it.
   */
  scalars(): readonly ScalarEntry[] {
    if (this.scalarCache) return this.scalarCache;
    const out: ScalarEntry[] = [];
    const root = this.yaml.contents as YamlNode | null;
    if (isMap(root) && this.piecewise) {
      // Top-level value by value (a top-level list item by item), reusing what an earlier version of the
      // same tree found under a node that incremental linting kept in place (topScalars).
      for (const pair of root.items) {
        const k = pair.key as YamlNode | null;
        const key = isScalar(k) ? String(k.value) : COMPLEX_KEY;
        const value = pair.value as YamlNode | null;
        if (isSeq(value) && !value.flow) {
          const items = value.items as (YamlNode | null)[];
          for (let i = 0; i < items.length; i++) topScalarsOf(items[i] ?? null, key, i, 2, out);
        } else {
          topScalarsOf(value, key, -1, 1, out);
        }
      }
    } else {
      collectScalars(root, [], 0, out);
    }
    this.scalarCache = out;
    return out;
  }

  /**
   * Every string scalar (keys excluded), in document order. `skip` is asked
   * about each scalar's full path; a predicate that skips a subtree answers
   * true for every path under it (e.g. by looking at `path[0]`).
   */
  stringScalars(skip?: (path: readonly PathSegment[]) => boolean): readonly StringScalar[] {
    // The entries of scalars() whose value is a string: the same objects, not copies.
    const all = (this.stringCache ??= this.scalars().filter((s): s is StringScalar => typeof s.value === 'string'));
    return skip ? all.filter((s) => !skip(s.path)) : all;
  }

  /** True when `offset` is inside a block scalar's content. */
  inBlockScalar(offset: number): boolean {
    return this.blockScalarSpans.some((s) => offset > s.start && offset < s.end);
  }

  private resolveAlias(node: YamlNode | undefined): YamlNode | undefined {
    if (node && isAlias(node)) {
      try {
        return node.resolve(this.yaml) as YamlNode | undefined;
      } catch {
        return undefined;
      }
    }
    return node;
  }
}

/**
 * The scalars under each top-level value (or item of a top-level list) as a
 * document found them, by node, with where that node was: a later version
 * that kept the node in place (incremental linting keeps the nodes of every
 * piece an edit did not touch) has the same scalars at the same offsets, so
 * it takes the same entries. A node that moved is walked again; a node whose
 * content incremental linting patched in place is forgotten (forgetScalars).
 */
const topScalars = new WeakMap<object, { key: string; index: number; start: number; end: number; entries: ScalarEntry[] }>();

/** The scalars under `node`, the value of top-level `key` (or its item `index`, else -1), into `out`. */
function topScalarsOf(node: YamlNode | null, key: string, index: number, depth: number, out: ScalarEntry[]): void {
  if (!node) return;
  const range = node.range;
  const cached = topScalars.get(node);
  if (cached && range && cached.key === key && cached.index === index && cached.start === range[0] && cached.end === range[2]) {
    for (const e of cached.entries) out.push(e);
    return;
  }
  const entries: ScalarEntry[] = [];
  collectScalars(node, index === -1 ? [key] : [key, index], depth, entries);
  if (range) topScalars.set(node, { key, index, start: range[0], end: range[2], entries });
  for (const e of entries) out.push(e);
}

/** Forget what scalars() found under `node`: its content changed in place. */
export function forgetScalars(node: object | null | undefined): void {
  if (node) topScalars.delete(node);
}

/** The scalars under `node` (at `path`, which is not kept) into `out`, depth first in document order. */
function collectScalars(node: YamlNode | null | undefined, path: readonly PathSegment[], depth: number, out: ScalarEntry[]): void {
  if (!node || depth > 500) return;
  if (isScalar(node)) {
    const range = node.range;
    if (range) {
      const type = node.type;
      out.push({
        path: path.slice(),
        node,
        value: node.value,
        span: rangeSpan(range),
        blockScalar: type === 'BLOCK_LITERAL' || type === 'BLOCK_FOLDED',
      });
    }
    return;
  }
  if (isMap(node)) {
    const child = path.slice();
    const at = child.length;
    for (const pair of node.items) {
      const k = pair.key as YamlNode | null;
      child[at] = isScalar(k) ? String(k.value) : COMPLEX_KEY;
      collectScalars(pair.value as YamlNode, child, depth + 1, out);
    }
  } else if (isSeq(node)) {
    const child = path.slice();
    const at = child.length;
    const items = node.items;
    for (let i = 0; i < items.length; i++) {
      child[at] = i;
      collectScalars(items[i] as YamlNode, child, depth + 1, out);
    }
  }
}

/** What plainValue answers for a tree it leaves to the library. */
const NOT_PLAIN = Symbol('not plain');

/**
 * `toJS` of a tree of plain maps, lists and scalars without anchors, aliases
 * or merge keys, whose keys are scalars (what case documents are), in one walk
 * without the library's context; NOT_PLAIN for any other tree. The same value
 * as the library's: a map's key is its scalar's value as text (null as ""),
 * and a key an object already has (such as `__proto__` or `toString`) becomes
 * an own property of it.
 */
function plainValue(node: unknown): unknown {
  if (node === null || node === undefined) return node;
  if (isScalar(node)) return node.anchor ? NOT_PLAIN : node.value;
  if (isMap(node)) {
    if (node.anchor || Object.getPrototypeOf(node) !== YAMLMap.prototype) return NOT_PLAIN;
    const out: Record<string, unknown> = {};
    const items = node.items;
    for (let i = 0; i < items.length; i++) {
      const pair = items[i] as Pair;
      const k = pair.key;
      let key: string;
      if (k === null) key = '';
      else if (isScalar(k)) {
        const v = k.value;
        if (k.anchor || v === '<<' || (v !== null && typeof v === 'object')) return NOT_PLAIN;
        key = v === null ? '' : String(v);
      } else return NOT_PLAIN;
      const value = plainValue(pair.value);
      if (value === NOT_PLAIN) return NOT_PLAIN;
      if (key in out) Object.defineProperty(out, key, { value, writable: true, enumerable: true, configurable: true });
      else out[key] = value;
    }
    return out;
  }
  if (isSeq(node)) {
    if (node.anchor || Object.getPrototypeOf(node) !== YAMLSeq.prototype) return NOT_PLAIN;
    const items = node.items;
    const out: unknown[] = [];
    for (let i = 0; i < items.length; i++) {
      const value = plainValue(items[i]);
      if (value === NOT_PLAIN) return NOT_PLAIN;
      out.push(value);
    }
    return out;
  }
  return NOT_PLAIN;
}

/** Maps with at least this many keys get a key index on their first lookup. */
const INDEX_FROM = 8;

/** Per map: each key as text to its first pair (false: a key that is neither a scalar nor empty, so no index). */
type KeyIndexes = Map<YAMLMap, Map<string, Pair> | false>;

function findPair(map: YAMLMap, key: PathSegment, indexes: KeyIndexes): Pair | undefined {
  const items = map.items;
  if (items.length >= INDEX_FROM) {
    let index = indexes.get(map);
    if (index === undefined) {
      index = new Map<string, Pair>();
      for (const item of items) {
        const k = item.key as YamlNode | null;
        if (k !== null && !isScalar(k)) {
          index = false;
          break;
        }
        const id = String(k === null ? k : k.value);
        if (!index.has(id)) index.set(id, item as Pair);
      }
      indexes.set(map, index);
    }
    // The first pair whose key reads as `key` does: what the scan below finds.
    if (index) return index.get(String(key));
  }
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as Pair;
    const k = item.key as YamlNode | null;
    const kv = isScalar(k) ? k.value : k;
    if (kv === key) return item;
    // Two different strings read differently; anything else is compared as text.
    if (typeof kv === 'string' && typeof key === 'string') continue;
    if (String(kv) === String(key)) return item;
  }
  return undefined;
}

export function rangeSpan(range: readonly number[] | null | undefined): Span {
  return { start: range?.[0] ?? 0, end: range?.[1] ?? range?.[0] ?? 0 };
}

function findDocumentMarker(text: string, from: number): Span {
  // The `---` that opens the extra document, looking back from its content.
  const before = text.lastIndexOf('---', from);
  if (before >= 0) return { start: before, end: before + 3 };
  return { start: from, end: Math.min(text.length, from + 1) };
}

interface YamlErrorLike {
  pos: [number, number];
  code: string;
  message: string;
}

/**
 * The problem a parser error describes. A message of the library's own that
 * may quote the document is cut by limitQuote, or, given `quoting`, left for
 * the caller to cut together with the others (limitQuotes) and listed there.
 */
function problemFromYamlError(e: YamlErrorLike, text: string, quoting?: SyntaxProblem[]): SyntaxProblem {
  let start = e.pos?.[0] ?? 0;
  let end = e.pos?.[1] ?? start;
  if (e.code === 'DUPLICATE_KEY') {
    // The library marks one character; cover the whole repeated key.
    const eol = text.indexOf('\n', start);
    const m = /^(.*?)[ \t]*:(?:[ \t]|\r?$)/.exec(text.slice(start, eol === -1 ? text.length : eol));
    if (m?.[1]) end = start + m[1].length;
    const key = text.slice(start, end).replace(/^["']|["']$/g, '');
    if (key.length > 0 && key.length <= 80) {
      return { start, end, message: `the key \`${quoteName(key)}\` is repeated in this map; each key may appear once`, data: { yamlCode: e.code } };
    }
  }
  const quote = e.code === 'MISSING_CHAR' ? /closing (["'])quote/.exec(e.message)?.[1] : undefined;
  const open = quote ? openingQuote(text, quote, start) : -1;
  if (quote && open >= 0) {
    // An unterminated quoted scalar: report it at its opening quote (docs/rules/yaml-syntax.md).
    const eol = text.slice(open).search(/\r|\n/);
    return {
      start: open,
      end: eol === -1 ? text.length : open + Math.max(1, eol),
      message: `this ${quote === '"' ? 'double' : 'single'}-quoted value is never closed: add the closing ${quote} (the rest of the document reads as part of it, so it was not checked)`,
      data: { yamlCode: e.code, unterminatedQuote: true },
    };
  }
  if (end <= start) {
    // Widen an empty range to the token at that point (or one character).
    end = start;
    while (end < text.length && !/\s/.test(text[end] ?? ' ')) end++;
    if (end === start) {
      if (start >= text.length && start > 0) start = Math.max(0, start - 1);
      end = Math.min(text.length, start + 1);
    }
  }
  if (quoting) {
    const problem: SyntaxProblem = { start, end, message: humanYamlMessage(e), data: { yamlCode: e.code } };
    quoting.push(problem);
    return problem;
  }
  return { start, end, message: limitQuote(humanYamlMessage(e), text), data: { yamlCode: e.code } };
}

/** The quote that opens an unterminated scalar ending at `before`: the last one no escape or doubling explains. */
function openingQuote(text: string, quote: string, before: number): number {
  for (let i = Math.min(before, text.length) - 1; i >= 0; i--) {
    if (text[i] !== quote) continue;
    if (quote === '"') {
      let slashes = 0;
      for (let j = i - 1; j >= 0 && text[j] === '\\'; j--) slashes++;
      if (slashes % 2 === 0) return i;
    } else if (text[i - 1] === "'") i--;
    else return i;
  }
  return -1;
}

function humanYamlMessage(e: YamlErrorLike): string {
  const first = (e.message.split('\n')[0] ?? e.message).replace(/ at line \d+, column \d+:?$/, '');
  if (/maximum call stack/i.test(first)) return TOO_DEEP;
  switch (e.code) {
    case 'DUPLICATE_KEY':
      return 'this key is repeated in the same map; each key may appear once';
    case 'TAB_AS_INDENT':
      return 'a tab is used for indentation; YAML indents with spaces';
    default:
      // The library quotes tags, anchors and tokens as written: a run of digits in one is masked (quote.ts maskDigitRuns).
      return maskDigitRuns(first.charAt(0).toLowerCase() + first.slice(1));
  }
}

export function isStackOverflow(err: unknown): boolean {
  return err instanceof RangeError && /call stack/i.test(err.message);
}

/** Thrown by the token stream of parseBounded when the nesting bound passes MAX_NESTING. */
export class TooDeep {
  constructor(readonly offset: number) {}
}

/**
 * `parseAllDocuments(text)` with the nesting bound checked on the way: the
 * one lexer pass feeds both the bound and the parser (what the library's
 * `Parser.parse` does), and the first token that takes the bound past
 * MAX_NESTING throws TooDeep before the parser or the composer sees it. The
 * parser and composer work on documents as their tokens arrive, so they never
 * see nesting deeper than the bound allows.
 */
export function parseBounded(text: string): Document.Parsed[] {
  const bound = new NestingBound();
  const parser = new Parser();
  function* tokens(): Generator<CST.Token, void> {
    for (const lexeme of new Lexer().lex(text)) {
      if (bound.exceeds(lexeme)) throw new TooDeep(bound.offset);
      yield* parser.next(lexeme);
    }
    yield* parser.end();
  }
  return Array.from(new Composer(PARSE_OPTIONS).compose(tokens())) as Document.Parsed[];
}

/**
 * An upper bound of the nesting, read from the lexer's tokens one at a time,
 * without recursion: in block context a line's depth is at most twice the open
 * indentation levels plus the `-`, `?` and `:` indicators on the line (a list
 * may sit at its parent key's indentation); inside flow collections, twice the
 * open `[` and `{` plus the indicators since the last separator (an erring
 * parser nests each). `offset` is the source offset of the token just read.
 */
class NestingBound {
  offset = 0;
  /** The open flow collections (`[` or `{`); a closer that does not match closes nothing. */
  private readonly flow: string[] = [];
  private flowBase = 0;
  /** `:` and `?` since the last `,`, `[`, `{`, `]` or `}`: a recovering parser may nest each. */
  private flowIndicators = 0;
  private atLineStart = true;
  private indent = 0;
  private indicators = 0;
  private readonly indents: number[] = [];
  /** The offset of the next token. */
  private next = 0;

  private enterLine(): void {
    const indents = this.indents;
    while (indents.length > 0 && (indents[indents.length - 1] ?? 0) >= this.indent) indents.pop();
    indents.push(this.indent);
    this.atLineStart = false;
  }

  private blockDepth(): number {
    return 2 * (this.indents.length + this.indicators);
  }

  private flowDepth(): number {
    return this.flowBase + 2 * this.flow.length + this.flowIndicators;
  }

  /** Read one token; true when the nesting may now pass MAX_NESTING. */
  exceeds(token: string): boolean {
    this.offset = this.next;
    const len = token.length;
    const c = len === 0 ? -1 : token.charCodeAt(0);
    // The lexer's control characters (document, scalar, flow end) take no source.
    if (!(len === 1 && (c === DOCUMENT || c === SCALAR || c === FLOW_END))) this.next += len;
    // What CST.tokenType says of the token, read from its first character.
    let kind: TokenKind = OTHER;
    if (len === 0) kind = NEWLINE;
    else if (len === 1) kind = c < 128 ? (ONE_CHAR[c] as TokenKind) : OTHER;
    else if (c === 32 || c === 9) kind = SPACE;
    else if (c === 35) kind = NONE;
    else if (len === 2 && token === '\r\n') kind = NEWLINE;
    const flow = this.flow;
    switch (kind) {
      case NEWLINE:
        this.atLineStart = true;
        this.indent = 0;
        this.indicators = 0;
        return false;
      case SPACE:
        if (onlySpaces(token)) {
          if (this.atLineStart) this.indent = len;
        } else if (token.charCodeAt(len - 1) === 10) {
          // A block scalar's content: its lines are text, not structure.
          this.atLineStart = true;
          this.indent = 0;
          this.indicators = 0;
        }
        return false;
      case FLOW_START:
        if (flow.length === 0) {
          if (this.atLineStart) this.enterLine();
          this.flowBase = this.blockDepth();
        }
        flow.push(token === '[' ? ']' : '}');
        this.flowIndicators = 0;
        return this.flowDepth() > MAX_NESTING;
      case FLOW_CLOSE:
        if (flow[flow.length - 1] === token) flow.pop();
        this.flowIndicators = 0;
        return false;
      case COMMA:
        this.flowIndicators = 0;
        return false;
      case INDICATOR:
        if (flow.length > 0) {
          this.flowIndicators++;
          return this.flowDepth() > MAX_NESTING;
        }
        if (this.atLineStart) this.enterLine();
        this.indicators++;
        return this.blockDepth() > MAX_NESTING;
      case NONE:
        return false;
      default:
        if (this.atLineStart && flow.length === 0) this.enterLine();
        return false;
    }
  }
}

/** Token kinds as NestingBound reads them (CST.tokenType, grouped). */
type TokenKind = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7;
const OTHER = 0;
const NEWLINE = 1;
const SPACE = 2;
const FLOW_START = 3;
const FLOW_CLOSE = 4;
const COMMA = 5;
/** `-`, `?` and `:`. */
const INDICATOR = 6;
/** Comments, and the lexer's document and scalar marks: no structure. */
const NONE = 7;
const DOCUMENT = CST.DOCUMENT.charCodeAt(0);
const SCALAR = CST.SCALAR.charCodeAt(0);
const FLOW_END = CST.FLOW_END.charCodeAt(0);
/** The kind of each one-character token (by its code); the rest are OTHER. */
const ONE_CHAR = new Uint8Array(128);
for (const [ch, kind] of [
  ['\n', NEWLINE], [' ', SPACE], ['\t', SPACE], ['[', FLOW_START], ['{', FLOW_START], [']', FLOW_CLOSE], ['}', FLOW_CLOSE],
  [',', COMMA], ['-', INDICATOR], ['?', INDICATOR], [':', INDICATOR], ['#', NONE], [CST.DOCUMENT, NONE], [CST.SCALAR, NONE],
] as const) ONE_CHAR[ch.charCodeAt(0)] = kind;

function onlySpaces(token: string): boolean {
  for (let i = 0; i < token.length; i++) if (token.charCodeAt(i) !== 32) return false;
  return true;
}
