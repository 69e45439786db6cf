import * as fs from 'fs';

/**
 * Reading one file from disk without ever blocking: stat first, read regular
 * files only (a named pipe, a socket or a device is not opened), size checked
 * on the stat before any byte is read, and the open itself non-blocking as a
 * second guard (a path swapped for a pipe between stat and open).
 */
export type NotRead =
  /** stat, open or read failed (ENOENT, EACCES, ...). */
  | { kind: 'error'; code: string }
  | { kind: 'folder' }
  /** Not a regular file: `what` is "a named pipe", "a socket", ... */
  | { kind: 'special'; what: string }
  | { kind: 'too-large'; size: number };

export type FileRead = { text: string } | { notRead: NotRead };

const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0);

/** What a directory entry or stat is when it is neither a regular file nor a folder (undefined otherwise). */
export function specialKind(st: fs.Stats | fs.Dirent): string | undefined {
  if (st.isFIFO()) return 'a named pipe';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  return undefined;
}

function check(st: fs.Stats, maxBytes: number): NotRead | undefined {
  if (st.isDirectory()) return { kind: 'folder' };
  if (!st.isFile()) return { kind: 'special', what: specialKind(st) ?? 'not a file' };
  if (st.size > maxBytes) return { kind: 'too-large', size: st.size };
  return undefined;
}

export function errorCode(e: unknown): string {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : e instanceof Error ? e.name : 'error';
}

/** Read a regular file of at most `maxBytes` bytes as UTF-8 (invalid bytes become U+FFFD; nothing else is changed). */
export async function readRegularFile(file: string, maxBytes: number): Promise<FileRead> {
  let handle: fs.promises.FileHandle | undefined;
  try {
    const before = check(await fs.promises.stat(file), maxBytes);
    if (before) return { notRead: before };
    handle = await fs.promises.open(file, OPEN_FLAGS);
    const after = check(await handle.stat(), maxBytes);
    if (after) return { notRead: after };
    return { text: await handle.readFile('utf8') };
  } catch (e) {
    return { notRead: { kind: 'error', code: errorCode(e) } };
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/** readRegularFile, synchronously (for small files: configuration files). */
export function readRegularFileSync(file: string, maxBytes: number): FileRead {
  let fd: number | undefined;
  try {
    const before = check(fs.statSync(file), maxBytes);
    if (before) return { notRead: before };
    fd = fs.openSync(file, OPEN_FLAGS);
    const after = check(fs.fstatSync(fd), maxBytes);
    if (after) return { notRead: after };
    return { text: fs.readFileSync(fd, 'utf8') };
  } catch (e) {
    return { notRead: { kind: 'error', code: errorCode(e) } };
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** The first `bytes` bytes of a regular file, decoded (an incomplete last character dropped); '' when unreadable. */
export async function readHead(file: string, bytes: number): Promise<string> {
  let handle: fs.promises.FileHandle | undefined;
  try {
    handle = await fs.promises.open(file, OPEN_FLAGS);
    if (!(await handle.stat()).isFile()) return '';
    const buf = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buf, 0, bytes, 0);
    return buf.subarray(0, bytesRead).toString('utf8').replace(/\uFFFD+$/, '');
  } catch {
    return '';
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/** readHead, synchronously. */
export function readHeadSync(file: string, bytes: number): string {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, OPEN_FLAGS);
    if (!fs.fstatSync(fd).isFile()) return '';
    const buf = Buffer.alloc(bytes);
    const n = fs.readSync(fd, buf, 0, bytes, 0);
    return buf.subarray(0, n).toString('utf8').replace(/\uFFFD+$/, '');
  } catch {
    return '';
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}
