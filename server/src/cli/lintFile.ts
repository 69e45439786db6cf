import * as fs from 'fs';
import type { CaselintConfig } from '../core';
import { MAX_TEXT_LENGTH } from '../core';
import { lintText, type LintTextOptions } from './lintText';
import type { CliDiagnostic, FileResult } from './results';

export interface LintTask {
  filePath: string;
  displayPath: string;
  /** Index into the run's list of distinct configurations. */
  configIndex: number;
  /** The text, when it does not come from the file (--stdin). */
  text?: string;
}

export type LintFileOptions = LintTextOptions;

/** Read, check and lint one file. Never throws: a file that cannot be linted gets one finding. */
export async function lintTask(task: LintTask, config: CaselintConfig, options: LintFileOptions): Promise<FileResult> {
  const base = { filePath: task.filePath, displayPath: task.displayPath, failures: [], suppressed: [] };
  let text: string;
  if (task.text !== undefined) {
    text = task.text;
  } else {
    const read = await readCaseFile(task.filePath);
    if ('diagnostic' in read) return { ...base, diagnostics: [read.diagnostic] };
    text = read.text;
  }
  return lintText(base, text, task.text === undefined, config, options);
}

function fileFinding(message: string, endColumn = 1): CliDiagnostic {
  return { rule: 'yaml-syntax', severity: 'error', message, line: 1, column: 1, endLine: 1, endColumn };
}

/**
 * The size is checked with stat before reading: a 2 GB file is never read
 * into memory. Over the limit, only the first line (at most 200 bytes) is read
 * so the finding can underline it.
 */
export async function readCaseFile(file: string): Promise<{ text: string } | { diagnostic: CliDiagnostic }> {
  let st: fs.Stats;
  try {
    st = await fs.promises.stat(file);
  } catch (e) {
    return { diagnostic: fileFinding(`cannot read the file: ${codeOf(e)}`) };
  }
  if (st.isDirectory()) return { diagnostic: fileFinding('cannot read the file: EISDIR (it is a folder)') };
  if (st.size > MAX_TEXT_LENGTH) {
    const mb = MAX_TEXT_LENGTH / (1024 * 1024);
    return {
      diagnostic: fileFinding(
        `the file is larger than ${mb} MB (${(st.size / (1024 * 1024)).toFixed(1)} MB); case documents are not checked beyond that size`,
        1 + (await firstLineLength(file)),
      ),
    };
  }
  try {
    let text = await fs.promises.readFile(file, 'utf8');
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // a BOM is not a column
    return { text };
  } catch (e) {
    return { diagnostic: fileFinding(`cannot read the file: ${codeOf(e)}`) };
  }
}

function codeOf(e: unknown): string {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : e instanceof Error ? e.message : String(e);
}

async function firstLineLength(file: string): Promise<number> {
  let handle: fs.promises.FileHandle | undefined;
  try {
    handle = await fs.promises.open(file, 'r');
    const buf = Buffer.alloc(200);
    const { bytesRead } = await handle.read(buf, 0, buf.length, 0);
    const head = buf.subarray(0, bytesRead).toString('utf8').replace(/\uFFFD+$/, '');
    const eol = head.search(/[\r\n]/);
    return eol === -1 ? head.length : eol;
  } catch {
    return 0;
  } finally {
    await handle?.close();
  }
}
