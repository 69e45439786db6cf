import { detectAges } from './ages';
import { detectContacts, detectUrls } from './contact';
import { detectDates, detectMonthYears } from './dates';
import { detectIdentifiers } from './identifiers';
import { detectLocations } from './location';
import { detectNames } from './names';
import { normalizeForMatching } from './normalize';
import { dropOverlaps, type PhiKind, type PhiMatch } from './types';

/** When two detectors claim the same text, the earlier kind in this list wins. */
const PRIORITY: PhiKind[] = ['identifier', 'contact', 'date', 'month-year', 'age', 'location', 'name'];

/** Ages in words need one of these. */
const AGE_WORDS = /ninet|hundred/i;

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
  const plain = normalizeForMatching(text);
  const t = plain.text;
  const all: PhiMatch[] = [];
  // Most prose holds no digit or `@`: then dates, numbers and phones cannot match.
  const numeric = /[0-9@]/.test(t);
  if (numeric) all.push(...detectContacts(t), ...detectIdentifiers(t), ...detectDates(t), ...detectMonthYears(t));
  else if (t.includes('.')) all.push(...detectUrls(t));
  if (numeric || AGE_WORDS.test(t)) all.push(...detectAges(t, documentYear));
  all.push(...detectLocations(t), ...detectNames(t, allowedName));
  all.sort((a, b) => a.start - b.start || b.end - a.end || PRIORITY.indexOf(a.kind) - PRIORITY.indexOf(b.kind));
  const kept = dropOverlaps(all);
  if (t === text) return kept;
  return kept.map((m) => ({ ...m, start: plain.start(m.start), end: plain.end(m.end) }));
}

