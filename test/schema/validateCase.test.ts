import * as assert from 'assert';
import { CaseDocument, lint, type Report } from '../../server/src/core';
import { validateCase } from '../../server/src/core/schema';
import { MINIMAL_CASE } from '../support/case';

const BASE = MINIMAL_CASE;

function check(extra: string): { doc: CaseDocument; reports: Report[] } {
  const doc = new CaseDocument(`${BASE}\n${extra}\n`);
  return { doc, reports: validateCase(doc) };
}

function applyFix(doc: CaseDocument, r: Report): string {
  const edit = r.fixes?.[0]?.edits[0];
  assert.ok(edit, `no fix for: ${r.message}`);
  return doc.text.slice(0, edit.start) + edit.newText + doc.text.slice(edit.end);
}

describe('validateCase', () => {
  it('accepts a minimal valid case report', () => {
    assert.deepStrictEqual(check('treatment_history: []').reports, []);
  });

  it('offers the nearest enum value as a preferred fix that makes the document valid', () => {
    const { doc, reports } = check('treatment_history:\n  - { drug: sertraline, outcome: parial response }');
    assert.strictEqual(reports.length, 1);
    const r = reports[0]!;
    assert.strictEqual(doc.text.slice(r.start, r.end), 'parial response');
    assert.strictEqual(r.fixes?.[0]?.preferred, true);
    assert.deepStrictEqual(validateCase(new CaseDocument(applyFix(doc, r))), []);
  });

  it('keeps the quotes of a quoted value it corrects', () => {
    const { doc, reports } = check('treatment_history: []\ninterventions:\n  - sessions:\n      - administrations:\n          - route: "sublingal"');
    assert.strictEqual(reports.length, 1);
    assert.strictEqual(reports[0]!.fixes?.[0]?.edits[0]?.newText, '"sublingual"');
    assert.deepStrictEqual(validateCase(new CaseDocument(applyFix(doc, reports[0]!))), []);
  });

  it('renames an unknown key to the nearest allowed one', () => {
    const { doc, reports } = check('treatment_history:\n  - drug: sertraline\n    durtion: 8 weeks');
    assert.strictEqual(reports.length, 1);
    assert.strictEqual(doc.text.slice(reports[0]!.start, reports[0]!.end), 'durtion');
    assert.match(applyFix(doc, reports[0]!), /\n {4}duration: 8 weeks/);
  });

  it('writes the format version as a number, and YAML 1.1 booleans as true/false', () => {
    const doc = new CaseDocument(`${BASE.replace('caselint: 1', 'caselint: "1"')}\ntreatment_history: []\npatient_perspective: x\n`);
    const [version] = validateCase(doc);
    assert.strictEqual(version?.fixes?.[0]?.edits[0]?.newText, '1');
    const { reports } = check('treatment_history: []\nauthors2: x');
    assert.match(reports[0]!.message, /unknown key `authors2` at the top level; did you mean `authors`\?/);
    const yes = check('treatment_history: []').doc.text.replace('- name: major depressive disorder', '- { name: mdd, treatment_resistant: yes }');
    const [tr] = validateCase(new CaseDocument(yes));
    assert.strictEqual(tr?.fixes?.[0]?.edits[0]?.newText, 'true');
  });

  it('puts a missing top-level key on the first key, past leading comments', () => {
    const doc = new CaseDocument(`# header comment\n${BASE.replace('title: T\n', '')}\ntreatment_history: []\n`);
    const [r] = validateCase(doc);
    assert.match(r?.message ?? '', /missing required key `title`/);
    assert.strictEqual(doc.text.slice(r!.start, r!.end), 'caselint');
  });

  it('resolves JSON-pointer escapes (~0, ~1) back to the key', () => {
    const { doc, reports } = check('treatment_history: []\naffiliations:\n  "a/b~c": 1');
    assert.strictEqual(reports.length, 1);
    assert.deepStrictEqual(reports[0]!.data?.path, ['affiliations', 'a/b~c']);
    assert.strictEqual(doc.text.slice(reports[0]!.start, reports[0]!.end), '1');
  });

  it('reports nothing for a document that did not parse to data', () => {
    const refs = (name: string): string => `[${Array(10).fill(`*${name}`).join(', ')}]`;
    const bomb = `a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b ${refs('a')}\nc: &c ${refs('b')}\nd: ${refs('c')}\n`;
    const doc = new CaseDocument(bomb);
    assert.strictEqual(doc.value, undefined);
    assert.deepStrictEqual(validateCase(doc), []);
    assert.deepStrictEqual(validateCase(new CaseDocument('')).length, 1, 'an empty file is not a case report');
  });
});

