import * as fs from 'fs';
import * as path from 'path';

/** What --fix does with the fixed text: nothing (no --fix), write the file, or report it (--fix-dry-run). */
export type FixMode = 'off' | 'write' | 'dry-run';

/**
 * Write `output` over `file` unless the file changed since it was read as
 * `original` (its text as read, a BOM included): then it is left alone and
 * false returned. The write goes to a temporary file renamed over the
 * original, so a reader never sees half a file; the file mode is kept (and a
 * leading BOM, which the engine's fixes keep in `output`).
 */
export async function writeFixed(file: string, original: string, output: string): Promise<boolean> {
  let now: string;
  let mode: number;
  try {
    now = await fs.promises.readFile(file, 'utf8');
    mode = (await fs.promises.stat(file)).mode;
  } catch {
    return false;
  }
  if (now !== original) return false;
  await writeAtomic(file, output, mode);
  return true;
}

/** Write a temporary file next to `file`, then rename it over `file`. */
export async function writeAtomic(file: string, data: string, mode?: number): Promise<void> {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
  try {
    await fs.promises.writeFile(tmp, data, mode === undefined ? undefined : { mode: mode & 0o777 });
    await fs.promises.rename(tmp, file);
  } catch (e) {
    await fs.promises.rm(tmp, { force: true });
    throw e;
  }
}
