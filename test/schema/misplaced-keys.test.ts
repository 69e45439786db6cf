import * as assert from 'assert';
import { applyEdits, lint } from '../../server/src/core';

describe('a key written at the wrong level', () => {
  it('offers a fix that moves it, with its value, into the map it belongs to', () => {
    const text = 'caselint: 1\npatient:\n  age: 40\nhistory: |\n  Line one.\n  Line two.\nabstract: x\n';
    const f = lint(text).findings.find((x) => x.rule === 'schema' && /belongs under `patient`/.test(x.message));
    assert.ok(f, 'the unknown key names where it belongs');
    const fix = f.fixes?.[0];
    assert.ok(fix);
    assert.strictEqual(fix.title, 'Move `history` under `patient`');
    const fixed = applyEdits(text, fix.edits);
    assert.strictEqual(fixed, 'caselint: 1\npatient:\n  age: 40\n  history: |\n    Line one.\n    Line two.\nabstract: x\n');
    assert.ok(!lint(fixed).findings.some((x) => x.rule === 'schema' && /`history`/.test(x.message)));
  });

  it('moves a top-level key out of a map to the top level', () => {
    const text = 'caselint: 1\npatient:\n  age: 40\n  title: A case\nabstract: x\n';
    const f = lint(text).findings.find((x) => x.rule === 'schema' && /`title` belongs at the top level/.test(x.message));
    assert.ok(f?.fixes?.[0]);
    assert.strictEqual(applyEdits(text, f.fixes[0].edits), 'caselint: 1\npatient:\n  age: 40\nabstract: x\ntitle: A case\n');
  });

  it('names no level for a key that only an object\'s own machinery knows (constructor, toString)', () => {
    const text = 'caselint: 1\npatient:\n  age: 40\nconstructor: x\ntoString: y\nabstract: x\n';
    const messages = lint(text).findings.filter((x) => x.rule === 'schema' && /constructor|toString/.test(x.message)).map((x) => x.message);
    assert.deepStrictEqual(messages, ['unknown key `constructor` at the top level', 'unknown key `toString` at the top level']);
  });

  it('names the list whose items a key belongs to, without a move (which item is the author\'s call)', () => {
    const text = 'caselint: 1\npatient:\n  age: 40\n  code: F33.1\n  outcome: remission\nintegrative_discussion:\n  framework: cbt\nabstract: x\n';
    const found = lint(text).findings.filter((x) => x.rule === 'schema' && /belongs in/.test(x.message));
    assert.deepStrictEqual(found.map((f) => [text.slice(f.start, f.end), f.message, f.fixes?.some((x) => /^Move/.test(x.title)) ?? false]), [
      ['code', 'unknown key `code` under `patient`: `code` belongs in a `diagnoses` item', false],
      ['outcome', 'unknown key `outcome` under `patient`: `outcome` belongs in an item of `treatment_history` or `interventions`', false],
      ['framework', 'unknown key `framework` under `integrative_discussion`: `framework` belongs in a `perspectives` item', false],
    ]);
  });

  it('names the map a key in a list item belongs to, and moves nothing out of the item', () => {
    const text = 'caselint: 1\npatient:\n  age: 40\ndiagnoses:\n  - name: major depressive disorder\n    history: x\nabstract: x\n';
    const f = lint(text).findings.find((x) => x.rule === 'schema' && /`history`/.test(x.message));
    assert.strictEqual(f?.message, 'unknown key `history` in `diagnoses[0]`: `history` belongs under `patient`');
    assert.ok(!f.fixes?.some((x) => /^Move/.test(x.title)));
  });
});
