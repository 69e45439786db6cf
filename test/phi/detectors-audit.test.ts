import * as assert from 'assert';
import { CaseDocument } from '../../server/src/core';
import { detectAll, detectLocations, normalizeForMatching, scanDocument, type PhiKind } from '../../server/src/core/phi';
import { DROPPED_UNITS, plainForm } from '../../server/src/core/phi/normalize';

/**
 * The forms an audit of the detectors found missed or misread, each as the
 * rules see it: line wraps inside a value, date ranges, phone numbers glued to
 * a slash or a word, birth years, quantities after a label word, ZIP codes
 * after a state abbreviation that is also a word, and YAML escapes in a
 * double-quoted value. Invented people, 555 numbers, example.org only.
 */

function found(text: string, year = 2024): [PhiKind, string][] {
  return detectAll(text, () => false, year).map((m) => [m.kind, text.slice(m.start, m.end)]);
}

/** What the scan of a document finds, as [kind, the document's text under the range]. */
function scanned(yaml: string): [PhiKind, string][] {
  return scanDocument(new CaseDocument(yaml)).map((f) => [f.kind, yaml.slice(f.start, f.end)]);
}

const doc = (value: string): string => `dates:\n  published: 2024-05-01\npatient:\n  history: ${value}\n`;

describe('line wraps inside a value read as a space', () => {
  const LINES = ['She was seen on March', '14, 2022; her sister Mary', 'Keller called from 617 555', '0142 at 1428 Elm', 'Street.'];
  const wrapped = (eol: string, indent: string): [PhiKind, string][] => [
    ['date', `March${eol}${indent}14, 2022`],
    ['name', `Mary${eol}${indent}Keller`],
    ['contact', `617 555${eol}${indent}0142`],
    ['location', `1428 Elm${eol}${indent}Street`],
  ];
  const STYLES: [string, string][] = [
    ['a literal block', `|\n${LINES.map((l) => `    ${l}`).join('\n')}`],
    ['a folded block', `>\n${LINES.map((l) => `    ${l}`).join('\n')}`],
    ['a plain value over several lines', LINES.join('\n    ')],
    ['a double-quoted value over several lines', `"${LINES.join('\n    ')}"`],
    ['a single-quoted value over several lines', `'${LINES.join('\n    ')}'`],
  ];
  for (const [name, value] of STYLES) {
    for (const eol of ['\n', '\r\n']) {
      it(`${name} (${JSON.stringify(eol)}): each identifier split by a wrap is one finding over both lines`, () => {
        assert.deepStrictEqual(scanned(doc(value).replace(/\n/g, eol)), wrapped(eol, '    '));
      });
    }
  }

  it('takes the spaces at the end of a line into the wrap', () => {
    assert.deepStrictEqual(found('seen March  \n   14, 2022'), [['date', 'March  \n   14, 2022']]);
  });

  it('a blank line ends the paragraph: nothing is joined across it', () => {
    assert.deepStrictEqual(found('seen on March\n\n  14, 2022'), []);
    assert.deepStrictEqual(found('seen on March\n   \n  14, 2022'), []);
    assert.deepStrictEqual(found('her sister Mary\n\nKeller came'), []);
  });

  it('a list item, heading, quote or table row starts its own line: nothing is joined into it', () => {
    for (const start of ['- ', '* ', '+ ', '1. ', '2) ', '# ', '> ', '| ']) {
      const n = normalizeForMatching(`seen March\n  ${start}14, 2022`);
      assert.ok(n.text.includes('\n'), start);
      assert.deepStrictEqual(found(`her sister Mary\n${start}Keller came`), [], start);
    }
    // A list of labelled numbers keeps each label with its own number.
    const list = '- Phone: 555-0142\n- Fax: 555-0143\n- Tel. 555-0199\n';
    assert.deepStrictEqual(
      detectAll(list).map((m) => [m.what, list.slice(m.start, m.end)]),
      [['a phone number', '555-0142'], ['a fax number', '555-0143'], ['a phone number', '555-0199']],
    );
    // A wrapped list item still joins its own continuation line.
    assert.deepStrictEqual(found('- seen on March\n  14, 2022\n- stable'), [['date', 'March\n  14, 2022']]);
  });

  it('maps offsets back: a wrap is one space in the plain text, and a text with none is returned as it is', () => {
    const n = normalizeForMatching('a \n  b\nc');
    assert.strictEqual(n.text, 'a b c');
    assert.deepStrictEqual([n.start(0), n.start(2), n.start(4), n.end(1), n.end(2), n.end(3), n.end(5)], [0, 5, 7, 1, 5, 6, 8]);
    const text = 'one line, nothing to change';
    assert.strictEqual(normalizeForMatching(text).text, text);
    const block = 'two lines\n\nand a blank one between\n';
    assert.strictEqual(normalizeForMatching(block).text, block);
  });
});

