import type { Severity } from '../../core';
import { countSeverities } from '../results';
import type { Formatter } from './types';

const ANSI = {
  reset: '\u001b[0m',
  bold: '\u001b[1m',
  dim: '\u001b[2m',
  underline: '\u001b[4m',
  red: '\u001b[31m',
  yellow: '\u001b[33m',
  blue: '\u001b[34m',
  gray: '\u001b[90m',
};

const SEVERITY_COLOR: Record<Severity, string> = { error: ANSI.red, warning: ANSI.yellow, info: ANSI.blue, hint: ANSI.gray };

/** Messages longer than this are not padded: the rule id follows them directly. */
const MAX_ALIGNED_MESSAGE = 80;

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * For people (like ESLint's stylish): a header per file with findings, then
 * `line:column  severity  message  rule-id` aligned in columns, then a summary
 * line. Clean files print nothing; a clean run prints nothing.
 */
export const formatStylish: Formatter = (results, options) => {
  const paint = (code: string, text: string): string => (options.color ? `${code}${text}${ANSI.reset}` : text);
  const out: string[] = [];
  for (const r of results) {
    if (r.diagnostics.length === 0 && r.summary === undefined) continue;
    out.push('', paint(ANSI.underline, r.displayPath));
    const rows = r.diagnostics.map((d) => ({ pos: `${d.line}:${d.column}`, d }));
    const posW = Math.max(0, ...rows.map((x) => x.pos.length));
    const sevW = Math.max(0, ...rows.map((x) => x.d.severity.length));
    // Align the rule ids, but not behind one very long message.
    const msgW = Math.min(MAX_ALIGNED_MESSAGE, Math.max(0, ...rows.map((x) => oneLine(x.d.message).length)));
    for (const { pos, d } of rows) {
      out.push(
        `  ${paint(ANSI.dim, pos.padEnd(posW))}  ${paint(SEVERITY_COLOR[d.severity], d.severity.padEnd(sevW))}  ${oneLine(d.message).padEnd(msgW)}  ${paint(ANSI.dim, d.rule)}`,
      );
    }
    if (r.summary !== undefined) {
      out.push('', ...r.summary.replace(/\n$/, '').split('\n').map((l) => `  ${l}`));
    }
  }
  const c = countSeverities(results);
  const total = c.error + c.warning + c.info + c.hint;
  if (total > 0) {
    const parts = [plural(c.error, 'error'), plural(c.warning, 'warning')];
    if (c.info > 0) parts.push(`${c.info} info`);
    if (c.hint > 0) parts.push(plural(c.hint, 'hint'));
    const color = c.error > 0 ? ANSI.red : c.warning > 0 ? ANSI.yellow : ANSI.blue;
    out.push('', paint(ANSI.bold + color, `\u2716 ${plural(total, 'problem')} (${parts.join(', ')})`));
    const fixable = results.reduce((n, r) => n + r.diagnostics.filter((d) => d.fix !== undefined).length, 0);
    if (fixable > 0) out.push(paint(ANSI.bold + color, `  ${fixable} of them ${fixable === 1 ? 'is' : 'are'} fixable with the \`--fix\` option.`));
  }
  return out.length ? `${out.join('\n')}\n` : '';
};

function oneLine(s: string): string {
  return s.replace(/\r?\n/g, ' ');
}
