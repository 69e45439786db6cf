import * as fs from 'fs';
import * as path from 'path';
import { CONFIG_FILE_NAMES, mergeConfigs, parseConfigText, type CaselintConfig } from '../core';
import { readRegularFileSync, type NotRead } from './read';

/** Configuration files are small: a larger one is reported, not read. */
export const MAX_CONFIG_BYTES = 1024 * 1024;

/** A problem in a configuration file, 1-based (endColumn exclusive). */
export interface ConfigProblem {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
}

/** One configuration file as read. */
export interface ConfigFile {
  file: string;
  /** The valid part (not used for linting when there are problems). */
  config: CaselintConfig;
  problems: ConfigProblem[];
}

export interface ResolvedConfig {
  /** The configuration file that applies, if any. */
  source?: ConfigFile;
  /**
   * What to lint with: the file's configuration under the overrides, or, when
   * the file has problems, the defaults under the overrides (never the valid
   * part of a broken file: the command line refuses it, the editor says so).
   */
  config: CaselintConfig;
}

export function isConfigFileName(file: string): boolean {
  return (CONFIG_FILE_NAMES as readonly string[]).includes(path.basename(file));
}

/** "a problem", "3 problems". */
export function problemCount(n: number): string {
  return n === 1 ? 'a problem' : `${n} problems`;
}

/** One problem as both front ends word it: `file:line:column: message`. */
export function formatConfigProblem(p: ConfigProblem, shownPath: string): string {
  return `${shownPath}:${p.line}:${p.column}: ${p.message}`;
}

/**
 * Finds the configuration of each file, for the command line and the
 * language server alike: the explicit file (`-c`) when given, else the
 * nearest `.caselintrc.yaml` / `.caselintrc.yml` / `.caselintrc.json` at or
 * above the file's folder. Lookups are cached per folder and each file is
 * read once, until `invalidate()` (everything) or `invalidate(file)` (that
 * file, and the folders whose nearest file it may be). The overrides
 * (`--rule`; the editor merges its settings itself) go on top.
 */
export class ConfigResolver {
  private readonly nearestOf = new Map<string, string | null>();
  private readonly files = new Map<string, ConfigFile>();
  private readonly resolved = new Map<string, ResolvedConfig>();
  private readonly overrides: CaselintConfig;
  private readonly explicitFile?: string;

  constructor(options: { overrides?: CaselintConfig; explicitFile?: string } = {}) {
    this.overrides = options.overrides ?? {};
    this.explicitFile = options.explicitFile === undefined ? undefined : path.resolve(options.explicitFile);
  }

  /**
   * The configuration of a (case) file: `explicit` when given (the editor's
   * `caselint.configFile`), else the resolver's explicit file (`-c`), else the
   * nearest one. The same object for every file the same configuration file applies to.
   */
  forFile(file: string | undefined, explicit?: string): ResolvedConfig {
    const source = explicit !== undefined ? path.resolve(explicit) : (this.explicitFile ?? (file === undefined ? null : this.nearest(path.dirname(path.resolve(file)))));
    const key = source ?? '';
    let hit = this.resolved.get(key);
    if (!hit) {
      const loaded = source === null ? undefined : this.load(source);
      const base = loaded && loaded.problems.length === 0 ? loaded.config : undefined;
      hit = loaded ? { source: loaded, config: mergeConfigs(base, this.overrides) } : { config: mergeConfigs(this.overrides) };
      this.resolved.set(key, hit);
    }
    return hit;
  }

  /** A configuration file, read now or from the cache. */
  load(file: string): ConfigFile {
    const abs = path.resolve(file);
    let known = this.files.get(abs);
    if (!known) {
      known = readConfigFile(abs);
      this.files.set(abs, known);
    }
    return known;
  }

  /** The configuration file at `file`, or undefined when nothing is there (any more); what is there but cannot be read is a ConfigFile with the problem. */
  loadIfPresent(file: string): ConfigFile | undefined {
    return isPresent(file) ? this.load(file) : undefined;
  }

  /** A configuration file changed, appeared or went away (or, without an argument, any may have). */
  invalidate(file?: string): void {
    if (file === undefined) {
      this.nearestOf.clear();
      this.files.clear();
      this.resolved.clear();
      return;
    }
    const abs = path.resolve(file);
    this.files.delete(abs);
    this.resolved.delete(abs);
    // The folders at and below it may now find it, or find another.
    const dir = path.dirname(abs);
    for (const d of [...this.nearestOf.keys()]) if (isAtOrBelow(d, dir)) this.nearestOf.delete(d);
  }

  /** The problems of every configuration file read so far, in the order they were read. */
  problems(): ConfigProblem[] {
    return [...this.files.values()].flatMap((f) => f.problems);
  }

  private nearest(dir: string): string | null {
    const visited: string[] = [];
    let found: string | null = null;
    for (let cur = dir; ; ) {
      const cached = this.nearestOf.get(cur);
      if (cached !== undefined) {
        found = cached;
        break;
      }
      visited.push(cur);
      // Anything by that name is the nearest configuration: a folder, a dangling link or a
      // link loop is then reported (cannot read the configuration file), never passed over.
      const here = CONFIG_FILE_NAMES.map((n) => path.join(cur, n)).find(isPresent);
      if (here) {
        found = here;
        break;
      }
      const parent = path.dirname(cur);
      if (parent === cur) break;
      cur = parent;
    }
    for (const d of visited) this.nearestOf.set(d, found);
    return found;
  }
}

function readConfigFile(file: string): ConfigFile {
  const read = readRegularFileSync(file, MAX_CONFIG_BYTES);
  if ('notRead' in read) return { file, config: {}, problems: [{ file, line: 1, column: 1, endLine: 1, endColumn: 1, message: notReadMessage(read.notRead, isSymbolicLink(file)) }] };
  const parsed = parseConfigText(read.text, path.basename(file));
  return { file, config: parsed.config, problems: parsed.problems.map((p) => ({ file, ...p })) };
}

function notReadMessage(n: NotRead, link: boolean): string {
  switch (n.kind) {
    case 'error': {
      const why = n.code === 'ENOENT' ? (link ? ' (a symbolic link to nothing)' : ' (it does not exist)') : n.code === 'ELOOP' ? ' (a loop of symbolic links)' : '';
      return `cannot read the configuration file: ${n.code}${why}`;
    }
    case 'folder':
      return 'cannot read the configuration file: EISDIR (it is a folder)';
    case 'special':
      return `the configuration file is not a regular file (${n.what}); not read`;
    case 'too-large':
      return `the configuration file is larger than ${MAX_CONFIG_BYTES / (1024 * 1024)} MB; not read`;
  }
}

/** Is there anything at `file` (a file, a folder, a link, even a dangling one)? */
function isPresent(file: string): boolean {
  try {
    fs.lstatSync(file);
    return true;
  } catch {
    return false;
  }
}

function isSymbolicLink(file: string): boolean {
  try {
    return fs.lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}

function isAtOrBelow(dir: string, ancestor: string): boolean {
  const rel = path.relative(ancestor, dir);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}
