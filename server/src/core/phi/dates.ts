import { digitRuns, digitsAroundOne, dropOverlaps, eachMatch, eachMatchAt, eachMatchIn, lineStartBefore, mayMatch, prefiltering, runStarts, windowsBefore, type PhiMatch } from './types';

/*
 * Full dates: a day and a month (with or without a year), in every form
 * docs/rules/phi-date.md lists; and months with a year (phi-month-year). A
 * year alone ("in 2020") is left alone. Month names count only capitalized
 * or in capitals, so the verb "may" is never a month. A number sequence
 * followed by a dose unit is a titration (`10/20/40 mg`), not a date.
 * A range joined by a dash without spaces (`03/14/2022-03/16/2022`,
 * `2022-03-14–2022-03-16`, `03/2021-05/2021`) gives one finding per date;
 * days joined before one month (`14–16 March 2022`, `March 14-16`) are one
 * full date over the whole range. Every quantifier below is bounded; none
 * nests over the same characters.
 */

const MONTH_WORDS =
  'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';
const MONTH = `(?:${MONTH_WORDS}|${MONTH_WORDS.toUpperCase()})`;
const SP = '[ \\t]{1,3}';
const YEAR = '(?:1[89]|20)\\d\\d(?!\\d)';

/*
 * A dash glued to a full date in digits belongs to a range when a full date
 * in digits stands on its other side (with a four-digit year, or with slashes
 * or dashes and a two-digit one: `3/14/22-3/16/22`, `3-14-22-3-16-22`): the dash after a date may be
 * followed by RANGE_NEXT, the dash before one preceded by RANGE_PREVIOUS. Any
 * other dash next to digits is part of a longer number.
 */
const FULL_DIGITS =
  '(?:(?:1[89]|20)\\d\\d[-/.]\\d{1,2}[-/.]\\d{1,2}|\\d{1,2}[-/.]\\d{1,2}[-/.](?:1[89]|20)\\d\\d|\\d{1,2}/\\d{1,2}/\\d\\d(?!\\d)|\\d{1,2}-\\d{1,2}-\\d\\d(?!\\d))';
const RANGE_NEXT = `${FULL_DIGITS}(?!\\d)`;
const RANGE_PREVIOUS = `(?<![\\w./-])${FULL_DIGITS}`;
/** The dash and the second date of a range, just after a first one (its dose unit, if any, makes both a titration). */
const RANGE_REST = new RegExp(`-${FULL_DIGITS}(?!\\d)`, 'y');

/** 2021-03-14, 2021/03/14, 2021.03.14 (year first), with an optional time: 2022-03-14T22:40. */
const ISO = new RegExp(
  `(?<![\\w.]|(?<!${RANGE_PREVIOUS})-)(?:1[89]|20)\\d\\d([-/.])(0?[1-9]|1[0-2])\\1(0?[1-9]|[12]\\d|3[01])(?:[T ]\\d\\d:\\d\\d(?::\\d\\d)?)?(?![\\w]|-(?!${RANGE_NEXT})|[.]\\d)`,
  'g',
);

/** 03/14/2021, 14/03/2021, 3-14-21, 14.03.2021 (a `.` needs a 4-digit year). */
const NUMERIC = new RegExp(
  `(?<![\\w./]|(?<!${RANGE_PREVIOUS})-)(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4}|\\d\\d)(?![\\w/]|[.]\\d|-(?!${RANGE_NEXT})\\d)`,
  'g',
);

/** A second day after a first: `14-16`, `14th–16th` (a dash, with a space or none around it). */
const TO_DAY = '(?:[ \\t]?-[ \\t]?([0-3]?\\d)(?:st|nd|rd|th)?)?';

/** March 14, March 14th, Mar. 14, 2021, March the 14th, MAY 6, 2022, March 14-16, 2022. */
const MONTH_DAY = new RegExp(
  `(?<![\\w.])${MONTH}\\.?${SP}(?:the${SP})?([0-3]?\\d)(?:st|nd|rd|th)?${TO_DAY}(?![\\w]|[.,:]\\d)(?:,?${SP}${YEAR})?`,
  'g',
);

