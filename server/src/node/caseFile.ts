import { MAX_TEXT_BYTES, stripBom, tooLargeMessage } from '../core';
import { readHead, readHeadSync, readRegularFile, readRegularFileSync, type FileRead } from './read';

/** Why a case file was not read: one `yaml-syntax` error on its first line says so. */
export interface CaseFileProblem {
  message: string;
  /** How many characters of the first line the finding underlines (0: none). */
  width: number;
}

export type CaseFileRead = { text: string } | { problem: CaseFileProblem };

/**
 * Read a case file for linting, the same way for the command line and the
 * language server. Regular files only (a named pipe is never opened, so a read
 * never blocks); the engine's size limit is checked on the file's size before
 * reading. The text is passed on as read: the engine drops a BOM and checks for
 * binary content; line endings are left alone.
 */
export async function readCaseFile(file: string): Promise<CaseFileRead> {
  const read = await readRegularFile(file, MAX_TEXT_BYTES);
  if ('text' in read) return read;
  if (read.notRead.kind === 'too-large') return tooLarge(read.notRead.size, await readHead(file, 200));
  return notRead(read);
}

/**
 * readCaseFile, synchronously: the command line's lint loops read each file
 * right before linting it (a thread that awaits a read sits idle, and the
 * promise-based read costs more than the synchronous one).
 */
export function readCaseFileSync(file: string): CaseFileRead {
  const read = readRegularFileSync(file, MAX_TEXT_BYTES);
  if ('text' in read) return read;
  if (read.notRead.kind === 'too-large') return tooLarge(read.notRead.size, readHeadSync(file, 200));
  return notRead(read);
}

/** Only the start of the first line is read, so the finding can underline it. */
function tooLarge(size: number, head: string): CaseFileRead {
  return { problem: { message: tooLargeMessage(size), width: firstLineLength(stripBom(head)) } };
}

function notRead(read: Extract<FileRead, { notRead: unknown }>): CaseFileRead {
  const n = read.notRead;
  switch (n.kind) {
    case 'error':
      return { problem: { message: `cannot read the file: ${n.code}`, width: 0 } };
    case 'folder':
      return { problem: { message: 'cannot read the file: EISDIR (it is a folder)', width: 0 } };
    case 'special':
      return { problem: { message: `not a regular file (${n.what}); not read`, width: 0 } };
    case 'too-large':
      return tooLarge(n.size, '');
  }
}

function firstLineLength(head: string): number {
  const eol = head.search(/[\r\n]/);
  return eol === -1 ? head.length : eol;
}
