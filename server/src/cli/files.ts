import * as fs from 'fs';
import * as path from 'path';
import { firstKeyIsCaselint, isCaseFileName } from '../core';
import { errorCode, readHeadSync, readRegularFileSync, specialKind } from '../node';
import { expandBraces, MAX_BRACE_EXPANSIONS } from './glob';
import { globMatcher, Ignores, isGlob, splitGlob } from './globs';
import { isIgnored, parseGitignore, type IgnoreFile } from './gitignore';

/** Folders never searched, whatever .gitignore says. */
const SKIPPED_DIRS = new Set(['node_modules', '.git']);

export interface Discovery {
  /** Absolute paths, unique, in a stable order. */
  files: string[];
  /** Arguments that matched no file, with why. */
  unmatched: { arg: string; reason: string }[];
  /**
   * Folders met on the way that could not be read (absolute, each once), with
   * the error code; their files are not linted. A folder named on the command
   * line that cannot be read is in `unmatched` instead.
   */
  unreadable: { folder: string; code: string }[];
}

/** What an argument named, and why it gave no file (no reason: it gave some, though they may all be excluded). */
interface Searched {
  kind: 'folder' | 'file' | 'glob' | 'missing';
  reason?: string;
}

const EXCLUDED: Record<Searched['kind'], string> = {
  folder: 'every case file in this folder is excluded',
  file: 'this file is excluded',
  glob: 'every case file it matches is excluded',
  missing: 'excluded',
};

/** How discovery lists a folder (tests pass one that fails). */
export type ReadFolder = (dir: string) => fs.Dirent[];

const readFolder: ReadFolder = (dir) => fs.readdirSync(dir, { withFileTypes: true });

/**
 * README, The command line: a folder is searched for `*.case.yaml` / `*.case.yml`, honouring
 * `.gitignore` and skipping `node_modules` (and `.git`); an explicit file is
 * linted as given; a glob lints the files it matches that are case documents
 * (by name, or a YAML file whose first key is `caselint`). Braces are expanded
 * first, as a shell does (`{clean,broken}/` is the two folders), unless the
 * argument names an existing path as written. An argument starting with `!`
 * excludes what it matches (relative to `cwd`), from folder walks too, as
 * `ignores` (--ignore-pattern) do.
 */
export function discoverFiles(args: readonly string[], cwd: string, ignores: Ignores = new Ignores(), readdir: ReadFolder = readFolder): Discovery {
  const found = new Set<string>();
  const unmatched: Discovery['unmatched'] = [];
  const walker = new Walker(readdir);
  const negated = args.filter((a) => a.startsWith('!') && a.length > 1);
  ignores.add(cwd, negated.map((a) => a.slice(1)));
  const positive = args.filter((a) => !negated.includes(a));
  let excluded = 0;
  const add = (f: string): void => {
    if (ignores.ignores(f)) excluded++;
    else found.add(f);
  };
  for (const arg of positive.length > 0 ? positive : ['.']) {
    const before = found.size;
    const excludedBefore = excluded;
    const written = lstatOrUndefined(path.resolve(cwd, arg));
    const alternatives = written !== undefined ? [arg] : expandBraces(arg);
    if (alternatives === undefined) {
      unmatched.push({ arg, reason: `its braces expand to more than ${MAX_BRACE_EXPANSIONS} patterns` });
      continue;
    }
    // Each alternative is searched as if it were an argument of its own (a folder, a file or a glob).
    const outcomes = alternatives.map((alt) => walker.search(cwd, alt, add));
    const searched: Searched = outcomes.length === 1 ? outcomes[0]! : { kind: 'glob', reason: 'no case file matches this pattern' };
    if (found.size > before) continue;
    if (excluded > excludedBefore) unmatched.push({ arg, reason: `${EXCLUDED[searched.kind]} by the patterns (! arguments, --ignore-pattern)` });
    else if (searched.reason !== undefined) unmatched.push({ arg, reason: searched.reason });
  }
  const rootsUnmatched = new Set(unmatched.map((u) => path.resolve(cwd, u.arg)));
  const unreadable = [...walker.unreadable].filter(([folder]) => !rootsUnmatched.has(folder)).map(([folder, code]) => ({ folder, code }));
  return { files: [...found].sort(), unmatched, unreadable };
}

function lstatOrUndefined(p: string): fs.Stats | undefined {
  try {
    return fs.lstatSync(p);
  } catch {
    return undefined;
  }
}

