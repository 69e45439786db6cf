/**
 * Writing where the user said (-o, --cache-location, report's folder of
 * pages): the missing folders are made one level at a time, top down, so the
 * work is bounded by the path's depth. Node's own `mkdir(..., { recursive:
 * true })` retries for ever when a mkdir fails with ENOENT under a parent that
 * exists (as anywhere under /proc); this never retries.
 */
import * as fs from 'fs';
import * as path from 'path';

/** Why a folder could not be made: `ENOTDIR` when `folder` is there but is not a folder, else the mkdir's (or stat's) error code. */
export interface FolderProblem {
  folder: string;
  code: string;
}

/** Make `dir` and its missing ancestors. Undefined when it is a folder now. */
export function makeFolders(dir: string): FolderProblem | undefined {
  const abs = path.resolve(dir);
  const { root } = path.parse(abs);
  const names = abs.slice(root.length).split(path.sep).filter((s) => s !== '');
  // Every level from the top down: `/a`, `/a/b`, `/a/b/c`.
  const levels = names.map((_, i) => path.join(root, ...names.slice(0, i + 1)));
  // The deepest level that exists (the root when none does) must be a folder; those below it are made.
  let first = 0;
  for (let i = levels.length - 1; i >= 0; i--) {
    const st = statOf(levels[i]!);
    if (typeof st === 'string') {
      if (st === 'ENOENT' || st === 'ENOTDIR') continue; // missing, or below a file: look further up
      return { folder: levels[i]!, code: st };
    }
    if (!st.isDirectory()) return { folder: levels[i]!, code: 'ENOTDIR' };
    first = i + 1;
    break;
  }
  for (let i = first; i < levels.length; i++) {
    try {
      fs.mkdirSync(levels[i]!);
    } catch (e) {
      const code = codeOf(e);
      if (code === 'EEXIST') {
        const st = statOf(levels[i]!);
        if (typeof st !== 'string' && st.isDirectory()) continue; // made meanwhile
        return { folder: levels[i]!, code: 'ENOTDIR' };
      }
      return { folder: levels[i]!, code };
    }
  }
  return undefined;
}

/** A FolderProblem in words, paths shown by `show`: "notes is not a folder", "cannot create the folder /proc/nope: ENOENT". */
export function describeFolderProblem(p: FolderProblem, show: (file: string) => string): string {
  return p.code === 'ENOTDIR' ? `${show(p.folder)} is not a folder` : `cannot create the folder ${show(p.folder)}: ${p.code}`;
}

/**
 * Write `text` to `file`, making its folder first. Undefined when written,
 * else why not, in words ("afile is not a folder", "EACCES", "EISDIR").
 */
export function writeFileInFolders(file: string, text: string, show: (file: string) => string): string | undefined {
  const problem = makeFolders(path.dirname(path.resolve(file)));
  if (problem) return describeFolderProblem(problem, show);
  try {
    fs.writeFileSync(file, text);
    return undefined;
  } catch (e) {
    const code = codeOf(e);
    return code === 'EISDIR' ? 'EISDIR (it is a folder)' : code;
  }
}

function statOf(p: string): fs.Stats | string {
  try {
    return fs.statSync(p);
  } catch (e) {
    return codeOf(e);
  }
}

function codeOf(e: unknown): string {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : String(e);
}

/** A path as these messages show it: relative to `cwd` when inside it, else absolute. */
export function shownPath(file: string, cwd: string): string {
  const rel = path.relative(cwd, file);
  if (rel === '') return '.';
  return rel.startsWith('..') || path.isAbsolute(rel) ? file : rel.split(path.sep).join('/');
}
