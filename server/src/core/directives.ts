import type { CaseDocument } from './document';
import { isMap, isPair, isSeq, type Node as YamlNode } from 'yaml';

/**
 * The directive comments that silence findings, in one place: the engine
 * parses them, the language server writes them (docs/format.md, "Silencing a
 * finding"; docs/rules/disable-directive.md):
 *
 *   # caselint-disable [<ids>] [-- reason]            the whole file
 *   # caselint-disable-next-line [<ids>] [-- reason]  the line below (a key's whole value)
 *   value  # caselint-disable-line [<ids>] [-- reason]  the line it ends
 *
 * Ids are separated by spaces or commas; no id means every rule. The first
 * two are comments alone on their line; none counts inside a block scalar.
 */
export type DirectiveKind = 'disable' | 'disable-next-line' | 'disable-line';

/** Longest first, so that `disable-next-line` is not read as `disable`. */
const KINDS: readonly DirectiveKind[] = ['disable-next-line', 'disable-line', 'disable'];

/** The rule that reports directives; like yaml-syntax, no directive silences it. */
export const DISABLE_DIRECTIVE = 'disable-directive';

/** Rules no directive can silence: a YAML error changes what every other rule reads; directives audit themselves. */
export const NOT_DISABLEABLE: ReadonlySet<string> = new Set(['yaml-syntax', DISABLE_DIRECTIVE]);

export function canDisable(rule: string): boolean {
  return !NOT_DISABLEABLE.has(rule);
}

/** The de-identification rules: silencing one needs a ` -- reason` (docs/rules/disable-directive.md). */
export function isDeidentificationRule(rule: string): boolean {
  return rule === 'deidentification-missing' || rule === 'consent-missing' || rule.startsWith('phi-');
}

/** One directive comment, as written on its line. */
export interface Directive {
  kind: DirectiveKind;
  /** The rule ids it names; empty means every rule. */
  ids: string[];
  /** The text after ` -- `, when there is one. */
  reason?: string;
  /** The column just after the last id (or after the kind): where another id goes. */
  listEnd: number;
  /** The column of the `#`. */
  column: number;
  /** Each id's columns in the line (same order as `ids`). */
  idColumns: { start: number; end: number }[];
}

const REASON = ' -- ';
const HEAD = new RegExp(`^((|.*?\\s)#\\s*caselint-(${KINDS.join('|')}))(?![\\w-])(.*)$`);

/**
 * The directive a line holds, or undefined. `disable` and `disable-next-line`
 * must be alone on their line; `disable-line` ends a line. Does not know
 * about block scalars or quoted strings: see `directiveAt`.
 */
export function parseDirectiveLine(line: string): Directive | undefined {
  if (line.indexOf('caselint-') === -1) return undefined;
  const m = HEAD.exec(line);
  if (!m) return undefined;
  const head = m[1]!;
  const before = m[2] ?? '';
  const kind = m[3] as DirectiveKind;
  if (kind !== 'disable-line' && before.trim() !== '') return undefined;
  const rest = m[4] ?? '';
  // ` -- ` starts the reason; a bare `--` at the end is an empty one, never a rule id.
  const dashes = /(?:^|[ \t])--(?=[ \t]|$)/.exec(rest);
  const reasonAt = dashes ? dashes.index : -1;
  const list = reasonAt >= 0 ? rest.slice(0, reasonAt) : rest;
  const ids: string[] = [];
  const idColumns: { start: number; end: number }[] = [];
  for (const idMatch of list.matchAll(/[^\s,]+/g)) {
    ids.push(idMatch[0]);
    const start = head.length + (idMatch.index ?? 0);
    idColumns.push({ start, end: start + idMatch[0].length });
  }
  const directive: Directive = { kind, ids, listEnd: head.length + list.trimEnd().length, column: before.length, idColumns };
  if (dashes) directive.reason = rest.slice(dashes.index + dashes[0].length).trim();
  return directive;
}

/** The text of a directive comment (no indentation, no line break). */
export function writeDirective(kind: DirectiveKind, ids: readonly string[], reason?: string): string {
  const list = ids.length > 0 ? ` ${ids.join(', ')}` : '';
  return `# caselint-${kind}${list}${reason ? `${REASON}${reason}` : ''}`;
}

/**
 * How to add `rule` to a directive already on a line: insert `text` at
 * `column`. A directive that names no id already silences every rule, so
 * nothing is inserted.
 */
export function addToDirective(line: string, directive: Directive, rule: string): { column: number; text: string } {
  if (directive.ids.length === 0) return { column: line.length, text: '' };
  return { column: directive.listEnd, text: `, ${rule}` };
}

