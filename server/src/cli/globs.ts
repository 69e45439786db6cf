/**
 * Command-line globs and ignore patterns (README, The command line): `*`, `**`, `?`, `[...]`
 * (`[!...]` and `[^...]` negate it, as in a shell), braces and a leading `!`,
 * matched by picomatch on `/`-separated paths. (Discovery expands the braces of
 * a positive argument itself first, glob.ts expandBraces, so that an
 * alternative that names a folder is searched as a folder.)
 * A file is left out when its path, or the path of a folder holding it,
 * matches an ignore pattern (so `drafts` and `drafts/**` both leave out a folder).
 */
import * as path from 'path';
import picomatch from 'picomatch';

/** `posix`: `[!a]` is the class of every character but `a` (without it picomatch reads `[!a]` as `!` or `a`). */
const OPTIONS = { dot: true, posix: true };

/** True when the argument is a pattern rather than a path. */
export function isGlob(arg: string): boolean {
  return picomatch.scan(toSlashes(arg)).isGlob;
}

/** A pattern's fixed leading folder and the glob below it (`cases/**\/*.yaml` -> `cases`, `**\/*.yaml`). */
export function splitGlob(pattern: string): { base: string; glob: string } {
  const scan = picomatch.scan(toSlashes(pattern));
  return { base: scan.base, glob: scan.glob };
}

/** A matcher of `/`-separated paths relative to the pattern's folder. */
export function globMatcher(glob: string): (relPath: string) => boolean {
  return picomatch(toSlashes(glob), OPTIONS);
}

/** Ignore patterns, each relative to a folder (the working folder, or a configuration file's). */
export class Ignores {
  private readonly sets: { dir: string; match: (rel: string) => boolean }[] = [];

  add(dir: string, patterns: readonly string[]): void {
    const usable = patterns.map((p) => toSlashes(p).replace(/^\.\//, '').replace(/\/+$/, '')).filter((p) => p !== '');
    if (usable.length > 0) this.sets.push({ dir, match: picomatch(usable, OPTIONS) });
  }

  get empty(): boolean {
    return this.sets.length === 0;
  }

  /** Is the absolute path `file` left out? */
  ignores(file: string): boolean {
    for (const { dir, match } of this.sets) {
      const rel = path.relative(dir, file);
      if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) continue;
      const parts = rel.split(path.sep);
      for (let n = parts.length; n > 0; n--) if (match(parts.slice(0, n).join('/'))) return true;
    }
    return false;
  }
}

function toSlashes(p: string): string {
  return path.sep === '\\' ? p.replace(/\\/g, '/') : p;
}
