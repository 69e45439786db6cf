import type { CaselintConfig } from '../core';
import { lint } from '../core';
import { readCaseFile } from '../node';
import { toDiagnostic, type CliDiagnostic, type FileResult } from './results';
import { adequacySummary } from './summary';

export interface LintTask {
  filePath: string;
  displayPath: string;
  /** Index into the run's list of distinct configurations. */
  configIndex: number;
  /** The text, when it does not come from the file (--stdin). */
  text?: string;
}

export interface LintFileOptions {
  summary: boolean;
}

/** Read, check and lint one file. Never throws: a file that cannot be linted gets one finding. */
export async function lintTask(task: LintTask, config: CaselintConfig, options: LintFileOptions): Promise<FileResult> {
  const base = { filePath: task.filePath, displayPath: task.displayPath, failures: [] };
  let text: string;
  if (task.text !== undefined) {
    text = task.text;
  } else {
    const read = await readCaseFile(task.filePath);
    if ('problem' in read) return { ...base, diagnostics: [fileFinding(read.problem.message, 1 + read.problem.width)] };
    text = read.text;
  }
  const result = lint(text, { config });
  const out: FileResult = {
    ...base,
    diagnostics: result.findings.map(toDiagnostic),
    failures: result.failures.map((f) => ({ rule: f.rule, message: errorText(f.error) })),
  };
  if (options.summary) {
    const summary = adequacySummary(result);
    if (summary !== undefined) out.summary = summary;
  }
  return out;
}

function errorText(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

function fileFinding(message: string, endColumn = 1): CliDiagnostic {
  return { rule: 'yaml-syntax', severity: 'error', message, line: 1, column: 1, endLine: 1, endColumn };
}
