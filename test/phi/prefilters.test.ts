import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { CaseDocument } from '../../server/src/core';
import {
  detectAges,
  detectAll,
  detectContacts,
  detectDates,
  detectIdentifiers,
  detectLocations,
  detectMonthYears,
  detectNames,
  usePrefilters,
} from '../../server/src/core/phi';
import { generateCase, rng } from '../../bench/generate';
import { loadCorpus, mutant } from '../fuzz/mutate';
import { repoRoot } from '../support/paths';
import { hasPlainForm, PLAIN_UNITS } from '../../server/src/core/phi/normalize';
import { LEAKS } from './corpus/leaks';

/**
 * Each detector tests a cheap necessary condition (a literal the pattern's
 * every match holds) before running its pattern. Those prefilters must never
 * change what is found: every text below is scanned with them and without
 * them, and the matches must be the same.
 */

function texts(): string[] {
  const out = LEAKS.map((l) => l.text);
  const corpus = loadCorpus();
  const clean = path.join(repoRoot, 'test', 'phi', 'corpus', 'clean');
  const docs = [
    ...corpus.map((c) => c.text),
    ...fs.readdirSync(clean).map((f) => fs.readFileSync(path.join(clean, f), 'utf8')),
    generateCase(3, 600),
  ];
  for (let i = 0; i < 400; i++) docs.push(mutant(corpus, 9000 + i).text);
  for (const text of docs) {
    const doc = new CaseDocument(text);
    for (const s of doc.stringScalars()) out.push(text.slice(s.span.start, s.span.end), s.value);
  }
  // Leak sentences cut and spliced at random points: matches at the edges of a text.
  const r = rng(13);
  for (let i = 0; i < 3000; i++) {
    const a = LEAKS[Math.floor(r() * LEAKS.length)]!.text;
    const b = LEAKS[Math.floor(r() * LEAKS.length)]!.text;
    out.push(a.slice(Math.floor(r() * a.length)) + b.slice(0, Math.floor(r() * b.length)));
  }
  return out;
}

/*
 * The numeric patterns are tried only at or a bounded distance before the
 * runs of digits they need (types.ts eachMatchAt, eachMatchIn). These texts
 * are built from the pieces of the patterns, with the longest labels and
 * separators the patterns allow, so that matches sit at the edges of those
 * windows: digits right after a label or up to its furthest, labels at line
 * starts and ends, CRLF, pasted typography, very long lines, ages in digits
 * and in words.
 */
const PIECES = [
  "driver's licence", 'license plate', 'medical record', 'health-plan', 'Medicare', 'MRN', 'DEA', 'NPI', 'VIN', 'UDI',
  'patient', 'chart', 'record', 'account', 'serial', 'group', 'SSN', 'SS#', 'social security', 'social security number',
  ' number', ' no.', ' num.', ' ID', ' #', ':', '#', ' is ', ' of ', 'passed away', 'passed\taway aged', 'died at',
  'death', 'aged', 'age:', 'age of', 'age  of', 'in her', 'in their early', "'90s", '90s', 'nineties', 'ninety-three',
  'a hundred and two', 'year of birth:', 'birth year', 'born in', 'b.', 'YOB:', 'September.', 'SEPTEMBER', 'Mar.',
  'May', 'the', 'of', 'th', 'st', ',', '.', '-', '/', '+', '(', ')', ' or older', '+1', 'P. O. Box', 'PO Box', 'po box',
  'Street', 'St.', 'Elm', 'Cambridge, MA', 'ZIP', 'phone', 'telephone number', 'fax:', 'tel', 'years old', 'year-old',
  'yo', 'y/o', ' mg', 'on', 'DOB', 'www.', '@', 'x@example.org', 'Mr.', 'Dr', 'Tom Keller', 'her husband, Will Ross',
  '\r\n', '\n', '\t', '  ', '   ', ' ', ' ', ' ', '\u00a0', '\u2011', '\uff11\uff19\uff12\uff18', '\u200b', 'é',
];
const DIGITS = ['0', '9', '12', '90', '93', '105', '129', '130', '002', '1928', '2021', '1850', '03', '14', '555', '0142', '12345', '123456', '1234567', '123456789'];

