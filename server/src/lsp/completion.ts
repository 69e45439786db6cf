import {
  CompletionItemKind,
  InsertTextFormat,
  InsertTextMode,
  MarkupKind,
  type CompletionContext,
  type CompletionItem,
  type CompletionList,
  type Position,
} from 'vscode-languageserver';
import {
  affiliationMarkdown,
  citationKeyPrefixAt,
  cursorAt,
  drugMarkdown,
  keyMarkdown,
  referenceEntries,
  referenceMarkdown,
  schemaAt as schema,
  preferredClass,
  preferredDoseUnits,
  preferredRoutes,
  unitChoices,
  unitMarkdown,
  valueMarkdown,
  type CaseDocument,
  type Cursor,
  type DrugInfo,
  type PathSegment,
  type SchemaInfo,
  type Span,
} from '../core';
import type { DocState } from './state';

/**
 * Completion: keys the schema allows where the cursor is (required first,
 * with snippets that fill a new map's or list item's required children),
 * allowed values (classes, routes, outcomes, frameworks from the knowledge
 * base, ...), drug names after `drug:` (filtered by the sibling class),
 * units after a number, author and affiliation ids, and citation keys after
 * `[@` or an in-text `@`. What is under the cursor comes from core's cursorAt; every item's
 * documentation is the Markdown core writes for hover. Reads the lint
 * already done for this version: no parse, no lint.
 */
export function provideCompletion(state: DocState, position: Position, _context?: CompletionContext): CompletionList {
  const doc = state.result.document;
  const offset = state.positions.offset(position);
  let items: CompletionItem[] = [];
  try {
    items = completionsAt(state, cursorAt(doc, offset), offset);
    // The list comes in the order the editor shows before the user types: by sortText.
    items.sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label));
  } catch {
    items = [];
  }
  return { isIncomplete: false, items };
}

function completionsAt(state: DocState, pos: Cursor, offset: number): CompletionItem[] {
  const doc = state.result.document;
  // Citation keys after `[@` or `; @`, or an in-text `@`, in any prose or string value.
  const cite = citationCompletions(doc, offset);
  if (cite) return cite;
  switch (pos.kind) {
    case 'key':
      return keyCompletions(state, pos.parentPath, pos.presentKeys, pos.token, '', keyStyle(doc, pos));
    case 'value':
      return valueCompletions(state, pos);
    case 'item':
      return itemCompletions(state, pos);
    default:
      return [];
  }
}

// ---------------------------------------------------------------------------
// Helpers

function md(value: string): { kind: 'markdown'; value: string } {
  return { kind: MarkupKind.Markdown, value };
}

function rangeOf(doc: CaseDocument, span: Span): ReturnType<CaseDocument['lines']['range']> {
  return doc.lines.range(span);
}

function pad(n: number): string {
  return String(n).padStart(3, '0');
}

/** Escape literal text inside a snippet. */
function esc(s: string): string {
  return s.replace(/[\\$}]/g, (c) => `\\${c}`);
}

function typeOf(info: SchemaInfo | undefined): string | undefined {
  const t = info?.type;
  if (Array.isArray(t)) return t.includes('string') ? 'string' : (t[0] as string | undefined);
  return typeof t === 'string' ? t : undefined;
}

function isProse(info: SchemaInfo | undefined): boolean {
  return typeOf(info) === 'string' && /\bProse\b/.test(info?.description ?? '');
}

