import { MAX_TEXT_BYTES, stripBom, tooLargeMessage } from '../core';
import { readHead, readRegularFile } from './read';

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
  const n = read.notRead;
  switch (n.kind) {
    case 'error':
      return { problem: { message: `cannot read the file: ${n.code}`, width: 0 } };
    case 'folder':
      return { problem: { message: 'cannot read the file: EISDIR (it is a folder)', width: 0 } };
    case 'special':
      return { problem: { message: `not a regular file (${n.what}); not read`, width: 0 } };
    case 'too-large':
      // Only the start of the first line is read, so the finding can underline it.
      return { problem: { message: tooLargeMessage(n.size), width: firstLineLength(stripBom(await readHead(file, 200))) } };
  }
}

function firstLineLength(head: string): number {
  const eol = head.search(/[\r\n]/);
  return eol === -1 ? head.length : eol;
}
