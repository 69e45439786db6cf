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
});
