/**
 * Quick fixes for missing required keys: insert the key at the end of its
 * parent map (block or flow) with a placeholder value taken from the schema,
 * and select the placeholder so the author can type over it.
 */
import { isAlias, isMap, isScalar, isSeq, type Node as YamlNode, type Pair, type YAMLMap } from 'yaml';
import type { CaseDocument } from '../document';
import type { Fix, Span, TextEdit } from '../types';
import type { SchemaProblem } from './explain';
import type { PathSegment } from './jsonSchema';
import type { SchemaInfo } from './subschema';

/** The schema at a document path (subschemaAt with the document's value). */
export type SchemaLookup = (path: readonly PathSegment[]) => SchemaInfo | undefined;

/** Keys whose text is prose even where the schema does not say so. */
const PROSE_KEYS: ReadonlySet<string> = new Set([
  'abstract',
  'discussion',
  'introduction',
  'course',
  'body',
  'presentation',
  'history',
  'patient_perspective',
]);

/** How deep placeholders nest (required children of required children...). */
const MAX_DEPTH = 6;

/** A string value as YAML source: plain when YAML reads it back as the same string, else double-quoted. */
export function plainOrQuoted(s: string): string {
  if (/^[A-Za-z][A-Za-z0-9 _./+-]*$/.test(s) && !/^(true|false|null|yes|no|on|off|~)$/i.test(s) && !s.endsWith(' ')) return s;
  return JSON.stringify(s);
}

/**
 * The fixes for every missing-required-key problem in `problems`: "Add missing
 * key `k`" on each, and "Add all missing keys" on each of several missing from
 * the same map. Problems that are not about a missing key, or whose map cannot
 * be edited (not a map, reached through an alias), get none.
 */
export function missingKeyFixes(doc: CaseDocument, problems: readonly SchemaProblem[], schemaAt: SchemaLookup): Map<SchemaProblem, Fix[]> {
  const groups = new Map<string, SchemaProblem[]>();
  for (const p of problems) {
    if (p.keyword !== 'required' || p.missingKey === undefined) continue;
    const k = JSON.stringify(p.path);
    const group = groups.get(k);
    if (group) group.push(p);
    else groups.set(k, [p]);
  }
  const out = new Map<SchemaProblem, Fix[]>();
  for (const group of groups.values()) {
    const path = group[0]!.path;
    const map = editableMap(doc, path);
    if (!map) continue;
    const site = insertionSite(doc, map);
    if (!site) continue;
    // In the schema's order (the order a complete document is usually written in).
    const order = Object.keys(schemaAt(path)?.properties ?? {});
    const rank = (k: string): number => (order.includes(k) ? order.indexOf(k) : order.length);
    const keys = [...new Set(group.map((p) => p.missingKey as string))].sort((a, b) => rank(a) - rank(b));
    const all = keys.length > 1 ? insertFix(doc, site, path, keys, 'Add all missing keys', schemaAt) : undefined;
    for (const p of group) {
      const one = insertFix(doc, site, path, [p.missingKey as string], `Add missing key \`${p.missingKey}\``, schemaAt);
      // Preferred only when it is the one fix on offer.
      if (!all) one.preferred = true;
      out.set(p, all ? [one, all] : [one]);
    }
  }
  return out;
}

/** The map at `path` as written in the source: undefined when it is not a map or an alias leads to it. */
function editableMap(doc: CaseDocument, path: readonly PathSegment[]): YAMLMap | undefined {
  let cur = doc.yaml.contents as YamlNode | null | undefined;
  for (const seg of path) {
    if (!cur || isAlias(cur)) return undefined;
    if (isMap(cur)) {
      const pair = cur.items.find((it) => {
        const k = it.key as YamlNode | null;
        return String(isScalar(k) ? k.value : k) === String(seg);
      });
      cur = pair?.value as YamlNode | null | undefined;
    } else if (isSeq(cur) && typeof seg === 'number') {
      cur = cur.items[seg] as YamlNode | undefined;
    } else {
      return undefined;
    }
  }
  return cur && isMap(cur) && cur.range ? cur : undefined;
}

interface Site {
  /** Where the new text goes. */
  at: number;
  flow: boolean;
  /** Block: the column of the map's keys. */
  indent: number;
  /** Flow: whether the map already has a pair (the new one needs a comma). */
  nonEmpty: boolean;
  eol: string;
}