const SP = ['', ' ', '  ', '   ', '\t', ' \t', '\u00a0'];
/** The patterns' shapes, slot by slot, each slot's longest form included. */
const SHAPES: string[][][] = [
  [["driver's licence", 'medical record', 'license plate', 'beneficiary', 'patient', 'hospital', 'MRN', 'SSN', 'social security number'], SP, ['', 'number', 'no.', 'num.', 'ID', '#'], SP, ['', ':', '#', 'is', 'of'], SP, ['', '#'], SP, ['', 'AB', 'ABCD-', 'abcdefghijklmnopqrst', 'abcdefghijklmnopqrstu'], ['', '12', '1234', '123-45-6789', '123456789', '123 45 6789']],
  [['passed away', 'passed\taway', 'died', 'death', 'age', 'aged', 'age:', 'age :', 'age of', 'in their early', "in his mid-", 'in her late'], SP, ['', 'at', 'aged'], SP, ['93', '105', '90', "'90s", "90's", '90s', 'ninety-two', 'a hundred and two'], SP, ['', 'or older', '+', 'years old', 'yo', 'y/o', 'seven']],
  [['SSN', 'SS#', 'social security', 'social security number', 'social security no.', 'Social Security #'], ['', ' ', '  '], ['', '#', ':', 'is', 'of'], ['', ' ', '  '], ['123-45-6789', '123456789', '123 45 6789', '123-456789', '12-345-6789']],
  [['year of birth:', 'birth year:', 'born in', 'born', 'b.', 'YOB:', 'DOB', 'D.O.B.', 'date of birth', 'year  of  birth  was', 'birth year of', 'born in the year', 'born  in  the  year  of', 'born in Ohio in', 'born  in  Abcdefghijklmnopqrstu,  Abcdefghijklmnopqrstu,  Abcdefghijklmnopqrstu,  in', 'born in a b c d in'], SP, ['', ':', ' : '], SP, ['1928', '1850', '2001', '19281']],
  [['September.', 'SEPTEMBER', 'Mar.', 'May', 'June', 'Dec'], [',', ''], SP, ['', 'the', 'of'], SP, ['14', '3', '31', '2021', '1999', '45'], ['', 'th', 'st'], ['', '-16', ' - 16th', '\t-\t31st', '-45', '\u2013'], ['', ',', '.5'], SP, ['', '2021', '1899']],
  [['14', '3', '2'], ['', 'th', 'nd'], ['', '-16', ' - 16th', '-45'], SP, ['', 'of', '-', '/'], SP, ['March', 'MAR', 'Sep'], ['', '.', '-22', '/2022'], [',', ''], SP, ['', '2021']],
  [['03/14/2022', '2022-03-14', '3-14-22', '03/2021', '2021-03', '555-555-0143', 'call'], ['-', '/', '\u2013', ' - ', ''], ['03/16/2022', '2022-03-16', '3-16-22', '05/2021', '2021-05', '555-555-0199', '555-0143']],
  [['moved to', 'Boise', 'patient', 'in'], SP, ['MA', 'ID', 'MS', 'VT', 'IN,', 'OR'], SP, ['', ':', '#'], ['01609', '01609-1234', '5', '12345']],
  [['record', 'device', 'group', 'MRN'], SP, ['1500', '1200-1500', '7730215'], ['', ' ', '  ', '.5 '], ['mg/day', 'mg', 'mEq/L', 'ng/mL', '%', 'kg', 'grams', 'Lane', '']],
  [['P. O. Box', 'PO Box', 'P.O.Box', 'po box'], SP, ['1', '123456', '1234567']],
  [['12345', '1428', '221B', '7', '123456'], SP, ['Elm', '4th', 'Old Mill', 'Baker'], SP, ['', 'Oak'], SP, ['Street', 'St.', 'Ave', 'Court'], ['', ', Apt 4', ' hearings'], [' ', ', '], ['', 'Cambridge, MA', 'Burlington VT'], SP, ['', '02139', '02139-1234']],
  [['phone', 'telephone number', 'fax:', 'tel', '+1', '(617)', '617'], SP, ['', '555-0142', '555 0142', '617-555-0142', '+44 20 7946 0958', '6175550142']],
];

