import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { chooseSafeFixes, fixText, MAX_FIX_PASSES, type Finding, type Rule } from '../../server/src/core';
import { samplesDir } from '../support/paths';

const CLEAN = fs.readFileSync(path.join(samplesDir, 'clean', 'ketamine-kap-cross-talk.case.yaml'), 'utf8');

function finding(start: number, end: number, newText: string, safe = true): Finding {
  return {
    rule: 'quantity-format',
    severity: 'error',
    message: 'm',
    start,
    end,
    range: { start: { line: 0, character: start }, end: { line: 0, character: end } },
    fixes: [{ title: 't', edits: [{ start, end, newText }], safe }],
  };
}

describe('fixText (core/fix.ts): the engine\'s --fix', () => {
  it('applies every safe fix, and only safe ones, then lints what is left', () => {
    const broken = CLEAN.replace('weight: 82 kg', 'weight: 82kg').replace('dose: 150 mg/day', 'dose: 150mg/day');
    const { output, fixed, result } = fixText(broken);
    assert.strictEqual(output, CLEAN);
    assert.strictEqual(fixed, 2);
    assert.deepStrictEqual(result.findings, []);
    assert.deepStrictEqual(fixText(CLEAN).output, CLEAN, 'a clean text is unchanged');
  });

  it('keeps a BOM, and leaves a refused (binary) text alone', () => {
    const broken = `\ufeff${CLEAN.replace('weight: 82 kg', 'weight: 82kg')}`;
    assert.strictEqual(fixText(broken).output, `\ufeff${CLEAN}`);
    assert.strictEqual(fixText('a\u0000b').output, 'a\u0000b');
  });

  it('never chooses two overlapping edits (nor two inserts at one place); the earlier one wins', () => {
    const chosen = chooseSafeFixes([finding(0, 5, 'a'), finding(3, 8, 'b'), finding(8, 8, 'c'), finding(8, 8, 'd'), finding(9, 10, 'e', false), finding(10, 12, 'f')]);
    assert.deepStrictEqual(chosen.map((f) => f.edits[0]!.newText), ['a', 'c', 'f']);
  });

  it('stops after MAX_FIX_PASSES passes when fixes keep finding more to fix', () => {
    const endless: Rule = {
      meta: { id: 'endless', description: 'always has one more fix', defaultSeverity: 'warning', category: 'structure' },
      check(ctx) {
        ctx.report({ start: 0, end: 0, message: 'more', fixes: [{ title: 'add', edits: [{ start: 0, end: 0, newText: '#' }], safe: true }] });
      },
    };
    const { output, fixed } = fixText('caselint: 1\n', { rules: [endless] });
    assert.strictEqual(MAX_FIX_PASSES, 10);
    assert.strictEqual(fixed, MAX_FIX_PASSES);
    assert.strictEqual(output, `${'#'.repeat(MAX_FIX_PASSES)}caselint: 1\n`);
  });
});
