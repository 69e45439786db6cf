import * as assert from 'assert';
import {
  detectAges,
  detectContacts,
  detectDates,
  detectIdentifiers,
  detectLocations,
  detectAll,
  detectMonthYears,
  detectNames,
  detectTitledNames,
  type PhiMatch,
} from '../../server/src/core/phi';

/**
 * Each detector over 1 MB of hostile text: long runs of digits, dots, `@`,
 * colons, titles and spaces, where a backtracking pattern would take minutes.
 * The results must be right (speed itself is measured in bench/phi.bench.ts).
 */

const MB = 1024 * 1024;

function fill(unit: string, size = MB): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/** Repeat `unit` whole, to about 1 MB: returns the text and how many times it holds unit. */
function repeat(unit: string): { text: string; count: number } {
  const count = Math.ceil(MB / unit.length);
  return { text: unit.repeat(count), count };
}

const DETECTORS: Record<string, (text: string) => PhiMatch[]> = {
  dates: detectDates,
  ages: detectAges,
  contacts: detectContacts,
  identifiers: detectIdentifiers,
  locations: detectLocations,
  names: (t) => detectNames(t),
  'month-years': detectMonthYears,
  all: (t) => detectAll(t),
};

const NOTHING_TO_FIND: Record<string, string> = {
  'a run of digits': fill('0123456789'),
  'a run of dots': fill('.'),
  'a run of @': fill('@'),
  'a run of spaces': fill(' '),
  'a run of colons': fill(':'),
  'a@a@a@': fill('a@'),
  '1.1.1.1.': fill('1.'),
  '1-1-1-1-': fill('1-'),
  '12 12 12 ': fill('12 '),
  'Mr. Mr. Mr. ': fill('Mr. '),
  'Mr Mr Mr ': fill('Mr '),
  'hex and colons': fill('ab:cd:'),
  'digits then a year-old suffix': fill('9', MB - 9) + '-year-old',
  'one long word': fill('abcdefghij'),
  'ZIP-shaped digits in groups of five': fill('12345 '),
  'capitalized words': fill('Abcd Efgh '),
  'given names without surnames': fill('Emily and '),
  'no-break spaces and hyphens': fill('1\u00a0\u2011'),
  'zero-width characters': fill('1\u200b'),
  'city-like words before a state': fill('Boston Boston '),
  'dots between letters': fill('a.'),
};

describe('PHI detectors on 1 MB of adversarial text', () => {
  for (const [inputName, text] of Object.entries(NOTHING_TO_FIND)) {
    for (const [name, detect] of Object.entries(DETECTORS)) {
      it(`${name}: finds nothing in ${inputName}`, () => {
        assert.deepStrictEqual(detect(text), []);
      });
    }
  }

  it('contacts: a 1 MB local part before @ gives one email, cut to 64 characters', () => {
    const text = fill('a') + '@example.org';
    const found = detectContacts(text);
    assert.strictEqual(found.length, 1);
    assert.strictEqual(found[0]?.what, 'an email address');
    assert.strictEqual(found[0]?.end, text.length);
    assert.strictEqual(found[0]?.start, MB - 64);
  });

  it('contacts: a URL with no spaces for 1 MB is found in bounded pieces, all of them URLs', () => {
    const text = 'see https://example.org/' + fill('a/');
    const found = detectContacts(text);
    assert.ok(found.length >= 1);
    assert.strictEqual(found[0]?.start, 4);
    assert.ok(found.every((m) => m.what === 'a URL' && m.end - m.start <= 2048 + 8));
  });

  const repeated: [string, string, (t: string) => PhiMatch[], string][] = [
    ['names', 'Mr. Smith and ', (t) => detectTitledNames(t), 'Mr. Smith'],
    ['given names', 'and Emily Novak ', (t) => detectNames(t), 'Emily Novak'],
    ['month-years', 'in March 2021, ', detectMonthYears, 'March 2021'],
    ['city + state', 'Burlington VT; ', detectLocations, 'Burlington VT'],
    ['pasted phones', 'call 617\u2011555\u20110142 ', (t) => detectAll(t), '617\u2011555\u20110142'],
    ['contacts', 'call 617-555-0142 ', detectContacts, '617-555-0142'],
    ['contacts', 'x@example.org ', detectContacts, 'x@example.org'],
    ['identifiers', 'MRN 7730215, ', detectIdentifiers, '7730215'],
    ['dates', 'on 2021-03-14, ', detectDates, '2021-03-14'],
    ['ages', 'a 92-year-old ', detectAges, '92-year-old'],
    ['locations', 'at 1428 Elm Street; ', detectLocations, '1428 Elm Street'],
  ];
  for (const [name, unit, detect, expected] of repeated) {
    it(`${name}: finds every one of ${Math.ceil(MB / unit.length)} repeats of "${unit.trim()}"`, () => {
      const { text, count } = repeat(unit);
      const found = detect(text);
      assert.strictEqual(found.length, count);
      assert.ok(found.every((m) => text.slice(m.start, m.end) === expected));
    });
  }
});