/** The directive on `line` of `doc`, unless its `#` is block-scalar content or inside a quoted string. */
export function directiveAt(doc: CaseDocument, line: number): Directive | undefined {
  const text = doc.lines.lineText(line);
  const directive = parseDirectiveLine(text);
  if (!directive) return undefined;
  const offset = doc.lines.lineStart(line) + directive.column;
  if (doc.inBlockScalar(offset)) return undefined;
  if (directive.kind === 'disable-line' && insideScalar(doc, offset)) return undefined;
  return directive;
}

/** Is `offset` inside a scalar (a quoted string holding ` # caselint-…`)? Scalars come in document order: a binary search. */
function insideScalar(doc: CaseDocument, offset: number): boolean {
  const scalars = doc.scalars();
  let lo = 0;
  let hi = scalars.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const span = scalars[mid]!.span;
    if (offset <= span.start) hi = mid - 1;
    else if (offset >= span.end) lo = mid + 1;
    else return true;
  }
  return false;
}

/** A directive of the document, with where it is and what it silenced. */
export interface PlacedDirective extends Directive {
  /** 0-based line of the comment. */
  line: number;
  /** The ids that silenced at least one finding ('*' for a directive without ids). */
  used: Set<string>;
}

/** The directives of a document, as the engine applies them. */
export interface Directives {
  readonly list: readonly PlacedDirective[];
  /** The directive that silences `rule` at `line` (marked used), or undefined. */
  silencer(rule: string, line: number): PlacedDirective | undefined;
}

export const NO_DIRECTIVES: Directives = { list: [], silencer: () => undefined };

export function parseDirectives(doc: CaseDocument): Directives {
  const list: PlacedDirective[] = [];
  const fileWide: PlacedDirective[] = [];
  const perLine = new Map<number, PlacedDirective[]>();
  const cover = (line: number, d: PlacedDirective): void => {
    const at = perLine.get(line);
    if (at) at.push(d);
    else perLine.set(line, [d]);
  };
  let valueEnds: Map<number, number> | undefined;
  // Only lines that hold `caselint-` can hold a directive: one native search finds them.
  const source = doc.text;
  for (let at = source.indexOf('caselint-'); at !== -1; ) {
    const line = doc.lines.position(at).line;
    at = line + 1 < doc.lines.lineCount ? source.indexOf('caselint-', doc.lines.lineStart(line + 1)) : -1;
    const directive = directiveAt(doc, line);
    if (!directive) continue;
    const placed: PlacedDirective = { ...directive, line, used: new Set() };
    list.push(placed);
    if (directive.kind === 'disable') fileWide.push(placed);
    else if (directive.kind === 'disable-line') cover(line, placed);
    else {
      valueEnds ??= valueEndLines(doc);
      const last = Math.max(line + 1, valueEnds.get(line + 1) ?? line + 1);
      for (let l = line + 1; l <= last; l++) cover(l, placed);
    }
  }
  const names = (d: PlacedDirective, rule: string): boolean => d.ids.length === 0 || d.ids.includes(rule);
  const use = (d: PlacedDirective, rule: string): PlacedDirective => {
    d.used.add(d.ids.length === 0 ? '*' : rule);
    return d;
  };
  return {
    list,
    silencer(rule: string, line: number): PlacedDirective | undefined {
      if (!canDisable(rule)) return undefined;
      const here = perLine.get(line)?.find((d) => names(d, rule));
      if (here) return use(here, rule);
      const file = fileWide.find((d) => names(d, rule));
      return file ? use(file, rule) : undefined;
    },
  };
}

/**
 * For each line where a key or a list item starts, the last line of its
 * value: a next-line directive above a key covers the key's whole value.
 */
function valueEndLines(doc: CaseDocument): Map<number, number> {
  const out = new Map<number, number>();
  const note = (startOffset: number, endOffset: number): void => {
    const start = doc.lines.position(startOffset).line;
    const end = doc.lines.position(Math.max(startOffset, endOffset - 1)).line;
    if (end > (out.get(start) ?? -1)) out.set(start, end);
  };
  const visit = (node: YamlNode | null | undefined, depth: number): void => {
    if (!node || depth > 200) return;
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = pair.key as YamlNode | null;
        const value = pair.value as YamlNode | null;
        if (key?.range && value?.range) note(key.range[0], value.range[1]);
        visit(value, depth + 1);
      }
    } else if (isSeq(node)) {
      for (const item of node.items as (YamlNode | null)[]) {
        if (item?.range) note(item.range[0], item.range[1]);
        visit(item, depth + 1);
      }
    }
  };
  visit(doc.yaml.contents as YamlNode | null, 0);
  return out;
}
