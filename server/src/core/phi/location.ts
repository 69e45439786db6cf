import { isUsPlace, STATE_ABBREVIATIONS, STATE_NAMES } from './places';
import { dropOverlaps, eachMatch, eachMatchAt, eachMatchIn, lineStartBefore, mayMatch, prefiltering, runStarts, windowsBefore, type PhiMatch } from './types';

/*
 * Geography smaller than a state (docs/rules/phi-location.md): street
 * addresses ("1428 Elm Street", "12 Oak Ave.", "221B Baker Street, Apt 4"),
 * PO boxes, a city or town followed by its state ("Worcester, Massachusetts",
 * "Burlington VT"; US places from a gazetteer, see places.ts) and 5-digit ZIP
 * codes (ZIP+4 too). A 5-digit number is a ZIP code only after a state, a
 * city, a street address or a "ZIP"/"postal code" label, never on its own.
 * A number, a name and a street word followed by a plural noun counts
 * things ("2 Family Court hearings"), not an address.
 */

/** Street types: full words (a dot after them ends the sentence), then abbreviations (which take a dot). */
const SUFFIX =
  "(?:(?:Street|Avenue|Road|Boulevard|Lane|Drive|Court|Way|Place|Square|Terrace|Circle|Parkway|Highway|Trail|Row|Alley|Crescent)(?![\\w'\u2019-])|(?:St|Ave|Rd|Blvd|Ln|Dr|Ct|Pl|Sq|Ter|Cir|Pkwy|Hwy)(?![\\w'\u2019-])\\.?)";
