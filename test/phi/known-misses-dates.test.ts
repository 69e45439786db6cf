import * as assert from 'assert';
import { seen } from '../support/phiSeen';

/**
 * Numeric date ranges with two-digit years (docs/rules/phi-date.md), as a user
 * sees them: one phi-date per date, and a message that never quotes either.
 */

describe('known misses: numeric date ranges with two-digit years', () => {
  const HITS: [string, [string, number][]][] = [
    ['Admitted 3/14/22-3/16/22 after an overdose.', [['3/14/22', 9], ['3/16/22', 17]]],
    ['Admitted 03/14/22\u201303/16/22 after an overdose.', [['03/14/22', 9], ['03/16/22', 18]]],
    ['Admitted 14/03/22-16/03/22 after an overdose.', [['14/03/22', 9], ['16/03/22', 18]]],
    ['Admitted 3/14/22-3/16/2022 after an overdose.', [['3/14/22', 9], ['3/16/2022', 17]]],
    ['Admitted 3-14-22-3-16-22 after an overdose.', [['3-14-22', 9], ['3-16-22', 17]]],
    ['Admitted 03-14-22–03-16-22 after an overdose.', [['03-14-22', 9], ['03-16-22', 18]]],
  ];
  for (const [line, expected] of HITS) {
    it(`phi-date on ${expected.map(([t]) => `"${t}"`).join(', ')} in "${line}", the message quoting none of it`, () => {
      assert.deepStrictEqual(seen(line, 'phi-date'), expected);
    });
  }
  for (const line of ['Titrated 5/10/20-5/10/20 mg over a month.', 'Scores ran 1/2/22-3 in the trial.', 'Doses 10/20/40-50 mg were tried.', 'Titrated 10-20-40-10-20-40 mg by turns.', 'Part 10-20-40-80 was ordered.']) {
    it(`no phi-date in "${line}"`, () => assert.deepStrictEqual(seen(line, 'phi-date'), []));
  }
});

