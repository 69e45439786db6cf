import * as assert from 'assert';
import { CaseDocument, documentLinks } from '../../server/src/core';

describe('document links', () => {
  it('a DOI links to its resolver page', () => {
    const doc = new CaseDocument('caselint: 1\ndoi: 10.4088/example.1\n');
    assert.deepStrictEqual(documentLinks(doc).map((l) => l.target), ['https://doi.org/10.4088/example.1']);
  });

  it('a DOI holding a lone surrogate (not writable in a URL) gets no link, and the request does not fail', () => {
    const doc = new CaseDocument('caselint: 1\ndoi: "10.4088/ex\\ud800ample"\n');
    assert.strictEqual(typeof doc.get(['doi']), 'string');
    assert.deepStrictEqual(documentLinks(doc), []);
  });
});
