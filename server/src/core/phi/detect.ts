import { detectAges } from './ages';
import { detectContacts, detectUrls } from './contact';
import { detectDates, detectMonthYears } from './dates';
import { detectIdentifiers } from './identifiers';
import { detectLocations } from './location';
import { detectNames } from './names';
import { normalizeForMatching } from './normalize';
import { dropOverlaps, prefiltering, type PhiKind, type PhiMatch } from './types';

/** When two detectors claim the same text, the earlier kind in this list wins. */
const PRIORITY: PhiKind[] = ['identifier', 'contact', 'date', 'month-year', 'age', 'location', 'name'];

/** Ages in words need one of these. */
const AGE_WORDS = /ninet|hundred/i;

/**
 * Short texts known to hold nothing, in any document. detectAll is a function
 * of its text, of allowedName's answers and of the document's year, and the
 * year is read only for a birth year ("born 1931", "b. 1931", "DOB 1931"),
 * which needs a digit and a `b`. So a text of at most CLEAN_LENGTH units
 * whose scan found nothing without asking allowedName, and that lacks a digit
 * or a `b`, finds nothing again. Case reports repeat such values (drug names,
 * routes, doses, responses, frameworks): in the peer harness's 1,000 reports,
 * 151,000 of the 179,000 string values are that short, and 85% of all values
 * repeat an earlier one.
 */
const cleanShort = new Set<string>();
const CLEAN_LENGTH = 80;
/** The set is emptied when full: at most about 1.5 MB. */
const MAX_CLEAN = 8192;

/**
 * A flat copy of a short text: a slice of a document can be a view of the
 * whole text, which the set must not keep alive after the document is gone.
 */
function ownCopy(text: string): string {
  return text.split('').join('');
}

/**
 * Every detector over one piece of text; overlaps resolved by PRIORITY. The
 * detectors read the text with pasted typography made plain (normalize.ts);
 * the matches are offsets into `text` as given.
 */
export function detectAll(
  text: string,
  allowedName: (normalizedWord: string) => boolean = () => false,
  documentYear?: number,
): PhiMatch[] {
  // Tests turn the memo off with the prefilters, to compare with the full scan.
  const short = text.length <= CLEAN_LENGTH && prefiltering();
  if (short && cleanShort.has(text)) return [];
  let asked = false;
  const allowed = short
    ? (word: string): boolean => {
        asked = true;
        return allowedName(word);
      }
    : allowedName;
  const plain = normalizeForMatching(text);
  const t = plain.text;
  // Lists are joined with concat, not push(...list): a long text can give more matches than a call takes arguments.
  let all: PhiMatch[] = [];
  // Most prose holds no digit or `@`: then dates, numbers and phones cannot match.
  const numeric = /[0-9@]/.test(t);
  if (numeric) all = all.concat(detectContacts(t), detectIdentifiers(t), detectDates(t), detectMonthYears(t));
  else if (t.includes('.')) all = all.concat(detectUrls(t));
  if (numeric || AGE_WORDS.test(t)) all = all.concat(detectAges(t, documentYear));
  all = all.concat(detectLocations(t), detectNames(t, allowed));
  if (all.length === 0 && short && !asked && !(numeric && /b/i.test(t))) {
    if (cleanShort.size >= MAX_CLEAN) cleanShort.clear();
    cleanShort.add(ownCopy(text));
  }
  all.sort((a, b) => a.start - b.start || b.end - a.end || PRIORITY.indexOf(a.kind) - PRIORITY.indexOf(b.kind));
  const kept = dropOverlaps(all);
  if (t === text) return kept;
  return kept.map((m) => ({ ...m, start: plain.start(m.start), end: plain.end(m.end) }));
}