function shapeText(r: () => number): string {
  const shape = SHAPES[Math.floor(r() * SHAPES.length)]!;
  return shape.map((slot) => slot[Math.floor(r() * slot.length)]!).join('');
}

/** Pieces and shapes, without ages in words when `words` is false (a text with none takes other paths). */
function piecesText(r: () => number, n: number, words: boolean): string {
  const s = piecesWithWords(r, n);
  return words ? s : s.replace(/ninet|hundred/gi, 'eighty');
}

function piecesWithWords(r: () => number, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) {
    const x = r();
    if (x < 0.25) s += shapeText(r);
    else if (x < 0.3) s += PIECES[Math.floor(r() * PIECES.length)]!;
    else if (x < 0.5) s += '\n' + shapeText(r) + '\r\n';
    else {
      const y = r();
      if (y < 0.3) s += DIGITS[Math.floor(r() * DIGITS.length)];
      else if (y < 0.35) s += 'x'.repeat(Math.floor(r() * 70));
      else s += PIECES[Math.floor(r() * PIECES.length)];
    }
  }
  return s;
}

/** Matches with their digits as far from their start as the patterns allow, and near misses. */
const EDGES = [
  "driver's licence  number  :  #  abcdefghijklmnopqrst1234",
  "driver's licence \tnum. \tis \t# \tABCD-EFGH-IJKL-MNOP-Q123",
  'medical record  #  :  #  abcdefghijklmnopqrstu1234',
  'the patient ID: 12345678 and record 2345678',
  'beneficiary  number  :  #  abcdefghijklmnopqrst1234',
  'social security number  is  123-45-6789',
  'Social Security #  of  123 45 6789',
  'SSN 123-45-6789 and 123-45-6789',
  'passed away aged 95',
  'passed away  aged  95',
  'passed\taway\t\taged\t\t105',
  'passed\taway  at  105, aged 93 or older',
  'died at 93; death at 129; age of 90+',
  "in their early  '90s",
  'in his mid-\t90s',
  "in her late 90's.",
  'year of birth:  1928',
  'born in  1850, b. 1930',
  'September.  the  14th, 2021',
  'SEPTEMBER 3 1999',
  'Sept. the 3rd',
  '14th of March 2021',
  '2nd  of  April',
  'March of  2021, Sep. 2020',
  'P. O. Box  123456',
  'PO Box 1234567',
  '12345 Old Mill Creek Court, Apt 4, Cambridge, MA 02139-1234',
  'telephone number: 555-0142',
  '+1 (617) 555-0142',
  'born  in  Abcdefghijklmnopqrstu,  Abcdefghijklmnopqrstu,  Abcdefghijklmnopqrstu,  in  1925',
  'born\tin\tAbcdefghijklmnopqrstu,\tAbcdefghijklmnopqrstu,\tAbcdefghijklmnopqrstuv,\tin\t1925',
  'date  of  birth  :  1925; year  of  birth  was  1926',
  'September.  the  14th - 16th,   2022',
  'SEPTEMBER\t\tthe\t\t3rd\t-\t31st,\t\t\t1999',
  '14th - 16th  of  March, 2022',
  '03/14/2022-03/16/2022-03/18/2022',
  '2022-03-14-2022-03-16T10:30',
  '555-555-0143/555-555-0199/555-555-0111',
  'his phone was 555-0142; called at 555-0143; dialled 555-0144',
  'moved to MA,  01609-1234',
  'a record 1500.5  mg/day',
];

/** Each edge case alone, after and before other digits, at line starts and ends (CRLF), far into a long line, with no-break spaces. */
function edgeTexts(): string[] {
  const out: string[] = [];
  const around: [string, string][] = [
    ['', ''],
    ['The patient [@ref-002] noted\r\n', '\r\nand [@ref-009]'],
    ['ref-002 ', ' 12'],
    ['y'.repeat(5000) + ' ', ''],
    ['x', 'x'],
    ['9', '9'],
    ['\n', '\n'],
  ];
  for (const e of EDGES) {
    for (const [before, after] of around) {
      out.push(before + e + after, before + e.replace(/ /g, '\u00a0') + after);
    }
  }
  return out;
}

