import * as assert from 'assert';
import { lint, type Finding } from '../../server/src/core';

/*
 * What a user sees of a de-identification finding (test/phi/known-misses-*.test.ts):
 * the rule that reports, the range it covers, and a message that quotes
 * nothing of what it found.
 */

/** A case document whose history is `line`, on line 6 (index 5), from column 5 (index 4). */
export const historyDoc = (line: string): string =>
  `caselint: 1\ntype: case-report\ntitle: A case\npatient:\n  history: |\n    ${line}\n`;
const LINE = 5;
const COLUMN = 4;

export function findingsOf(text: string, rule: string): Finding[] {
  return lint(text).findings.filter((f) => f.rule === rule);
}

/**
 * Each finding of `rule` on the history line `line`: [the text under its
 * range, its start column in the line]; asserts that the range stays on the
 * line and that the message quotes no word of what the range covers.
 */
export function seen(line: string, rule: string): [string, number][] {
  const text = historyDoc(line);
  return findingsOf(text, rule).map((f) => {
    assert.strictEqual(f.range.start.line, LINE, `${rule} on line ${f.range.start.line + 1}`);
    assert.strictEqual(f.range.end.line, LINE);
    const under = text.slice(f.start, f.end);
    for (const word of under.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1)) {
      assert.ok(!f.message.includes(word), `the message quotes "${word}": ${f.message}`);
    }
    return [under, f.range.start.character - COLUMN];
  });
}