function stringValue(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

// ---------------------------------------------------------------------------
// Keys

/**
 * Extra keys a new map gets in its snippet beyond the schema's required ones,
 * where the linter needs them (a drug trial without dose and duration cannot
 * be judged adequate).
 */
const SNIPPET_EXTRAS: Record<string, string[]> = {
  drug: ['dose', 'duration'],
  procedure: ['sessions'],
  therapy: ['duration'],
};

/** Keys a new map at `path` is filled with: required first, then the extras its first key calls for. */
function childKeys(info: SchemaInfo | undefined): string[] {
  const props = info?.properties ? Object.keys(info.properties) : [];
  const required = (info?.required ?? []).filter((k) => props.includes(k) || props.length === 0);
  const out = [...required];
  for (const k of required) for (const extra of SNIPPET_EXTRAS[k] ?? []) if (!out.includes(extra) && props.includes(extra)) out.push(extra);
  return out;
}

/** The snippet text for `key`'s value, with its children, lines relative to the key's column. */
function valueSnippet(info: SchemaInfo | undefined, childPath: PathSegment[], value: unknown, counter: { n: number }): string {
  const t = typeOf(info);
  if (info?.const !== undefined) return ` ${esc(String(info.const))}`;
  if (info?.enum && info.enum.length > 0) {
    const choices = info.enum.map((v) => String(v).replace(/[,|\\$}]/g, (c) => `\\${c}`)).join(',');
    return ` \${${counter.n++}|${choices}|}`;
  }
  if (t === 'object') {
    const kids = childKeys(info);
    if (kids.length === 0) return `\n  $${counter.n++}`;
    return kids.map((k) => `\n  ${esc(k)}:${valueSnippet(schema([...childPath, k], value), [...childPath, k], value, counter).replace(/\n/g, '\n  ')}`).join('');
  }
  if (t === 'array') {
    const itemPath = [...childPath, 0];
    const item = schema(itemPath, value);
    const kids = typeOf(item) === 'object' || item?.properties ? childKeys(item) : [];
    if (kids.length > 0) {
      const body = kids
        .map((k, i) => `${i === 0 ? '' : '\n    '}${esc(k)}:${valueSnippet(schema([...itemPath, k], value), [...itemPath, k], value, counter).replace(/\n/g, '\n    ')}`)
        .join('');
      return `\n  - ${body}`;
    }
    return `\n  - $${counter.n++}`;
  }
  if (isProse(info)) return ` |\n  $${counter.n++}`;
  return ` $${counter.n++}`;
}

/**
 * How a key is inserted: `name` alone when the key already has its colon
 * (renaming a key keeps its value); `inline` in a flow map (no nested
 * lines); `block` (with a snippet for its value) otherwise.
 */
type KeyStyle = 'block' | 'inline' | 'name';

function keyStyle(doc: CaseDocument, pos: Cursor): KeyStyle {
  let i = pos.token.end;
  while (doc.text[i] === ' ' || doc.text[i] === '\t') i++;
  if (doc.text[i] === ':') return 'name';
  return pos.inFlow ? 'inline' : 'block';
}

function keyItem(
  state: DocState,
  parentPath: PathSegment[],
  key: string,
  required: boolean,
  order: number,
  span: Span,
  prefixText = '',
  style: KeyStyle = 'block',
): CompletionItem {
  const doc = state.result.document;
  const childPath = [...parentPath, key];
  const info = schema(childPath, doc.value);
  const counter = { n: 1 };
  let value = valueSnippet(info, childPath, doc.value, counter);
  if (style === 'inline' && value.includes('\n')) value = ' $1';
  const snippet = style === 'name' ? esc(key) : `${prefixText}${esc(key)}:${value}`;
  const title = info?.title ?? key;
  return {
    label: key,
    kind: CompletionItemKind.Property,
    detail: required ? `${title} (required)` : title,
    documentation: md(keyMarkdown(doc, childPath, info) ?? title),
    sortText: `${required ? '0' : '1'}${pad(order)}`,
    filterText: `${prefixText}${key}`,
    textEdit: { range: rangeOf(doc, span), newText: snippet },
    insertTextFormat: InsertTextFormat.Snippet,
    insertTextMode: InsertTextMode.adjustIndentation,
  };
}

