import * as assert from 'assert';
import { detectAll, normalizeForMatching, quoteValue, type PhiKind } from '../../server/src/core/phi';

/**
 * The forms docs/rules/phi-*.md list, through every detector at once (as the
 * rules see them): what is found, as [kind, text]; and the clinical prose that
 * must stay silent.
 */

/** As allowedNames answers for authors Grace Yeung, Okafor, Daniel and John: each word, and Grace Yeung's full name. */
const allowed = (w: string): boolean => ['yeung', 'grace', 'okafor', 'daniel', 'john', 'grace yeung', 'yeung grace'].includes(w);

function found(text: string): [PhiKind, string][] {
  return detectAll(text, allowed, 2024).map((m) => [m.kind, text.slice(m.start, m.end)]);
}

const HITS: [string, [PhiKind, string][]][] = [
  ['seen 2022-03-14T22:40 in the ED', [['date', '2022-03-14T22:40']]],
  ['admitted 14-Mar-2022 at night', [['date', '14-Mar-2022']]],
  ['ADMITTED MAY 6, 2022.', [['date', 'MAY 6, 2022']]],
  ['on the 2nd of April she', [['date', '2nd of April']]],
  ['admission date 20220314 (chart)', [['date', '20220314']]],
  ['worse in March 2021', [['month-year', 'March 2021']]],
  ['lithium since 03/2021', [['month-year', '03/2021']]],
  ['on 14 March 2021 she', [['date', '14 March 2021']]],
  ['she was aged ninety-three', [['age', 'ninety-three']]],
  ['a woman in her 90s', [['age', '90s']]],
  ['his father died at 93', [['age', '93']]],
  ['her mother, born in 1925, lives', [['age', '1925']]],
  ['see example.org/diary', [['contact', 'example.org/diary']]],
  ['insurance policy 48213377 lapsed', [['identifier', '48213377']]],
  ['policy XJ482911 lapsed', [['identifier', 'XJ482911']]],
  ['chart 00482211', [['identifier', '00482211']]],
  ['Medicaid 7731200488', [['identifier', '7731200488']]],
  ['DEA AB1234563 and NPI 1234567893', [['identifier', 'AB1234563'], ['identifier', '1234567893']]],
  ['plate 7ABC123', [['identifier', '7ABC123']]],
  ['device # SN-448812', [['identifier', 'SN-448812']]],
  ['lived at Cambridge MA 02139', [['location', 'Cambridge MA 02139']]],
  ['in Boston MA 02114-1234', [['location', 'Boston MA 02114-1234']]],
  ['postal code 02139', [['location', '02139']]],
  ['from Worcester, Massachusetts', [['location', 'Worcester, Massachusetts']]],
  ['moved to Burlington VT', [['location', 'Burlington VT']]],
  ['seen by Dr. Øster', [['name', 'Dr. Øster']]],
  ['Mr. Émile Lefèvre came', [['name', 'Mr. Émile Lefèvre']]],
  ['Mme Lefèvre came', [['name', 'Mme Lefèvre']]],
  ['NOTE FROM DR. SMITH', [['name', 'DR. SMITH']]],
  ['CALLED MRS JONES', [['name', 'MRS JONES']]],
  ['her husband, Tom Keller, called', [['name', 'Tom Keller']]],
  ['her sister Emily Novak visited', [['name', 'Emily Novak']]],
  ['her son, Will Baker, visited', [['name', 'Will Baker']]],
  ['referred by Dr. 李 and Mr. محمد', [['name', 'Dr. 李'], ['name', 'Mr. محمد']]],
  ['the patient was a ninety-three-year-old man', [['age', 'ninety-three-year-old']]],
  ['the clinic at 55 Fruit Street, Boston, MA 02114', [['location', '55 Fruit Street, Boston, MA 02114']]],
  ['mail went to Springfield 01103', [['location', '01103']]],
];

const TRAPS = [
  'fluoxetine 10/20/40 mg over six weeks',
  'lithium 300/600/900 mg; quetiapine 5/10/20 mg',
  'PHQ-9 of 19, MADRS 32, HAM-D 24',
  'ICD-10 F33.2 (DSM-5-TR), 5-HT2A antagonism',
  '2 Family Court hearings and 40 sessions',
  'TSH 2.1 mIU/L, sodium 138 mmol/L, lithium 0.8 mmol/L, eGFR 90 mL/min',
  'at 22:40 and again at 06:15',
  'in 2019 and again in 2021',
  'aged 90 or older',
  'age 90+',
  'the Beck Depression Inventory and the Hamilton scale',
  'Montgomery–Åsberg Depression Rating Scale',
  'Young Mania Rating Scale',
  'Alzheimer disease, Asperger syndrome, Parkinson disease, Cushing syndrome',
  'as Aaron Beck described, and Max Hamilton',
  'Dr. Beck [@beck-1979] described the triad',
  'Dr. Yeung and Grace Yeung saw John',
  'MS alone, MR imaging, DR service',
  'MS MRI lesions',
  'Ms A and Mr B',
  'A Case Report of a Teacher With Recurrent Depression',
  'A Cross Talk case discussion',
  'a member of the team since 2019',
  'group therapy in 2020',
  'the record 2021 shows',
  'his score was 12345 points',
];

describe('de-identification forms (docs/rules/phi-*.md)', () => {
  for (const [text, expected] of HITS) {
    it(`finds ${expected.map((e) => e.join(' ')).join(', ')} in "${text}"`, () => assert.deepStrictEqual(found(text), expected));
  }
  for (const text of TRAPS) {
    it(`stays silent on "${text}"`, () => assert.deepStrictEqual(found(text), []));
  }
});

describe('text as people paste it', () => {
  const PASTED: [string, PhiKind, string][] = [
    ['call 617\u2011555\u20110142 today', 'contact', '617\u2011555\u20110142'],
    ['MRN\u00a012345678 on file', 'identifier', '12345678'],
    ['at 12\u00a0Oak\u00a0Ave. since', 'location', '12\u00a0Oak\u00a0Ave.'],
    ['Cambridge, MA\u202f02139', 'location', 'Cambridge, MA\u202f02139'],
    ['seen 2021\u20103\u201014', 'date', '2021\u20103\u201014'],
    ['seen \uff12\uff10\uff12\uff11-03-14', 'date', '\uff12\uff10\uff12\uff11-03-14'],
    ['mail jane\uff20example.org', 'contact', 'jane\uff20example.org'],
    ['call 617-555-\u200b0142', 'contact', '617-555-\u200b0142'],
    ['ZIP 0\u200b2139 here', 'location', '0\u200b2139'],
  ];
  for (const [text, kind, span] of PASTED) {
    it(`finds ${JSON.stringify(span)} with its range on the original characters`, () => {
      assert.deepStrictEqual(found(text), [[kind, span]]);
    });
  }

  it('maps offsets back over dropped zero-width characters', () => {
    const n = normalizeForMatching('a\u200bb\u200bc');
    assert.strictEqual(n.text, 'abc');
    assert.deepStrictEqual([n.start(1), n.end(2), n.end(3)], [2, 3, 5]);
  });
});

describe('quoteValue', () => {
  it('replaces what a detector matches with … and cuts to 40 characters', () => {
    assert.strictEqual(quoteValue('MRN 12345678 Dr. Smith'), 'MRN … …');
    const q = quoteValue('a'.repeat(100));
    assert.strictEqual(q.length, 40);
    assert.ok(q.endsWith('…'));
    assert.strictEqual(quoteValue('line\nbreak'), 'line break');
  });
});
