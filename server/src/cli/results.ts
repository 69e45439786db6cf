import type { DirectiveKind, Finding, LineIndex, Severity, SuppressedFinding } from '../core';
import { safeFix } from '../core';

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
  /** The safe fix `--fix` would apply (cli.md, `--fix-dry-run`). */
  fix?: { edits: CliEdit[] };
}

/** One replacement: 1-based positions in the file's text, `endColumn` exclusive. */
export interface CliEdit {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  text: string;
}

/** A finding a `# caselint-disable…` comment silenced, with that comment. */
export interface CliSuppressed extends CliDiagnostic {
  suppression: { kind: DirectiveKind; /** 1-based line of the comment. */ line: number; reason?: string };
}

export interface FileResult {
  /** Absolute path (or the --stdin-filename, resolved). */
  filePath: string;
  /** Path relative to the working folder, with forward slashes: what every format prints. */
  displayPath: string;
  diagnostics: CliDiagnostic[];
  /** Findings silenced by directives: reported apart, never counted. */
  suppressed: CliSuppressed[];
  /** The fixed text (--fix-dry-run), when fixes changed it. */
  output?: string;
  /** How many fixes --fix wrote to the file. */
  fixed?: number;
  /** --fix left the file alone: it changed on disk while it was linted. */
  changedMeanwhile?: boolean;
  /** Rules that threw on this file (rule id and error text): the lint still completed. */
  failures: { rule: string; message: string }[];
  /** The adequacy summary, when --summary asked for it. */
  summary?: string;
}

/** The finding in CLI terms; `lines` (the linted text's index) places its safe fix's edits. */
export function toDiagnostic(f: Finding, lines?: LineIndex): CliDiagnostic {
  const d: CliDiagnostic = {
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    line: f.range.start.line + 1,
    column: f.range.start.character + 1,
    endLine: f.range.end.line + 1,
    endColumn: f.range.end.character + 1,
  };
  const fix = lines ? safeFix(f) : undefined;
  if (fix && lines) {
    d.fix = {
      edits: fix.edits.map((e) => {
        const start = lines.position(e.start);
        const end = lines.position(e.end);
        return { line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1, text: e.newText };
      }),
    };
  }
  return d;
}

export function toSuppressed(f: SuppressedFinding, lines?: LineIndex): CliSuppressed {
  const suppression: CliSuppressed['suppression'] = { kind: f.suppression.kind, line: f.suppression.line + 1 };
  if (f.suppression.reason !== undefined) suppression.reason = f.suppression.reason;
  return { ...toDiagnostic(f, lines), suppression };
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