describe('schema messages about ages', () => {
  it('never quote an age over 89, in digits or in words (it is an identifier itself)', () => {
    const text = 'caselint: 1\npatient:\n  age: "93"\ndiagnoses:\n  - name: major depressive disorder\n    onset_age: ninety-three\n';
    const messages = lint(text).findings.filter((f) => f.rule === 'schema' && /age/.test(f.message)).map((f) => f.message);
    assert.strictEqual(messages.length, 2, messages.join('\n'));
    for (const m of messages) assert.doesNotMatch(m, /93|ninety/i, m);
    assert.match(messages.join('\n'), /found text/);
  });

  it('still quote a small age written as text', () => {
    const m = lint('caselint: 1\npatient:\n  age: "40"\n').findings.find((f) => f.rule === 'schema' && /`age`/.test(f.message));
    assert.match(m?.message ?? '', /found "40"/);
  });
});

describe('schema messages quoting values', () => {
  it('quote an editorial date as written (the dates are not patient text), and mask an identifier in patient text', () => {
    const text = 'caselint: 1\ndates:\n  accepted: 20 Feb 2023\npatient:\n  sex: call 555-555-0143\n';
    const messages = lint(text).findings.filter((f) => f.rule === 'schema').map((f) => f.message);
    assert.ok(messages.some((m) => m.includes('found "20 Feb 2023"')), messages.join('\n'));
    const sex = messages.find((m) => m.startsWith('`sex`'));
    assert.ok(sex);
    assert.doesNotMatch(sex, /555/);
  });
});

describe('schema messages about route abbreviations', () => {
  const route = (value: string): { doc: CaseDocument; reports: Report[] } =>
    check(`treatment_history: []\ninterventions:\n  - sessions:\n      - administrations:\n          - { drug: ketamine, route: ${value}, dose: 50 mg }`);

  it('suggest the abbreviation a near miss is one edit from (IMM: IM), with a preferred fix that is not safe', () => {
    const { doc, reports } = route('IMM');
    assert.strictEqual(reports.length, 1);
    const r = reports[0]!;
    assert.strictEqual(doc.text.slice(r.start, r.end), 'IMM');
    assert.strictEqual(
      r.message,
      '`route` must be one of: intramuscular, intravenous, intranasal, oral, sublingual, rectal, subcutaneous, transdermal; found "IMM" (did you mean IM, for intramuscular?)',
    );
    assert.strictEqual(r.data?.suggestion, 'IM');
    const fix = r.fixes?.[0];
    assert.deepStrictEqual([fix?.title, fix?.edits[0]?.newText, fix?.preferred, fix?.safe], ['Change to IM (intramuscular)', 'IM', true, undefined]);
    assert.deepStrictEqual(validateCase(new CaseDocument(applyFix(doc, r))), [], 'IM is accepted');
    assert.match(route('i.m.m').reports[0]!.message, /\(did you mean IM, for intramuscular\?\)$/);
    assert.match(route('VI').reports[0]!.message, /\(did you mean IV, for intravenous\?\)$/, 'letters swapped');
  });

  it('list the abbreviations equally near, and keep a near full name first', () => {
    assert.match(route('I').reports[0]!.message, /\(did you mean IM \(intramuscular\), IN \(intranasal\) or IV \(intravenous\)\?\)$/);
    assert.strictEqual(route('I').reports[0]!.fixes?.[0]?.preferred, false);
    assert.match(route('intramusclar').reports[0]!.message, /\(did you mean intramuscular\?\)$/);
    assert.doesNotMatch(route('nasal spray').reports[0]!.message, /did you mean/);
  });
});
