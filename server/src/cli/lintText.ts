import type { CaselintConfig } from '../core';
import { fixText, lint } from '../core';
import { writeFixed, type FixMode } from './fix';
import { toDiagnostic, toSuppressed, type FileResult } from './results';
import { adequacySummary } from './summary';

export interface LintTextOptions {
  summary: boolean;
  /** false: ignore every `# caselint-disable…` comment (--no-inline-config). */
  inlineConfig: boolean;
  fix: FixMode;
}

/**
 * Lint (and with --fix, fix) one file's text. `fromFile`: the text was read
 * from `filePath` (not --stdin), so --fix may write it back.
 */
export async function lintText(
  base: Pick<FileResult, 'filePath' | 'displayPath'>,
  text: string,
  fromFile: boolean,
  config: CaselintConfig,
  options: LintTextOptions,
): Promise<FileResult> {
  const lintOptions = { config, inlineConfig: options.inlineConfig };
  let result = options.fix === 'off' ? lint(text, lintOptions) : undefined;
  const out: Partial<FileResult> = {};
  if (!result) {
    const fixed = fixText(text, lintOptions);
    result = fixed.result;
    if (options.fix === 'dry-run') {
      // Nothing is written: the file's findings as it is, each fixable one with its fix, and what --fix would write (cli.md).
      if (fixed.output !== text) out.output = fixed.output;
      result = lint(text, lintOptions);
    } else if (fixed.output !== text) {
      if (!fromFile) out.output = fixed.output;
      else if (await writeFixed(base.filePath, text, fixed.output)) out.fixed = fixed.fixed;
      else {
        out.changedMeanwhile = true; // left alone, reported as it was read
        result = lint(text, lintOptions);
      }
    }
  }
  const lines = result.refused ? undefined : result.document.lines;
  const file: FileResult = {
    ...base,
    ...out,
    diagnostics: result.findings.map((f) => toDiagnostic(f, lines)),
    suppressed: result.suppressed.map((f) => toSuppressed(f, lines)),
    failures: result.failures.map((f) => ({ rule: f.rule, message: errorText(f.error) })),
  };
  if (options.summary) {
    const summary = adequacySummary(result);
    if (summary !== undefined) file.summary = summary;
  }
  return file;
}

function errorText(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
