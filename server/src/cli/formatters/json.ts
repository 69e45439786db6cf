import type { Formatter } from './types';

/**
 * The `json` format (README, The command line): one array, one element per file (sorted by path),
 * `{file, diagnostics: [{rule, severity, message, line, column, endLine, endColumn}]}`,
 * 1-based lines and columns, `endColumn` exclusive.
 */
export const formatJson: Formatter = (results) => {
  const out = results.map((r) => {
    const element: Record<string, unknown> = {
      file: r.displayPath,
      diagnostics: r.diagnostics.map((d) => ({
        rule: d.rule,
        severity: d.severity,
        message: d.message,
        line: d.line,
        column: d.column,
        endLine: d.endLine,
        endColumn: d.endColumn,
      })),
    };
    if (r.summary !== undefined) element.summary = r.summary;
    return element;
  });
  return `${JSON.stringify(out, null, 2)}\n`;
};
