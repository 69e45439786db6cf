import * as assert from 'assert';
import { detectAll, type PhiMatch } from '../../server/src/core/phi';
import { isKnownSurname } from '../../server/src/core/phi/names';
import { seen } from '../support/phiSeen';

/**
 * Personal names phi-name used to miss (docs/rules/phi-name.md), as a user
 * sees them: the rule, the range, and a message that never quotes the name.
 * Every person here is invented.
 */

function names(text: string): string[] {
  return detectAll(text, () => false, 2024)
    .filter((m: PhiMatch) => m.kind === 'name')
    .map((m) => text.slice(m.start, m.end));
}

/** One test per line: phi-name on each expected name at its offset (the message quoting none of it), and none on the silent lines. */
function expectNames(hits: readonly [string, [string, number][]][], silent: readonly string[]): void {
  for (const [line, expected] of hits) {
    it(`phi-name on ${expected.map(([t]) => `"${t}"`).join(', ')} in "${line}", the message quoting none of it`, () => {
      assert.deepStrictEqual(seen(line, 'phi-name'), expected);
    });
  }
  for (const line of silent) {
    it(`no phi-name in "${line}"`, () => assert.deepStrictEqual(seen(line, 'phi-name'), []));
  }
}

describe('known misses: a word-like given name at a sentence\'s start before a known surname and a verb', () => {
  const HITS: [string, [string, number][]][] = [
    ['Will Keller came to the clinic.', [['Will Keller', 0]]],
    ['Will Keller called twice that week.', [['Will Keller', 0]]],
    ['She left. May Keller phoned the ward.', [['May Keller', 10]]],
    ['Frank Novak later visited her.', [['Frank Novak', 0]]],
    ['Mark Keller is her brother.', [['Mark Keller', 0]]],
    ['- Grace Alvarez drove her home.', [['Grace Alvarez', 2]]],
    ['Then Will Keller came to the clinic.', [['Will Keller', 5]]],
    ['She slept. Later, May Keller phoned the ward.', [['May Keller', 18]]],
  ];
  const SILENT = [
    'Will Spravato be covered by his plan?',
    'Will Keller come back?',
    'Will Keller called? Nobody knew.',
    "Will Keller's insurance cover the sessions?",
    'May Day parades were held.',
    'May Keller be admitted again?',
    'Grace Hospital admitted her.',
    'Hope Lodge gave her a room.',
    'Will Smith came.',
    'Grace Okafor came.',
    'Frank Keller and the team met.',
    'Then Will Keller come back?',
    'Then May Day parades were held.',
    'Perhaps Will Keller came.',
  ];
  expectNames(HITS, SILENT);
  it('the surname lexicon holds common surnames that are no English word, without case or apostrophes', () => {
    assert.deepStrictEqual(
      ['Keller', 'Novak', 'Alvarez', 'McDonald', "O'Brien", 'Hall', 'Day', 'Spravato', 'Smith', 'Okafor'].map(isKnownSurname),
      [true, true, true, true, true, false, false, false, false, false],
    );
  });
});

describe('known misses: a clear given name before an institution word that is a surname', () => {
  const HITS: [string, [string, number][]][] = [
    ['Tom Hall visited on Sunday.', [['Tom Hall', 0]]],
    ['Jane Church said she felt better.', [['Jane Church', 0]]],
    ['Then Emily Park called the ward.', [['Emily Park', 5]]],
    ['Her neighbour, Tom Hall, drove her home.', [['Tom Hall', 15]]],
    ['He met Tom Hall there twice.', [['Tom Hall', 7]]],
    ['She called Jane Church that night.', [['Jane Church', 11]]],
    ['Anna Ward phoned the clinic.', [['Anna Ward', 0]]],
    ['Her brother, Greg House, drove her home.', [['Greg House', 13]]],
  ];
  const SILENT = [
    'Carnegie Hall hosted the benefit.',
    'Memorial Hall opened in 2019.',
    'Town Hall said nothing.',
    'They met at the Albert Hall said a friend.',
    'Royal Albert Hall visited by the group.',
    'Tom Hall of Fame visited.',
    'Tom Hall Community Center called.',
    'She walked in Stanley Park daily.',
    'Stanley Park is lovely in spring.',
    'Grace Church said a prayer for her.',
    'Trinity Church said it would help.',
    'They visited Albert Hall in May.',
    'He met Tom Hall Community Center staff.',
    'She called Grace Church for help.',
    'She stayed on Anna Ward 3 for a week.',
    'Tom House Foundation paid for it.',
    'She moved to the Emily House shelter.',
  ];
  expectNames(HITS, SILENT);
});

describe('known misses: "seen by" a person', () => {
  it('phi-name on "Mary Keller" in "She was seen by Mary Keller." (found before; kept so)', () => {
    assert.deepStrictEqual(seen('She was seen by Mary Keller.', 'phi-name'), [['Mary Keller', 16]]);
  });
  it('phi-name on a month-like given name after a passive verb and "by": "seen by May Keller"', () => {
    assert.deepStrictEqual(seen('She was seen by May Keller in clinic.', 'phi-name'), [['May Keller', 16]]);
    assert.deepStrictEqual(names('By May Keller had improved.'), []);
    assert.deepStrictEqual(names('In May Keller\'s mood lifted.'), []);
  });
  it('phi-name over all three words of a double given name and a surname', () => {
    assert.deepStrictEqual(seen('She was seen by Mary Ellen Keller.', 'phi-name'), [['Mary Ellen Keller', 16]]);
    assert.deepStrictEqual(seen('She was seen by Mary Jane Keller.', 'phi-name'), [['Mary Jane Keller', 16]]);
    assert.deepStrictEqual(names('He smoked Mary Jane.'), []);
    assert.deepStrictEqual(names('He met Mary Ann Monday.'), ['Mary Ann']);
  });
});

