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

  it('writes the lines a fix inserts with the file\'s own line breaks (CRLF, CR)', () => {
    const broken = CLEAN.replace('  - label: Cognitive Behavioral Therapy Perspective\n    framework: cbt', '  - framework: cbt');
    const lf = fixText(broken).output;
    assert.strictEqual(lf, CLEAN, 'the label goes in as a line of its own, above the framework');
    for (const eol of ['\r\n', '\r']) {
      const { output } = fixText(broken.replace(/\n/g, eol));
      assert.strictEqual(output, lf.replace(/\n/g, eol), `fixed with ${JSON.stringify(eol)} only`);
    }
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

describe('the safe fixes cli.md lists: one clear did-you-mean, a spelling, a label from the framework', () => {
  it('applies a clear enum did-you-mean, a clear key rename, yes for true and the label from the framework', () => {
    const broken = CLEAN.replace('  sex: male', '  sex: mael')
      .replace('subtitle: A Patient', 'subtitel: A Patient')
      .replace('    corresponding: true', '    corresponding: yes')
      .replace('  - label: Cognitive Behavioral Therapy Perspective', '  - label: ""');
    assert.notStrictEqual(broken, CLEAN);
    const { output, result } = fixText(broken);
    assert.strictEqual(output, CLEAN.replace('  - label: Cognitive Behavioral Therapy Perspective', '  - label: "Cognitive Behavioral Therapy Perspective"'));
    assert.deepStrictEqual(result.findings, []);
  });

  it('leaves a did-you-mean with two equally near candidates, and a rename onto a key the map has', () => {
    // "femal" is one edit from "female", but "mal" would be one from "male" and two from "female": take a tie.
    const tie = CLEAN.replace('  sex: male', '  sex: fmale');
    assert.strictEqual(fixText(tie).output, tie, 'fmale is one edit from both female and male');
    const both = CLEAN.replace('subtitle: A Patient', 'subtitel: Another\nsubtitle: A Patient');
    const f = fixText(both);
    assert.strictEqual(f.output, both);
    assert.ok(f.result.findings.some((x) => x.rule === 'schema' && /subtitel/.test(x.message) && x.fixes?.length === 1), 'the rename is still offered');
  });

  it('never applies a route abbreviation a near miss resembles (IMM: IM is offered, not applied; TP may be topical)', () => {
    const broken = CLEAN.replace(/route: \w+/, 'route: IMM');
    assert.notStrictEqual(broken, CLEAN);
    const f = fixText(broken);
    assert.strictEqual(f.output, broken);
    assert.ok(f.result.findings.some((x) => x.rule === 'schema' && /did you mean IM, for intramuscular\?/.test(x.message) && x.fixes?.[0]?.edits[0]?.newText === 'IM'));
  });

  it('never applies a did-you-mean to an open set (an unknown drug)', () => {
    const broken = CLEAN.replace(/drug: duloxetine/, 'drug: duloxetin');
    assert.notStrictEqual(broken, CLEAN);
    assert.strictEqual(fixText(broken).output, broken);
  });
});