function keyCompletions(
  state: DocState,
  parentPath: PathSegment[],
  present: readonly string[],
  token: Span,
  prefixText = '',
  style: KeyStyle = 'block',
): CompletionItem[] {
  const doc = state.result.document;
  const info = schema(parentPath, doc.value);
  if (!info?.properties) return [];
  const required = new Set(info.required ?? []);
  const out: CompletionItem[] = [];
  let order = 0;
  for (const key of Object.keys(info.properties)) {
    order++;
    if (present.includes(key)) continue;
    out.push(keyItem(state, parentPath, key, required.has(key), order, token, prefixText, style));
  }
  return out;
}

// ---------------------------------------------------------------------------
// List items

function itemCompletions(state: DocState, pos: Cursor): CompletionItem[] {
  const doc = state.result.document;
  const listKey = typeof pos.parentPath[pos.parentPath.length - 1] === 'string' ? (pos.parentPath[pos.parentPath.length - 1] as string) : undefined;
  const lineStart = doc.lines.lineStart(doc.lines.position(pos.offset).line);
  const lineBefore = doc.text.slice(lineStart, pos.token.start);
  const hasDash = !pos.inFlow && /-\s*$/.test(lineBefore);

  if (listKey === 'concurrent') return drugCompletions(state, pos, pos.token);
  if (listKey === 'affiliations' && pos.parentPath.length === 3 && pos.parentPath[0] === 'authors') {
    return affiliationCompletions(doc, pos.token);
  }

  const item = schema(pos.path, doc.value);
  const branches = itemBranches(pos.parentPath);
  if (branches.length > 0 || item?.properties) {
    if (pos.inFlow) return [];
    // A new map in the list: offer its first keys, each filling the map's required children.
    const prefix = hasDash ? '' : '- ';
    const span = pos.token;
    if (branches.length > 0) return branches.map((b, i) => newItemSnippet(state, pos.path, b, i, span, prefix));
    const kids = childKeys(item);
    if (kids.length > 0) return [newItemSnippet(state, pos.path, kids[0] as string, 0, span, prefix)];
    return keyCompletions(state, pos.path, [], span, prefix);
  }
  const values = enumItems(state, pos.path, item, pos.token);
  if (values.length > 0) return values;
  return [];
}

/** The first keys that tell apart the kinds of item a list holds (treatment_history: drug, procedure, therapy). */
function itemBranches(listPath: PathSegment[]): string[] {
  const variants = schema([...listPath, 0], undefined)?.discriminators;
  return variants && variants.length > 1 ? variants : [];
}

function newItemSnippet(state: DocState, itemPath: PathSegment[], firstKey: string, order: number, span: Span, prefix: string): CompletionItem {
  const doc = state.result.document;
  // Resolve the item's schema as if it held `firstKey` (the key that picks its kind).
  const probe = probeValue(doc.value, itemPath, firstKey);
  const info = schema(itemPath, probe);
  const kids = [firstKey, ...childKeys(info).filter((k) => k !== firstKey)];
  for (const extra of SNIPPET_EXTRAS[firstKey] ?? []) if (!kids.includes(extra)) kids.push(extra);
  const counter = { n: 1 };
  // The item's later keys line up under the first one: two columns past the line's `- ` (the editor adds
  // the line's own indentation, InsertTextMode.adjustIndentation).
  const indent = '  ';
  const body = kids
    .map((k, i) => {
      const sub = schema([...itemPath, k], probe);
      const v = valueSnippet(sub, [...itemPath, k], probe, counter).replace(/\n/g, `\n${indent}`);
      return `${i === 0 ? '' : `\n${indent}`}${esc(k)}:${v}`;
    })
    .join('');
  const firstInfo = schema([...itemPath, firstKey], probe);
  return {
    label: `${prefix}${firstKey}`,
    kind: CompletionItemKind.Snippet,
    detail: `new ${info?.title ?? 'item'}: ${kids.join(', ')}`,
    documentation: md(info?.markdownDescription ?? info?.description ?? firstInfo?.markdownDescription ?? firstInfo?.description ?? firstKey),
    sortText: `0${pad(order)}`,
    filterText: `${prefix}${firstKey}`,
    textEdit: { range: rangeOf(doc, span), newText: `${prefix}${body}` },
    insertTextFormat: InsertTextFormat.Snippet,
    insertTextMode: InsertTextMode.adjustIndentation,
  };
}

