const phi = require('./out/server/src/core/phi');
const samples = [
 'Seen on 2021-03-14 and 03/14/2021 and 14 March 2021, March 14, 2021, Mar. 14th; not in 2020 or March 2021.',
 'a 92-year-old, aged 93, 93 years old, 95 yo, age: 91; not aged 61, an 89-year-old, age 90+, aged 90 or older',
 'call 617-555-0142 or (617) 555-0142, fax: 617.555.0199, +44 20 7946 0958, mail jane.doe@example.org, see https://example.org/x. and www.example.org, ip 192.168.1.20 and 2001:db8::8a2e:370:7334; not [@star-d], 10:30:45',
 'SSN 123-45-6789, MRN 7730215, MRN: A1234567, member ID 99887766, account number 55-12345; not ICD-10 F33.1, PHQ-9 score of 23, 5-HT2A, member of the team',
 'lives at 1428 Elm Street, Springfield, IL 62704 and 12 Oak Ave. and ZIP 02114, Boston, MA 02114-1234; not 60 mg/day, 10000 patients, 40 sessions in 2020',
 'Mrs. Delacroix and Mr. Smith and Dr. Alvarez met Dr. Yeung; Mr A and Ms. B were fine; Mrs Jones\'s',
];
for (const s of samples) {
  for (const m of phi.detectAll(s, (w) => w === 'yeung')) console.log(m.kind.padEnd(10), JSON.stringify(s.slice(m.start, m.end)), m.what);
  console.log('--');
}
