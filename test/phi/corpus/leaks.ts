import type { PhiKind } from '../../../server/src/core/phi';

/**
 * The annotated leak corpus: invented sentences, each holding identifiers of
 * the forms docs/rules/phi-*.md list, with the spans a reader would mark. Used
 * for recall and precision (test/phi/corpus.test.ts); keep adding to it.
 */
export interface Leak {
  text: string;
  /** [kind, the marked text] in order of appearance. */
  marks: [PhiKind, string][];
}

export const LEAKS: Leak[] = [
  { text: 'She was admitted on 03/14/2022 and discharged 2022-03-20.', marks: [['date', '03/14/2022'], ['date', '2022-03-20']] },
  { text: 'Seen in the ED at 2022-03-14T22:40 by the night team.', marks: [['date', '2022-03-14T22:40']] },
  { text: 'Discharge summary dated 14-Mar-2022.', marks: [['date', '14-Mar-2022']] },
  { text: 'TRANSFERRED ON MAY 6, 2022 TO THE WARD.', marks: [['date', 'MAY 6, 2022']] },
  { text: 'On the 2nd of April her mood fell.', marks: [['date', '2nd of April']] },
  { text: 'Her DOB 19560314 was on the form.', marks: [['date', '19560314']] },
  { text: 'The overdose was on 14.03.2022 at home.', marks: [['date', '14.03.2022']] },
  { text: 'He relapsed on March 14th and again on Sept 9.', marks: [['date', 'March 14th'], ['date', 'Sept 9']] },
  { text: 'Lithium began in March 2021 and stopped in 11/2021.', marks: [['month-year', 'March 2021'], ['month-year', '11/2021']] },
  { text: 'Sertraline ran from 2020-02 to 2020-09.', marks: [['month-year', '2020-02'], ['month-year', '2020-09']] },
  { text: 'a 92-year-old widow living alone', marks: [['age', '92-year-old']] },
  { text: 'She was aged ninety-three at the time.', marks: [['age', 'ninety-three']] },
  { text: 'A woman in her 90s with late-onset depression.', marks: [['age', '90s']] },
  { text: 'Her father, in his late nineties, cared for her.', marks: [['age', 'nineties']] },
  { text: 'His mother died at 94 after a stroke.', marks: [['age', '94']] },
  { text: 'The patient was born in 1929 in a farming family.', marks: [['age', '1929']] },
  { text: 'Her aunt (b. 1926) raised her.', marks: [['age', '1926']] },
  { text: 'Call her at 617-555-0142 or (617) 555-0199.', marks: [['contact', '617-555-0142'], ['contact', '(617) 555-0199']] },
  { text: 'Fax 617.555.0100 for records.', marks: [['contact', '617.555.0100']] },
  { text: 'He wrote from jon.keller@example.org daily.', marks: [['contact', 'jon.keller@example.org']] },
  { text: 'Her diary is online at example.org/diary/ann.', marks: [['contact', 'example.org/diary/ann']] },
  { text: 'See https://example.org/blog?id=7 for his posts.', marks: [['contact', 'https://example.org/blog?id=7']] },
  { text: 'Logins came from 192.168.10.25.', marks: [['contact', '192.168.10.25']] },
  { text: 'SSN 123-45-6789 was on the intake form.', marks: [['identifier', '123-45-6789']] },
  { text: 'MRN 7730215 and chart 00482211 were merged.', marks: [['identifier', '7730215'], ['identifier', '00482211']] },
  { text: 'Labs came back under MRN7730215 (the export glues label and number).', marks: [['identifier', '7730215']] },
  { text: 'Her insurance policy XJ482911 lapsed.', marks: [['identifier', 'XJ482911']] },
  { text: 'Medicare 1EG4TE5MK73 covers the infusions.', marks: [['identifier', '1EG4TE5MK73']] },
  { text: 'Member # 99887766, group 4471-22.', marks: [['identifier', '99887766'], ['identifier', '4471-22']] },
  { text: 'Account 55123490 is in arrears.', marks: [['identifier', '55123490']] },
  { text: 'His license D1234567 was suspended; DEA AB1234563 prescribed.', marks: [['identifier', 'D1234567'], ['identifier', 'AB1234563']] },
  { text: 'The car, plate 7ABC123, VIN 1HGCM82633A004352, was sold.', marks: [['identifier', '7ABC123'], ['identifier', '1HGCM82633A004352']] },
  { text: 'The VNS device serial SN-8841203 was checked.', marks: [['identifier', 'SN-8841203']] },
  { text: 'She lives at 1428 Elm Street, Springfield, IL 62704.', marks: [['location', '1428 Elm Street, Springfield, IL 62704']] },
  { text: 'They moved to 12 Oak Ave. last spring.', marks: [['location', '12 Oak Ave.']] },
  { text: 'He grew up in Worcester, Massachusetts.', marks: [['location', 'Worcester, Massachusetts']] },
  { text: 'A cabin near Burlington VT was his refuge.', marks: [['location', 'Burlington VT']] },
  { text: 'Mail went to Cambridge MA 02139.', marks: [['location', 'Cambridge MA 02139']] },
  { text: 'The ZIP code 02114-1234 was on the letter.', marks: [['location', '02114-1234']] },
  { text: 'She was raised in Flagstaff, Arizona and Reno, NV.', marks: [['location', 'Flagstaff, Arizona'], ['location', 'Reno, NV']] },
  { text: 'Mr. Smith and Mrs Jones met in the waiting room.', marks: [['name', 'Mr. Smith'], ['name', 'Mrs Jones']] },
  { text: 'She was referred by Dr. Øster.', marks: [['name', 'Dr. Øster']] },
  { text: 'Mr. Émile Lefèvre, her neighbour, called.', marks: [['name', 'Mr. Émile Lefèvre']] },
  { text: 'Mme Lefèvre brought her in.', marks: [['name', 'Mme Lefèvre']] },
  { text: 'NOTE FROM DR. SMITH: CALL MRS JONES.', marks: [['name', 'DR. SMITH'], ['name', 'MRS JONES']] },
  { text: 'Her husband, Tom Keller, drove her home.', marks: [['name', 'Tom Keller']] },
  { text: 'Her daughter Emily Novak found the pills.', marks: [['name', 'Emily Novak']] },
  { text: 'The nurse told Sarah Whitfield about the plan.', marks: [['name', 'Sarah Whitfield']] },
  { text: 'Tom Keller called twice that week.', marks: [['name', 'Tom Keller']] },
  { text: 'He met James Keller there, and later Frank Novak.', marks: [['name', 'James Keller'], ['name', 'Frank Novak']] },
  { text: 'His friends José Alvarez and Søren Lund visited.', marks: [['name', 'José Alvarez'], ['name', 'Søren Lund']] },
  { text: 'Łukasz Nowak and Fatima Haddad drove her to the clinic.', marks: [['name', 'Łukasz Nowak'], ['name', 'Fatima Haddad']] },
  { text: 'She was seen by Dr. de la Cruz and Ms. van der Berg.', marks: [['name', 'Dr. de la Cruz'], ['name', 'Ms. van der Berg']] },
  { text: 'A letter from Dr.Smith was in the file.', marks: [['name', 'Dr.Smith']] },
  { text: 'Call\u00a0617\u2011555\u20110142 after\u00a0six.', marks: [['contact', '617\u2011555\u20110142']] },
  { text: 'MRN\u00a012345678 on file; ZIP\u00a002139.', marks: [['identifier', '12345678'], ['location', '02139']] },
  { text: 'Seen \uff12\uff10\uff12\uff12-03-14 by the team.', marks: [['date', '\uff12\uff10\uff12\uff12-03-14']] },
  { text: 'Write to ann\uff20example.org.', marks: [['contact', 'ann\uff20example.org']] },
  // Wrapped lines, ranges, glued numbers, birth years and ZIP codes an audit found missed.
  { text: 'She was seen on March\n    14, 2022 by the night team.', marks: [['date', 'March\n    14, 2022']] },
  { text: 'Her sister Mary\n    Keller called from 617 555\n    0142.', marks: [['name', 'Mary\n    Keller'], ['contact', '617 555\n    0142']] },
  { text: 'Admitted 03/14/2022\u201303/16/2022 for observation.', marks: [['date', '03/14/2022'], ['date', '03/16/2022']] },
  { text: 'Admitted 14\u201316 March 2022 and 2022-03-20-2022-03-22.', marks: [['date', '14\u201316 March 2022'], ['date', '2022-03-20'], ['date', '2022-03-22']] },
  { text: 'Lithium ran 03/2021-05/2021.', marks: [['month-year', '03/2021'], ['month-year', '05/2021']] },
  { text: 'Home/cell 555-555-0143/555-555-0199 on file; his phone is 555-0188.', marks: [['contact', '555-555-0143'], ['contact', '555-555-0199'], ['contact', '555-0188']] },
  { text: 'His year of birth is 1925; his wife was born in Ohio in 1927.', marks: [['age', '1925'], ['age', '1927']] },
  { text: 'He moved to MA 01609 last year.', marks: [['location', '01609']] },
  // Forms the detectors are known to miss (counted in recall, listed in the rule pages):
  { text: 'Will Keller called twice that week.', marks: [['name', 'Will Keller']] },
  { text: 'Tom Hall visited her twice; Jane Church said she seemed better.', marks: [['name', 'Tom Hall'], ['name', 'Jane Church']] },
  { text: 'She was seen by Mary Ellen Keller on the ward.', marks: [['name', 'Mary Ellen Keller']] },
  { text: 'Admitted 3/14/22-3/16/22 for detoxification.', marks: [['date', '3/14/22'], ['date', '3/16/22']] },
  { text: 'She moved to Lowell after the divorce.', marks: [['location', 'Lowell']] },
  { text: 'Keller, her husband, drove her home.', marks: [['name', 'Keller']] },
];
