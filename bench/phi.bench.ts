import { performance } from 'perf_hooks';
import {
  detectAges,
  detectAll,
  detectContacts,
  detectDates,
  detectIdentifiers,
  detectLocations,
  detectMonthYears,
  detectNames,
  type PhiMatch,
} from '../server/src/core/phi';

/**
 * Each PHI detector over 1 MB of adversarial text and 1 MB of realistic
 * prose, median of 5 runs. Target (docs/ARCHITECTURE.md, Invariants): under 50 ms per MB each.
 */

const MB = 1024 * 1024;
const RUNS = 5;

function fill(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/** 1 MB made of 64 KB runs of each hostile pattern. */
export function adversarialText(): string {
  const units = [
    '0123456789', '.', '@', ' ', ':', 'a@', '1.', '1-', '12 ', 'Mr. ', 'Mr ', 'ab:cd:', '12345 ', 'a',
    'http://', '9-year-old ',
  ];
  const chunk = Math.ceil(MB / units.length);
  return units.map((u) => fill(u, chunk)).join('').slice(0, MB);
}

const PROSE = `Mr A, a 61-year-old accountant, presented with a third episode of major depressive disorder (ICD-10 F33.1).
He had tried sertraline 150 mg/day for 8 weeks in 2019 and duloxetine 60 mg/day for 10 weeks in March 2021,
then lithium augmentation (0.6-0.8 mEq/L) for 6 months. His PHQ-9 score of 23 fell to 11 after 40 sessions in 2020.
Dr. Yeung discussed ketamine assisted psychotherapy [@dore-2019, p. 190]; sublingual dose 100 mg, then 100 mg after 20 min,
with 5-HT2A and NMDA mechanisms in mind. He lived with his wife; Mrs. Delacroix, a neighbour, noticed the change on 2021-03-14.
His sister (617-555-0142, sister@example.org) and the chart MRN 7730215 are mentioned here only to be found.
Remission rates fall with each step of treatment, as STAR*D showed [@star-d]; 3,671 patients in 41 sites took part.
`;

export function realisticText(): string {
  return fill(PROSE, MB);
}

const DETECT_ALL = (t: string): PhiMatch[] => detectAll(t, (w) => w === 'yeung');

const DETECTORS: [string, (t: string) => PhiMatch[]][] = [
  ['phi-date (dates)', detectDates],
  ['phi-month-year (months with a year)', detectMonthYears],
  ['phi-age (ages)', detectAges],
  ['phi-contact (phones, emails, URLs, IPs)', detectContacts],
  ['phi-identifier (SSN, MRN, labelled numbers)', detectIdentifiers],
  ['phi-location (streets, ZIP codes, city + state)', detectLocations],
  ['phi-name (titled names, given name + surname)', (t) => detectNames(t, (w) => w === 'yeung')],
  ['all detectors with normalisation (detectAll)', DETECT_ALL],
];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

export async function run(): Promise<{ title: string; rows: { name: string; value: number; unit: string; note?: string }[] }> {
  const inputs: [string, string][] = [
    ['1 MB adversarial', adversarialText()],
    ['1 MB prose', realisticText()],
  ];
  const rows: { name: string; value: number; unit: string; note?: string }[] = [];
  for (const [inputName, text] of inputs) {
    for (const [name, detect] of DETECTORS) {
      detect(text); // warm up
      const times: number[] = [];
      let found = 0;
      for (let i = 0; i < RUNS; i++) {
        const t0 = performance.now();
        found = detect(text).length;
        times.push(performance.now() - t0);
      }
      const ms = Math.round(median(times) * 10) / 10;
      // detectAll runs every detector: its budget is theirs added up.
      const target = detect === DETECT_ALL ? 50 * (DETECTORS.length - 1) : 50;
      rows.push({ name: `${name}, ${inputName}`, value: ms, unit: 'ms', note: `${found} found; target < ${target} ms${ms >= target ? ' (over)' : ''}` });
    }
  }
  return { title: `PHI detectors (median of ${RUNS})`, rows };
}

if (require.main === module) {
  void run().then((r) => {
    console.log(r.title);
    for (const row of r.rows) console.log(`  ${row.name}: ${row.value} ${row.unit}${row.note ? ` (${row.note})` : ''}`);
  });
}
