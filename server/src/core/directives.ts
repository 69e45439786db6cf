import type { CaseDocument } from './document';

/**
 * The directive comments that silence findings, in one place: the engine
 * parses them, the language server writes them (docs/format.md, "Silencing a
 * finding"):
 *
 *   # caselint-disable [<ids>] [-- reason]            the whole file
 *   # caselint-disable-next-line [<ids>] [-- reason]  the line below
 *
 * Ids are separated by spaces or commas; no id means every rule. A directive
 * is a comment alone on its line, outside a block scalar.
 */
export type DirectiveKind = 'disable' | 'disable-next-line';

/** Longest first, so that `disable-next-line` is not read as `disable`. */
const KINDS: readonly DirectiveKind[] = ['disable-next-line', 'disable'];

/** Rules no directive can silence: a YAML error changes what every other rule reads. */
export const NOT_DISABLEABLE: ReadonlySet<string> = new Set(['yaml-syntax']);

export function canDisable(rule: string): boolean {
  return !NOT_DISABLEABLE.has(rule);
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
}

const REASON = ' -- ';
const HEAD = new RegExp(`^(\\s*#\\s*caselint-(${KINDS.join('|')}))(?![\\w-])(.*)$`);

/** The directive a line holds, or undefined. Does not know about block scalars: see `parseDirectives`. */
export function parseDirectiveLine(line: string): Directive | undefined {
  if (line.indexOf('caselint-') === -1) return undefined;
  const m = HEAD.exec(line);
  if (!m) return undefined;
  const head = m[1]!;
  const rest = m[3] ?? '';
  const reasonAt = rest.indexOf(REASON);
  const list = reasonAt >= 0 ? rest.slice(0, reasonAt) : rest;
  const directive: Directive = {
    kind: m[2] as DirectiveKind,
    ids: list.split(/[\s,]+/).filter(Boolean),
    listEnd: head.length + list.trimEnd().length,
  };
  if (reasonAt >= 0) directive.reason = rest.slice(reasonAt + REASON.length).trim();
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

/** The directives of a document, as the engine applies them. */
export interface Directives {
  disables(rule: string, line: number): boolean;
}

/** The directive on `line` of `doc`, unless that line is block-scalar content. */
export function directiveAt(doc: CaseDocument, line: number): Directive | undefined {
  const text = doc.lines.lineText(line);
  const directive = parseDirectiveLine(text);
  if (!directive || doc.inBlockScalar(doc.lines.lineStart(line) + text.indexOf('#'))) return undefined;
  return directive;
}

export function parseDirectives(doc: CaseDocument): Directives {
  const fileWide = new Set<string>();
  let allFile = false;
  const perLine = new Map<number, Set<string> | 'all'>();
  for (let line = 0; line < doc.lines.lineCount; line++) {
    const directive = directiveAt(doc, line);
    if (!directive) continue;
    const { ids } = directive;
    if (directive.kind === 'disable') {
      if (ids.length === 0) allFile = true;
      for (const id of ids) fileWide.add(id);
    } else {
      const target = line + 1;
      if (ids.length === 0) perLine.set(target, 'all');
      else {
        const existing = perLine.get(target);
        if (existing !== 'all') perLine.set(target, new Set([...(existing ?? []), ...ids]));
      }
    }
  }
  return {
    disables(rule: string, line: number): boolean {
      if (!canDisable(rule)) return false;
      if (allFile || fileWide.has(rule)) return true;
      const l = perLine.get(line);
      return l === 'all' || (l !== undefined && l.has(rule));
    },
  };
}
