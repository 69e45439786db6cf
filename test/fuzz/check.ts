import { isMap, isPair, isSeq } from 'yaml';
import { LineIndex, lint, MAX_FINDINGS, MAX_NESTING, stripBom, type LintResult } from '../../server/src/core';

/** More than this for one document is a failure. */
export const TIME_LIMIT_MS = 2000;

const SEVERITIES = new Set(['error', 'warning', 'info', 'hint']);

/** What is wrong with a lint result (empty when nothing is): the failures the campaign looks for. */
export function problemsOf(result: LintResult, ms: number, source: string): string[] {
  const out: string[] = [];
  // A refused text was not parsed: its one finding sits in the text itself.
  const text = result.refused ? stripBom(source) : result.document.text;
  const lines = result.refused ? new LineIndex(text) : result.document.lines;
  for (const f of result.failures) out.push(`rule ${f.rule} failed: ${f.error instanceof Error ? f.error.name : typeof f.error}`);
  if (ms > TIME_LIMIT_MS) out.push(`took ${Math.round(ms)} ms`);
  if (result.findings.length > MAX_FINDINGS + 1) out.push(`${result.findings.length} findings`);
  for (const f of result.findings) {
    const where = `${f.rule} at ${f.start}-${f.end}`;
    if (typeof f.rule !== 'string' || !SEVERITIES.has(f.severity)) out.push(`${where}: bad rule or severity`);
    if (typeof f.message !== 'string' || f.message.length === 0 || f.message.length > 600) out.push(`${where}: message of ${String(f.message).length} characters`);
    if (!(f.start >= 0 && f.start <= f.end && f.end <= text.length)) out.push(`${where}: offsets outside the document`);
    const { start, end } = f.range;
    if (start.line > end.line || (start.line === end.line && start.character > end.character)) out.push(`${where}: range ends before it starts`);
    for (const p of [start, end]) {
      if (p.line < 0 || p.line >= lines.lineCount || p.character < 0 || p.character > lines.lineText(p.line).length) {
        out.push(`${where}: position ${p.line}:${p.character} outside its line`);
      }
    }
    const expected = lines.range(f);
    if (JSON.stringify(expected) !== JSON.stringify(f.range)) out.push(`${where}: range does not match the offsets`);
  }
  try {
    JSON.parse(JSON.stringify(result.findings));
  } catch {
    out.push('findings are not valid JSON');
  }
  if (treeDepth(result.document.yaml.contents) > MAX_NESTING) out.push('the tree nests deeper than MAX_NESTING');
  if (({} as Record<string, unknown>)['polluted'] !== undefined) out.push('Object.prototype was polluted');
  return out;
}

function treeDepth(root: unknown): number {
  let max = 0;
  const stack: [unknown, number][] = [[root, 1]];
  while (stack.length > 0) {
    const [node, d] = stack.pop()!;
    if (!isMap(node) && !isSeq(node)) continue;
    max = Math.max(max, d);
    for (const item of node.items as unknown[]) {
      if (isPair(item)) {
        stack.push([item.key, d + 1], [item.value, d + 1]);
      } else stack.push([item, d + 1]);
    }
  }
  return max;
}

/** CPU time in ms: on a shared machine, wall time also counts the other processes. */
export function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** Lint one text and say what is wrong (an exception is a failure too). */
export function checkText(text: string): string[] {
  const t0 = cpuMs();
  let result: LintResult;
  try {
    result = lint(text);
  } catch (e) {
    return [`lint threw ${e instanceof Error ? e.name : typeof e}`];
  }
  return problemsOf(result, cpuMs() - t0, text);
}

/**
 * Shrink `text` while `fails` holds: drop halves, then lines, then characters
 * (delta debugging, bounded so minimising never takes long).
 */
export function minimise(text: string, fails: (t: string) => boolean, budget = 400): string {
  let cur = text;
  for (const unit of ['\n', '']) {
    if (unit === '' && cur.length > 2000) break;
    let parts = unit === '\n' ? cur.split('\n') : [...cur];
    for (let chunk = Math.max(1, parts.length >> 1); chunk >= 1 && budget > 0; chunk >>= 1) {
      for (let i = 0; i < parts.length && budget > 0; ) {
        const trial = [...parts.slice(0, i), ...parts.slice(i + chunk)];
        budget--;
        if (trial.length < parts.length && fails(trial.join(unit))) parts = trial;
        else i += chunk;
      }
    }
    cur = parts.join(unit);
  }
  return cur;
}
