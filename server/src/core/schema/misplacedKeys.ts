/**
 * An unknown key that is a known key at another level ("`history` belongs
 * under `patient`", docs/rules/schema.md): the suggestion, and a fix that
 * moves the key with its value into that map, re-indented.
 */
import { isMap, isScalar } from 'yaml';
import type { CaseDocument } from '../document';
import type { Fix, Report } from '../types';
import type { PathSegment } from './jsonSchema';
import type { SchemaInfo } from './subschema';

type SchemaAt = (path: readonly PathSegment[]) => SchemaInfo | undefined;

interface Level {
  path: PathSegment[];
  /** `path` joined with `.`, to compare with a key's parent. */
  name: string;
  properties: Record<string, SchemaInfo> | undefined;
}

interface Levels {
  /** The top level and the top-level maps with known keys: a key can be moved into one. */
  maps: Level[];
  /** The items of the top-level lists (`diagnoses`, `perspectives`...): named, never moved into (which item?). */
  items: Level[];
}

function levelsOf(schemaAt: SchemaAt): Levels {
  const root = schemaAt([]);
  const paths: PathSegment[][] = [[]];
  const items: Level[] = [];
  for (const [k, s] of Object.entries(root?.properties ?? {})) {
    if (s.properties && Object.keys(s.properties).length > 0) paths.push([k]);
    const item = s.type === 'array' || s.items !== undefined ? schemaAt([k, 0]) : undefined;
    if (item?.properties && Object.keys(item.properties).length > 0) items.push({ path: [k], name: k, properties: item.properties });
  }
  return { maps: paths.map((path) => ({ path, name: path.join('.'), properties: schemaAt(path)?.properties })), items };
}

const knows = (level: Level, key: string): boolean => level.properties !== undefined && Object.prototype.hasOwnProperty.call(level.properties, key);

const where = (p: readonly PathSegment[]): string => (p.length === 0 ? 'at the top level' : `under \`${p.join('.')}\``);

/**
 * For one document: rewrite an unknown-key report when the key is known
 * elsewhere, else return it unchanged. The levels are read on the first
 * call, once for all the document's unknown keys.
 */
export function misplacedKeyPlacer(doc: CaseDocument, schemaAt: SchemaAt): (report: Report, path: readonly PathSegment[]) => Report {
  let levels: Levels | undefined;
  return (report, path) => placeMisplacedKey(doc, report, path, (levels ??= levelsOf(schemaAt)));
}

function placeMisplacedKey(doc: CaseDocument, report: Report, path: readonly PathSegment[], levels: Levels): Report {
  const key = path[path.length - 1];
  if (typeof key !== 'string') return report;
  const parent = path.slice(0, -1);
  const inItem = parent.some((s) => typeof s === 'number');
  const parentName = parent.join('.');
  const target = levels.maps.find((level) => level.name !== parentName && knows(level, key))?.path;
  const shown = `unknown key \`${key}\` ${inItem ? whereIn(parent) : where(parent)}`;
  if (target) {
    const out: Report = { ...report, message: `${shown}: \`${key}\` belongs ${where(target)}` };
    out.data = { ...report.data, belongsUnder: target };
    // Moved out of a map only: a list item's lines may share the `- ` of the item.
    const fix = inItem ? undefined : moveFix(doc, path, target, key);
    if (fix) out.fixes = [fix, ...(report.fixes ?? [])];
    return out;
  }
  // A key of a list's items ("`code` belongs in a `diagnoses` item"): which item is the author's call, so no move.
  const ownList = typeof parent[1] === 'number' && parent.length === 2 ? parent[0] : undefined;
  const homes = levels.items.filter((level) => level.name !== ownList && knows(level, key));
  if (homes.length === 0 || homes.length > 3) return report;
  const lists = orList(homes.map((level) => `\`${level.name}\``));
  const out: Report = { ...report, message: `${shown}: \`${key}\` belongs in ${homes.length === 1 ? `a ${lists} item` : `an item of ${lists}`}` };
  out.data = { ...report.data, belongsIn: homes.map((level) => level.path) };
  return out;
}

/** "in `diagnoses[0]`" */
function whereIn(p: readonly PathSegment[]): string {
  return `in \`${p.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('')}\``;
}

function orList(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}

/** Cut the key's lines and paste them, re-indented, at the end of the target map (block style only). */
function moveFix(doc: CaseDocument, path: readonly PathSegment[], target: PathSegment[], key: string): Fix | undefined {
  const pair = doc.pair(path);
  const keyNode = pair?.key;
  if (!pair || !isScalar(keyNode) || !keyNode.range) return undefined;
  const targetMap = target.length === 0 ? doc.node([]) : doc.node(target);
  if (!isMap(targetMap) || targetMap.flow || !targetMap.range || doc.has([...target, key])) return undefined;
  const text = doc.text;
  const lineStart = (o: number): number => text.lastIndexOf('\n', o - 1) + 1;
  const cutStart = lineStart(keyNode.range[0]);
  if (text.slice(cutStart, keyNode.range[0]).trim() !== '') return undefined; // not alone on its line
  const valueEnd = (pair.value as { range?: number[] } | null)?.range?.[1] ?? keyNode.range[1];
  let cutEnd = text.indexOf('\n', Math.max(valueEnd - 1, keyNode.range[1]));
  cutEnd = cutEnd === -1 ? text.length : cutEnd + 1;
  const block = text.slice(cutStart, cutEnd);
  const fromIndent = keyNode.range[0] - cutStart;
  const firstKey = targetMap.items[0]?.key as { range?: number[] } | undefined;
  const first = firstKey?.range?.[0];
  if (first === undefined) return undefined;
  const toIndent = first - lineStart(first);
  const moved = block
    .split('\n')
    .map((l) => (l.trim() === '' ? l : ' '.repeat(toIndent) + l.slice(Math.min(fromIndent, l.length - l.trimStart().length))))
    .join('\n');
  const mapEnd = targetMap.range[1];
  let insertAt = mapEnd >= text.length ? text.length : lineStart(mapEnd) === mapEnd ? mapEnd : text.indexOf('\n', mapEnd) + 1;
  if (insertAt <= 0) insertAt = text.length;
  if (insertAt > cutStart && insertAt < cutEnd) return undefined;
  const pasted = (insertAt === text.length && !text.endsWith('\n') ? '\n' : '') + moved + (moved.endsWith('\n') ? '' : '\n');
  return {
    title: `Move \`${key}\` ${where(target)}`,
    edits: [
      { start: cutStart, end: cutEnd, newText: '' },
      { start: insertAt, end: insertAt, newText: pasted },
    ].sort((a, b) => a.start - b.start),
    preferred: true,
  };
}
