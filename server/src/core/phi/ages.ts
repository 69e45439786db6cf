import { dropOverlaps, eachMatch, eachMatchAt, eachMatchIn, mayMatch, prefiltering, runStarts, windowsBefore, type PhiMatch } from './types';

/*
 * Ages over 89 (docs/rules/phi-age.md), in digits (90 to 129) or words
 * ("ninety-three"): "a 92-year-old", "92 years old", "93 yo", "aged 93",
 * "aged ninety-three", "in her 90s", "in his nineties", "died at 93"; and a
 * birth year that makes the person older than 89 in the document's year.
 * Safe Harbor's aggregate is left alone: "90+", "aged 90 or older".
 */

const UNITS = '(?:one|two|three|four|five|six|seven|eight|nine)';
/** 90 to 129 in digits or words. */
const AGE = `(?:9\\d|1[0-2]\\d|ninety(?:[- ]${UNITS})?|(?:a|one)[- ]hundred(?:(?:[- ]and)?[- ](?:${UNITS}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[- ]${UNITS})?))?)`;
const S = '[ \\t-]{1,2}';

/** The number comes first: 92-year-old, 92 years old, 92 yo, ninety-two years of age. */
const NUMBER_FIRST = new RegExp(
  `(?<![\\w.,+-])${AGE}(?:${S}(?:years?|yrs?|y)(?:${S}old(?![a-z])|[ \\t]{1,2}(?:of[ \\t]{1,2})?age(?![a-z]))|[ \\t-]?(?:yo|y/o|y\\.o\\.)(?![a-z0-9]))`,
  'gi',
);

/** The aggregate that follows an age on purpose: "90 or older", "90+". */
const AGGREGATE = `(?![\\w+-]|[.,]\\d|[ \\t]?\\+|[ \\t]{1,2}(?:or|and)[ \\t]{1,2}(?:older|over|above|more|up)|[ \\t]${UNITS})`;

/** A label comes first: aged 93, age 93, age: 93, at the age of 93, died at 93, died aged ninety. */
const LABEL_FIRST = new RegExp(
  `(?<![\\w])(?:aged|age(?:[ \\t]?:|[ \\t]{1,2}of)?|(?:died|death|passed[ \\t]away)(?:[ \\t]{1,2}(?:at|aged))?)[ \\t]{1,2}(${AGE})${AGGREGATE}`,
  'gi',
);

/** A decade: in her 90s, in his nineties, in her late 90s, a man in his mid-nineties. */
const DECADE = /\bin[ \t]{1,2}(?:her|his|their)[ \t]{1,2}(?:(?:early|mid|late)[ \t-]{1,2})?('?90'?s|nineties)(?![\w])/gi;

/**
 * A birth year: born in 1928, born 1928, b. 1928, born in the year 1928, born
 * in Ohio in 1928 (up to three words between), year of birth 1928, his year
 * of birth is 1928, birth year of 1928, birth year: 1928, date of birth:
 * 1928, DOB 1928, YOB: 1928.
 */
const BORN_WORDS = '(?:[ \\t]{1,2}[A-Za-z][A-Za-z.\'\u2019-]{0,20},?){1,3}[ \\t]{1,2}in';
const BORN = new RegExp(
  `\\b(?:born(?:[ \\t]{1,2}in(?:[ \\t]{1,2}the[ \\t]{1,2}year(?:[ \\t]{1,2}of)?|${BORN_WORDS})?)?[ \\t]{1,2}|b\\.[ \\t]{1,2}|` +
    `(?:year[ \\t]{1,2}of[ \\t]{1,2}birth|birth[ \\t]{1,2}year|date[ \\t]{1,2}of[ \\t]{1,2}birth|DOB|D\\.O\\.B\\.|YOB)` +
    `(?:[ \\t]{0,2}:[ \\t]{0,2}|[ \\t]{1,2}(?:(?:is|was|of|in)[ \\t]{1,2})?))((?:18|19|20)\\d\\d)(?![\\w]|[.,]\\d)`,
  'gi',
);

const WHAT = 'an age over 89';

/** Every match of NUMBER_FIRST, LABEL_FIRST and DECADE holds an AGE (or `90s`, `nineties`). */
const AGE_HINT = /9\d|1[0-2]\d|ninet|hundred/i;
/** Every match of BORN holds a year. */
const YEAR_HINT = /(?:18|19|20)\d\d/;

