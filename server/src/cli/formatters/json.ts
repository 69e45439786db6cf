import type { CliDiagnostic } from '../results';
import type { Formatter } from './types';

/**
 * The `json` format (README, The command line): one array, one element per file (sorted by path),
 * `{file, diagnostics: [{rule, severity, message, line, column, endLine, endColumn}]}`,
 * 1-based lines and columns, `endColumn` exclusive; a fixable diagnostic's
 * `fix` (`{edits: [{line, column, endLine, endColumn, text}]}`), findings a
 * directive silenced under `suppressed` (each with its `suppression`), and
 * with --fix-dry-run the fixed text as `output`.
 */
export const formatJson: Formatter = (results) => {
  const out = results.map((r) => {
    const element: Record<string, unknown> = { file: r.displayPath, diagnostics: r.diagnostics.map(diagnostic) };
    if (r.suppressed.length > 0) {
      element.suppressed = r.suppressed.map((d) => ({ ...diagnostic(d), suppression: d.suppression }));
    }
    if (r.output !== undefined) element.output = r.output;
    if (r.fixed !== undefined) element.fixed = r.fixed;
    if (r.summary !== undefined) element.summary = r.summary;
    return element;
  });
  return `${JSON.stringify(out, null, 2)}\n`;
};

function diagnostic(d: CliDiagnostic): Record<string, unknown> {
  const o: Record<string, unknown> = {
    rule: d.rule,
    severity: d.severity,
    message: d.message,
    line: d.line,
    column: d.column,
    endLine: d.endLine,
    endColumn: d.endColumn,
  };
  if (d.fix) o.fix = d.fix;
  return o;
}
