import { digitCount, digitRuns, dropOverlaps, eachMatch, eachMatchAt, eachMatchIn, mayMatch, prefiltering, runStarts, windowsBefore, type PhiMatch } from './types';

/*
 * Identification numbers (docs/rules/phi-identifier.md): Social Security
 * numbers (by shape, or 9 digits after an SSN label), and numbers introduced
 * by an identifier word: medical record (MRN, chart, record), health plan
 * (insurance, policy, member, subscriber, group, Medicare, Medicaid), account,
 * licence (licence/license, DEA, NPI), vehicle (plate, VIN) and device
 * (serial, device), with or without "number", "no.", "ID" or `#` after the
 * word, or glued to it ("MRN7730215"). The identifier needs at least 4 digits, or 6 or more letters and
 * digits with at least 2 digits; a bare year after a word with no qualifier
 * ("member since 2019" aside, "group 2019") is not an identifier. The finding
 * covers the identifier, not the word.
 */

const SSN_SHAPE = /(?<![\w-])\d{3}-\d{2}-\d{4}(?![\w]|-\d)/g;
const SSN_LABELLED = /\b(?:SSN|SS#|social security(?:[ ](?:number|no\.?|#))?)[ ]{0,2}(?:#|:|is|of)?[ ]{0,2}(\d{3}[ -]?\d{2}[ -]?\d{4})(?![\w]|-\d)/gi;

/** The identifier: letters, digits and inner dashes, 4 to 25 characters. */
const ID = '(?=[A-Za-z0-9-]{0,24}\\d)([A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){3,24})(?![\\w-])';
const QUALIFIER = '(?:[ \\t]{0,2}(ID|no\\.?|number|num\\.?|#))?';
const SEP = '[ \\t]{0,2}([:#]|is)?[ \\t]{0,2}#?[ \\t]{0,2}';

/**
 * A labelled pattern: the label with its identifier, and the test that the
 * matched label is a word of its own or glued to its number, never the start
 * of a longer word.
 */
interface Labelled {
  /** The label at the start of a match, followed by no letter: "MRN 7730215" and "MRN7730215", not "Chartwell12345". */
  label: RegExp;
  re: RegExp;
  what: string;
}

const LABELS: { words: string; what: string }[] = [
  { words: 'MRN|medical[ ]record|hospital|chart|record|patient', what: 'a medical record number' },
  { words: 'health[ -]plan|insurance|policy|member|beneficiary|subscriber|Medicaid|Medicare|group', what: 'a health plan number' },
  { words: 'account|acct|billing', what: 'an account number' },
  { words: "driver'?s[ ]licen[cs]e|licen[cs]e|certificate|DEA|NPI|passport", what: 'a licence or certificate number' },
  { words: 'licen[cs]e[ ]plate|VIN|vehicle|plate|registration', what: 'a vehicle identifier' },
  { words: 'serial|device|implant|UDI', what: 'a device serial number' },
];

const LABELLED: Labelled[] = LABELS.map(({ words, what }) => ({
  what,
  label: new RegExp(`^(?:${words})(?![a-z])`, 'i'),
  re: new RegExp(`\\b(?:${words})${QUALIFIER}${SEP}${ID}`, 'gi'),
}));

/** Every match of a LABELLED pattern holds its label; of SSN_SHAPE, the shape; of SSN_LABELLED, the label. */
const ANY_LABEL = new RegExp(`\\b(?:${LABELS.map((l) => l.words).join('|')})(?![a-z])`, 'i');
const SSN_SHAPE_HINT = /\d{3}-\d{2}-\d{4}/;
const SSN_LABEL_HINT = /SSN|SS#|social security/i;

/** Words that label a number yet are not identifiers: hospital and patient need a qualifier. */
const NEEDS_QUALIFIER = /^(?:hospital|patient|registration|certificate|vehicle|implant|billing)/i;
const YEAR = /^(?:19|20)\d\d$/;

/**
 * Units of a dose, a lab value or a measurement: a number followed by one
 * ("a record 1500 mg/day", "device 1200 mg", "group 1200-1500 mg") or glued
 * to one ("1500mg") is a quantity, not an identifier.
 */
const UNIT =
  '(?:mg|mcg|µg|ug|g|kg|lbs?|ml|mL|L|dL|cc|IU|units?|mmol|µmol|umol|nmol|pmol|mEq|meq|ng|pg|mm|cm|mmHg|bpm|%)';
const UNIT_AFTER = new RegExp(`^(?:[.,]\\d{1,3})?[ \\t]{0,2}${UNIT}(?![A-Za-z0-9])`);
const WITH_UNIT = new RegExp(`^\\d{1,7}(?:-\\d{1,7})?${UNIT}$`);
const DIGITS_AND_DASHES = /^\d[\d-]*$/;

/** True when the identifier `id`, ending at `end` in `text`, is a quantity: all digits with a unit after it, or a number glued to its unit. */
function isQuantity(id: string, text: string, end: number): boolean {
  if (WITH_UNIT.test(id)) return true;
  return DIGITS_AND_DASHES.test(id) && UNIT_AFTER.test(text.slice(end, end + 12));
}

function isIdentifier(id: string): boolean {
  const digits = digitCount(id);
  if (digits >= 4) return true;
  return digits >= 2 && id.replace(/-/g, '').length >= 6;
}

/*
 * Where the patterns can match (prefilters; test/phi/prefilters.test.ts runs
 * them against the plain patterns). Every SSN_SHAPE match starts a run of
 * exactly three digits followed by `-`. Every SSN_LABELLED match has its
 * first digit, which starts a run of three or more, at most 28 characters
 * after its start ("social security number" and its separators), and reads
 * at most 41 characters from its start. Every LABELLED match holds a digit
 * (its identifier's) at most 57 characters after its start: a label of at
 * most 16 characters, a qualifier of at most 8, separators of at most 9 and
 * at most 24 identifier characters before the digit. Everything between the
 * start and that digit is a letter, a digit, a space, a tab or one of
 * `.:#'-`, so the start follows the last other character before the digit's
 * run (and a label starts there). A try reads at most 59 characters from its start (the label,
 * qualifier and separators, 25 identifier characters and one after), and one before it (`\b`).
 */
const SSN_LABEL_BEFORE = 28;
const SSN_LABEL_REACH = 48;
const LABEL_BEFORE = 57;
const LABEL_REACH = 72;

/** Can `c` stand between the start of a LABELLED match and its identifier's first digit? */
function inLabelledMatch(c: number): boolean {
  return (
    (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ||
    c === 32 || c === 9 || c === 46 /* . */ || c === 58 /* : */ || c === 35 /* # */ || c === 39 /* ' */ || c === 45 /* - */
  );
}

/** Where a label of any LABELLED pattern starts (every match starts with one). */
const LABEL_START = new RegExp(`\\b(?:${LABELS.map((l) => l.words).join('|')})`, 'i');

/**
 * The windows of starts of LABELLED matches: before each run of digits, back
 * to the nearest character no match holds, when a label starts there. Each
 * run's scan back stops at the run before it and takes over what that one
 * found, so the scans read each character once.
 */
function labelledWindows(text: string): number[] {
  const { starts, ends } = digitRuns(text);
  const out: number[] = [];
  let segment = 0; // where the characters a match may hold begin, before the last run
  let letters = 0; // how many letters stand from `segment` to the last run
  for (let i = 0; i < starts.length; i++) {
    const s = starts[i] as number;
    const previous = i > 0 ? (ends[i - 1] as number) : 0;
    let from = s;
    let seen = 0;
    for (let c = text.charCodeAt(from - 1); from > previous && inLabelledMatch(c); c = text.charCodeAt(--from - 1)) {
      if ((c | 32) >= 97 && (c | 32) <= 122) seen++;
    }
    if (from === previous && i > 0) {
      letters += seen; // the run before and all between belong to one stretch
    } else {
      segment = from;
      letters = seen;
    }
    from = Math.max(segment, s - LABEL_BEFORE);
    // The label ends before the digit, and the shortest is three letters.
    if (letters < 3 || !LABEL_START.test(text.slice(Math.max(0, from - 1), s))) continue;
    const to = s;
    const n = out.length;
    if (n > 0 && from <= (out[n - 1] as number) + 1) out[n - 1] = to;
    else out.push(from, to);
  }
  return out;
}

export function detectIdentifiers(text: string): PhiMatch[] {
  const out: PhiMatch[] = [];
  const tail = (m: RegExpExecArray, group: string, what: string): void => {
    const start = m.index + m[0].length - group.length;
    out.push({ start, end: start + group.length, kind: 'identifier', what });
  };
  const fast = prefiltering();
  const shape = (m: RegExpExecArray): void => {
    out.push({ start: m.index, end: m.index + m[0].length, kind: 'identifier', what: 'a Social Security number' });
  };
  const labelled = (m: RegExpExecArray): void => tail(m, m[1] ?? '', 'a Social Security number');
  if (fast) {
    eachMatchAt(SSN_SHAPE, text, runStarts(text, (s, e) => e - s === 3 && text.charCodeAt(e) === 45), shape);
    eachMatchIn(SSN_LABELLED, text, windowsBefore(runStarts(text, (s, e) => e - s >= 3), SSN_LABEL_BEFORE), 1, SSN_LABEL_REACH, labelled);
  } else {
    if (mayMatch(SSN_SHAPE_HINT, text)) eachMatch(SSN_SHAPE, text, shape);
    if (mayMatch(SSN_LABEL_HINT, text)) eachMatch(SSN_LABELLED, text, labelled);
  }
  const windows = fast ? labelledWindows(text) : [];
  if (fast || mayMatch(ANY_LABEL, text)) for (const { label, re, what } of LABELLED) {
    const found: PhiMatch[] = [];
    const accept = (m: RegExpExecArray): void => {
      // The label ends where a letter does not follow: glued to its number
      // ("MRN7730215", as records export it), not to a longer word.
      if (!label.test(m[0])) return;
      const qualified = m[1] !== undefined || m[2] !== undefined;
      const id = m[3] ?? '';
      if (!isIdentifier(id)) return;
      if (!qualified && (YEAR.test(id) || NEEDS_QUALIFIER.test(m[0]))) return;
      // An identifier holds a digit early: "record keeping2020" is not one.
      if (!/^[A-Za-z]{0,4}-?\d/.test(id) && digitCount(id) < 4) return;
      const start = m.index + m[0].length - id.length;
      if (isQuantity(id, text, start + id.length)) return;
      found.push({ start, end: start + id.length, kind: 'identifier', what });
    };
    if (fast) eachMatchIn(re, text, windows, 1, LABEL_REACH, accept);
    else eachMatch(re, text, accept);
    for (const f of found) out.push(f);
  }
  return dropOverlaps(out);
}
