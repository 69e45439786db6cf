import { eachMatch, lineStartBefore, type PhiMatch } from './types';

/*
 * Geography smaller than a state: street addresses ("1428 Elm Street",
 * "12 Oak Ave.", "221B Baker Street, Apt 4"), PO boxes, and 5-digit ZIP codes
 * (ZIP+4 too). A 5-digit number is a ZIP code only with address context: a
 * "ZIP"/"postal code" label or a US state (abbreviation or name) just before
 * it, or a street address earlier on the same line, in which case the whole
 * address from the house number to the ZIP code is one finding. City names
 * and institutions are not detected (that needs a gazetteer).
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
const PO_BOX = /\bP\.?[ ]?O\.?[ ]?Box[ ]{1,2}\d{1,6}(?!\w)/gi;
const ZIP = /(?<![\w.,/$+-])\d{5}(?:-\d{4})?(?![\w]|[.,]\d|-\d)/g;

const STATES =
  'AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA PR RI SC SD TN TX UT VT VA WA WV WI WY GU VI AS MP';
const STATE_ABBR = new Set(STATES.split(' '));
/** Abbreviations that are also English words or common labels: they need a city and comma before them. */
const AMBIGUOUS = new Set(['ID', 'IN', 'OR', 'OK', 'ME', 'HI', 'AS', 'PA', 'MD', 'DE', 'CO', 'LA', 'MA', 'MS', 'ND', 'SD', 'VA', 'GA']);
const STATE_NAMES = new Set(
  [
    'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Georgia',
    'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland',
    'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada',
    'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma',
    'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah',
    'Vermont', 'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming', 'Puerto Rico',
  ],
);
const ZIP_LABELS = new Set(['zip', 'zip code', 'zipcode', 'postal code', 'post code', 'postcode']);

/** What may stand between a street address and its ZIP code: a city, a state, commas (capitalized words only). */
const ADDRESS_TAIL = /^[A-Za-z .,'\u2019-]{0,80}$/;

function isAddressTail(tail: string): boolean {
  if (!ADDRESS_TAIL.test(tail)) return false;
  const words = tail.split(/[ ,]+/).filter((w) => w.length > 0);
  return words.length <= 5 && words.every((w) => /^[A-Z]/.test(w));
}

/**
 * True when the words just before a 5-digit number make it a ZIP code: a
 * "ZIP" label, a state name, or a state abbreviation (one that is also a word,
 * like IN or OR, only after a city and a comma). Reads the last two words of
 * a short window by hand: no pattern is retried at each position.
 */
function zipContext(text: string, start: number): boolean {
  // Fast exit: the word before the number must start with a letter.
  let i = start - 1;
  const floor = Math.max(0, start - 40);
  while (i >= floor && (text[i] === ' ' || text[i] === ':' || text[i] === '#')) i--;
  if (i === start - 1 || i < floor) return false;
  while (i >= floor && text[i] !== ' ' && text[i] !== '\n') i--;
  const c = text.charCodeAt(i + 1);
  if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return false;
  const before = text.slice(lineStartBefore(text, start, 40), start);
  let end = before.length;
  while (end > 0 && ' :#'.includes(before[end - 1] ?? '')) end--;
  if (end === before.length) return false; // the number must be set apart by a space
  const words = before.slice(0, end).split(' ').filter((w) => w.length > 0);
  const last = words[words.length - 1] ?? '';
  const prev = words[words.length - 2] ?? '';
  const bare = last.replace(/[.,]+$/, '');
  if (ZIP_LABELS.has(bare.toLowerCase()) || ZIP_LABELS.has(`${prev} ${bare}`.toLowerCase())) return true;
  if (STATE_NAMES.has(bare) || STATE_NAMES.has(`${prev} ${bare}`)) return true;
  if (!STATE_ABBR.has(bare)) return false;
  return !AMBIGUOUS.has(bare) || prev.endsWith(',');
}

export function detectLocations(text: string): PhiMatch[] {
  const streets: PhiMatch[] = [];
  eachMatch(STREET, text, (m) =>
    streets.push({ start: m.index, end: m.index + m[0].length, kind: 'location', what: 'a street address' }),
  );
  eachMatch(PO_BOX, text, (m) =>
    streets.push({ start: m.index, end: m.index + m[0].length, kind: 'location', what: 'a street address' }),
  );
  streets.sort((a, b) => a.start - b.start);
  const out: PhiMatch[] = [];
  let si = 0;
  let lastStreet: PhiMatch | undefined;
  eachMatch(ZIP, text, (m) => {
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
  });
  while (si < streets.length) out.push(streets[si++] as PhiMatch);
  return out.sort((a, b) => a.start - b.start);
}