/** A copy of the document value with `{ [key]: '' }` at `path`, so the schema can pick the item's kind. */
function probeValue(value: unknown, path: PathSegment[], key: string): unknown {
  const root: unknown = structuredCloneSafe(value);
  let cur = root as Record<string | number, unknown> | unknown[];
  for (let i = 0; i < path.length - 1; i++) {
    const seg = path[i] as PathSegment;
    const next = (cur as Record<string | number, unknown>)[seg];
    if (!next || typeof next !== 'object') return value;
    cur = next as Record<string | number, unknown>;
  }
  (cur as Record<string | number, unknown>)[path[path.length - 1] as PathSegment] = { [key]: '' };
  return root;
}

/** A shallow copy of the containers along the way is enough: only one slot is replaced. */
function structuredCloneSafe(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((v) => (v && typeof v === 'object' ? structuredCloneSafe(v) : v));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = v && typeof v === 'object' ? structuredCloneSafe(v) : v;
    return out;
  }
  return value;
}

// ---------------------------------------------------------------------------
// Values

function valueCompletions(state: DocState, pos: Cursor): CompletionItem[] {
  const doc = state.result.document;
  const kb = state.env.kb;
  const key = pos.key ?? '';
  const span = pos.token;

  const sibling = (name: string): string | undefined => (pos.kind === 'value' ? stringValue(siblings(doc, pos)[name]) : undefined);

  // A unit after a number; a dose's units as the drug's doses are written first.
  const units = unitCompletions(doc, pos);
  if (units) return key === 'dose' ? promote(units, preferredDoseUnits(kb, sibling('drug'), sibling('route'))) : units;

  switch (key) {
    case 'drug':
      return drugCompletions(state, pos, span);
    case 'route':
      return promote(enumItems(state, pos.path, schema(pos.path, doc.value), span), preferredRoutes(kb, sibling('drug')));
    case 'class':
      // The trial's own drug's class first, preselected.
      return promote(kb.classes().map((c, i) => ({
        label: c.id,
        kind: CompletionItemKind.EnumMember,
        detail: kb.classIsAntidepressant(c.id) ? 'antidepressant class' : 'class',
        documentation: md(valueMarkdown(state.result.analyses, pos.path, c.id) ?? c.description),
        sortText: pad(i),
        filterText: [c.id, ...c.synonyms].join(' '),
        textEdit: { range: rangeOf(doc, span), newText: c.id },
      })), [preferredClass(kb, sibling('drug'))].filter((x): x is string => x !== undefined));
    case 'framework':
    case 'therapy':
      // In a perspective, the frameworks no other perspective uses first.
      return promote(kb.frameworks().map((f, i) => ({
        label: f.id,
        kind: CompletionItemKind.EnumMember,
        detail: f.name,
        documentation: md(valueMarkdown(state.result.analyses, pos.path, f.id) ?? f.summary),
        sortText: pad(i),
        filterText: [f.id, f.name, ...f.aliases].join(' '),
        textEdit: { range: rangeOf(doc, span), newText: f.id },
      })), pos.path[0] === 'perspectives' ? unusedFrameworks(state, pos.path) : []);
    case 'author':
      return authorCompletions(state, pos.path, span);
    default:
      break;
  }
  const info = schema(pos.path, doc.value);
  const enums = enumItems(state, pos.path, info, span);
  if (enums.length > 0) return enums;
  if (typeOf(info) === 'boolean') {
    return ['true', 'false'].map((v, i) => ({
      label: v,
      kind: CompletionItemKind.Value,
      documentation: md(info?.markdownDescription ?? info?.description ?? v),
      sortText: pad(i),
      textEdit: { range: rangeOf(doc, span), newText: v },
    }));
  }
  return [];
}

