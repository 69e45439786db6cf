import type { Finding, Severity } from '../core';

/**
 * What the CLI reports about one finding. `line` and `column` are 1-based;
 * `endColumn` is exclusive. Columns count UTF-16 code units (what LSP and
 * JavaScript strings count) plus one: a character outside the Basic
 * Multilingual Plane (an emoji) counts as two columns.
 */
export interface CliDiagnostic {
  rule: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface FileResult {
  /** Absolute path (or the --stdin-filename, resolved). */
  filePath: string;
  /** Path relative to the working folder, with forward slashes: what every format prints. */
  displayPath: string;
  diagnostics: CliDiagnostic[];
  /** Rules that threw on this file (rule id and error text): the lint still completed. */
  failures: { rule: string; message: string }[];
  /** The adequacy summary, when --summary asked for it. */
  summary?: string;
}

export function toDiagnostic(f: Finding): CliDiagnostic {
  return {
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    line: f.range.start.line + 1,
    column: f.range.start.character + 1,
    endLine: f.range.end.line + 1,
    endColumn: f.range.end.character + 1,
  };
}

export interface Counts {
  error: number;
  warning: number;
  info: number;
  hint: number;
}

export function countSeverities(results: readonly FileResult[]): Counts {
  const counts: Counts = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const r of results) for (const d of r.diagnostics) counts[d.severity]++;
  return counts;
}

/** Code-unit order (not locale order): stable everywhere. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function sortResults(results: FileResult[]): FileResult[] {
  return results.sort((a, b) => compareStrings(a.displayPath, b.displayPath));
}
