import { eachMatch, type PhiMatch } from './types';

/*
 * Personal names with a title: "Mr. Smith", "Mrs Jones", "Ms. Delacroix",
 * "Dr. Alvarez", "Prof. Kim Lee". The surname must hold a lowercase letter, so
 * the journal style "Mr A" / "Ms B." (a single capital) is left alone, as is a
 * name that `allowed` accepts (an author's name, the pseudonym).
 */

const TITLED = /(?<![\w.])(?:Mr|Mrs|Ms|Mx|Miss|Dr|Prof|Mme|Mlle)\.?[ \u00a0]{1,2}([A-Z][A-Za-z'\u2019-]{1,30})(?:[ \u00a0]([A-Z][A-Za-z'\u2019-]{1,30}))?(?![\w'\u2019-])/g;

const LOWER = /[a-z]/;
/** A title is not a surname ("Mr. Mr. Mr."). */
const TITLE_WORD = /^(?:Mr|Mrs|Ms|Mx|Miss|Dr|Prof|Mme|Mlle)$/;

/** Names are compared without case and without a possessive ending. */
export function normalizeName(word: string): string {
  let end = word.length;
  if (end > 1 && word.charCodeAt(end - 1) === 115 && isApostrophe(word.charCodeAt(end - 2))) end -= 2;
  else if (end > 0 && isApostrophe(word.charCodeAt(end - 1))) end -= 1;
  return word.slice(0, end).toLowerCase();
}

export function detectTitledNames(text: string, allowed: (normalizedWord: string) => boolean = () => false): PhiMatch[] {
  const out: PhiMatch[] = [];
  eachMatch(TITLED, text, (m) => {
    const first = m[1] ?? '';
    const second = m[2];
    if (!LOWER.test(first) || TITLE_WORD.test(first)) return;
    const words = [first];
    if (second !== undefined && LOWER.test(second) && !TITLE_WORD.test(second)) words.push(second);
    if (words.some((w) => allowed(normalizeName(w)))) return;
    // End after the last name word taken (a second word without lowercase is not part of the name).
    const firstEnd = m.index + m[0].length - (second !== undefined ? second.length + 1 : 0);
    const end = words.length === 2 ? m.index + m[0].length : firstEnd;
    out.push({ start: m.index, end: trimPossessive(text, m.index, end), kind: 'name', what: 'a personal name with a title' });
  });
  return out;
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

function trimPossessive(text: string, start: number, end: number): number {
  const last = text.charCodeAt(end - 1);
  if (end - 2 > start && last === 115 /* s */ && isApostrophe(text.charCodeAt(end - 2))) return end - 2;
  if (isApostrophe(last)) return end - 1;
  return end;
}
