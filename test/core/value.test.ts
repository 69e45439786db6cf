/**
 * The plain data of a document (what the schema is checked on and hover and
 * completion read) is built by a walk of its own for plain trees
 * (document.ts plainValue); it must be what the yaml library's toJS gives.
 */
import * as assert from 'assert';
import { CaseDocument, TOO_DEEP } from '../../server/src/core';
import { loadCorpus, mutant } from '../fuzz/mutate';

const MAX_ALIAS_COUNT = 100; // document.ts MAX_ALIAS_COUNT

function libraryValue(doc: CaseDocument): unknown {
  try {
    return doc.yaml.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch {
    return undefined;
  }
}

describe('the plain data of a document', () => {
  const corpus = loadCorpus();

  it('is what the yaml library gives, on the samples, fixtures, regression inputs and 2,000 mutants', () => {
    const texts = [...corpus.map((f) => ({ name: f.name, text: f.text })), ...Array.from({ length: 2000 }, (_, i) => {
      const m = mutant(corpus, i + 1);
      return { name: `mutant ${i + 1}`, text: m.text };
    })];
    let compared = 0;
    for (const { name, text } of texts) {
      const doc = new CaseDocument(text);
      // Too deep to parse: no tree, and no data (TOO_DEEP is the finding).
      if (doc.problems.some((p) => p.message === TOO_DEEP)) continue;
      assert.deepStrictEqual(doc.value, libraryValue(doc), name);
      compared++;
    }
    assert.ok(compared > texts.length * 0.8, `${compared} of ${texts.length} compared`);
  });

  it('keeps the library\'s reading of keys: empty and null keys, numbers, duplicates, __proto__, and merge keys left to it', () => {
    const text = [
      'a: 1', '? null', ': 2', '"": 3', '1: one', '1.50: x', 'true: t', 'dup: first', 'dup: second', '__proto__: p',
      'list: [1, "2", {b: c}]', 'm: { x: 1 }', 'base: &b { k: v }', 'merged: { <<: *b, j: w }',
    ].join('\n');
    const doc = new CaseDocument(text);
    assert.deepStrictEqual(doc.value, libraryValue(doc));
    const plain = new CaseDocument(text.split('\n').filter((l) => !/&b|<</.test(l)).join('\n'));
    assert.deepStrictEqual(plain.value, libraryValue(plain));
    assert.ok(Object.prototype.hasOwnProperty.call(plain.value, '__proto__'), '__proto__ is an own key, as toJS makes it');
  });
});
