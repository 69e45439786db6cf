/**
 * Reading a configuration file's text (`.caselintrc.yaml`, `.yml` or `.json`):
 * parse errors and schema violations become problems at their positions. No
 * file IO here: the CLI and the language server read the file and pass the text.
 */
import { configProblems } from './schema';
import type { CaselintConfig } from './config';
import { CaseDocument, type PathSegment } from './document';
import { LineIndex } from './text';
import type { Span } from './types';

export interface ConfigFileProblem {
  message: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  /** Where the problem's text ends (1-based line; 1-based, exclusive column). */
  endLine: number;
  endColumn: number;
}

export interface ParsedConfigFile {
  /** The valid part of the configuration: entries with problems are left out. */
  config: CaselintConfig;
  problems: ConfigFileProblem[];
}

/** True for file names read as JSON (`.caselintrc.json`, `*.json`); everything else is YAML. */
export function isJsonConfigName(fileName: string): boolean {
  return /\.json$/i.test(fileName);
}

export function parseConfigText(text: string, fileName: string): ParsedConfigFile {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const offsetBase = text.length - body.length;
  const lines = new LineIndex(text);
  const at = (span: Span, message: string): ConfigFileProblem => {
    const pos = lines.position(span.start + offsetBase);
    const end = lines.position(Math.max(span.start, span.end) + offsetBase);
    return { message, line: pos.line + 1, column: pos.character + 1, endLine: end.line + 1, endColumn: end.character + 1 };
  };

  if (isJsonConfigName(fileName)) {
    if (body.trim() === '') return { config: {}, problems: [] };
    try {
      JSON.parse(body);
    } catch (err) {
      return { config: {}, problems: [at(jsonErrorSpan(body, err), `not valid JSON: ${jsonErrorWords(err)}`)] };
    }
  }

  // YAML 1.2 reads JSON too, so one parse gives values and source spans for both.
  const doc = new CaseDocument(body);
  if (doc.problems.length > 0) {
    return { config: {}, problems: doc.problems.map((p) => at(p, p.message)) };
  }
  const value = doc.value;
  if (value === null || value === undefined) return { config: {}, problems: [] };

  const found = configProblems(value);
  const problems = found.map((p) => at(doc.span(p.path, p.target), p.message));
  const config = found.length === 0 ? (value as CaselintConfig) : prune(value, found.map((p) => p.path));
  problems.sort((a, b) => a.line - b.line || a.column - b.column);
  return { config, problems };
}

/** A copy of `value` without the entries the problems are about (a whole list item, or a key). */
function prune(value: unknown, paths: PathSegment[][]): CaselintConfig {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return {};
  const copy = JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
  const dropItems = new Map<unknown[], Set<number>>();
  for (const path of paths) {
    if (path.length === 0) return {};
    // Cut at the first list index (drop that item), else at depth 3 at most.
    const idx = path.findIndex((s) => typeof s === 'number');
    const cut = idx >= 0 ? path.slice(0, idx + 1) : path.slice(0, Math.min(path.length, 3));
    let parent: unknown = copy;
    for (const seg of cut.slice(0, -1)) {
      parent = parent !== null && typeof parent === 'object' ? (parent as Record<string | number, unknown>)[seg] : undefined;
    }
    const last = cut[cut.length - 1] as PathSegment;
    if (Array.isArray(parent) && typeof last === 'number') {
      const set = dropItems.get(parent) ?? new Set<number>();
      set.add(last);
      dropItems.set(parent, set);
    } else if (parent !== null && typeof parent === 'object') {
      delete (parent as Record<string, unknown>)[String(last)];
    }
  }
  for (const [list, drop] of dropItems) {
    const keep = list.filter((_, i) => !drop.has(i));
    list.length = 0;
    list.push(...keep);
  }
  return copy as CaselintConfig;
}

function jsonErrorWords(err: unknown): string {
  const m = err instanceof Error ? err.message : String(err);
  return m.replace(/ in JSON at position \d+.*$/, '').replace(/ \(line \d+ column \d+\)$/, '').replace(/^JSON\.parse: /, '');
}

/** Where JSON.parse stopped (Node reports "at position N" or "(line L column C)"). */
function jsonErrorSpan(text: string, err: unknown): Span {
  const m = err instanceof Error ? err.message : '';
  const pos = /at position (\d+)/.exec(m);
  if (pos) {
    const start = Math.min(Number(pos[1]), text.length);
    return { start, end: Math.min(text.length, start + 1) };
  }
  const lc = /\(line (\d+) column (\d+)\)/.exec(m);
  if (lc) {
    const start = new LineIndex(text).offset({ line: Number(lc[1]) - 1, character: Number(lc[2]) - 1 });
    return { start, end: start + 1 };
  }
  if (/end of JSON input/i.test(m)) return { start: Math.max(0, text.length - 1), end: text.length };
  return { start: 0, end: Math.min(1, text.length) };
}