/** A street-name word: Capitalized, or an ordinal (4th), optionally abbreviated with a dot. */
const WORD = "(?:[A-Z][A-Za-z'\u2019-]{0,20}|\\d{1,3}(?:st|nd|rd|th))\\.?";
const UNIT = '(?:,?[ ](?:Apt|Apartment|Unit|Suite|Ste|Flat|#)\\.?[ ]?#?[0-9A-Z]{1,5}(?![\\w-]))?';
const STREET = new RegExp(
  `(?<![\\w.,/-])\\d{1,5}[A-Za-z]?[ \\t]{1,2}(?:${WORD}[ \\t]{1,2}){1,3}${SUFFIX}${UNIT}`,
  'g',
);
/** What follows a counted thing: "2 Family Court hearings", "3 Drive sessions". */
const COUNTED = /^[ \t]{1,2}[a-z]{2,30}s(?![\w'-])/;
const PO_BOX = /\bP\.?[ ]?O\.?[ ]?Box[ ]{1,2}\d{1,6}(?!\w)/gi;
const ZIP = /(?<![\w.,/$+-])\d{5}(?:-\d{4})?(?![\w]|[.,]\d|-\d)/g;
const ZIP_AFTER = /[ \t,]{1,3}\d{5}(?:-\d{4})?(?![\w]|[.,]\d|-\d)/y;

/**
 * Abbreviations that are also words or labels (ID, IN, OR, MA...): a ZIP code
 * follows them after a capitalized word ("Springfield MA: 01103"), or after
 * any word when they are written as two capitals, with a comma or none, and
 * set apart from the number by spaces alone ("moved to MA 01609", "MA,
 * 01609-1234"; not "ID: 12345" or "ID #12345", which are labels). "ID"
 * before a number is far more often a label ("patient ID 12345") than Idaho:
 * after a lowercase word it needs a preposition ("moved to ID 83702").
 */
const AMBIGUOUS = new Set(['ID', 'IN', 'OR', 'OK', 'ME', 'HI', 'AS', 'PA', 'MD', 'DE', 'CO', 'LA', 'MA', 'MS', 'ND', 'SD', 'VA', 'GA', 'MP', 'VI']);
const PLACE_PREPOSITIONS = new Set(['in', 'to', 'from', 'near', 'at', 'of', 'outside']);
const ZIP_LABELS = new Set(['zip', 'zip code', 'zipcode', 'postal code', 'post code', 'postcode']);

/** A state after a city: a full name after a comma, or a two-capital abbreviation with or without one. */
const STATE_ALTERNATION = [...STATE_NAMES.keys()].sort((a, b) => b.length - a.length).join('|');
const CITY_STATE = new RegExp(`(?<=[A-Za-z.])(?:,[ \\t]{1,2}(${STATE_ALTERNATION})|(,?[ \\t]{1,2})([A-Z]{2}))(?![\\w'\u2019-])`, 'g');
/** Every match of CITY_STATE holds a space and two capitals, or a comma, a space and a capital. */
const CITY_STATE_HINT = /[ \t][A-Z]{2}|,[ \t]{1,2}[A-Z]/;
/** Every match of STREET holds a digit; of PO_BOX, `box`; of ZIP, five digits. */
const DIGIT_HINT = /\d/;
const BOX_HINT = /box/i;
const ZIP_HINT = /\d{5}/;

/** A capitalized word of a place name ("Fall", "St.", "O'Fallon", "Winston-Salem"). */
const PLACE_WORD = /^[A-Z][A-Za-z.'\u2019-]{0,24}$/;

/** What may stand between a street address and its ZIP code: a city, a state, commas (capitalized words only). */
const ADDRESS_TAIL = /^[A-Za-z .,'\u2019-]{0,80}$/;

function isAddressTail(tail: string): boolean {
  if (!ADDRESS_TAIL.test(tail)) return false;
  const words = tail.split(/[ ,]+/).filter((w) => w.length > 0);
  return words.length <= 5 && words.every((w) => /^[A-Z]/.test(w));
}

/** The last up-to-`n` words before `end` on its line (within 60 characters), as written. */
function wordsBefore(text: string, end: number, n: number): string[] {
  const words = text.slice(lineStartBefore(text, end, 60), end).split(/[ \t]+/).filter((w) => w.length > 0);
  return words.slice(-n);
}

/**
 * The start of a US place name of one to four words ending right at `end`, in
 * `state` (or any state); -1 when the words before are no place.
 */
function placeStart(text: string, end: number, state?: string): number {
  const words = wordsBefore(text, end, 4);
  for (let k = words.length; k >= 1; k--) {
    const parts = words.slice(words.length - k);
    if (!parts.every((w) => PLACE_WORD.test(w))) continue;
    const name = parts.join(' ');
    if (isUsPlace(name, state)) return text.lastIndexOf(name, end);
  }
  return -1;
}

/**
 * True when the words just before a 5-digit number make it a ZIP code: a
 * "ZIP" label, a state name or abbreviation, or a US place. Reads a short
 * window by hand: no pattern is retried at each position.
 */
function zipContext(text: string, start: number): boolean {
  let end = start;
  while (end > 0 && ' \t:#'.includes(text[end - 1] ?? 'x')) end--;
  if (end === start) return false; // the number must be set apart by a space
  const c = text.charCodeAt(end - 1);
  if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 44 || c === 46)) return false;
  const words = wordsBefore(text, end, 2);
  const last = (words[words.length - 1] ?? '').replace(/[.,]+$/, '');
  const prev = words[words.length - 2] ?? '';
  if (ZIP_LABELS.has(last.toLowerCase()) || ZIP_LABELS.has(`${prev} ${last}`.toLowerCase())) return true;
  if (STATE_NAMES.has(last) || STATE_NAMES.has(`${prev} ${last}`)) return true;
  if (STATE_ABBREVIATIONS.has(last)) {
    if (!AMBIGUOUS.has(last) || /^[A-Z][a-z]/.test(prev)) return true;
    if (!/^[A-Z]{2},?$/.test(words[words.length - 1] ?? '') || !/^[ \t]+$/.test(text.slice(end, start))) return false;
    return last !== 'ID' || PLACE_PREPOSITIONS.has(prev);
  }
  let placeEnd = end;
  if (text[placeEnd - 1] === ',') placeEnd--;
  return placeStart(text, placeEnd) !== -1;
}

/** "Worcester, Massachusetts", "Burlington VT", "Cambridge MA 02139". */
function detectCityStates(text: string): PhiMatch[] {
  const out: PhiMatch[] = [];
  if (!mayMatch(CITY_STATE_HINT, text)) return out;
  eachMatch(CITY_STATE, text, (m) => {
    const state = m[1] !== undefined ? STATE_NAMES.get(m[1]) : m[3];
    if (state === undefined || !STATE_ABBREVIATIONS.has(state)) return;
    const start = placeStart(text, m.index, state);
    if (start === -1) return;
    let end = m.index + m[0].length;
    ZIP_AFTER.lastIndex = end;
    const zip = ZIP_AFTER.exec(text);
    if (zip) end = zip.index + zip[0].length;
    out.push({ start, end, kind: 'location', what: zip ? 'a city, state and ZIP code' : 'a city with its state' });
  });
  return out;
}

/*
 * Where the patterns can match (prefilters). A STREET match starts at a run
 * of at most five digits; a ZIP match at a run of exactly five; a PO_BOX
 * match at most 11 characters ("P. O. Box" and two spaces) before its run of
 * at most six digits, and a try reads at most 18 characters from its start
 * and one before it.
 */
const BOX_BEFORE = 11;
const BOX_REACH = 24;

export function detectLocations(text: string): PhiMatch[] {
  const streets: PhiMatch[] = [];
  const fast = prefiltering();
  const street = (m: RegExpExecArray): void => {
    const end = m.index + m[0].length;
    if (COUNTED.test(text.slice(end, end + 34))) return;
    streets.push({ start: m.index, end, kind: 'location', what: 'a street address' });
  };
  const box = (m: RegExpExecArray): void => {
    streets.push({ start: m.index, end: m.index + m[0].length, kind: 'location', what: 'a street address' });
  };
  if (fast) {
    eachMatchAt(STREET, text, runStarts(text, (s, e) => e - s <= 5), street);
    eachMatchIn(PO_BOX, text, windowsBefore(runStarts(text, (s, e) => e - s <= 6), BOX_BEFORE), 1, BOX_REACH, box);
  } else {
    const digits = mayMatch(DIGIT_HINT, text);
    if (digits) eachMatch(STREET, text, street);
    if (digits && mayMatch(BOX_HINT, text)) eachMatch(PO_BOX, text, box);
  }
  streets.sort((a, b) => a.start - b.start);
  const out: PhiMatch[] = [];
  let si = 0;
  let lastStreet: PhiMatch | undefined;
  const zip = (m: RegExpExecArray): void => {
    const start = m.index;
    const end = start + m[0].length;
    while (si < streets.length && (streets[si]?.end ?? Infinity) <= start) {
      lastStreet = streets[si];
      out.push(lastStreet as PhiMatch);
      si++;
    }
    if (si < streets.length && (streets[si]?.start ?? Infinity) < end) return; // inside a street match
    if (lastStreet && start - lastStreet.end <= 80 && isAddressTail(text.slice(lastStreet.end, start))) {
      lastStreet.end = end;
      lastStreet.what = 'a street address with a ZIP code';
      lastStreet = undefined;
      return;
    }
    if (zipContext(text, start)) out.push({ start, end, kind: 'location', what: 'a ZIP code' });
  };
  if (fast) eachMatchAt(ZIP, text, runStarts(text, (s, e) => e - s === 5), zip);
  else if (mayMatch(ZIP_HINT, text)) eachMatch(ZIP, text, zip);
  while (si < streets.length) out.push(streets[si++] as PhiMatch);
  return dropOverlaps(/[A-Z]/.test(text) ? out.concat(detectCityStates(text)) : out);
}
