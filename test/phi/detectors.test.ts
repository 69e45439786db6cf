import * as assert from 'assert';
import {
  ageOver89,
  detectAges,
  detectAll,
  detectContacts,
  detectDates,
  detectIdentifiers,
  detectLocations,
  detectTitledNames,
  type PhiMatch,
} from '../../server/src/core/phi';

/** What each detector finds in a sentence, as the matched text. */
function found(detect: (t: string) => PhiMatch[], text: string): string[] {
  return detect(text).map((m) => text.slice(m.start, m.end));
}

function cases(name: string, detect: (t: string) => PhiMatch[], hits: [string, string][], misses: string[]): void {
  describe(name, () => {
    for (const [sentence, expected] of hits) {
      it(`finds "${expected}" in "${sentence}"`, () => assert.deepStrictEqual(found(detect, sentence), [expected]));
    }
    for (const sentence of misses) {
      it(`finds nothing in "${sentence}"`, () => assert.deepStrictEqual(found(detect, sentence), []));
    }
  });
}

cases(
  'detectDates',
  detectDates,
  [
    ['admitted on 2021-03-14.', '2021-03-14'],
    ['seen 03/14/2021 again', '03/14/2021'],
    ['seen 14/03/2021 again', '14/03/2021'],
    ['on 14 March 2021 she', '14 March 2021'],
    ['on March 14, 2021, she', 'March 14, 2021'],
    ['on Mar. 14th she', 'Mar. 14th'],
    ['the 2nd of April was', '2nd of April'],
    ['on 28.03.2022 he', '28.03.2022'],
  ],
  ['in 2020', 'March 2021', 'in March of 2021', 'she may 2 weeks later', '60 mg/day', 'PHQ-9 score of 23', 'ICD-10 F33.1', '5-HT2A', '40 sessions in 2020', 'two thirds (2/3) of patients', 'scale version 2.10.4', 'on 13/13/2021', 'from 2021-07 to 2022-01'],
);

cases(
  'detectAges',
  detectAges,
  [
    ['a 92-year-old man', '92-year-old'],
    ['she was aged 93 then', '93'],
    ['he is 93 years old', '93 years old'],
    ['a 95 y/o woman', '95 y/o'],
    ['at 91 years of age', '91 years of age'],
    ['at the age of 96', '96'],
    ['age: 90 at the visit', '90'],
  ],
  ['aged 61', 'an 89-year-old', 'aged 90 or older', 'age 90+', 'in the 90+ group', '100 mg sublingual', '93 sessions', 'in 1993', 'PHQ-9 score of 23', '10 weeks'],
);

cases(
  'detectContacts',
  detectContacts,
  [
    ['call 617-555-0142 today', '617-555-0142'],
    ['call (617) 555-0142 today', '(617) 555-0142'],
    ['call +1 617 555 0142 today', '+1 617 555 0142'],
    ['call +44 20 7946 0958 today', '+44 20 7946 0958'],
    ['phone 555-0142 today', '555-0142'],
    ['mail jane.doe@example.org.', 'jane.doe@example.org'],
    ['see https://example.org/a?b=1.', 'https://example.org/a?b=1'],
    ['(see www.example.org)', 'www.example.org'],
    ['from 192.168.1.20 at night', '192.168.1.20'],
    ['from fe80::1ff:fe23:4567:890a at night', 'fe80::1ff:fe23:4567:890a'],
  ],
  ['[@star-d; @dore-2019, p. 190]', 'see https://doi.org/10.4088/JCP.23ct14798', 'at 10:30 and 14:45:30', 'a 1:2 ratio', 'version 1.2.3', '60 mg/day', 'a range of 150-300 mg', 'PMID 12345678', 'ICD-10 F33.1', 'user@localhost', 'over 3,671 patients'],
);

describe('detectContacts descriptions', () => {
  it('calls a number after a fax label a fax number, and others phone numbers', () => {
    const text = 'fax: 617-555-0199, phone 617-555-0142';
    assert.deepStrictEqual(detectContacts(text).map((m) => m.what), ['a fax number', 'a phone number']);
  });
});