/** Block maps: after the last line of the map's last pair. Flow maps: after the last pair, before `}`. */
function insertionSite(doc: CaseDocument, map: YAMLMap): Site | undefined {
  const text = doc.text;
  const eol = /\r\n/.test(text) ? '\r\n' : '\n';
  const pairs = map.items as Pair<YamlNode | null, YamlNode | null>[];
  const last = pairs[pairs.length - 1];
  let end = -1;
  if (last) {
    for (const n of [last.key, last.value]) if (n?.range) end = Math.max(end, n.range[1]);
    while (end > 0 && /\s/.test(text[end - 1] ?? '')) end--;
  }
  if (map.flow) {
    if (last) return end >= 0 ? { at: end, flow: true, indent: 0, nonEmpty: true, eol } : undefined;
    const close = map.range![1] - 1;
    return text[close] === '}' ? { at: close, flow: true, indent: 0, nonEmpty: false, eol } : undefined;
  }
  const firstKey = pairs[0]?.key;
  if (!firstKey?.range || end < 0) return undefined;
  const indent = doc.lines.position(firstKey.range[0]).character;
  const line = doc.lines.position(Math.max(0, end - 1)).line;
  return { at: doc.lines.lineEnd(line), flow: false, indent, nonEmpty: true, eol };
}

function insertFix(doc: CaseDocument, site: Site, path: readonly PathSegment[], keys: string[], title: string, schemaAt: SchemaLookup): Fix {
  let newText = '';
  let selection: Span | undefined;
  keys.forEach((key, i) => {
    const v = site.flow ? flowValue(schemaAt, [...path, key], key, 0) : blockValue(schemaAt, [...path, key], key, site.indent, site.eol, 0);
    const lead = site.flow ? (site.nonEmpty || i > 0 ? ', ' : '') : `${site.eol}${' '.repeat(site.indent)}`;
    const keyText = `${lead}${plainOrQuoted(key)}:${v.text.startsWith(site.eol) ? '' : ' '}`;
    if (!selection && v.select) selection = { start: newText.length + keyText.length + v.select.start, end: newText.length + keyText.length + v.select.end };
    newText += keyText + v.text;
  });
  if (site.flow && !site.nonEmpty) {
    // `{}` -> `{ key: value }`
    const pad = /\s/.test(doc.text[site.at - 1] ?? '') ? '' : ' ';
    newText = `${pad}${newText} `;
    if (selection) selection = { start: selection.start + pad.length, end: selection.end + pad.length };
  }
  const edit: TextEdit = { start: site.at, end: site.at, newText };
  const fix: Fix = { title, edits: [edit] };
  if (selection) fix.selection = { start: site.at + selection.start, end: site.at + selection.end };
  return fix;
}

/** A value's YAML source and the placeholder to select in it (offsets in `text`). */
interface Placeholder {
  text: string;
  select?: Span;
}

function typeOf(info: SchemaInfo | undefined): string | undefined {
  const t = info?.type;
  if (Array.isArray(t)) return t.includes('string') ? 'string' : (t[0] as string | undefined);
  return t;
}

function isProse(info: SchemaInfo | undefined, key: PathSegment): boolean {
  if (typeOf(info) !== 'string' || info?.enum) return false;
  // The schema marks prose fields with a "Prose: Markdown in a block scalar" note.
  return PROSE_KEYS.has(String(key)) || /\bProse:/.test(`${info?.markdownDescription ?? ''} ${info?.description ?? ''}`);
}

/** Keys a placeholder map is given: the required ones, or a union's first discriminating key. */
function childKeys(info: SchemaInfo | undefined): string[] {
  if (info?.required && info.required.length > 0) return info.required;
  return info?.discriminators?.slice(0, 1) ?? [];
}

function isMapLike(info: SchemaInfo | undefined): boolean {
  return typeOf(info) === 'object' || (info?.type === undefined && (info?.properties !== undefined || info?.discriminators !== undefined));
}

function whole(text: string): Placeholder {
  return { text, select: { start: 0, end: text.length } };
}

/** A scalar placeholder: the const, the first enum value, the first example, or an empty value of the type. */
function scalar(info: SchemaInfo | undefined, fallbackExample?: unknown): Placeholder {
  const pick = (v: unknown): string | undefined =>
    typeof v === 'string' ? plainOrQuoted(v) : typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined;
  const text =
    (info?.const !== undefined ? pick(info.const) : undefined) ??
    pick(info?.enum?.[0]) ??
    pick(info?.examples?.[0]) ??
    pick(fallbackExample) ??
    ({ integer: '0', number: '0', boolean: 'false' } as Record<string, string>)[typeOf(info) ?? ''] ??
    '""';
  return whole(text);
}