const EACH: [string, (t: string) => unknown][] = [
  ['detectAll', (t) => detectAll(t, (w) => w === 'ross', 2024)],
  ['detectIdentifiers', detectIdentifiers],
  ['detectAges', (t) => detectAges(t, 2024)],
  ['detectDates', detectDates],
  ['detectMonthYears', detectMonthYears],
  ['detectLocations', detectLocations],
  ['detectContacts', detectContacts],
  ['detectNames', (t) => detectNames(t)],
];

describe('PHI prefilters', () => {
  after(() => usePrefilters(true));

  it('change no match of detectAll on the leak corpus, the samples, fixtures, mutants and spliced leaks', () => {
    const all = texts();
    assert.ok(all.length > 5000, `${all.length} texts`);
    const allowed = (w: string): boolean => w === 'avery';
    let found = 0;
    for (const text of all) {
      usePrefilters(true);
      const fast = detectAll(text, allowed, 2024);
      usePrefilters(false);
      const full = detectAll(text, allowed, 2024);
      assert.deepStrictEqual(fast, full, JSON.stringify(text.slice(0, 200)));
      found += full.length;
    }
    assert.ok(found > 200, `the texts hold identifiers (${found} found)`);
  });

  it('the memo of short texts that hold nothing changes no match, whatever names a document allows and whatever its year', () => {
    // Short texts only (the memo keeps no other), in a shuffled order, each
    // read in three documents: one allowing a name, one allowing every word
    // (names are then never asked about in vain), one dated far later (a
    // birth year then gives an age over 89).
    const r = rng(31);
    const short = texts().filter((t) => t.length <= 80);
    for (let i = short.length - 1; i > 0; i--) {
      const j = Math.floor(r() * (i + 1));
      [short[i], short[j]] = [short[j]!, short[i]!];
    }
    const contexts: [(w: string) => boolean, number][] = [
      [(w) => w === 'avery', 2024],
      [() => true, 1990],
      [() => false, 2090],
    ];
    let found = 0;
    for (const text of short) {
      for (const [allowed, year] of contexts) {
        usePrefilters(true);
        const fast = detectAll(text, allowed, year);
        usePrefilters(false);
        const full = detectAll(text, allowed, year);
        assert.deepStrictEqual(fast, full, JSON.stringify(text));
        found += full.length;
      }
    }
    assert.ok(short.length > 3000 && found > 100, `${short.length} short texts, ${found} found`);
  });

  it('change no match of any detector on texts built from the patterns\' pieces (matches at the edges of the digit windows)', () => {
    const r = rng(29);
    let found = 0;
    for (let i = 0; i < 8000; i++) {
      // Mostly short texts, some with very long lines (a window far from the start).
      const text = (i % 50 === 0 ? 'y'.repeat(5000) + ' ' : '') + piecesText(r, 2 + Math.floor(r() * 30), i % 2 === 0);
      for (const [name, detect] of EACH) {
        usePrefilters(true);
        const fast = detect(text);
        usePrefilters(false);
        const full = detect(text);
        assert.deepStrictEqual(fast, full, `${name} ${JSON.stringify(text.slice(-300))}`);
        if (name === 'detectAll') found += (full as unknown[]).length;
      }
    }
    for (const text of edgeTexts()) {
      for (const [name, detect] of EACH) {
        usePrefilters(true);
        const fast = detect(text);
        usePrefilters(false);
        assert.deepStrictEqual(fast, detect(text), `${name} ${JSON.stringify(text.slice(-300))}`);
      }
    }
    assert.ok(found > 1000, `the texts hold identifiers (${found} found)`);
  });

  it('the scan for pasted typography finds exactly the UTF-16 units the normalisation maps', () => {
    const wrong: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      if (PLAIN_UNITS.test(String.fromCharCode(c)) !== hasPlainForm(c)) wrong.push(c.toString(16));
    }
    assert.deepStrictEqual(wrong, []);
  });
});
