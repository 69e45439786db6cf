import * as assert from 'assert';
import { CaseDocument } from '../../server/src/core';
import { collectSymbolRefs, symbolAt, type SymbolRef } from '../../server/src/core/symbols';

const TEXT = `caselint: 1
type: cross-talk
authors:
  - id: okafor
    name: Nkem Okafor
    affiliations: [depression-program]
    email: n.okafor@example.org
  - id: "lindqvist"
    name: Berit Lindqvist
    affiliations:
      - private-practice
affiliations:
  depression-program: Depression Clinical and Research Program
  private-practice: Private practice
introduction: |
  Two failed adequate trials [see @gaynes-2020, p. 4; @star-d].
perspectives:
  - label: Psychodynamic Perspective
    framework: psychodynamic
    author: lindqvist
    body: |
      Losses return in the transference [@star-d].
integrative_discussion:
  author: okafor
  body: Both agree [@gaynes-2020].
references:
  - id: gaynes-2020
    text: An invented reference. 2020.
  - id: star-d
    text: Another invented reference. 2006.
`;

function at(text: string, needle: string, nth = 0): number {
  let i = -1;
  for (let n = 0; n <= nth; n++) {
    i = text.indexOf(needle, i + 1);
    assert.ok(i >= 0, `"${needle}" #${n} not in text`);
  }
  return i;
}

function covered(refs: SymbolRef[]): string[] {
  return refs.map((r) => `${r.kind}:${r.id}:${r.definition ? 'def' : 'use'}:${TEXT.slice(r.start, r.end)}`);
}

describe('collectSymbolRefs', () => {
  const doc = new CaseDocument(TEXT);
  const refs = collectSymbolRefs(doc);

  it('finds every definition and use, in document order, each span covering exactly the id', () => {
    assert.deepStrictEqual(covered(refs), [
      'author:okafor:def:okafor',
      'affiliation:depression-program:use:depression-program',
      'author:lindqvist:def:lindqvist',
      'affiliation:private-practice:use:private-practice',
      'affiliation:depression-program:def:depression-program',
      'affiliation:private-practice:def:private-practice',
      'citation:gaynes-2020:use:gaynes-2020',
      'citation:star-d:use:star-d',
      'author:lindqvist:use:lindqvist',
      'citation:star-d:use:star-d',
      'author:okafor:use:okafor',
      'citation:gaynes-2020:use:gaynes-2020',
      'citation:gaynes-2020:def:gaynes-2020',
      'citation:star-d:def:star-d',
    ]);
  });

  it('excludes the quotes of a quoted id, so a rename keeps them', () => {
    const def = refs.find((r) => r.kind === 'author' && r.id === 'lindqvist' && r.definition);
    assert.ok(def);
    assert.strictEqual(def.start, at(TEXT, '"lindqvist"') + 1);
    assert.strictEqual(def.end - def.start, 'lindqvist'.length);
  });

  it('finds a citation inside a block scalar at its exact offset, after the @', () => {
    const inBody = refs.filter((r) => r.kind === 'citation' && r.id === 'star-d' && !r.definition);
    assert.strictEqual(inBody.length, 2);
    assert.strictEqual(inBody[1]!.start, at(TEXT, '@star-d]', 1) + 1);
  });

  it('does not treat an email address as a citation', () => {
    assert.ok(!refs.some((r) => r.id.includes('example.org')));
  });

  it('symbolAt finds the symbol under a cursor, including just after its last character', () => {
    const start = at(TEXT, 'author: okafor') + 'author: '.length;
    assert.strictEqual(symbolAt(refs, start)?.id, 'okafor');
    assert.strictEqual(symbolAt(refs, start + 'okafor'.length)?.id, 'okafor');
    assert.strictEqual(symbolAt(refs, at(TEXT, 'Both agree')), undefined);
  });

  it('returns nothing for a document that does not parse into a map', () => {
    assert.deepStrictEqual(collectSymbolRefs(new CaseDocument('- just\n- a list\n')), []);
    assert.deepStrictEqual(collectSymbolRefs(new CaseDocument('key: [unclosed\n')), []);
  });

  it('renaming every occurrence of an id keeps the document consistent', () => {
    const targets = refs.filter((r) => r.kind === 'citation' && r.id === 'star-d').sort((a, b) => b.start - a.start);
    let text = TEXT;
    for (const r of targets) text = text.slice(0, r.start) + 'rush-2006' + text.slice(r.end);
    const after = collectSymbolRefs(new CaseDocument(text)).filter((r) => r.kind === 'citation');
    assert.ok(!after.some((r) => r.id === 'star-d'));
    assert.strictEqual(after.filter((r) => r.id === 'rush-2006').length, 3);
  });
});
