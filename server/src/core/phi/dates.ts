import { dropOverlaps, eachMatch, type PhiMatch } from './types';

/*
 * Full dates: a day and a month (with or without a year). A year alone
 * ("in 2020") or a month and year ("March 2021") is not flagged. Month names
 * count only when capitalized, so the verb "may" is never a month.
 * Every quantifier below is bounded; none nests over the same characters.
 */

const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';

/** 2021-03-14, 2021/03/14, 2021.03.14 (year first). */
const ISO = /(?<![\w.-])(?:1[89]|20)\d\d([-/.])(0?[1-9]|1[0-2])\1(0?[1-9]|[12]\d|3[01])(?![\w-]|[.]\d)/g;

/** 03/14/2021, 14/03/2021, 3-14-21, 14.03.2021 (a `.` needs a 4-digit year). */
const NUMERIC = /(?<![\w./-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d\d)(?![\w/]|[.-]\d)/g;

/** March 14, March 14th, Mar. 14, 2021, March the 14th. */
const MONTH_DAY = new RegExp(
  `(?<![\\w.])${MONTH}\\.?[ \\t\\u00a0]{1,3}(?:the[ \\t]{1,3})?([0-3]?\\d)(?:st|nd|rd|th)?(?![\\w]|[.,:]\\d)(?:,?[ \\t\\u00a0]{1,3}(?:1[89]|20)\\d\\d(?!\\d))?`,
  'g',
);

/** 14 March 2021, 14th of March, 14 Mar. */
const DAY_MONTH = new RegExp(
  `(?<![\\w.,/-])([0-3]?\\d)(?:st|nd|rd|th)?[ \\t\\u00a0]{1,3}(?:of[ \\t\\u00a0]{1,3})?${MONTH}(?![a-z])\\.?(?:,?[ \\t\\u00a0]{1,3}(?:1[89]|20)\\d\\d(?!\\d))?`,
  'g',
);

const WHAT = 'a full date (day and month)';

function validDay(d: number): boolean {
  return d >= 1 && d <= 31;
}

export function detectDates(text: string): PhiMatch[] {
  const out: PhiMatch[] = [];
  const push = (start: number, end: number): void => {
    out.push({ start, end, kind: 'date', what: WHAT });
  };
  eachMatch(ISO, text, (m) => push(m.index, m.index + m[0].length));
  eachMatch(NUMERIC, text, (m) => {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const sep = m[2];
    const year = m[4] ?? '';
    if (sep === '.' && year.length !== 4) return;
    const monthFirst = a >= 1 && a <= 12 && validDay(b);
    const dayFirst = b >= 1 && b <= 12 && validDay(a);
    if (monthFirst || dayFirst) push(m.index, m.index + m[0].length);
  });
  eachMatch(MONTH_DAY, text, (m) => {
    if (validDay(Number(m[1]))) push(m.index, m.index + m[0].length);
  });
  eachMatch(DAY_MONTH, text, (m) => {
    if (validDay(Number(m[1]))) push(m.index, m.index + m[0].length);
  });
  return dropOverlaps(out);
}