/** 14 March 2021, 14th of March, the 2nd of April, 14 Mar, 14-Mar-2022, 14/MAR/22, 14–16 March 2022. */
const DAY_MONTH = new RegExp(
  `(?<![\\w.,/-])([0-3]?\\d)(?:st|nd|rd|th)?${TO_DAY}(?:${SP}(?:of${SP})?|([-/]))${MONTH}(?![a-zA-Z])\\.?(?:,?${SP}${YEAR}|\\3(?:\\d{4}|\\d\\d)(?![\\w-]))?`,
  'g',
);

/** 20220314: a date only next to a date word. */
const COMPACT = /(?<![\w.-])(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?![\w-])/g;
const DATE_WORD_BEFORE = /\b(?:date[ds]?|dated|DOB|born|birth|on|admitted|admission|discharged?|seen|visit|died|death)[ \t:#]{0,3}(?:of[ \t]{1,2}\w{1,12}[ \t:]{0,3})?$/i;

/** March 2021, Mar. 2021, MARCH 2021, March of 2021, 03/2021, 3/2021, 2021-03. */
const MONTH_NAME_YEAR = new RegExp(`(?<![\\w.])${MONTH}\\.?,?${SP}(?:of${SP})?${YEAR}`, 'g');
/** A month-year range glued by a dash: `03/2021-05/2021`, `2021-03–2021-05` (one finding per month). */
const MONTH_YEAR_DIGITS = '(?:(?:0?[1-9]|1[0-2])[/-](?:19|20)\\d\\d|(?:19|20)\\d\\d-(?:0[1-9]|1[0-2]))';
const MONTH_RANGE_NEXT = `${MONTH_YEAR_DIGITS}(?!\\d)`;
const MONTH_RANGE_PREVIOUS = `(?<![\\w./-])${MONTH_YEAR_DIGITS}`;
const MONTH_SLASH_YEAR = new RegExp(
  `(?<![\\w./]|(?<!${MONTH_RANGE_PREVIOUS})-)(0?[1-9]|1[0-2])[/-]((?:19|20)\\d\\d)(?![\\w/]|-(?!${MONTH_RANGE_NEXT})|[.]\\d)`,
  'g',
);
const YEAR_MONTH = new RegExp(
  `(?<![\\w.]|(?<!${MONTH_RANGE_PREVIOUS})-)(?:19|20)\\d\\d-(0[1-9]|1[0-2])(?![\\w]|-(?!${MONTH_RANGE_NEXT})|[.]\\d)`,
  'g',
);

/** What follows a number sequence that makes it a dose titration. */
const DOSE_UNIT = /^[ \t]{0,2}(?:mg|mcg|µg|ug|g|ml|mL|units?|IU|mmol|mEq|%)(?![A-Za-z])/;

const WHAT = 'a full date (day and month)';
const WHAT_MONTH = 'a month with a year';

function validDay(d: number): boolean {
  return d >= 1 && d <= 31;
}

/** Every match of a pattern with MONTH holds one of these (case as MONTH spells them). */
const MONTH_HINT = /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC/;
/** Every match of ISO, COMPACT, MONTH_SLASH_YEAR and YEAR_MONTH holds a year. */
const YEAR_HINT = /(?:1[89]|20)\d\d/;
/** Every match of NUMERIC holds a digit, a separator and a digit. */
const NUMERIC_HINT = /\d[/.-]\d/;

/*
 * The hints read from the runs of digits (the same answers), and where the
 * month patterns can match. The day of MONTH_DAY and DAY_MONTH is a run of
 * one or two digits; DAY_MONTH starts at it; MONTH_DAY starts at most 19
 * characters before it ("September. the ") and a try reads at most 39
 * characters from its start (a second day, "14th - 16th", and ",   2022"). The year of MONTH_NAME_YEAR is a run of exactly
 * four digits at most 19 characters after its start ("September., of "), 24
 * read. Both read one character before their start.
 */
const MONTH_DAY_BEFORE = 19;
const MONTH_DAY_REACH = 48;
const MONTH_YEAR_BEFORE = 19;
const MONTH_YEAR_REACH = 32;

/** YEAR_HINT: 18, 19 or 20 and two digits, in a run. */
function hasYear(text: string): boolean {
  if (!prefiltering()) return mayMatch(YEAR_HINT, text);
  const { starts, ends } = digitRuns(text);
  for (let i = 0; i < starts.length; i++) {
    const e = ends[i] as number;
    for (let j = starts[i] as number; j + 4 <= e; j++) {
      const c = text.charCodeAt(j);
      const d = text.charCodeAt(j + 1);
      if ((c === 49 && (d === 56 || d === 57)) || (c === 50 && d === 48)) return true;
    }
  }
  return false;
}

/** NUMERIC_HINT: a run of digits, one of `/.-` and a run of digits. */
function digitSeparatorDigit(text: string): boolean {
  return prefiltering() ? digitsAroundOne(text, (c) => c === 47 || c === 46 || c === 45) : mayMatch(NUMERIC_HINT, text);
}

function dayRuns(text: string): number[] {
  return runStarts(text, (s, e) => e - s <= 2);
}

export function detectDates(text: string): PhiMatch[] {
  const out: PhiMatch[] = [];
  const push = (start: number, end: number): void => {
    out.push({ start, end, kind: 'date', what: WHAT });
  };
  const years = hasYear(text);
  const months = mayMatch(MONTH_HINT, text);
  if (years) eachMatch(ISO, text, (m) => push(m.index, m.index + m[0].length));
  if (digitSeparatorDigit(text)) eachMatch(NUMERIC, text, (m) => {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const sep = m[2];
    const year = m[4] ?? '';
    if (sep === '.' && year.length !== 4) return;
    const end = m.index + m[0].length;
    if (DOSE_UNIT.test(text.slice(end, end + 8))) return;
    RANGE_REST.lastIndex = end;
    const rest = RANGE_REST.exec(text);
    if (rest !== null && DOSE_UNIT.test(text.slice(RANGE_REST.lastIndex, RANGE_REST.lastIndex + 8))) return;
    const monthFirst = a >= 1 && a <= 12 && validDay(b);
    const dayFirst = b >= 1 && b <= 12 && validDay(a);
    if (monthFirst || dayFirst) push(m.index, end);
  });
  if (months) {
    const day = (m: RegExpExecArray): void => {
      if (validDay(Number(m[1])) && (m[2] === undefined || validDay(Number(m[2])))) push(m.index, m.index + m[0].length);
    };
    const days = dayRuns(text);
    eachMatchIn(MONTH_DAY, text, windowsBefore(days, MONTH_DAY_BEFORE), 1, MONTH_DAY_REACH, day);
    eachMatchAt(DAY_MONTH, text, days, day);
  }
  if (years) eachMatch(COMPACT, text, (m) => {
    const before = text.slice(lineStartBefore(text, m.index, 30), m.index);
    if (DATE_WORD_BEFORE.test(before)) push(m.index, m.index + m[0].length);
  });
  return dropOverlaps(out);
}

/** Months with a year; a month-year inside a full date is left to detectDates (detectAll keeps the longer). */
export function detectMonthYears(text: string): PhiMatch[] {
  const out: PhiMatch[] = [];
  const push = (start: number, end: number): void => {
    out.push({ start, end, kind: 'month-year', what: WHAT_MONTH });
  };
  if (!hasYear(text)) return out;
  if (mayMatch(MONTH_HINT, text)) {
    const years = runStarts(text, (s, e) => e - s === 4);
    eachMatchIn(MONTH_NAME_YEAR, text, windowsBefore(years, MONTH_YEAR_BEFORE), 1, MONTH_YEAR_REACH, (m) => push(m.index, m.index + m[0].length));
  }
  eachMatch(MONTH_SLASH_YEAR, text, (m) => {
    const end = m.index + m[0].length;
    if (!DOSE_UNIT.test(text.slice(end, end + 8))) push(m.index, end);
  });
  eachMatch(YEAR_MONTH, text, (m) => push(m.index, m.index + m[0].length));
  return dropOverlaps(out);
}