describe('date ranges', () => {
  const HITS: [string, [PhiKind, string][]][] = [
    ['admitted 03/14/2022\u201303/16/2022 inpatient', [['date', '03/14/2022'], ['date', '03/16/2022']]],
    ['admitted 03/14/2022-03/16/2022 inpatient', [['date', '03/14/2022'], ['date', '03/16/2022']]],
    ['admitted 2022-03-14\u20132022-03-16 inpatient', [['date', '2022-03-14'], ['date', '2022-03-16']]],
    ['admitted 2022-03-14-2022-03-16 inpatient', [['date', '2022-03-14'], ['date', '2022-03-16']]],
    ['admitted 14\u201316 March 2022 inpatient', [['date', '14\u201316 March 2022']]],
    ['admitted 14-16 March 2022 inpatient', [['date', '14-16 March 2022']]],
    ['admitted 14th - 16th of March inpatient', [['date', '14th - 16th of March']]],
    ['admitted March 14\u201316, 2022 inpatient', [['date', 'March 14\u201316, 2022']]],
    ['lithium 03/2021-05/2021 daily', [['month-year', '03/2021'], ['month-year', '05/2021']]],
    ['lithium 03/2021\u201305/2021 daily', [['month-year', '03/2021'], ['month-year', '05/2021']]],
    ['lithium 2021-03\u20132021-05 daily', [['month-year', '2021-03'], ['month-year', '2021-05']]],
    ['period 2021-07-14/2022-01-03', [['date', '2021-07-14'], ['date', '2022-01-03']]],
    ['admitted 3/14/22-3/16/22 inpatient', [['date', '3/14/22'], ['date', '3/16/22']]],
    ['admitted 03/14/22\u201303/16/22 inpatient', [['date', '03/14/22'], ['date', '03/16/22']]],
  ];
  for (const [text, expected] of HITS) {
    it(`finds ${expected.map((e) => e.join(' ')).join(', ')} in "${text}"`, () => assert.deepStrictEqual(found(text), expected));
  }
  for (const text of ['titrated 10-12-14-16-18-20 mg', 'from 2019-2021', 'on days 14-16 of the cycle', 'a 3-4-22-5 pattern', 'scores 12/14/16/18', 'March 40-45 mg', 'titrated 5/10/20-5/10/20 mg']) {
    it(`stays silent on "${text}"`, () => assert.deepStrictEqual(found(text), []));
  }
});

describe('phone numbers', () => {
  const HITS: [string, [PhiKind, string][]][] = [
    ['home/cell 555-555-0143/555-555-0199 on file', [['contact', '555-555-0143'], ['contact', '555-555-0199']]],
    ['please call-555-555-0143 after six', [['contact', '555-555-0143']]],
    ['His phone is 555-0143.', [['contact', '555-0143']]],
    ['Her phone number was 555 0143.', [['contact', '555 0143']]],
    ['Call 555-0143 after six.', [['contact', '555-0143']]],
    ['she called at 555-0143 twice', [['contact', '555-0143']]],
  ];
  for (const [text, expected] of HITS) {
    it(`finds ${expected.map((e) => e.join(' ')).join(', ')} in "${text}"`, () => assert.deepStrictEqual(found(text), expected));
  }
  it('calls a number after "fax is" a fax number', () => {
    assert.deepStrictEqual(detectAll('the fax is 555-0143').map((m) => m.what), ['a fax number']);
  });
  for (const text of ['we called 100-1000 families', 'call 911 at once', 'a recall of 555-0143 units', 'ratio 555-555-0143/2', 'codes 12-555-555-0143']) {
    it(`finds no phone number in "${text}"`, () => assert.deepStrictEqual(found(text), []));
  }
});

describe('birth years', () => {
  for (const text of [
    'His year of birth is 1925.',
    'DOB 1925.',
    'DOB: 1925, widowed',
    'His mother was born in the year 1925.',
    'a birth year of 1925',
    'date of birth: 1925',
    'He was born in Ohio in 1925.',
    'born in Cleveland, Ohio, in 1925',
    'born in a small town in 1925',
    'born in 1925',
    'b. 1925',
    'Year of birth 1925',
  ]) {
    it(`finds the birth year in "${text}" (document of 2024)`, () => assert.deepStrictEqual(found(text).filter(([k]) => k === 'age'), [['age', '1925']]));
  }
  for (const text of ['His year of birth is 1950.', 'DOB 1950', 'born in Ohio in 1950', 'born in Ohio, where her father died when she was four, in 1925']) {
    it(`stays silent on "${text}"`, () => assert.deepStrictEqual(found(text), []));
  }
});

