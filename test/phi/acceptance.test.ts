import * as assert from 'assert';
import { lint, type Finding } from '../../server/src/core';

/**
 * The acceptance case: one patient narrative holding one identifier
 * of each kind gets exactly one finding for each, at the identifier itself,
 * and no message repeats the identifier.
 */

const IDENTIFIERS: { rule: string; text: string }[] = [
  { rule: 'phi-name', text: 'Mrs. Delacroix' },
  { rule: 'phi-date', text: '2021-03-14' },
  { rule: 'phi-age', text: '91-year-old' },
  { rule: 'phi-contact', text: '617-555-0142' },
  { rule: 'phi-contact', text: 'rose.d@example.org' },
  { rule: 'phi-identifier', text: '7730215' },
  { rule: 'phi-identifier', text: '123-45-6789' },
  { rule: 'phi-location', text: '1428 Elm Street, Springfield, IL 62704' },
];

const DOC = `caselint: 1
type: case-report
title: Sublingual ketamine in treatment-resistant depression
authors:
  - id: yeung
    name: Grace Yeung
patient:
  alias: Rose
  age: 61
  sex: female
  history: |
    Mrs. Delacroix has had low mood for most of her adult life.
    She was first admitted on 2021-03-14 after an overdose.
    Her mother, a 91-year-old, lives with her.
    The ward called her at 617-555-0142 each week.
    She wrote to the team from rose.d@example.org about side effects.
    Her records were filed under MRN 7730215 at the first hospital.
    An old form carried the number 123-45-6789 by mistake.
    She lives at 1428 Elm Street, Springfield, IL 62704 with a friend.
deidentification:
  statement: Details that could identify the patient have been removed or changed.
  consent: obtained
`;

function phiFindings(text: string): Finding[] {
  return lint(text).findings.filter((f) => f.rule.startsWith('phi-'));
}

describe('de-identification acceptance case', () => {
  const findings = phiFindings(DOC);

  it('gives exactly one finding per identifier, with the right rule', () => {
    assert.strictEqual(findings.length, IDENTIFIERS.length, findings.map((f) => f.rule).join(', '));
    for (const id of IDENTIFIERS) {
      const start = DOC.indexOf(id.text);
      const at = findings.filter((f) => f.start === start);
      assert.strictEqual(at.length, 1, `one finding at ${id.text}`);
      assert.strictEqual(at[0]?.rule, id.rule);
    }
  });

  it('puts each finding on its own line, covering exactly the identifier', () => {
    const lines = DOC.split('\n');
    const seen = new Set<number>();
    for (const id of IDENTIFIERS) {
      const line = lines.findIndex((l) => l.includes(id.text));
      const character = (lines[line] ?? '').indexOf(id.text);
      const f = findings.find((x) => x.range.start.line === line && x.range.start.character === character);
      assert.ok(f, `a finding at line ${line + 1}, column ${character + 1} (${id.rule})`);
      assert.deepStrictEqual(f.range.end, { line, character: character + id.text.length });
      seen.add(line);
    }
    assert.strictEqual(seen.size, IDENTIFIERS.length, 'each identifier on a line of its own');
  });

  it('never repeats the identifier, its digits or its name in a message', () => {
    for (const f of findings) {
      const identifier = DOC.slice(f.start, f.end);
      assert.ok(!f.message.includes(identifier), f.message);
      for (const digits of identifier.match(/\d{2,}/g) ?? []) {
        assert.ok(!f.message.includes(digits), `"${f.message}" holds ${digits}`);
      }
      for (const word of identifier.match(/[A-Z][a-z]{2,}/g) ?? []) {
        assert.ok(!f.message.includes(word), `"${f.message}" holds ${word}`);
      }
    }
  });

  it('finds nothing once the identifiers are replaced by generic descriptions', () => {
    let clean = DOC;
    const generic = ['the patient', 'in 2021', 'aged 90 or older', 'by phone', 'by email', 'in her record', 'a number', 'in a nearby town'];
    IDENTIFIERS.forEach((id, i) => {
      clean = clean.replace(id.text, generic[i] ?? 'x');
    });
    assert.deepStrictEqual(phiFindings(clean).map((f) => f.rule), []);
  });
});
