import * as assert from 'assert';
import { CaseDocument, lintIncremental } from '../../server/src/core';
import { findCitations, findCitationsWith, referenceEntries, scanCitations, type CitationCache } from '../../server/src/core/citations';

function keys(text: string): string[] {
  return scanCitations(text).map((c) => c.key);
}

function bracketed(text: string): string[] {
  return scanCitations(text).filter((c) => !c.inText).map((c) => c.key);
}

function inText(text: string): string[] {
  return scanCitations(text).filter((c) => c.inText).map((c) => c.key);
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

  it('ignores emails, links and brackets without a key', () => {
    assert.deepStrictEqual(keys('mail a@example.org or [write to a@example.org]'), []);
    assert.deepStrictEqual(keys('[@star-d](https://example.org)'), []);
    assert.deepStrictEqual(keys('[notes @ the clinic] [1] [] [@]'), []);
  });

  it('handles unbalanced brackets: an unclosed [ does not swallow a later citation', () => {
    assert.deepStrictEqual(bracketed('[oops [@a] and [@b'), ['a']);
    // What an unclosed bracket holds is prose: Pandoc reads `@b` there as an in-text citation.
    assert.deepStrictEqual(inText('[oops [@a] and [@b'), ['b']);
  });

  it('copes with a megabyte of unclosed brackets and at-signs', () => {
    const nasty = '[@a'.repeat(200_000) + ' ' + '[ @'.repeat(100_000);
    assert.deepStrictEqual(bracketed(nasty).length, 0);
    const many = '[@a; @b] '.repeat(100_000);
    assert.strictEqual(bracketed(many).length, 200_000);
    assert.strictEqual(inText(many).length, 0);
  });
});

