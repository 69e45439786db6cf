import givenNamesData from './data/given-names.json';
import { dropOverlaps, eachMatch, mayMatch, type PhiMatch } from './types';

/*
 * Personal names (docs/rules/phi-name.md):
 * - a title and a name in any script: "Mr. Smith", "Dr Øster", "Mme Lefèvre",
 *   "Mr. Émile Lefèvre" (both words); in capitals with a period or before a
 *   name in capitals ("DR. SMITH", "MRS JONES"). The journal style "Mr A"
 *   (one capital) is left alone, and so are MS, MR, DR alone.
 * - a common given name followed by a capitalized surname ("Tom Keller"):
 *   given names from data/given-names.json (scripts/build-phi-data.mjs). A
 *   given name that is also an English word (Tom, Case, Will) counts only
 *   after a word that introduces a person ("her husband, Tom Keller").
 * Not leaks: a name `allowed` accepts (an author's, the pseudonym), a name
 * followed by a citation ("Dr. Beck [@beck-1979]"), and clinical eponyms.
 */

/** A name word: capitalized in a cased script, or any run of letters in a script without case (李, محمد). */
const NAME = "(?:\\p{Lu}[\\p{L}\\p{M}'\u2019-]{1,30}|\\p{Lo}[\\p{Lo}\\p{M}]{0,30})";
const UNCASED = /^\p{Lo}/u;
const TITLES = 'Mr|Mrs|Ms|Mx|Miss|Dr|Prof|Mme|Mlle|MR|MRS|MS|MX|MISS|DR|PROF|MME|MLLE';
const TITLED = new RegExp(
  `(?<![\\p{L}\\p{N}_.])(${TITLES})(\\.?)[ \\t]{1,2}(${NAME})(?:[ \\t](${NAME}))?(?![\\p{L}\\p{M}\\p{N}'\u2019-])`,
  'gu',
);
const LOWER = /\p{Ll}/u;
const UPPER_ONLY = /^[\p{Lu}'\u2019-]+$/u;
/** A title is not a surname ("Mr. Mr. Mr."). */
const TITLE_WORD = new RegExp(`^(?:${TITLES})$`);
/** Capitals that follow a title in capitals yet are no name: "MS MRI", "DR ECT". */
const ACRONYMS = new Set(
  'MRI ECT TMS EEG ECG EKG PET SSRI SNRI TCA MAOI CBT DBT IPT PTSD OCD ADHD GAD MDD TRD BPD ICU CSF HAM MADRS PHQ BDI QIDS YMRS GAF CGI AND THE WITH FOR NOT'.split(' '),
);

/** What follows a name that makes it a cited author: "Beck [@beck-1979]", "Beck (1979)", "Beck et al.". */
const CITED = /^\s{0,16}(?:\[@|\((?:19|20)\d\d|et[ \t]al\b|and[ \t]colleagues\b)/;

/**
 * Clinical eponyms: scales, diseases and signs named after people. A given
 * name before them is the eponym's author ("Aaron Beck"), not a person in the case.
 */
export const EPONYMS: ReadonlySet<string> = new Set(
  ('Beck Hamilton Montgomery Åsberg Asberg Young Alzheimer Asperger Parkinson Cushing Addison Korsakoff Wernicke ' +
    'Huntington Tourette Capgras Cotard Lewy Pick Kraepelin Bleuler Freud Jung Adler Klein Winnicott Kohut Kernberg ' +
    'Linehan Rogers Ellis Bowlby Piaget Erikson Maslow Skinner Pavlov Yalom Hamilton Zung Kiddie Conners Yale Brown ' +
    'Bech Rafaelsen Sheehan Beck Folstein Wechsler Rorschach Likert Glasgow Epworth Edinburgh Hashimoto Graves Crohn ' +
    'Down Turner Klinefelter Williams Rett Broca Babinski Romberg Stevens Johnson Guillain Barré Barre Creutzfeldt Jakob').split(' '),
);

/** Given names that are also words or places authors capitalize in prose: like word-like names, they need a word that introduces a person. */
const NOT_GIVEN = new Set(
  ('Will May June April August Mark Grace Hope Faith Joy Gene Major Rich Bill Pat Sue Rose Art Chance Chase Dale Glen ' +
    'Lane Guy Ken Page Star Sky Summer Autumn Winter Dawn Eve Iris Ivy Holly Crystal Amber Jade Ruby Pearl Violet Lily ' +
    'Daisy Olive Hazel Ray Rod Drew Reed Wade Cliff Dean Don Frank Gay Jean Jewel Max Miles Penny Rusty Sandy Sunny ' +
    'Trinity Christian Carol Lincoln Jackson Washington Madison Jordan Austin Dallas Houston Phoenix Paris Florence ' +
    'Georgia Virginia Carolina Sydney Victoria Regina Alexandria Santa Elle Ali Son Early Royal Young Mercy Patience ' +
    'Justice Harmony Melody Destiny Liberty Noble Ebony Sable Chastity Constance Felicity Prudence Verity Tuesday').split(' '),
);

/** Capitalized words after a given name that make a place, an institution or a term, not a surname. */
const NOT_SURNAME = new Set(
  ('Hospital Clinic Center Centre University College School Institute Medical Health Court Street Road Avenue County ' +
    'City Park River Lake Mountain Valley Disease Syndrome Scale Inventory Questionnaire Test Score Rating Index ' +
    'Criteria Method Model Therapy Program Programme Foundation Trust Group Unit Ward House Home Church Library ' +
    'Hall Day Week Month Year Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April ' +
    'May June July August September October November December Christmas Easter').split(' '),
);

const GIVEN = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}'\u2019.-])(\\p{Lu}\\p{Ll}{1,20})[ \\t]{1,2}(${NAME})(?![\\p{L}\\p{M}\\p{N}'\u2019-])`, 'gu');

let given: Set<string> | undefined;
let wordLike: Set<string> | undefined;

/** 'name' for a given name, 'word' for one that is also an English word, else undefined. */
function givenName(word: string): 'name' | 'word' | undefined {
  if (!given || !wordLike) {
    const data = givenNamesData as { names: string; wordLike: string };
    given = new Set(data.names.split('|'));
    wordLike = new Set(data.wordLike.split('|'));
  }
  if (NOT_GIVEN.has(word)) return 'word';
  return given.has(word) ? 'name' : wordLike.has(word) ? 'word' : undefined;
}

/** Words that introduce a person just before a name: "her husband, Tom Keller", "a friend named Will Ross". */
const PERSON_BEFORE =
  /\b(?:husband|wife|spouse|partner|son|daughter|child|mother|father|mom|mum|dad|brother|sister|sibling|aunt|uncle|cousin|nephew|niece|grand(?:mother|father|son|daughter)|fianc[eé]e?|boyfriend|girlfriend|friend|neighbou?r|colleague|boss|employer|teacher|roommate|landlord|caregiver|carer|guardian|named|called|nicknamed|patient|client|therapist|psychiatrist|physician|doctor|nurse)['’s]{0,2},?[ \t]{1,2}$/i;

/** Names are compared without case and without a possessive ending. */
export function normalizeName(word: string): string {
  let end = word.length;
  if (end > 1 && word.charCodeAt(end - 1) === 115 && isApostrophe(word.charCodeAt(end - 2))) end -= 2;
  else if (end > 0 && isApostrophe(word.charCodeAt(end - 1))) end -= 1;
  return word.slice(0, end).toLowerCase();
}

function isCited(text: string, end: number): boolean {
  return CITED.test(text.slice(end, end + 40));
}

/** Is `word` a name after a title written `title`? */
function nameAfterTitle(title: string, period: boolean, word: string): boolean {
  if (TITLE_WORD.test(word)) return false;
  if (LOWER.test(word) || UNCASED.test(word)) return true;
  // A name in capitals: after a title in capitals, or after any title with a period; never an acronym.
  if (!UPPER_ONLY.test(word) || ACRONYMS.has(word)) return false;
  const capsTitle = title === title.toUpperCase();
  return period || (capsTitle && word.length >= 3);
}

/** Every match of TITLED holds a title as TITLES spells it. */
const TITLE_HINT = /M[rsx]|Miss|Dr|Prof|Mme|Mlle|M[RSX]|MISS|DR|PROF|MME|MLLE/;
/**
 * Every match of GIVEN holds a lower-case letter, a space or tab and a
 * capital or an uncased letter (as UTF-16 units: ASCII letters, or any unit
 * from where Latin-1's letters start, surrogates included).
 */
const GIVEN_HINT = /[a-z\u00aa-\uffff][ \t]{1,2}[A-Z\u00aa-\uffff]/;

export function detectTitledNames(text: string, allowed: (normalizedWord: string) => boolean = () => false): PhiMatch[] {
  const out: PhiMatch[] = [];
  if (!mayMatch(TITLE_HINT, text)) return out;
  eachMatch(TITLED, text, (m) => {
    const title = m[1] ?? '';
    const period = m[2] === '.';
    const first = m[3] ?? '';
    const second = m[4];
    if (!nameAfterTitle(title, period, first)) return;
    // A title in capitals without a period needs its name in capitals ("MS Smith" may be multiple sclerosis).
    if (title === title.toUpperCase() && !period && LOWER.test(first)) return;
    const firstEnd = m.index + m[0].length - (second !== undefined ? second.length + 1 : 0);
    const both = second !== undefined && nameAfterTitle(title, period, second) && LOWER.test(second) === LOWER.test(first);
    const words = both ? [first, second] : [first];
    if (words.some((w) => allowed(normalizeName(w)))) return;
    const end = both ? m.index + m[0].length : firstEnd;
    if (isCited(text, end)) return;
    out.push({ start: m.index, end: trimPossessive(text, m.index, end), kind: 'name', what: 'a personal name with a title' });
  });
  return out;
}

/** A common given name followed by a capitalized surname: "her husband, Tom Keller". */
export function detectGivenNames(text: string, allowed: (normalizedWord: string) => boolean = () => false): PhiMatch[] {
  const out: PhiMatch[] = [];
  if (!mayMatch(GIVEN_HINT, text)) return out;
  GIVEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = GIVEN.exec(text)) !== null) {
    const first = m[1] ?? '';
    const surname = m[2] ?? '';
    const kind = givenName(first);
    const introduced = kind === 'word' && PERSON_BEFORE.test(text.slice(Math.max(0, m.index - 32), m.index));
    if (kind === undefined || (kind === 'word' && !introduced)) {
      // The surname may itself start the next pair ("Then Tom Keller"): retry from it.
      GIVEN.lastIndex = m.index + first.length + 1;
      continue;
    }
    const end = m.index + m[0].length;
    const bare = surname.replace(/['\u2019]s?$/, '');
    const ok =
      LOWER.test(surname) &&
      !NOT_SURNAME.has(bare) &&
      !EPONYMS.has(bare) &&
      !allowed(normalizeName(surname)) &&
      !(allowed(normalizeName(first)) && givenName(bare) !== undefined) &&
      !isCited(text, end);
    if (ok) out.push({ start: m.index, end: trimPossessive(text, m.index, end), kind: 'name', what: 'a personal name' });
  }
  return out;
}

/** Both name detectors, the titled name first where they overlap. */
export function detectNames(text: string, allowed: (normalizedWord: string) => boolean = () => false): PhiMatch[] {
  return dropOverlaps([...detectTitledNames(text, allowed), ...detectGivenNames(text, allowed)]);
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
