import * as assert from 'assert';
import { CaseDocument, lint, type Finding, type Fix } from '../../server/src/core';
import { STATEMENT_TEMPLATE } from '../../server/src/core/phi/block';
import { applyEdits } from '../../server/src/core/text';

function applyFix(text: string, fix: Fix): string {
  return applyEdits(text, fix.edits);
}

function only(text: string, rule: string): Finding[] {
  return lint(text).findings.filter((f) => f.rule === rule);
}

const HEAD = 'caselint: 1\ntype: case-report\ntitle: A case\n';

describe('deidentification-missing quick fix', () => {
  const shapes: [string, string][] = [
    ['no block at all', HEAD],
    ['no block, no final newline', HEAD.trimEnd()],
    ['an empty block', `${HEAD}deidentification:\nreferences: []\n`],
    ['an empty block with a comment', `${HEAD}deidentification: # to do\nreferences: []\n`],
    ['a null block', `${HEAD}deidentification: ~\n`],
    ['a block without a statement', `${HEAD}deidentification:\n  consent: obtained\n`],
    ['an empty statement', `${HEAD}deidentification:\n  statement:\n  consent: obtained\n`],
    ['a blank quoted statement', `${HEAD}deidentification:\n  statement: "  "\n  consent: obtained\n`],
    ['a flow map with an empty statement', `${HEAD}deidentification: { statement: "", consent: obtained }\n`],
  ];
  for (const [name, text] of shapes) {
    it(`writes a statement and selects it: ${name}`, () => {
      const [finding] = only(text, 'deidentification-missing');
      assert.ok(finding, 'the rule fires');
      const fix = finding.fixes?.[0];
      assert.ok(fix, 'a fix is offered');
      const fixed = applyFix(text, fix);
      const doc = new CaseDocument(fixed);
      assert.deepStrictEqual(doc.problems, [], fixed);
      assert.strictEqual(doc.get(['deidentification', 'statement']), STATEMENT_TEMPLATE, fixed);
      assert.deepStrictEqual(only(fixed, 'deidentification-missing'), []);
      assert.ok(fix.selection);
      assert.strictEqual(fixed.slice(fix.selection.start, fix.selection.end), STATEMENT_TEMPLATE);
    });
  }

  it('reports on the first line when the block is missing, and on the key when it is empty', () => {
    assert.deepStrictEqual(only(HEAD, 'deidentification-missing')[0]?.range.start, { line: 0, character: 0 });
    const text = `${HEAD}deidentification:\n  consent: obtained\n`;
    const f = only(text, 'deidentification-missing')[0];
    assert.strictEqual(text.slice(f?.start, f?.end), 'deidentification');
  });
});

describe('consent-missing quick fixes', () => {
  const shapes: [string, string][] = [
    ['a block without consent', `${HEAD}deidentification:\n  statement: Details were changed.\nreferences: []\n`],
    ['a statement in a block scalar', `${HEAD}deidentification:\n    statement: |\n      Details were changed.\n`],
    ['an empty consent', `${HEAD}deidentification:\n  statement: Details were changed.\n  consent:\n`],
    ['an empty block', `${HEAD}deidentification:\n`],
    ['a flow map', `${HEAD}deidentification: { statement: Details were changed. }\n`],
  ];
  for (const [name, text] of shapes) {
    it(`offers obtained, waived and not-required: ${name}`, () => {
      const [finding] = only(text, 'consent-missing');
      assert.ok(finding, 'the rule fires');
      const fixes = finding.fixes ?? [];
      assert.deepStrictEqual(fixes.map((f) => f.title), ['Add consent: obtained', 'Add consent: waived', 'Add consent: not-required']);
      assert.strictEqual(fixes[0]?.preferred, true);
      for (const [i, value] of ['obtained', 'waived', 'not-required'].entries()) {
        const fixed = applyFix(text, fixes[i] as Fix);
        const doc = new CaseDocument(fixed);
        assert.deepStrictEqual(doc.problems, [], fixed);
        assert.strictEqual(doc.get(['deidentification', 'consent']), value, fixed);
        assert.deepStrictEqual(only(fixed, 'consent-missing'), []);
      }
    });
  }
});

describe('phi-age quick fix', () => {
  it('replaces patient.age over 89 with "90+"', () => {
    const text = `${HEAD}patient:\n  age: 93\n`;
    const [f] = only(text, 'phi-age');
    const fix = f?.fixes?.[0];
    assert.ok(fix?.safe);
    const fixed = applyFix(text, fix);
    assert.strictEqual(new CaseDocument(fixed).get(['patient', 'age']), '90+');
    assert.deepStrictEqual(only(fixed, 'phi-age'), []);
  });
});

describe('patient-facing text', () => {
  it('leaves authors, affiliations, disclosures, references, dates, doi and journal alone', () => {
    const text = `${HEAD}journal: J Clin Psychiatry, 2023-03-14
doi: 10.4088/JCP.23ct14798
dates:
  submitted: 2023-01-05
authors:
  - id: yeung
    name: Dr. Grace Yeung
    email: g.yeung@example.org
affiliations:
  mgh: 55 Fruit Street, Boston, MA 02114, phone 617-555-0100
disclosures:
  funding: Account number 55-12345, granted 14 March 2022.
references:
  - id: a
    text: Mr. Smith et al. https://example.org/a, 2021-03-14.
deidentification:
  statement: Names, dates and places were changed.
  consent: obtained
`;
    assert.deepStrictEqual(lint(text).findings.filter((f) => f.rule.startsWith('phi-')), []);
  });

  it('scans the de-identification statement itself', () => {
    const text = `${HEAD}deidentification:
  statement: Dates (such as 2021-03-14) were changed; contact privacy@example.org.
  consent: obtained
`;
    assert.deepStrictEqual(
      lint(text).findings.filter((f) => f.rule.startsWith('phi-')).map((f) => f.rule),
      ['phi-date', 'phi-contact'],
    );
  });

  it('scans the title, keywords, the patient, perspectives and the discussion', () => {
    const text = `${HEAD.replace('A case', 'A 92-year-old man')}keywords: [Mrs. Delacroix]
patient:
  occupation: teacher at 12 Oak Ave.
perspectives:
  - body: |
      Call 617-555-0142.
discussion: Seen on 2021-03-14.
`;
    assert.deepStrictEqual(
      lint(text).findings.filter((f) => f.rule.startsWith('phi-')).map((f) => f.rule),
      ['phi-age', 'phi-name', 'phi-location', 'phi-contact', 'phi-date'],
    );
  });

  it('honours caselint-disable-next-line for a PHI finding', () => {
    const text = `${HEAD}clinical_points:\n  # caselint-disable-next-line phi-date -- the date is fictional\n  - Seen on 2021-03-14.\n`;
    assert.deepStrictEqual(only(text, 'phi-date'), []);
  });
});