describe('citation scanner: Pandoc in-text citations', () => {
  it('reads `@key` at the start or after a space or punctuation, with the key\'s offsets', () => {
    assert.deepStrictEqual(inText('As @fava-2003 notes, staging counts.'), ['fava-2003']);
    assert.deepStrictEqual(inText('@fava-2003 says so'), ['fava-2003']);
    assert.deepStrictEqual(inText('(@a) "@b" \'@c\' —@d *@e* [x] @f;@g'), ['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    const text = 'as @gaynes-2020 found';
    const [c] = scanCitations(text);
    assert.ok(c);
    assert.deepStrictEqual([text.slice(c.start, c.end), c.at, c.inText], ['gaynes-2020', 3, true]);
  });

  it('ends a key before trailing punctuation, keeping internal punctuation', () => {
    assert.deepStrictEqual(inText('As @fava-2003. Then @b:2020: and @smith.2019.x? @c-...'), ['fava-2003', 'b:2020', 'smith.2019.x', 'c']);
    assert.deepStrictEqual(inText("@fava-2003's model, @a--b"), ['fava-2003', 'a--b']);
  });

  it('reads `@{key}`, whose braces delimit the key', () => {
    const text = 'As @{fava-2003.} notes, and @{} or @{two words} do not';
    const found = scanCitations(text);
    assert.deepStrictEqual(found.map((c) => [c.key, text.slice(c.start, c.end), text.slice(c.at, c.end + 1)]), [['fava-2003.', 'fava-2003.', '@{fava-2003.}']]);
    assert.deepStrictEqual(bracketed('[see @{a:1}, p. 2]'), ['a:1']);
  });

  it('never reads an email address, an escaped @ or an @ glued to a word', () => {
    for (const t of ['jdoe@example.org', 'j.doe@example.org', 'j_doe@example.org', 'j-doe@example.org', 'jdoe+list@example.org', 'a@@b', 'Zoë@example.org', '\\@fava-2003', 'x-@fava-2003']) {
      assert.deepStrictEqual(inText(t), [], t);
    }
  });

  it('never reads an @ inside a URL or a path', () => {
    for (const t of [
      'https://example.org/@user',
      'see <https://example.org/@user> and (https://example.org/a?by=@user)',
      'www.example.org/@user',
      'example.org/@user',
      '[profile](https://example.org/@user)',
    ]) {
      assert.deepStrictEqual(inText(t), [], t);
    }
    // The URL ends at a space: what follows is prose again.
    assert.deepStrictEqual(inText('https://example.org/@user @a https://example.org/x?q=@b,@c @d'), ['a', 'd']);
  });

  it('reads a key only when it is written like a reference id', () => {
    assert.deepStrictEqual(inText('@user/repo @jdoe#2 @müller-2004 @ 5 mg @-x @.x'), []);
    // A handle is written like an id: it reads as a citation (citation-undefined words its message for that).
    assert.deepStrictEqual(inText('follow @jdoe42'), ['jdoe42']);
  });

  it('does not read the keys of a citation bracket twice', () => {
    const found = scanCitations('[@a; see @b] and @c [@d](https://example.org)');
    assert.deepStrictEqual(found.map((c) => `${c.inText ? 'in-text' : 'bracket'}:${c.key}`), ['bracket:a', 'bracket:b', 'in-text:c']);
  });

  it('stays linear on a megabyte of at-signs, URLs and handles', () => {
    // Each input would take minutes if a run of characters were read once per `@` in it.
    const glued = '/@a'.repeat(300_000);
    assert.strictEqual(inText(glued).length, 0);
    const url = 'https://example.org' + '/x=@a'.repeat(200_000);
    assert.strictEqual(inText(url).length, 0);
    const handles = ' @a'.repeat(300_000);
    assert.strictEqual(inText(handles).length, 300_000);
    const braces = '@{a'.repeat(300_000);
    assert.strictEqual(inText(braces).length, 0);
  });
});

describe('findCitations / referenceEntries', () => {
  const text = `caselint: 1
authors:
  - id: okafor
    email: "okafor@example.org"
introduction: |
  Prose [@a; @b, p. 2], as @d notes.
course: "Quoted [@c]; @e too"
discussion: '@f and @{g}'
references:
  - id: a
    text: A reference that mentions [@not-a-citation] and @not-either in its text.
  - id: "b"
  - text: an entry without an id
  - id: 2019
`;
  const doc = new CaseDocument(text);

  it('finds citations in block and quoted scalars with source offsets, skipping references and emails', () => {
    const found = findCitations(doc);
    assert.deepStrictEqual(found.map((c) => [c.key, text.slice(c.start, c.end), text[c.at], c.inText, c.path.join('.')]), [
      ['a', 'a', '@', false, 'introduction'],
      ['b', 'b', '@', false, 'introduction'],
      ['d', 'd', '@', true, 'introduction'],
      ['c', 'c', '@', false, 'course'],
      ['e', 'e', '@', true, 'course'],
      ['f', 'f', '@', true, 'discussion'],
      ['g', 'g', '@', true, 'discussion'],
    ]);
  });

  it('keeps each scalar node\'s scan, and reads a kept node\'s from the cache instead of scanning it', () => {
    // A tree spliced from pieces (incremental linting), whose nodes the next version may keep.
    const other = lintIncremental(text).document;
    assert.ok(other.piecewise);
    const { cache } = findCitationsWith(other);
    const intro = other.node(['introduction']) as object;
    assert.deepStrictEqual(cache.get(intro)?.map((c) => c.key), ['a', 'b', 'd']);
    const planted: CitationCache = new WeakMap();
    planted.set(intro, [{ key: 'zz', start: 3, end: 5, at: 2, inText: true }]);
    const again = findCitationsWith(other, planted);
    assert.deepStrictEqual(again.citations.filter((c) => c.path[0] === 'introduction').map((c) => c.key), ['zz']);
    assert.ok(again.citations.some((c) => c.key === 'e'), 'a node the cache does not hold is scanned');
  });

  it('keeps no per-node scan of a tree parsed whole (the CLI\'s: no later version takes its nodes over)', () => {
    const whole = new CaseDocument(text);
    const { cache, citations } = findCitationsWith(whole);
    assert.ok(citations.some((c) => c.key === 'a'));
    assert.strictEqual(cache.get(whole.node(['introduction']) as object), undefined);
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
