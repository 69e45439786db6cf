import * as assert from 'assert';
import { CaseDocument } from '../../server/src/core';
import { findCitations, referenceEntries, scanCitations } from '../../server/src/core/citations';

function keys(text: string): string[] {
  return scanCitations(text).map((c) => c.key);
}

describe('citation scanner', () => {
  it('reads Pandoc citations: single, several, locators, prefixes, suppressed author', () => {
    assert.deepStrictEqual(keys('[@star-d]'), ['star-d']);
    assert.deepStrictEqual(keys('as shown [@star-d; @thase-1997].'), ['star-d', 'thase-1997']);
    assert.deepStrictEqual(keys('[@dore-2019, p. 190]'), ['dore-2019']);
    assert.deepStrictEqual(keys('[see @a, pp. 3-4; also @b:2020]'), ['a', 'b:2020']);
    assert.deepStrictEqual(keys('Dore says [-@dore-2019].'), ['dore-2019']);
    assert.deepStrictEqual(keys('[@smith.2019.]'), ['smith.2019']);
  });

  it('gives offsets of the key itself, after the @', () => {
    const text = 'x [see @gaynes-2020, p. 4]';
    const [c] = scanCitations(text);
    assert.ok(c);
    assert.strictEqual(text.slice(c.start, c.end), 'gaynes-2020');
  });

  it('ignores emails, bare mentions, links and brackets without a key', () => {
    assert.deepStrictEqual(keys('mail a@example.org or [write to a@example.org]'), []);
    assert.deepStrictEqual(keys('@star-d outside brackets'), []);
    assert.deepStrictEqual(keys('[@star-d](https://example.org)'), []);
    assert.deepStrictEqual(keys('[notes @ the clinic] [1] [] [@]'), []);
    assert.deepStrictEqual(keys('\\[@escaped]'), []);
  });

  it('handles unbalanced brackets: an unclosed [ does not swallow a later citation', () => {
    assert.deepStrictEqual(keys('[oops [@a] and [@b'), ['a']);
  });

  it('copes with a megabyte of unclosed brackets and at-signs', () => {
    const nasty = '[@a'.repeat(200_000) + ' ' + '[ @'.repeat(100_000);
    assert.deepStrictEqual(keys(nasty).length, 0);
    const many = '[@a; @b] '.repeat(100_000);
    assert.strictEqual(keys(many).length, 200_000);
  });
});

describe('findCitations / referenceEntries', () => {
  const text = `caselint: 1
authors:
  - id: okafor
    email: "okafor@example.org"
introduction: |
  Prose [@a; @b, p. 2].
course: "Quoted [@c]"
references:
  - id: a
    text: A reference that mentions [@not-a-citation] in its text.
  - id: "b"
  - text: an entry without an id
  - id: 2019
`;
  const doc = new CaseDocument(text);

  it('finds citations in block and quoted scalars with source offsets, skipping references and emails', () => {
    const found = findCitations(doc);
    assert.deepStrictEqual(found.map((c) => [c.key, text.slice(c.start, c.end), c.path.join('.')]), [
      ['a', 'a', 'introduction'],
      ['b', 'b', 'introduction'],
      ['c', 'c', 'course'],
    ]);
  });

  it('caches per document object', () => {
    assert.strictEqual(findCitations(doc), findCitations(doc));
  });

  it('lists references with usable ids, spans inside quotes, with their list index', () => {
    const entries = referenceEntries(doc);
    assert.deepStrictEqual(entries.map((r) => [r.id, text.slice(r.start, r.end), r.index]), [
      ['a', 'a', 0],
      ['b', 'b', 1],
      ['2019', '2019', 3],
    ]);
  });
});