function isDirectory(p: string, st: fs.Stats): boolean {
  if (st.isDirectory()) return true;
  if (!st.isSymbolicLink()) return false;
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

function segmentsOf(abs: string): string[] {
  return abs.split(path.sep).filter((s) => s !== '');
}

class Walker {
  private readonly gitignoreCache = new Map<string, IgnoreFile | null>();
  /** Folders that could not be listed, with the error code, in the order met. */
  readonly unreadable = new Map<string, string>();

  constructor(private readonly readdir: ReadFolder) {}

  /**
   * Add the files one argument (without braces) names, and say why it names
   * none if it does not: a folder is searched, a file is linted as given, a
   * glob is matched.
   */
  search(cwd: string, arg: string, add: (file: string) => void): Searched {
    const abs = path.resolve(cwd, arg);
    const st = lstatOrUndefined(abs);
    let added = false;
    const adding = (f: string): void => {
      added = true;
      add(f);
    };
    if (st === undefined && isGlob(arg)) {
      const { base, glob } = splitGlob(arg);
      this.glob(path.resolve(cwd, base), glob, adding);
      return { kind: 'glob', reason: added ? undefined : 'no case file matches this pattern' };
    }
    if (st === undefined) return { kind: 'missing', reason: 'no such file or folder' };
    if (isDirectory(abs, st)) {
      this.walk(abs, adding);
      const code = this.unreadable.get(abs);
      const reason = code !== undefined ? `cannot read the folder: ${code}` : 'no *.case.yaml or *.case.yml file in this folder';
      return { kind: 'folder', reason: added ? undefined : reason };
    }
    // A file, a dangling symlink or something unreadable: linted as given (a read error becomes a finding).
    add(abs);
    return { kind: 'file' };
  }

  /** The .gitignore of one folder, if any (cached). */
  private ignoreFileOf(dir: string): IgnoreFile | null {
    let known = this.gitignoreCache.get(dir);
    if (known !== undefined) return known;
    known = null;
    // No .gitignore here, or not a regular file (a pipe is not opened): no rules.
    const read = readRegularFileSync(path.join(dir, '.gitignore'), Number.MAX_SAFE_INTEGER);
    if ('text' in read) known = { base: segmentsOf(dir), rules: parseGitignore(read.text) };
    this.gitignoreCache.set(dir, known);
    return known;
  }

  /**
   * The .gitignore files that apply above `dir`: those of its ancestors up to
   * the repository root (the nearest folder holding `.git`). None when `dir`
   * is not inside a repository.
   */
  private ancestorsIgnores(dir: string): IgnoreFile[] {
    const chain: string[] = [];
    let cur = path.dirname(dir);
    let repoRoot: string | undefined;
    if (fs.existsSync(path.join(dir, '.git'))) return [];
    while (true) {
      chain.push(cur);
      if (fs.existsSync(path.join(cur, '.git'))) {
        repoRoot = cur;
        break;
      }
      const parent = path.dirname(cur);
      if (parent === cur) break;
      cur = parent;
    }
    if (repoRoot === undefined) return [];
    return chain
      .reverse()
      .map((d) => this.ignoreFileOf(d))
      .filter((f): f is IgnoreFile => f !== null);
  }

  /** Every *.case.yaml / *.case.yml under `root`. */
  walk(root: string, add: (file: string) => void): void {
    const ignores = this.ancestorsIgnores(root);
    if (isIgnored(ignores, segmentsOf(root), true) && ignores.length > 0) {
      // The folder itself is ignored, but the user named it: search it anyway, with its own rules.
      this.visit(root, [], (name, abs, isDir) => !isDir && isCaseFileName(name) && add(abs));
      return;
    }
    this.visit(root, ignores, (name, abs, isDir) => !isDir && isCaseFileName(name) && add(abs));
  }

  /** Files below `base` whose path relative to it matches `glob` and that are case documents. */
  glob(base: string, glob: string, add: (file: string) => void): void {
    const matches = globMatcher(glob);
    let st: fs.Stats;
    try {
      st = fs.statSync(base);
    } catch {
      return;
    }
    if (!st.isDirectory()) return;
    const baseSegs = segmentsOf(base);
    const pattern = glob.split('/');
    const crossesSkipped = pattern.some((p) => SKIPPED_DIRS.has(p));
    this.visit(
      base,
      this.ancestorsIgnores(base),
      (name, abs, isDir) => {
        const rel = segmentsOf(abs).slice(baseSegs.length).join('/');
        if (!matches(rel)) return;
        if (isDir) {
          if (isCaseFileName(name)) add(abs); // reported as unreadable
          return;
        }
        if (isCaseFileName(name) || (/\.ya?ml$/i.test(name) && startsWithCaselintKey(abs))) add(abs);
      },
      crossesSkipped,
    );
  }

  private visit(
    dir: string,
    inherited: IgnoreFile[],
    onEntry: (name: string, abs: string, isDir: boolean) => void,
    enterSkipped = false,
  ): void {
    const own = this.ignoreFileOf(dir);
    const ignores = own ? [...inherited, own] : inherited;
    let entries: fs.Dirent[];
    try {
      entries = this.readdir(dir);
    } catch (e) {
      // An unreadable folder is skipped, and said (Discovery.unreadable).
      if (!this.unreadable.has(dir)) this.unreadable.set(dir, errorCode(e));
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const abs = path.join(dir, entry.name);
      // A named pipe, socket or device is not a document: skipped, never opened (a read could block).
      if (specialKind(entry) !== undefined) continue;
      let isDir = entry.isDirectory();
      if (entry.isSymbolicLink()) {
        // Symlinked folders are not followed (no loops); a link to a file, or a dangling one, is a file.
        try {
          const target = fs.statSync(abs);
          if (specialKind(target) !== undefined) continue;
          isDir = target.isDirectory();
        } catch {
          isDir = false;
        }
        if (isDir) continue;
      }
      if (isDir && SKIPPED_DIRS.has(entry.name) && !enterSkipped) continue;
      if (isIgnored(ignores, segmentsOf(abs), isDir)) continue;
      onEntry(entry.name, abs, isDir);
      if (isDir) this.visit(abs, ignores, onEntry, enterSkipped);
    }
  }
}

/** Read the first 64 KB (of a regular file only) and look at the first key. */
function startsWithCaselintKey(file: string): boolean {
  return firstKeyIsCaselint(readHeadSync(file, 64 * 1024));
}