describe('quantities after an identifier word', () => {
  for (const text of [
    'He reached a record 1500 mg/day of lithium.',
    'the device 1200 mg dose',
    'group 1200 mg',
    'a record 1500mg/day',
    'group 1200-1500 mg',
    'record 1500 mcg',
    'policy 2500 mL of fluids',
    'record 1500.5 mg',
    'chart 4500 ng/mL',
    'member 1200 kg',
    'account 1500 %',
  ]) {
    it(`stays silent on "${text}"`, () => assert.deepStrictEqual(found(text), []));
  }
  const IDS: [string, string][] = [
    ['MRN 7730215 on file', '7730215'],
    ['record 5521907 (mg of what?)', '5521907'],
    ['chart 00482211 grams aside', '00482211'],
    ['group 1200 Lane', '1200'],
    ['MRN 7730215 L4-L5 fusion', '7730215'],
  ];
  for (const [text, id] of IDS) {
    it(`still finds the identifier in "${text}"`, () => assert.deepStrictEqual(found(text).filter(([k]) => k === 'identifier'), [['identifier', id]]));
  }
});

describe('ZIP codes after a state abbreviation that is also a word', () => {
  const AMBIGUOUS = ['CO', 'DE', 'GA', 'HI', 'IN', 'LA', 'ME', 'MD', 'MA', 'MS', 'ND', 'OK', 'OR', 'PA', 'SD', 'VA'];
  for (const st of AMBIGUOUS) {
    it(`finds the ZIP code after "${st}", with or without a comma, and ZIP+4`, () => {
      assert.deepStrictEqual(found(`He moved to ${st} 01609 last year.`), [['location', '01609']]);
      assert.deepStrictEqual(found(`He moved to ${st}, 01609 last year.`), [['location', '01609']]);
      assert.deepStrictEqual(found(`He moved to ${st} 01609-1234 last year.`), [['location', '01609-1234']]);
    });
  }
  it('still finds it after a capitalized word, whatever stands between', () => {
    assert.deepStrictEqual(detectLocations('Springfield MA: 01103').map((m) => m.what), ['a city with its state', 'a ZIP code']);
  });
  it('finds it after ID after a preposition or a capitalized word', () => {
    assert.deepStrictEqual(found('He moved to ID 83702 last year.'), [['location', '83702']]);
    assert.deepStrictEqual(detectLocations('Boise ID 83702').length, 1);
  });
  for (const text of ['MS 5 years', 'had MS for 12 years', 'patient ID 12345', 'ID: 12345', 'ID #12345', 'OR 1.5 (95% CI)', 'IN 2019', 'ma 01609']) {
    it(`finds no ZIP code in "${text}"`, () => assert.deepStrictEqual(detectLocations(text), []));
  }
});

describe('YAML escapes in a double-quoted value', () => {
  it('reads \\u, \\x and \\t escapes as their characters, with ranges on the escapes as written', () => {
    const value = '"Call 555\\u2013555\\u20130143; seen March\\u00a014, 2022; write jdoe\\uff20example.org."';
    assert.deepStrictEqual(scanned(doc(value)), [
      ['contact', '555\\u2013555\\u20130143'],
      ['date', 'March\\u00a014, 2022'],
      ['contact', 'jdoe\\uff20example.org'],
    ]);
    assert.deepStrictEqual(scanned(doc('"seen March\\t14, 2022 and 03\\x2F16\\x2F2022"')), [
      ['date', 'March\\t14, 2022'],
      ['date', '03\\x2F16\\x2F2022'],
    ]);
  });

  it('joins the lines around an escaped line break with nothing between', () => {
    assert.deepStrictEqual(scanned(doc('"call 555-555-\\\n    0143 now"')), [['contact', '555-555-\\\n    0143']]);
  });

  it('leaves an escaped backslash, and escapes outside a double-quoted value, as they are', () => {
    assert.deepStrictEqual(scanned(doc('"call 555\\\\u2013555\\\\u20130143 now"')), []);
    assert.deepStrictEqual(scanned(doc("'call 555\\u2013555\\u20130143 now'")), []);
    assert.deepStrictEqual(scanned(doc('|\n    call 555\\u2013555\\u20130143 now\n')), []);
  });
});

describe('normalisation in stages', () => {
  it('drops exactly the units whose plain form is empty (the rest of PLAIN_UNITS keep their offsets)', () => {
    const wrong: string[] = [];
    for (let c = 0; c <= 0xffff; c++) if (DROPPED_UNITS.test(String.fromCharCode(c)) !== (plainForm(c) === '')) wrong.push(c.toString(16));
    assert.deepStrictEqual(wrong, []);
  });

  it('maps offsets back through dropped units, escapes and wraps in one text', () => {
    const text = '"a\u200b\\u2013b \n   c\u200bd"';
    const n = normalizeForMatching(text);
    assert.strictEqual(n.text, '"a-b cd"');
    assert.deepStrictEqual([...n.text].map((_, o) => n.start(o)), [0, 1, 3, 9, 10, 15, 17, 18]);
    assert.deepStrictEqual([...n.text].map((_, o) => n.end(o + 1)), [1, 2, 9, 10, 15, 16, 18, 19]);
  });

  it('a long text with more matches than a function call takes arguments is scanned whole', () => {
    assert.strictEqual(detectAll('555-555-0143 '.repeat(200_000)).length, 200_000);
  });
});
