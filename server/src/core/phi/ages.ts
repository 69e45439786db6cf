import { dropOverlaps, eachMatch, type PhiMatch } from './types';

/*
 * Ages over 89 written as numbers (90 to 129): "a 92-year-old", "92 years old",
 * "93 yo", "93 y/o", "93 years of age", "aged 93", "age: 93". Aggregated forms
 * are what Safe Harbor asks for and are left alone: "90+", "aged 90 or older".
 * A bare number ("died at 93") is not taken as an age.
 */

const AGE = '(?:9\\d|1[0-2]\\d)';

/** The number comes first: 92-year-old, 92 years old, 92 yo, 92 years of age. */
const NUMBER_FIRST = new RegExp(
  `(?<![\\w.,+-])${AGE}(?:[ \\t\\u00a0-]{1,2}(?:years?|yrs?|y)(?:[ \\t\\u00a0-]{1,2}old(?![a-z])|[ \\t\\u00a0]{1,2}(?:of[ \\t\\u00a0]{1,2})?age(?![a-z]))|[ \\t\\u00a0-]?(?:yo|y/o|y\\.o\\.)(?![a-z0-9]))`,
  'gi',
);

/** A label comes first: aged 93, age 93, age: 93, at the age of 93. */
const LABEL_FIRST = new RegExp(
  `(?<![\\w])(?:aged|age)(?:[ \\t]?:|[ \\t\\u00a0]{1,2}of)?[ \\t\\u00a0]{1,2}(${AGE})(?![\\w+]|[.,]\\d|[ \\t]?\\+|[ \\t\\u00a0]{1,2}(?:or|and)[ \\t\\u00a0]{1,2}(?:older|over|above|more|up))`,
  'gi',
);

const WHAT = 'an age over 89';

export function detectAges(text: string): PhiMatch[] {
  const out: PhiMatch[] = [];
  eachMatch(NUMBER_FIRST, text, (m) => out.push({ start: m.index, end: m.index + m[0].length, kind: 'age', what: WHAT }));
  eachMatch(LABEL_FIRST, text, (m) => {
    const num = m[1] ?? '';
    const start = m.index + m[0].length - num.length;
    out.push({ start, end: start + num.length, kind: 'age', what: WHAT });
  });
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
