import type { Severity } from '../../core';
import type { Formatter } from './types';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

/** GitHub workflow commands: the message escapes % CR LF; property values also escape : and ,. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=<rule>::<message>`, one line per finding. */
export const formatGithub: Formatter = (results) => {
  const lines: string[] = [];
  for (const r of results) {
    for (const d of r.diagnostics) {
      const props = [
        `file=${escapeProperty(r.displayPath)}`,
        `line=${d.line}`,
        `col=${d.column}`,
        `endLine=${d.endLine}`,
        `endColumn=${d.endColumn}`,
        `title=${escapeProperty(d.rule)}`,
      ].join(',');
      lines.push(`::${COMMAND[d.severity]} ${props}::${escapeData(d.message)}`);
    }
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
};