/**
 * Put the items whose label is in `preferred` first, in that order, the first
 * of them preselected; the others keep their order after them.
 */
function promote(items: CompletionItem[], preferred: readonly string[]): CompletionItem[] {
  if (preferred.length === 0) return items;
  let first = true;
  for (const item of items) {
    const at = preferred.indexOf(item.label);
    item.sortText = at >= 0 ? `0${pad(at)}` : `1${item.sortText ?? item.label}`;
  }
  const sorted = [...items].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
  for (const item of sorted) {
    if (first && preferred.includes(item.label)) item.preselect = true;
    first = false;
  }
  return items;
}

/** The known frameworks that no other perspective of the document names, in knowledge-base order. */
function unusedFrameworks(state: DocState, path: readonly PathSegment[]): string[] {
  const perspectives = state.result.document.get(['perspectives']);
  const used = new Set<string>();
  if (Array.isArray(perspectives)) {
    perspectives.forEach((p, i) => {
      if (i === path[1]) return;
      const f = p && typeof p === 'object' ? (p as Record<string, unknown>).framework : undefined;
      const id = typeof f === 'string' ? state.env.kb.framework(f)?.id : undefined;
      if (id) used.add(id);
    });
  }
  return state.env.kb.frameworks().map((f) => f.id).filter((id) => !used.has(id));
}

