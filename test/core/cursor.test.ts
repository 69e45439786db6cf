import * as assert from 'assert';
import { CaseDocument, cursorAt, type Cursor } from '../../server/src/core';
import { lineShape, wordAt } from '../../server/src/core/cursor/line';
import { nodeAt } from '../../server/src/core/cursor/tree';

/** Parse `src` with `$0` marking the cursor, and locate the cursor. */
function at(src: string): Cursor & { doc: CaseDocument } {
  const offset = src.indexOf('$0');
  assert.ok(offset >= 0, 'test text needs a $0 cursor marker');
  const doc = new CaseDocument(src.replace('$0', ''));
  return { ...cursorAt(doc, offset), doc };
}

describe('cursor', () => {
  describe('block maps', () => {
    it('on a key: the key, its path and the other keys of its map', () => {
      const p = at('patient:\n  age: 61\n  se$0x: male\n');
      assert.strictEqual(p.kind, 'key');
      assert.deepStrictEqual(p.path, ['patient', 'sex']);
      assert.deepStrictEqual(p.parentPath, ['patient']);
      assert.strictEqual(p.token.text, 'sex');
      assert.strictEqual(p.prefix, 'se');
      assert.deepStrictEqual(p.presentKeys, ['age']);
    });

    it('on a value: the pair path, the value token and the text before the cursor', () => {
      const p = at('patient:\n  age: 61\n  sex: ma$0le # a comment\n');
      assert.strictEqual(p.kind, 'value');
      assert.deepStrictEqual(p.path, ['patient', 'sex']);
      assert.strictEqual(p.key, 'sex');
      assert.strictEqual(p.token.text, 'male');
      assert.strictEqual(p.prefix, 'ma');
    });

    it('on an empty value after `key: ` and right after the colon', () => {
      for (const src of ['patient:\n  sex: $0\n', 'patient:\n  sex:$0\n']) {
        const p = at(src);
        assert.strictEqual(p.kind, 'value', src);
        assert.deepStrictEqual(p.path, ['patient', 'sex'], src);
        assert.strictEqual(p.token.text, '', src);
        assert.strictEqual(p.token.start, src.indexOf('$0'), src);
      }
    });

    it('keeps the space after a number, so a unit can follow', () => {
      const p = at('treatment_history:\n  - drug: duloxetine\n    dose: 60 $0\n');
      assert.strictEqual(p.kind, 'value');
      assert.deepStrictEqual(p.path, ['treatment_history', 0, 'dose']);
      assert.strictEqual(p.prefix, '60 ');
    });

    it('on a new line inside a map, indentation decides the parent', () => {
      const src = 'patient:\n  age: 61\n  $0\ntitle: x\n';
      const inner = at(src);
      assert.strictEqual(inner.kind, 'key');
      assert.deepStrictEqual(inner.parentPath, ['patient']);
      assert.deepStrictEqual(inner.presentKeys, ['age']);
      const outer = at('patient:\n  age: 61\n$0\ntitle: x\n');
      assert.deepStrictEqual(outer.parentPath, []);
      assert.deepStrictEqual(outer.presentKeys.sort(), ['patient', 'title']);
    });

    it('the first key under an empty parent goes into that parent', () => {
      const p = at('title: x\npatient:\n  $0\ndiagnoses: []\n');
      assert.strictEqual(p.kind, 'key');
      assert.deepStrictEqual(p.parentPath, ['patient']);
    });

    it('a new line in a list item map belongs to that item', () => {
      const p = at('treatment_history:\n  - drug: a\n  - drug: b\n    dose: 60 mg/day\n    $0\n  - drug: c\n');
      assert.strictEqual(p.kind, 'key');
      assert.deepStrictEqual(p.parentPath, ['treatment_history', 1]);
      assert.deepStrictEqual(p.presentKeys, ['drug', 'dose']);
    });

    it('a word without a colon yet is a key being typed', () => {
      const p = at('treatment_history:\n  - drug: b\n    class: SSRI\n    do$0\n');
      assert.strictEqual(p.kind, 'key');
      assert.deepStrictEqual(p.parentPath, ['treatment_history', 0]);
      assert.strictEqual(p.prefix, 'do');
      assert.ok(!p.presentKeys.includes('do'));
    });
  });

  describe('lists', () => {
    it('after a new `- ` the position is the next item of the list', () => {
      const p = at('treatment_history:\n  - drug: a\n    dose: 60 mg/day\n  - $0\n');
      assert.strictEqual(p.kind, 'item');
      assert.deepStrictEqual(p.parentPath, ['treatment_history']);
      assert.deepStrictEqual(p.path, ['treatment_history', 1]);
    });

    it('a blank line at the column of the list markers is a new item', () => {
      const p = at('treatment_history:\n  - drug: a\n  $0\n');
      assert.strictEqual(p.kind, 'item');
      assert.deepStrictEqual(p.path, ['treatment_history', 1]);
    });

    it('a key on a `- key:` line belongs to that item', () => {
      const p = at('treatment_history:\n  - drug: a\n  - drug: $0\n    class: SSRI\n');
      assert.strictEqual(p.kind, 'value');
      assert.deepStrictEqual(p.path, ['treatment_history', 1, 'drug']);
    });

    it('a scalar item of a list of strings', () => {
      const p = at('keywords:\n  - ketamine\n  - dep$0\n');
      assert.strictEqual(p.kind, 'item');
      assert.deepStrictEqual(p.path, ['keywords', 1]);
      assert.strictEqual(p.prefix, 'dep');
    });
  });

  describe('flow collections', () => {
    const admin = 'interventions:\n  - sessions:\n      - administrations:\n          - { drug: ketamine, ';
    it('an empty value in a flow map', () => {
      const p = at(admin + 'route: $0 }\n');
      assert.strictEqual(p.kind, 'value');
      assert.ok(p.inFlow);
      assert.strictEqual(p.key, 'route');
      assert.deepStrictEqual(p.path, ['interventions', 0, 'sessions', 0, 'administrations', 0, 'route']);
      assert.strictEqual(p.prefix, '');
    });

    it('a key being typed in a flow map, with the keys already there', () => {
      const p = at(admin + 'ro$0 }\n');
      assert.strictEqual(p.kind, 'key');
      assert.strictEqual(p.prefix, 'ro');
      assert.deepStrictEqual(p.parentPath, ['interventions', 0, 'sessions', 0, 'administrations', 0]);
      assert.deepStrictEqual(p.presentKeys, ['drug']);
    });

    it('an unclosed flow map at the end of the text', () => {
      const p = at(admin + 'route: sub$0');
      assert.strictEqual(p.kind, 'value');
      assert.strictEqual(p.key, 'route');
      assert.strictEqual(p.prefix, 'sub');
    });

    it('an item of a flow list', () => {
      const p = at('interventions:\n  - concurrent: [duloxetine 60 mg/day, bup$0]\n');
      assert.strictEqual(p.kind, 'item');
      assert.deepStrictEqual(p.path, ['interventions', 0, 'concurrent', 1]);
      assert.strictEqual(p.token.text, 'bup');
    });
  });

  describe('block scalars and comments', () => {
    it('inside a block scalar is prose, with the word at the cursor', () => {
      const p = at('patient:\n  history: |\n    Tried duloxetine.\n    Then keta$0mine twice.\ntitle: x\n');
      assert.strictEqual(p.kind, 'prose');
      assert.deepStrictEqual(p.path, ['patient', 'history']);
      assert.strictEqual(p.token.text, 'ketamine');
    });

    it('a later line of a multi-line plain scalar is prose too', () => {
      const p = at('deidentification:\n  statement: Details that could\n    identify the pat$0ient were changed.\n  consent: obtained\n');
      assert.strictEqual(p.kind, 'prose');
      assert.deepStrictEqual(p.path, ['deidentification', 'statement']);
      assert.strictEqual(p.token.text, 'patient');
    });

    it('the key line of a block scalar is not prose', () => {
      const p = at('patient:\n  hist$0ory: |\n    text\n');
      assert.strictEqual(p.kind, 'key');
    });

    it('in a comment there is nothing', () => {
      assert.strictEqual(at('title: x # a not$0e\n').kind, 'none');
      assert.strictEqual(at('# head$0er\ntitle: x\n').kind, 'none');
    });
  });

  describe('helpers', () => {
    it('nodeAt finds a key and a nested value by offset', () => {
      const text = 'a:\n  b:\n    - x\n    - yz\n';
      const doc = new CaseDocument(text);
      assert.deepStrictEqual(nodeAt(doc, text.indexOf('yz') + 1).path, ['a', 'b', 1]);
      const onKey = nodeAt(doc, text.indexOf('b:'));
      assert.ok(onKey.onKey);
      assert.deepStrictEqual(onKey.path, ['a', 'b']);
    });

    it('lineShape reads indentation, list markers and the key', () => {
      const s = lineShape('  - - drug: x');
      assert.deepStrictEqual(s.dashes, [2, 4]);
      assert.strictEqual(s.content, 6);
      assert.strictEqual(s.key?.text, 'drug');
      assert.strictEqual(lineShape('  url: http://example.org').key?.text, 'url');
      assert.strictEqual(lineShape('  "quoted key": 1').key?.text, 'quoted key');
    });

    it('wordAt drops sentence punctuation', () => {
      const text = 'took sertraline. Then';
      assert.strictEqual(wordAt(text, text.indexOf('line')).text, 'sertraline');
    });
  });

  it('never throws on odd input', () => {
    const texts = ['', '\n\n', ':', '- - -', '{[', 'a: [b, {c: ', 'a: |\n', '"unterminated: x', '\t- x'];
    for (const t of texts) {
      for (let o = 0; o <= t.length; o++) cursorAt(new CaseDocument(t), o);
    }
  });
});
