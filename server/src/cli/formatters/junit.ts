import type { Formatter } from './types';

/** Escape text for XML content and attributes; drop characters XML 1.0 forbids. */
export function escapeXml(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const ch = s[i]!;
    if (ch === '&') out += '&amp;';
    else if (ch === '<') out += '&lt;';
    else if (ch === '>') out += '&gt;';
    else if (ch === '"') out += '&quot;';
    else if (ch === "'") out += '&apos;';
    else if (c === 0x9) out += '&#9;';
    else if (c === 0xa) out += '&#10;';
    else if (c === 0xd) out += '&#13;';
    else if (c < 0x20 || c === 0xfffe || c === 0xffff) out += '\uFFFD';
    else if (c >= 0xd800 && c <= 0xdbff) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += ch + s[i + 1]!;
        i++;
      } else out += '\uFFFD';
    } else if (c >= 0xdc00 && c <= 0xdfff) out += '\uFFFD';
    else out += ch;
  }
  return out;
}

/**
 * JUnit XML: one <testsuite> per file, one <testcase> per finding (a
 * <failure> whose type is the severity), or one passing <testcase> for a
 * clean file.
 */
export const formatJunit: Formatter = (results) => {
  const lines: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  let tests = 0;
  let failures = 0;
  const suites: string[] = [];
  for (const r of results) {
    const file = escapeXml(r.displayPath);
    const cases: string[] = [];
    if (r.diagnostics.length === 0) {
      cases.push(`    <testcase classname="${file}" name="${file}" time="0" />`);
    }
    for (const d of r.diagnostics) {
      const where = `${d.line}:${d.column}`;
      const name = escapeXml(`${d.rule} at ${where}`);
      const text = escapeXml(`${r.displayPath}:${where}: ${d.severity}: ${d.message} (${d.rule})`);
      cases.push(
        `    <testcase classname="${file}" name="${name}" time="0">`,
        `      <failure message="${escapeXml(d.message)}" type="${d.severity}">${text}</failure>`,
        '    </testcase>',
      );
    }
    const n = Math.max(1, r.diagnostics.length);
    tests += n;
    failures += r.diagnostics.length;
    suites.push(
      `  <testsuite name="${file}" tests="${n}" failures="${r.diagnostics.length}" errors="0" skipped="0" time="0">`,
      ...cases,
      '  </testsuite>',
    );
  }
  lines.push(`<testsuites name="caselint" tests="${tests}" failures="${failures}" errors="0" time="0">`, ...suites, '</testsuites>');
  return `${lines.join('\n')}\n`;
};