cases(
  'detectIdentifiers',
  detectIdentifiers,
  [
    ['number 123-45-6789 on file', '123-45-6789'],
    ['SSN: 987654321 on file', '987654321'],
    ['the chart (MRN 7730215) was', '7730215'],
    ['MRN: A1234567 was', 'A1234567'],
    ['medical record number 0045512 was', '0045512'],
    ['member ID 99887766 and', '99887766'],
    ['policy number: XK-4471029.', 'XK-4471029'],
    ['account no. 55-12345.', '55-12345'],
    ['serial number SN-8841203 and', 'SN-8841203'],
    ['car VIN 1HGCM82633A004352.', '1HGCM82633A004352'],
    // Glued to its label, as records export it.
    ['her record (MRN7730215) was', '7730215'],
    ['NPI1234567893 on the form', '1234567893'],
  ],
  [
    'ICD-10 F33.1',
    'PHQ-9 score of 23',
    '5-HT2A',
    'a member of the team',
    'an account of her childhood',
    'policy changes in 2020',
    'the MRN was withheld',
    'scores of 123-45',
    'a date 2021-03-14',
    // A label that begins a longer word labels nothing, even beside the label itself.
    'the chart names Chartwell12345',
    'in record2021 form',
  ],
);

cases(
  'detectLocations',
  detectLocations,
  [
    ['lives at 1428 Elm Street now', '1428 Elm Street'],
    ['lives at 12 Oak Ave. now', '12 Oak Ave.'],
    ['parents at 77 West 4th Street.', '77 West 4th Street'],
    ['at 221B Baker Street, Apt 4 now', '221B Baker Street, Apt 4'],
    ['lives at 1428 Elm Street, Springfield, IL 62704 now', '1428 Elm Street, Springfield, IL 62704'],
    ['the ZIP 02114 was', '02114'],
    ['Boston, MA 02114-1234.', 'Boston, MA 02114-1234'],
    ['moved to Vermont 05401 in', '05401'],
    ['write to P.O. Box 1234 now', 'P.O. Box 1234'],
  ],
  ['60 mg/day', '10000 patients', 'a dose of 12500 units', '40 sessions in 2020', 'walked 3 blocks to Main Street', '2 Dr. visits', 'patient ID 12345', 'grew up in Massachusetts', 'scored 23 on the PHQ-9'],
);

cases(
  'detectTitledNames',
  (t) => detectTitledNames(t, (w) => w === 'yeung' || w === 'okafor'),
  [
    ['Mrs. Delacroix reported', 'Mrs. Delacroix'],
    ['then Mr Smith, her husband', 'Mr Smith'],
    ['Ms. Okonkwo-Hale attended', 'Ms. Okonkwo-Hale'],
    ['referred by Dr. Alvarez.', 'Dr. Alvarez'],
    ["Prof. Lindqvist's team", 'Prof. Lindqvist'],
    ['Miss Helen Brandt noticed', 'Miss Helen Brandt'],
  ],
  ['As Dr. Yeung notes', "Dr. Okafor's view", 'Mr A tolerated it', 'Ms B. kept a diary', 'Mr. A. reported', 'Mr. Mr. Mr.', 'MDD and TRD', 'Spravato 56 mg'],
);

describe('ageOver89', () => {
  it('reads numbers and numeric strings, and leaves the aggregated form alone', () => {
    assert.deepStrictEqual([93, '93', '93 years', 89, '90+', 'ninety', 61].map(ageOver89), [93, 93, 93, undefined, undefined, undefined, undefined]);
  });
});

describe('detectAll', () => {
  it('reads a short text again in each document: a name one document allows is found in another, and a birth year by the document\'s year', () => {
    const what = (text: string, allowed: (w: string) => boolean, year: number): string[] => detectAll(text, allowed, year).map((m) => m.what);
    // An author's name is allowed in their own report, not in another.
    assert.deepStrictEqual(what('Harriet Okonkwo', () => true, 2024), []);
    assert.deepStrictEqual(what('Harriet Okonkwo', () => false, 2024).length, 1);
    // Born in 1940: 60 in 2000, over 89 in 2031.
    assert.deepStrictEqual(what('born 1940', () => false, 2000), []);
    assert.deepStrictEqual(what('born 1940', () => false, 2031), ['a birth year that makes the age over 89']);
    // A text that holds nothing holds nothing the second time.
    assert.deepStrictEqual([detectAll('sublingual lozenge'), detectAll('sublingual lozenge')], [[], []]);
  });

  it('reports a URL holding a date or an email once, as a URL', () => {
    const text = 'see https://example.org/notes/2021-03-14?to=a@example.org today';
    assert.deepStrictEqual(detectAll(text).map((m) => m.what), ['a URL']);
  });
});
