import { lint, type LintOptions, type LintResult } from './engine';
import { applyEdits } from './text';
import type { Finding, Fix, TextEdit } from './types';

/** At most this many lint-and-fix passes (a fix may reveal another). */
export const MAX_FIX_PASSES = 10;

/** The finding's safe fix, if it has one with edits. */
export function safeFix(finding: Finding): Fix | undefined {
  return finding.fixes?.find((f) => f.safe === true && f.edits.length > 0);
}

/**
 * The safe fixes of a lint, first by position, leaving out any fix with an
 * edit that overlaps (or inserts at the same place as) one already chosen.
 */
export function chooseSafeFixes(findings: readonly Finding[]): Fix[] {
  const candidates = findings.flatMap((f) => {
    const fix = safeFix(f);
    return fix ? [fix] : [];
  });
  candidates.sort((a, b) => firstStart(a) - firstStart(b));
  const chosen: TextEdit[] = [];
  const out: Fix[] = [];
  for (const fix of candidates) {
    const overlaps = fix.edits.some((e) => chosen.some((c) => (e.start < c.end && c.start < e.end) || e.start === c.start));
    if (overlaps) continue;
    chosen.push(...fix.edits);
    out.push(fix);
  }
  return out;
}

function firstStart(fix: Fix): number {
  return Math.min(...fix.edits.map((e) => e.start));
}

export interface FixResult {
  /** The text with every safe fix applied (the input when there was none). */
  output: string;
  /** How many fixes were applied, over all passes. */
  fixed: number;
  /** The lint of `output`: what is left. */
  result: LintResult;
}

/**
 * Apply safe fixes until none is left or MAX_FIX_PASSES passes have run
 * (the editor's "Fix all", repeated). Never throws.
 */
export function fixText(text: string, options: LintOptions = {}): FixResult {
  let output = text;
  let fixed = 0;
  let result = lint(output, options);
  for (let pass = 0; pass < MAX_FIX_PASSES && !result.refused; pass++) {
    const fixes = chooseSafeFixes(result.findings);
    if (fixes.length === 0) break;
    // Edits are offsets into the text without its BOM (what the engine parsed).
    const bom = output.charCodeAt(0) === 0xfeff ? '\ufeff' : '';
    const eol = lineBreakOf(output);
    const edits = fixes.flatMap((f) => f.edits).map((e) => (eol === '\n' ? e : { ...e, newText: e.newText.replace(/\r\n|\r|\n/g, eol) }));
    const next = bom + applyEdits(output.slice(bom.length), edits);
    if (next === output) break;
    output = next;
    fixed += fixes.length;
    result = lint(output, options);
  }
  return { output, fixed, result };
}

/** The text's line break (its first one; LF when it has none): the lines a fix inserts use it too. */
export function lineBreakOf(text: string): string {
  const i = text.search(/[\r\n]/);
  if (i === -1 || text[i] === '\n') return '\n';
  return text[i + 1] === '\n' ? '\r\n' : '\r';
}
