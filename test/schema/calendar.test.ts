import * as assert from 'assert';
import { lint } from '../../server/src/core';
import { calendarProblem, parsePartialDate } from '../../server/src/core/dates';
import { caseProblems } from '../../server/src/core/schema';
import { MINIMAL_CASE } from '../support/case';

const HEAD = MINIMAL_CASE;

/** The schema findings of a document, each as the text it covers and its message. */
function schemaFindings(extra: string): { text: string; message: string }[] {
  const text = `${HEAD}\n${extra}\n`;
  return lint(text)
    .findings.filter((f) => f.rule === 'schema')
    .map((f) => ({ text: text.slice(f.start, f.end), message: f.message }));
}

describe('dates off the calendar (schema rule)', () => {
  it('report an editorial date the calendar does not have, on the value, quoting it and saying why', () => {
    const cases: [string, string][] = [
      ['2023-02-30', '`submitted` must be a calendar date; 2023-02-30 is not (February 2023 has 28 days)'],
      ['2021-13-01', '`submitted` must be a calendar date; 2021-13-01 is not (a year has 12 months)'],
      ['2022-04-31', '`submitted` must be a calendar date; 2022-04-31 is not (April 2022 has 30 days)'],
      ['2023-02-29', '`submitted` must be a calendar date; 2023-02-29 is not (February 2023 has 28 days: 2023 is not a leap year)'],
      ['1900-02-29', '`submitted` must be a calendar date; 1900-02-29 is not (February 1900 has 28 days: 1900 is not a leap year)'],
      ['2024-06-00', '`submitted` must be a calendar date; 2024-06-00 is not (days start at 01)'],
    ];
    for (const [date, message] of cases) {
      assert.deepStrictEqual(schemaFindings(`treatment_history: []\ndates:\n  submitted: ${date}`), [{ text: date, message }], date);
    }
  });

  it('accept every real date, leap days of leap years included', () => {
    for (const date of ['2024-02-29', '2000-02-29', '2023-02-28', '2022-04-30', '2021-12-31', '2023-01-31']) {
      assert.deepStrictEqual(schemaFindings(`treatment_history: []\ndates:\n  published: ${date}`), [], date);
    }
  });

  it('report a period end off the calendar without repeating its month or year (periods are patient-facing)', () => {
    const found = schemaFindings('treatment_history:\n  - drug: sertraline\n    period: 2023-02-29/2023-06');
    assert.deepStrictEqual(found, [
      { text: '2023-02-29/2023-06', message: '`period` must be start/end, each end a calendar date; its start is not (the day is past the end of its month)' },
    ]);
    assert.doesNotMatch(found[0]!.message, /2023|02|February|28/);
    const month = schemaFindings('treatment_history:\n  - therapy: cbt\n    period: 2021/2021-13');
    assert.deepStrictEqual(month.map((f) => f.message), ['`period` must be start/end, each end a calendar date; its end is not (a year has 12 months)']);
    assert.deepStrictEqual(schemaFindings('treatment_history:\n  - procedure: ECT\n    period: 2024-02-29/2024-04-30'), []);
  });

  it('leave an impossible date out of dates-order (a malformed date is the schema rule\'s)', () => {
    const text = `${HEAD}\ntreatment_history: []\ndates:\n  submitted: 2023-02-30\n  accepted: 2023-02-20\n`;
    assert.deepStrictEqual(lint(text).findings.filter((f) => f.rule === 'dates-order'), []);
    assert.strictEqual(parsePartialDate('2023-02-30'), undefined);
    assert.deepStrictEqual(parsePartialDate('2024-02-29'), [2024, 2, 29]);
  });

  it('the compiled validator (calendarDates) and calendarProblem agree on every month and day', () => {
    const pad = (n: number, w: number): string => String(n).padStart(w, '0');
    const disagree: string[] = [];
    for (const year of [1900, 2000, 2023, 2024]) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          const date = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
          const compiled = caseProblems({ dates: { submitted: date } }).some((p) => p.keyword === 'calendarDates');
          if (compiled !== (calendarProblem(date) !== undefined)) disagree.push(date);
        }
        const ym = `${pad(year, 4)}-${pad(month, 2)}`;
        const period = caseProblems({ treatment_history: [{ drug: 'x', period: `${ym}/${year + 1}` }] }).some((p) => p.keyword === 'calendarDates');
        if (period !== (calendarProblem(ym) !== undefined)) disagree.push(ym);
      }
    }
    assert.deepStrictEqual(disagree, []);
  });
});