/** The schema's allowed values at `path`, documented as hover describes them. */
function enumItems(state: DocState, path: PathSegment[], info: SchemaInfo | undefined, span: Span): CompletionItem[] {
  const doc = state.result.document;
  if (!info?.enum || info.enum.length === 0) return [];
  return info.enum.map((v, i) => {
    const value = String(v);
    const desc = info.enumDescriptions?.[i];
    return {
      label: value,
      kind: CompletionItemKind.EnumMember,
      detail: desc && desc.length <= 60 ? desc : info.title,
      documentation: md(valueMarkdown(state.result.analyses, path, value, info) ?? info.markdownDescription ?? info.description ?? value),
      sortText: pad(i),
      textEdit: { range: rangeOf(doc, span), newText: /[:#,\[\]{}]|^\s|\s$/.test(value) ? JSON.stringify(value) : value },
    };
  });
}

// ---------------------------------------------------------------------------
// Drugs

function siblings(doc: CaseDocument, pos: Cursor): Record<string, unknown> {
  const v = doc.get(pos.parentPath);
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

function drugCompletions(state: DocState, pos: Cursor, span: Span): CompletionItem[] {
  const doc = state.result.document;
  const kb = state.env.kb;
  const sib = pos.kind === 'value' ? siblings(doc, pos) : {};
  const stated = stringValue(sib.class);
  const augmentation = sib.role === 'augmentation';
  let drugs: DrugInfo[] = kb.drugs();
  if (stated && stated.trim() !== '' && kb.normalizeClass(stated) !== 'other') {
    const filtered = drugs.filter((d) => kb.classMatches(d, stated));
    if (filtered.length > 0) drugs = filtered;
  }
  const typed = pos.prefix.trim().toLowerCase();
  const augNames = new Set(augmentation ? kb.augmentationAgents().map((d) => d.name) : []);
  const brandOf = (d: DrugInfo): string | undefined =>
    typed ? d.brands.find((b) => b.toLowerCase().startsWith(typed) && !d.name.startsWith(typed)) : undefined;
  // Augmentation agents first after `role: augmentation`; a drug whose brand the user is typing first of all.
  const rank = (d: DrugInfo): number => (brandOf(d) ? 0 : augNames.has(d.name) ? 1 : 2);
  const sorted = [...drugs].sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
  return sorted.map((d, i) => {
    const brand = brandOf(d);
    const cls = `${d.class}${d.subclass ? ` (${d.subclass})` : ''}`;
    return {
      label: d.name,
      kind: CompletionItemKind.Value,
      detail: brand ? `brand of ${d.name}: ${brand} · ${cls}` : cls,
      labelDetails: d.brands.length > 0 ? { description: d.brands.slice(0, 2).join(', ') } : undefined,
      documentation: md(drugMarkdown(state.result.analyses, d, d.name)),
      sortText: `${rank(d)}${pad(i)}`,
      filterText: [d.name, ...d.brands, ...(d.aliases ?? [])].join(' '),
      textEdit: { range: rangeOf(doc, span), newText: d.name },
    };
  });
}

// ---------------------------------------------------------------------------
// Units

function unitCompletions(doc: CaseDocument, pos: Cursor): CompletionItem[] | undefined {
  const units = unitChoices(pos.key, pos.parentPath);
  if (!units) return undefined;
  const m = /^(\d+(?:\.\d+)?)( ?)([A-Za-z/]*)$/.exec(pos.prefix);
  if (!m) return undefined;
  const numberEnd = pos.token.start + (m[1] as string).length;
  const hasSpace = m[2] === ' ';
  // Replace from after the number (and its space) to the end of the token.
  const start = numberEnd + (hasSpace ? 1 : 0);
  const span = { start, end: Math.max(start, pos.token.end) };
  return units.map((u, i) => ({
    label: u,
    kind: CompletionItemKind.Unit,
    detail: `${m[1]} ${u}`,
    documentation: md(unitMarkdown(m[1] as string, u)),
    sortText: pad(i),
    filterText: hasSpace ? u : `${m[1]}${u}`,
    textEdit: { range: rangeOf(doc, span), newText: hasSpace ? u : ` ${u}` },
  }));
}

// ---------------------------------------------------------------------------
// Ids: authors, affiliations, citations

function authorCompletions(state: DocState, path: PathSegment[], span: Span): CompletionItem[] {
  const doc = state.result.document;
  const authors = doc.get(['authors']);
  if (!Array.isArray(authors)) return [];
  const out: CompletionItem[] = [];
  authors.forEach((a, i) => {
    const id = a && typeof a === 'object' ? (a as { id?: unknown }).id : undefined;
    if (typeof id !== 'string' || id === '') return;
    const name = stringValue((a as { name?: unknown }).name);
    out.push({
      label: id,
      kind: CompletionItemKind.Reference,
      detail: name ?? 'author',
      documentation: md(valueMarkdown(state.result.analyses, path, id) ?? id),
      sortText: pad(i),
      filterText: [id, name ?? ''].join(' '),
      textEdit: { range: rangeOf(doc, span), newText: id },
    });
  });
  return out;
}

function affiliationCompletions(doc: CaseDocument, span: Span): CompletionItem[] {
  const affs = doc.get(['affiliations']);
  if (!affs || typeof affs !== 'object' || Array.isArray(affs)) return [];
  return Object.entries(affs as Record<string, unknown>).map(([id, text], i) => ({
    label: id,
    kind: CompletionItemKind.Reference,
    detail: typeof text === 'string' ? (text.length > 60 ? `${text.slice(0, 57)}...` : text) : 'affiliation',
    documentation: md(affiliationMarkdown(doc, id) ?? id),
    sortText: pad(i),
    textEdit: { range: rangeOf(doc, span), newText: id },
  }));
}

/** Citation keys when the cursor follows `@` inside an open `[` on its line, or an `@` that starts an in-text citation. */
function citationCompletions(doc: CaseDocument, offset: number): CompletionItem[] | undefined {
  const span = citationKeyPrefixAt(doc, offset);
  if (!span) return undefined;
  return referenceEntries(doc).map((r, i) => {
    const ref = doc.get(['references', r.index]) as { text?: unknown } | undefined;
    const text = stringValue(ref?.text);
    return {
      label: r.id,
      kind: CompletionItemKind.Reference,
      detail: text ? (text.length > 60 ? `${text.slice(0, 57)}...` : text) : 'reference',
      documentation: md(referenceMarkdown(doc, r.id)),
      sortText: pad(i),
      textEdit: { range: rangeOf(doc, span), newText: r.id },
    };
  });
}
