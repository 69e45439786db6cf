import * as fs from 'fs';
import * as path from 'path';

/** What --fix does with the fixed text: nothing (no --fix), write the file, or report it (--fix-dry-run). */
export type FixMode = 'off' | 'write' | 'dry-run';

/**
 * Write `output` over `file` unless the file changed since it was read as
 * `original` (BOM stripped): then it is left alone and false returned. The
 * write goes to a temporary file renamed over the original, so a reader never
 * sees half a file; a leading BOM and the file mode are kept.
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
  const bom = now.charCodeAt(0) === 0xfeff ? '\ufeff' : '';
  if (now.slice(bom.length) !== original) return false;
  await writeAtomic(file, bom + output, mode);
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