/** Ages in words need one of these (AGE spells them so). */
const AGE_WORDS = /ninet|hundred/i;

/*
 * Without an age in words, an AGE is a run of exactly two digits starting
 * with 9 or of exactly three starting with 10, 11 or 12 (a digit after it
 * fails every pattern); the `90` of DECADE is a run of exactly two; the year
 * of BORN a run of exactly four. NUMBER_FIRST starts at its AGE. LABEL_FIRST
 * starts at most 19 characters before its AGE ("passed away aged" and
 * spaces) and a try reads at most 34 characters; DECADE, 19 before its `90`
 * ("in their early '"), 25 read; BORN, 86 before its year ("born in", three
 * words of 21 letters with their commas and spaces, "in" and spaces), 92
 * read. All read one character before their start.
 */
const LABEL_FIRST_BEFORE = 19;
const LABEL_FIRST_REACH = 40;
const DECADE_BEFORE = 19;
const DECADE_REACH = 32;
const BORN_BEFORE = 86;
const BORN_REACH = 100;

function isAgeRun(text: string, s: number, e: number): boolean {
  const c = text.charCodeAt(s);
  if (e - s === 2) return c === 57;
  const d = text.charCodeAt(s + 1);
  return e - s === 3 && c === 49 && d >= 48 && d <= 50;
}

function isYearRun(text: string, s: number, e: number): boolean {
  if (e - s !== 4) return false;
  const c = text.charCodeAt(s);
  const d = text.charCodeAt(s + 1);
  return (c === 49 && d === 56) || (c === 49 && d === 57) || (c === 50 && d === 48);
}

export function detectAges(text: string, documentYear = new Date().getUTCFullYear()): PhiMatch[] {
  const out: PhiMatch[] = [];
  const number = (m: RegExpExecArray): void => {
    out.push({ start: m.index, end: m.index + m[0].length, kind: 'age', what: WHAT });
  };
  const group = (m: RegExpExecArray, what: string): void => {
    const g = m[1] ?? '';
    const start = m.index + m[0].length - g.length;
    out.push({ start, end: start + g.length, kind: 'age', what });
  };
  const label = (m: RegExpExecArray): void => group(m, WHAT);
  const decade = (m: RegExpExecArray): void => group(m, 'an age over 89 (a decade)');
  const born = (m: RegExpExecArray): void => {
    if (documentYear - Number(m[1]) > 89) group(m, 'a birth year that makes the age over 89');
  };
  if (prefiltering() && !AGE_WORDS.test(text)) {
    const ages = runStarts(text, (s, e) => isAgeRun(text, s, e));
    eachMatchAt(NUMBER_FIRST, text, ages, number);
    eachMatchIn(LABEL_FIRST, text, windowsBefore(ages, LABEL_FIRST_BEFORE), 1, LABEL_FIRST_REACH, label);
    const nineties = runStarts(text, (s, e) => e - s === 2 && text.startsWith('90', s));
    eachMatchIn(DECADE, text, windowsBefore(nineties, DECADE_BEFORE), 1, DECADE_REACH, decade);
    const years = runStarts(text, (s, e) => isYearRun(text, s, e));
    eachMatchIn(BORN, text, windowsBefore(years, BORN_BEFORE), 1, BORN_REACH, born);
    return dropOverlaps(out);
  }
  const ages = mayMatch(AGE_HINT, text);
  if (!ages && !mayMatch(YEAR_HINT, text)) return out;
  if (ages) eachMatch(NUMBER_FIRST, text, number);
  if (ages) {
    eachMatch(LABEL_FIRST, text, label);
    eachMatch(DECADE, text, decade);
  }
  if (mayMatch(YEAR_HINT, text)) eachMatch(BORN, text, born);
  return dropOverlaps(out);
}

/**
 * An age field's value ("93", 93, "93 years"), when it is over 89; undefined
 * otherwise (including the aggregated "90+").
 */
export function ageOver89(value: unknown): number | undefined {
  let n: number | undefined;
  if (typeof value === 'number' && Number.isFinite(value)) n = value;
  else if (typeof value === 'string') {
    const m = /^\s*(\d{1,3})(?:\.\d+)?(?:\s?(?:years?|yrs?|y))?\s*$/i.exec(value);
    if (m) n = Number(m[1]);
  }
  return n !== undefined && n > 89 ? n : undefined;
}
