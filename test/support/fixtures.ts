import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { lint, type CaselintConfig, type Finding } from '../../server/src/core';

/**
 * Inline expectations (CONTRIBUTING.md, Add a rule):
 *
 *     duration: 3 weeks
 *   #           ^^^^^^^ trial-duration-inadequate "3 weeks"
 *
 * A `^` run marks the exact columns of a finding on the nearest line above
 * that is not itself an annotation; an optional quoted text must occur in the
 * message. `# <- rule-id "text"` at the end of a line marks a finding that
 * starts on that line (any columns); alone on its line, it marks the line
 * above. Header comments:
 *   # scope: rule-a, rule-b   (default: the fixture folder's name; `all` for every rule)
 *   # config: { ...JSON... }  (a configuration for this fixture)
 */
export interface Expectation {
  line: number;
  startChar?: number;
  endChar?: number;
  rule: string;
  text?: string;
  source: string;
}

export interface Fixture {
  file: string;
  text: string;
  scope: Set<string> | 'all';
  config: CaselintConfig;
  expectations: Expectation[];
}

const CARET = /^(\s*#\s*)(\^+)\s+([a-z0-9-]+)(?:\s+"([^"]*)")?\s*$/;
const ARROW = /#\s*<-\s+([a-z0-9-]+)(?:\s+"([^"]*)")?\s*$/;

export function readFixture(file: string, defaultScope: string): Fixture {
  const text = fs.readFileSync(file, 'utf8');
  const lines = text.split(/\r?\n/);
  let scope: Set<string> | 'all' = new Set([defaultScope]);
  let config: CaselintConfig = {};
  const expectations: Expectation[] = [];
  let lastContentLine = -1;
  lines.forEach((line, i) => {
    const header = /^#\s*(scope|config):\s*(.*)$/.exec(line);
    if (header && lastContentLine === -1) {
      if (header[1] === 'scope') {
        const v = (header[2] ?? '').trim();
        scope = v === 'all' ? 'all' : new Set(v.split(/[\s,]+/).filter(Boolean));
      } else {
        config = JSON.parse(header[2] ?? '{}') as CaselintConfig;
      }
      return;
    }
    const caret = CARET.exec(line);
    if (caret) {
      assert.ok(lastContentLine >= 0, `${file}:${i + 1}: an annotation needs a line above it`);
      const startChar = (caret[1] ?? '').length;
      expectations.push({
        line: lastContentLine,
        startChar,
        endChar: startChar + (caret[2] ?? '').length,
        rule: caret[3] as string,
        text: caret[4],
        source: `${path.basename(file)}:${i + 1}`,
      });
      return;
    }
    const arrow = ARROW.exec(line);
    const standalone = line.trimStart().startsWith('#');
    if (arrow) {
      const target = standalone ? lastContentLine : i;
      assert.ok(target >= 0, `${file}:${i + 1}: an annotation needs a line above it`);
      expectations.push({ line: target, rule: arrow[1] as string, text: arrow[2], source: `${path.basename(file)}:${i + 1}` });
    }
    if (!arrow || !standalone) lastContentLine = i;
  });
  return { file, text, scope, config, expectations };
}

function describeFinding(f: Finding): string {
  const { start, end } = f.range;
  return `${f.rule} at ${start.line + 1}:${start.character + 1}-${end.line + 1}:${end.character + 1} "${f.message}"`;
}

function matches(e: Expectation, f: Finding): boolean {
  if (e.rule !== f.rule || f.range.start.line !== e.line) return false;
  if (e.startChar !== undefined && (f.range.start.character !== e.startChar || f.range.end.character !== e.endChar || f.range.end.line !== e.line)) {
    return false;
  }
  return e.text === undefined || f.message.includes(e.text);
}

/** Lint the fixture and compare every in-scope finding with the annotations, both ways. */
export function checkFixture(fx: Fixture): Finding[] {
  const result = lint(fx.text, { config: fx.config });
  const inScope = result.findings.filter((f) => fx.scope === 'all' || fx.scope.has(f.rule));
  const unmatched = [...inScope];
  const missing: Expectation[] = [];
  for (const e of fx.expectations) {
    const idx = unmatched.findIndex((f) => matches(e, f));
    if (idx === -1) missing.push(e);
    else unmatched.splice(idx, 1);
  }
  const problems: string[] = [];
  for (const e of missing) {
    const cols = e.startChar !== undefined ? `:${e.startChar + 1}-${(e.endChar ?? 0) + 1}` : '';
    problems.push(`expected ${e.rule} at line ${e.line + 1}${cols}${e.text ? ` containing "${e.text}"` : ''} (${e.source})`);
  }
  for (const f of unmatched) problems.push(`unexpected ${describeFinding(f)}`);
  if (result.failures.length > 0) {
    problems.push(...result.failures.map((x) => `rule ${x.rule} threw: ${String(x.error)}`));
  }
  if (problems.length > 0) {
    const seen = result.findings.map((f) => '  ' + describeFinding(f)).join('\n');
    assert.fail(`${path.relative(process.cwd(), fx.file)}\n${problems.join('\n')}\nall findings:\n${seen}`);
  }
  return result.findings;
}