/** Shift a placeholder's selection by `by` characters. */
function shifted(p: Placeholder, by: number): Span | undefined {
  return p.select && { start: p.select.start + by, end: p.select.end + by };
}

/**
 * The value of `key` in block style, written after `key:` at column `indent`:
 * starts with a line break for a nested map or list, else with the value.
 */
function blockValue(schemaAt: SchemaLookup, path: PathSegment[], key: PathSegment, indent: number, eol: string, depth: number): Placeholder {
  const info = schemaAt(path);
  if (info?.const === undefined && !info?.enum) {
    if (isProse(info, key)) {
      const text = `|${eol}${' '.repeat(indent + 2)}`;
      return { text, select: { start: text.length, end: text.length } };
    }
    if (isMapLike(info) && depth < MAX_DEPTH) {
      const kids = childKeys(info);
      if (kids.length === 0) return whole('{}');
      return mapLines(schemaAt, path, kids, indent + 2, eol, depth, eol + ' '.repeat(indent + 2));
    }
    if (typeOf(info) === 'array' && depth < MAX_DEPTH) {
      const itemPath = [...path, 0];
      const item = schemaAt(itemPath);
      const lead = `${eol}${' '.repeat(indent + 2)}- `;
      if (isMapLike(item)) {
        const kids = childKeys(item);
        if (kids.length > 0) return mapLines(schemaAt, itemPath, kids, indent + 4, eol, depth + 1, lead);
      }
      const v = typeOf(item) === 'array' || isMapLike(item) ? whole(typeOf(item) === 'array' ? '[]' : '{}') : scalar(item, firstOf(info?.examples?.[0]));
      return { text: lead + v.text, select: shifted(v, lead.length) };
    }
  }
  return scalar(info);
}

/** `key: value` lines for a map's keys at column `indent`, the first one after `lead`. */
function mapLines(schemaAt: SchemaLookup, path: PathSegment[], kids: string[], indent: number, eol: string, depth: number, lead: string): Placeholder {
  let text = '';
  let select: Span | undefined;
  kids.forEach((k, i) => {
    const v = blockValue(schemaAt, [...path, k], k, indent, eol, depth + 1);
    const head = `${i === 0 ? lead : eol + ' '.repeat(indent)}${plainOrQuoted(k)}:${v.text.startsWith(eol) ? '' : ' '}`;
    select ??= shifted(v, text.length + head.length);
    text += head + v.text;
  });
  return { text, select };
}

/** The value of `key` inside a flow map: one line, no block scalars. */
function flowValue(schemaAt: SchemaLookup, path: PathSegment[], key: PathSegment, depth: number): Placeholder {
  const info = schemaAt(path);
  if (info?.const === undefined && !info?.enum) {
    if (isProse(info, key)) return whole('""');
    if (isMapLike(info) && depth < MAX_DEPTH) return flowMap(schemaAt, path, childKeys(info), depth);
    if (typeOf(info) === 'array' && depth < MAX_DEPTH) {
      const itemPath = [...path, 0];
      const item = schemaAt(itemPath);
      const v = isMapLike(item) ? flowMap(schemaAt, itemPath, childKeys(item), depth + 1) : typeOf(item) === 'array' ? whole('[]') : scalar(item, firstOf(info?.examples?.[0]));
      return { text: `[${v.text}]`, select: shifted(v, 1) };
    }
  }
  return scalar(info);
}

function flowMap(schemaAt: SchemaLookup, path: PathSegment[], kids: string[], depth: number): Placeholder {
  if (kids.length === 0) return whole('{}');
  let text = '{ ';
  let select: Span | undefined;
  kids.forEach((k, i) => {
    const v = flowValue(schemaAt, [...path, k], k, depth + 1);
    const head = `${i === 0 ? '' : ', '}${plainOrQuoted(k)}: `;
    select ??= shifted(v, text.length + head.length);
    text += head + v.text;
  });
  return { text: `${text} }`, select };
}

function firstOf(example: unknown): unknown {
  return Array.isArray(example) ? example[0] : undefined;
}
