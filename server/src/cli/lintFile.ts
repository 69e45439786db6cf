import type { CaselintConfig } from '../core';
import { readCaseFileSync } from '../node';
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
    const read = readCaseFileSync(task.filePath);
    if ('problem' in read) return { ...base, diagnostics: [fileFinding(read.problem.message, 1 + read.problem.width)] };
    text = read.text;
  }
  return lintText(base, text, task.text === undefined, config, options);
}

function fileFinding(message: string, endColumn = 1): CliDiagnostic {
  return { rule: 'yaml-syntax', severity: 'error', message, line: 1, column: 1, endLine: 1, endColumn };
}
