import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { lint } from '../../server/src/core';
import { samplesDir } from '../support/paths';

const CLEAN = fs.readFileSync(path.join(samplesDir, 'clean', 'ketamine-kap-cross-talk.case.yaml'), 'utf8');

describe('aliases that name no anchor, and documents that cannot be read as data', () => {
  it('reports an undefined alias at its `*` and checks the rest of the document as usual', () => {
    const text = CLEAN.replace(/\n {2}occupation: [^\n]*/, '\n  occupation: *nosuch');
    const { findings } = lint(text);
    const at = text.indexOf('*nosuch');
    const syntax = findings.filter((f) => f.rule === 'yaml-syntax');
    assert.deepStrictEqual(syntax.map((f) => [f.start, f.end]), [[at, at + '*nosuch'.length]]);
    assert.match(syntax[0]!.message, /^the alias \*nosuch names no anchor; set &nosuch on a value before it/);
    // The rest was read: no rule thinks the references, the consent or the weight are missing.
    assert.deepStrictEqual(findings.filter((f) => f.rule !== 'yaml-syntax' && f.start !== at).map((f) => f.rule), []);
  });

  it('resolves an alias to an anchor set before it, and reports one that comes after', () => {
    const { findings, document } = lint('caselint: 1\nfirst: &a x\nsecond: *a\nthird: *b\nfourth: &b y\n');
    assert.strictEqual((document.value as Record<string, unknown>).second, 'x');
    assert.deepStrictEqual(findings.filter((f) => f.rule === 'yaml-syntax').map((f) => f.message.slice(0, 30)), ['the alias *b names no anchor; ']);
  });

  it('gives only the syntax finding for aliases that expand past the limit, not findings of an empty document', () => {
    const bomb = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 6; i++) bomb.push(`a${i}: &a${i} [${Array.from({ length: 10 }, () => `*a${i - 1}`).join(', ')}]`);
    const text = CLEAN.replace('\nabstract:', `\nbomb:\n${bomb.map((l) => `  ${l}`).join('\n')}\nabstract:`);
    const { findings } = lint(text);
    assert.deepStrictEqual(findings.map((f) => f.rule), ['yaml-syntax']);
    assert.match(findings[0]!.message, /aliases expand to too many nodes/);
  });
});

describe('an unterminated quote', () => {
  it('gives its syntax finding only: the rest of the text reads as part of the value, not as the document', () => {
    for (const q of ['"', "'"]) {
      const text = CLEAN.replace(/^title: /m, `title: ${q}`);
      const { findings } = lint(text);
      assert.deepStrictEqual(findings.map((f) => [f.rule, f.start]), [['yaml-syntax', text.indexOf(`title: ${q}`) + 'title: '.length]], q);
      assert.match(findings[0]!.message, /quoted value is never closed: add the closing .* it was not checked/);
    }
  });
});
