import * as assert from 'assert';
import { applyEdits, lint, redactAllEdits, redaction } from '../../server/src/core';
import { CASE } from '../support/case';

function redactAll(text: string): string {
  return applyEdits(text, redactAllEdits(lint(text).findings));
}

describe('redaction (core/redact.ts)', () => {
  it('words each kind of identifier the same way: a date keeps its year, an age over 89 is "90+", the rest "[... removed]"', () => {
    assert.strictEqual(redaction({ kind: 'date', what: 'a full date (day and month)' }, 'March 14, 2021'), '2021');
    assert.strictEqual(redaction({ kind: 'date', what: 'a full date (day and month)' }, '14 March'), '[date removed]');
    assert.strictEqual(redaction({ kind: 'contact', what: 'a phone number' }, '555-0100'), '[phone removed]');
    assert.strictEqual(redaction({ kind: 'contact', what: 'an email address' }, 'a@example.org'), '[email removed]');
    assert.strictEqual(redaction({ kind: 'identifier', what: 'a Social Security number' }, '123-45-6789'), '[SSN removed]');
    assert.strictEqual(redaction({ kind: 'age', what: 'an age over 89' }, '92-year-old'), '90+-year-old');
    assert.strictEqual(redaction({ kind: 'name', what: 'a personal name with a title' }, 'Mr. Smith'), '[name removed]');
    assert.strictEqual(redaction({ kind: 'name', what: 'a personal name with a title' }, 'Mr. Smith', 'John'), 'John');
  });

  it('gives every de-identification finding in prose a preferred, non-safe redaction fix', () => {
    const text = CASE.replace('Thought records would help.', 'Call him at (617) 555-0142 on March 14, 2021.');
    const phi = lint(text).findings.filter((f) => f.rule.startsWith('phi-'));
    assert.deepStrictEqual(phi.map((f) => f.rule).sort(), ['phi-contact', 'phi-date']);
    for (const f of phi) {
      const fix = f.fixes?.[0];
      assert.ok(fix?.redacts && fix.preferred && !fix.safe, JSON.stringify(f.fixes));
    }
  });

  it('redacts every identifier of a file at once, and the result lints without de-identification findings', () => {
    const text = CASE.replace('Thought records would help.', 'Call him at (617) 555-0142 on March 14, 2021; SSN 123-45-6789.');
    const after = redactAll(text);
    assert.ok(after.includes('Call him at [phone removed] on 2021; SSN [SSN removed].'), after);
    assert.deepStrictEqual(lint(after).findings.filter((f) => f.rule.startsWith('phi-')), []);
  });

  it('leaves identifiers of a rule that is turned off', () => {
    const text = CASE.replace('Thought records would help.', 'Call him at (617) 555-0142 on March 14, 2021.');
    const edits = redactAllEdits(lint(text, { config: { rules: { 'phi-date': 'off' } } }).findings);
    assert.deepStrictEqual(edits.map((e) => e.newText), ['[phone removed]']);
  });

  it('offers the pseudonym first for a titled name, and "Redact all" writes the generic "[name removed]"', () => {
    const text = CASE.replace('Thought records would help.', 'Mr. Smith came with his brother.');
    const name = lint(text).findings.find((f) => f.rule === 'phi-name');
    assert.deepStrictEqual(name?.fixes?.map((f) => [f.title, f.edits[0]!.newText]), [
      ['Replace with the pseudonym', 'John'],
      ['Replace with a generic description', '[name removed]'],
    ]);
    assert.ok(redactAll(text).includes('[name removed] came with his brother.'));
  });
});
