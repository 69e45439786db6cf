import givenNamesData from './data/given-names.json';
import worldNamesData from './data/given-names-world.json';
import surnamesData from './data/surnames.json';
import { isUsPlace } from './places';
import { dropOverlaps, eachMatch, mayMatch, type PhiMatch } from './types';

/*
 * Personal names (docs/rules/phi-name.md):
 * - a title and a name in any script: "Mr. Smith", "Dr Øster", "Mme Lefèvre",
 *   "Mr. Émile Lefèvre" (both words), "Dr.Smith", "Dr. de la Cruz"; in
 *   capitals with a period or before a name in capitals ("DR. SMITH", "MRS
 *   JONES"). The journal style "Mr A" (one capital) is left alone, and so are
 *   MS, MR, DR alone.
 * - a common given name followed by a capitalized surname ("Tom Keller",
 *   "José Alvarez", "Maria de la Cruz"): given names from data/given-names.json
 *   (scripts/build-phi-data.mjs) and data/given-names-world.json (hand-kept),
 *   looked up without diacritics. Where the given name may stand (givenKind):
 *   anywhere for a name that is no common word; inside a sentence (after a
 *   lower-case word) or after a word that introduces a person for a word-like
 *   name (Will, May, Grace, Frank); only after such a word for a common word,
 *   a place or a title of rank (Case, Lincoln, Major). A word-like name at a
 *   sentence's start counts before a surname of data/surnames.json (the
 *   commonest US surnames that are no English word) and a verb in the past or
 *   the third person ("Will Keller came", not "Will Keller come?"); a clear
 *   given name before a surname that is an institution word (Hall, Church,
 *   Park) counts before such a verb or after a word that introduces a person
 *   ("Tom Hall visited", not "Carnegie Hall", "the Albert Hall", "Tom Hall of Fame").
 * Not leaks: an author's name as the author writes it (allowed: the full
 * name, or one word of it alone), the pseudonym, a name followed by a
 * citation ("Dr. Beck [@beck-1979]"), clinical eponyms, and the words of a
 * scale, disease or institution after a name ("Hamilton Depression Rating
 * Scale", "Mercy Hospital").
 */

/** A name word: capitalized in a cased script, or any run of letters in a script without case (李, محمد). */
const NAME = "(?:\\p{Lu}[\\p{L}\\p{M}'\u2019-]{1,30}|\\p{Lo}[\\p{Lo}\\p{M}]{0,30})";
/** Lower-case particles of surnames, up to three before the name word: "de la Cruz", "van der Berg", "bin Rashid". */
const PARTICLES = '(?:(?:[Dd]e|[Dd]el|[Dd]ella|[Dd]er|[Dd]en|[Dd]i|[Dd]a|[Dd]u|[Dd]es|[Dd]os|[Dd]as|[Ll]a|[Ll]e|[Vv]an|[Vv]on|[Tt]er|bin|ibn|al|el)[ \\t]{1,2}){0,3}';
const UNCASED = /^\p{Lo}/u;
const TITLES = 'Mr|Mrs|Ms|Mx|Miss|Dr|Prof|Mme|Mlle|MR|MRS|MS|MX|MISS|DR|PROF|MME|MLLE';
/** A title, its period, then blanks (none after the period: "Dr.Smith"), particles and one or two name words. */
const TITLED = new RegExp(
  `(?<![\\p{L}\\p{N}_.])(${TITLES})(\\.?)(?:[ \\t]{1,2}|(?<=\\.))(${PARTICLES})(${NAME})(?:[ \\t](${NAME}))?(?![\\p{L}\\p{M}\\p{N}'\u2019-])`,
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
    'Down Turner Klinefelter Williams Rett Broca Babinski Romberg Stevens Johnson Guillain Barré Barre Creutzfeldt Jakob ' +
    'Frankl Horney Lacan Ganser Munchausen Fregoli Clérambault Ekbom Gerstmann Geschwind Marchiafava Bignami Angelman ' +
    'Prader Willi Marfan Ehlers Danlos Tay Sachs Niemann Stroop Liebowitz Gehrig').split(' '),
);

/**
 * Given names that are also words people capitalize inside a sentence, in
 * titles or as the start of a term: they count only inside a sentence (after
 * a lower-case word) or after a word that introduces a person. At a
 * sentence's start "Will Spravato be covered?", "Grace Hospital" and "Frank
 * Psychosis" read like "Will Keller came".
 */
const WORD_LIKE = new Set(
  ('Will May June April August Mark Grace Hope Faith Joy Bill Pat Sue Rose Dale Glen Guy Ken Dawn Eve Iris Ivy Holly ' +
    'Amber Jade Ruby Pearl Violet Lily Daisy Olive Hazel Ray Rod Drew Reed Wade Cliff Dean Don Frank Gay Jean Jewel Max ' +
    'Miles Penny Rusty Sandy Sunny Carol Elle Ali Mercy Patience Harmony Melody Destiny Ebony Sable Chastity Constance ' +
    'Felicity Prudence Verity Rich Angel Honey Ginger Misty Windy Stormy Buddy Basil Clay Chuck Skip Kit Jay Aura Hunter ' +
    'Walker Heather Robin Sterling Brook Brooks Dusty Happy Lucky Candy Brandy Cherry Poppy Fern Coral').split(' '),
);
/** Months, word-like names that a date word before them makes a date ("in May Keller's mood lifted"). */
const MONTHS = new Set(['May', 'June', 'April', 'August']);
const DATE_WORDS = new Set(
  'in on by since until till through throughout during from to of last next this that early late mid each every before after around about between and or within'.split(' '),
);

/**
 * Given names that are common words, places, titles of rank or figures of
 * history and religion: they count only after a word that introduces a
 * person ("her son, Case Miller"). "Case Report", "Lincoln Memorial", "Major
 * Depression", "the Care Programme Approach", "Kaiser Permanente".
 */
const COMMON_WORDS = new Set(
  ('Lincoln Jackson Washington Madison Jordan Austin Dallas Houston Phoenix Paris Florence Georgia Virginia Carolina ' +
    'Sydney Victoria Regina Alexandria Santa Milan Royal Major Minor Early Young Christian Trinity Justice Liberty Noble ' +
    'Son Chance Chase Page Star Sky Summer Autumn Winter Crystal Lane Art Gene Tuesday Charity Honor Kaiser Sloan ' +
    'Ab Abbey Abbot Ad Ado Adore Ag Alley Ally Amble Any Arch Archer Ash Ave Ax Axe Bail Bald Bale Ban Bank Bar Bard ' +
    'Barn Baron Base Bat Bay Bear Bee Bell Bent Beret Berry Bird Birch Bliss Blithe Bond Bone Boot Booth Boy Bran Brand ' +
    'Brew Bride Brier Brig Briny Buck Burg Cad Camel Car Care Carry Cart Case Cash Cello Chariot Cherish Chic Chick ' +
    'Chip Cob Con Cookie Coop Cord Court Cross Cull Curry Curt Dame Dare Darn Deck Den Deny Dew Dill Doe Doll Dot Drake ' +
    'Dud Duff Duke Dun Earl Easter Even Else Em Fair Fan Fancy Far Fawn Fax Fee Fey Fidelity Field Fields Fin Flint ' +
    'Ford Forest Foster Free Gal Gale Gan Gar Garland Gill Glad Glory Gram Gran Grange Granny Grant Gray Grove Gun Had ' +
    'Hall Ham Hardy Harp Hart Hasty Haven Haze Heath Herb Hi Hill Hunt Itch Ivory Job Keen Kin King La Lacy Laird Lance ' +
    'Land Lark Law Lay Lief Link Lion Lock Mac Mace Mag Man Mar Marsh Marshal Mart Mayor Mead Merry Mic Mil Mile Mill ' +
    'Miner Moll Mommy Moss Muffin Nanny Nap Natal Nettle Nil North Ode Pace Pail Pall Palm Park Pen Pet Pier Port ' +
    'Porter Price Prince Puff Quill Rabbi Rabi Rad Ram Ransom Raven Read Red Rem Rice Ring Rip Rock Row Sal Salmon Saw ' +
    'Sax Say See Sergeant Shadow Shell Si Sim Sly Smith Steward Stern Storm Sunshine Tab Tailor Tally Tan Temp Temple ' +
    'Terra Thatch Thorn Tine Tore Town Trace Trip Tuck Urban Vale Verge Wait Waiter Wake Ward Warden Ware Wash Way Web ' +
    'Welsh West Wit Wolf Wood Worth Worthy Yank Yankee Yard York Yule Zed Wells De Van El Di Bo Ky Constancy Modesty ' +
    'Serene Velvet Magnum Scarlet Chevy Sapphire Shepherd Judas Jesus Napoleon Aristotle Caesar Cleopatra Hercules ' +
    'Venus Madonna Pandora Romeo Lothario Sherlock Pooh Gypsy Gipsy Nat Al Bud').split(' '),
);

/** Capitalized words after a given name that make a place or an institution, not a surname. */
const PLACE_WORDS = new Set(
  ('Hospital Clinic Center Centre University College School Institute Medical Health Court Street Road Avenue County ' +
    'City Park River Lake Mountain Valley Beach Square Memorial General Regional National Community Foundation Trust ' +
    'Group Unit Ward House Home Church Cathedral Chapel Library Hall Lodge League Society Association Academy Council ' +
    'Department Service Services Network Laboratory Laboratories Museum Prison Shelter Pharmacy Corporation Company').split(' '),
);
/** Capitalized words after an eponym or a given name that make a scale, a disease or a test (also as plurals: "Inventories"). */
const TERM_WORDS = new Set(
  ('Disease Syndrome Disorder Scale Inventory Questionnaire Test Score Rating Index Criteria Method Model Therapy ' +
    'Treatment Interview Checklist Assessment Examination Exam Battery Schedule Screening Survey Measure Instrument ' +
    'Subscale Item Version Procedure Protocol Sign Reflex Effect Principle Phenomenon Trial Study Report Series ' +
    'Approach Theory Technique Ratio Classification Staging Stage Grade Coma Type Triad Palsy Hypothesis Paradigm Task ' +
    'Algorithm Guideline Program Programme Formulation Presentation Summary Depression Depressive Anxiety Mania Manic ' +
    'Psychosis Psychotic Dementia Delirium Catatonia Akathisia Dyskinesia Obsessive Compulsive Panic Psychological ' +
    'Psychiatric Clinical Cognitive Mental Mood Personality Sleepiness Fatigue Quality Global Memory Intelligence Verbal ' +
    'Severity Symptom Suicide Suicidal Impression Functioning Postnatal Resilience Alert Dust Christ').split(' '),
);
/**
 * Institution words that are also common surnames: after a clear given name
 * they are a surname when a verb follows ("Tom Hall visited", "Jane Church
 * said", "Emily Park called", "Anna Ward phoned", "Greg House wrote") or a word that introduces a person comes before
 * ("her neighbour, Tom Hall"), and no capitalized word, digit or "of" comes
 * after ("Tom Hall Community Center", "Hall of Fame") and no article, place
 * preposition or other capitalized word before ("the Albert Hall", "at Stanley
 * Park", "Royal Albert Hall").
 */
const INSTITUTION_SURNAMES = new Set(['Hall', 'Church', 'Park', 'Ward', 'House']);
/** Words before "Albert Hall", "Stanley Park" that make it a place. */
const PLACE_BEFORE = new Set(
  'the a an this that in at to from near into onto on off of outside inside around toward towards through across behind beside opposite past via within'.split(' '),
);
/** What after an institution surname makes the pair an institution: a capitalized word, a digit, "of" or "for". */
const INSTITUTION_AFTER = /^(?:[ \t]{1,2}|[ \t]?\r?\n[ \t]{0,40})(?:\p{Lu}|\p{N}|(?:of|for)(?![\p{L}\p{M}]))/u;

/**
 * What after "Will Keller" at a sentence's start makes it a name rather than
 * a question or a modal ("Will Keller come?"): a verb in the past or the third
 * person (any lower-case word ending in -ed, not -eed, or one of VERBS),
 * perhaps after one adverb.
 */
const VERB_AFTER =
  /(?:[ \t]{1,2}|[ \t]?\r?\n[ \t]{0,40})(?:(?:also|then|later|again|first|never|often|still|soon|finally|eventually|once|always|usually|recently|repeatedly)[ \t]{1,2})?(\p{Ll}{2,20})(?![\p{L}\p{M}\p{N}'\u2019-])/uy;
const VERBS = new Set(
  ('came went said was had saw told took gave made felt found left brought drove wrote spoke sat ran became began got ' +
    'kept met paid sent thought knew lost heard stood slept ate drank fell woke rang grew sought taught bought ' +
    'is has does says lives works visits calls comes goes takes reports attends sees tells gives drives writes ' +
    'phones brings helps cares remains').split(' '),
);
/** Verbs that only a person does, after an institution surname: "Tom Hall said" (a hall or a park opens, hosts, is and has). */
const PERSON_VERBS = new Set(
  ('said told called phoned rang visited came went drove wrote spoke asked answered replied explained noticed felt ' +
    'thought knew decided agreed refused attended stayed died cried complained described denied recalled remembered ' +
    'met saw helped brought gave worried says tells calls phones visits writes feels thinks worries').split(' '),
);
/** Verbs whose object is a person, before an institution surname: "He met Tom Hall there" (one visits a hall, but meets a person). */
const PERSON_OBJECT_VERBS = new Set(
  'met meets married marries told tells asked asks phoned phones called calls rang rings thanked texted emailed e-mailed hugged dated befriended introduced'.split(' '),
);
/** Capitalized words that may open a sentence before a name without making it a title: "Then Will Keller came", "Later, May Keller phoned". */
const SENTENCE_OPENERS = new Set(
  'Then Later Afterwards Afterward Eventually Finally Soon Next Yesterday Today Recently Meanwhile Once And But So Still Again Also'.split(' '),
);
/** Abbreviations whose period ends no sentence: "St. Mary Church", "Mt. Grace". */
const ABBREVIATIONS = new Set('St Mt Ft Dr Mr Mrs Ms Mx Prof Rev Sr Jr No Vol Fig Dept Univ'.split(' '));
/** How far ahead a sentence's end is looked for, to tell "Will Keller came." from "Will Keller called?". */
const SENTENCE_REACH = 240;
/** Passive verbs before "by" that make a month after it a person: "seen by May Keller" (not "by May, Keller had..."). */
const AGENT_VERBS = new Set(
  'seen referred treated visited assessed examined accompanied interviewed supervised driven brought raised phoned contacted evaluated counselled counseled'.split(' '),
);

/** Capitalized words after a given name that make a date: "Christmas Day", "Grace Monday". */
const DATE_AFTER = new Set(
  ('Day Week Month Year Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May ' +
    'June July August September October November December Christmas Easter').split(' '),
);
/** Capitalized words that are no surname: "of Hope Through Ketamine", "Emily Was". */
const FUNCTION_WORDS = new Set(
  ('The A An And Or Nor But Of In On At To For With Without Through Throughout After Before During From Into Onto Over ' +
    'Under Between Against Among Across Beyond Within Upon About Around Toward Towards Versus Via Than As By Is Was Are ' +
    'Were Be Been Being Has Had Have Not No Yes When While Where Who Whom Whose What Why How This That These Those It ' +
    'Its He She They We You His Her Hers Their Our Your Him Them Us Me My Mine Then So Yet If Again Also Only Even').split(' '),
);

/** Pairs that are brands, drinks, drugs' street names or institutions, not people. */
const NOT_PEOPLE = new Set(
  ('jack daniels|jack daniel|jack russell|jim beam|johnnie walker|miller lite|mary jane|beth israel|dana farber|austen riggs|' +
    'sheppard pratt|john radcliffe|milton keynes|fisher wallace|tim hortons|martin luther|mary magdalene').split('|'),
);
/** Titled words that are brands: "Dr Pepper", "Dr. Martens". */
const NOT_TITLED = new Set(['pepper', 'martens', 'scholl', "scholl's"]);

/** What after a name, on its line or the next, makes it an eponym: "Lou Gehrig's disease", "Charles Bonnet syndrome". */
const EPONYM_AFTER =
  /^(?:[ \t]{1,2}|[ \t]?\r?\n[ \t]{0,40})(?:disease|syndrome|palsy|paralysis|sign|phenomenon|delusion|encephalopathy|law|triad|criteria|scale|test|effect)(?![\p{L}\p{M}])/u;
const POSSESSIVE = /['\u2019]s?$/;

/** A given name, blanks, surname particles and a name word. */
const GIVEN = new RegExp(
  `(?<![\\p{L}\\p{M}\\p{N}'\u2019.-])(\\p{Lu}[\\p{Ll}\\p{M}]{1,20})[ \\t]{1,2}(${PARTICLES})(${NAME})(?![\\p{L}\\p{M}\\p{N}'\u2019-])`,
  'gu',
);
/** A capitalized word after a name, on its line or the next: "Emily Novak Center", "Beck Youth Inventories", "Connor Davidson Resilience Scale". */
const NEXT_WORD = /(?:[ \t]{1,2}|[ \t]?\r?\n[ \t]{0,40})(\p{Lu}\p{Ll}{1,20})(?![\p{L}\p{M}])/uy;
/** How many capitalized words after a name may hold the term or institution that takes its name. */
const NEXT_WORDS = 3;

let given: Set<string> | undefined;
let wordLikeData: Set<string> | undefined;
let surnames: Set<string> | undefined;

/**
 * Is `word` one of the surnames of data/surnames.json (scripts/build-phi-data.mjs:
 * the 5,000 commonest of the US Census, less English words), compared without
 * case, diacritics or apostrophes ("Keller", "McDonald", "O'Brien")?
 */
export function isKnownSurname(word: string): boolean {
  surnames ??= new Set((surnamesData as { names: string }).names.toLowerCase().split('|'));
  return surnames.has(foldDiacritics(word).toLowerCase().replace(/['\u2019]/g, ''));
}

/** Letters that do not decompose into a plain letter and marks. */
const UNDECOMPOSED: Record<string, string> = {
  ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', æ: 'ae', Æ: 'Ae', ß: 'ss', đ: 'd', Đ: 'D', ð: 'd', Ð: 'D', þ: 'th', Þ: 'Th', œ: 'oe', Œ: 'Oe', ı: 'i',
};
const NOT_ASCII = /[^\u0000-\u007f]/;
const MARKS = /\p{M}/gu;
const UNDECOMPOSED_RE = /[łŁøØæÆßđĐðÐþÞœŒı]/g;
/** Latin-1 and Latin Extended-A and -B (U+0080 to U+024F) without diacritics, built on first use. */
const TABLE_END = 0x250;
let plainLatin: string[] | undefined;

function slowFold(word: string): string {
  return word
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(UNDECOMPOSED_RE, (c) => UNDECOMPOSED[c] ?? c);
}

/** A word without its diacritics: "Søren" → "Soren", "Łukasz" → "Lukasz", "José" → "Jose" (also written as e and U+0301). */
export function foldDiacritics(word: string): string {
  if (!NOT_ASCII.test(word)) return word;
  if (!plainLatin) {
    plainLatin = [];
    for (let c = 0x80; c < TABLE_END; c++) plainLatin.push(slowFold(String.fromCharCode(c)));
  }
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 0x80) out += word.charAt(i);
    else if (c < TABLE_END) out += plainLatin[c - 0x80] ?? '';
    else if (c < 0x300 || c > 0x36f) return slowFold(word); // beyond the table; combining marks (U+0300 to U+036F) drop
  }
  return out;
}

/**
 * How a capitalized word stands as a given name: 'name' (a given name that is
 * no common word: anywhere), 'word' (WORD_LIKE: inside a sentence), 'common'
 * (COMMON_WORDS: after a word that introduces a person), or undefined.
 */
export function givenKind(word: string): 'name' | 'word' | 'common' | undefined {
  const plain = foldDiacritics(word);
  if (COMMON_WORDS.has(word) || COMMON_WORDS.has(plain)) return 'common';
  if (WORD_LIKE.has(word) || WORD_LIKE.has(plain)) return 'word';
  if (!given || !wordLikeData) {
    const data = givenNamesData as { names: string; wordLike: string };
    given = new Set(data.names.split('|'));
    for (const n of (worldNamesData as { names: string }).names.split('|')) given.add(foldDiacritics(n));
    wordLikeData = new Set(data.wordLike.split('|'));
  }
  // A given name the word list also holds, but as a rare word (James, Noah, Tom): a name.
  return given.has(plain) || wordLikeData.has(plain) ? 'name' : undefined;
}

/** Words that introduce a person just before a name: "her husband, Tom Keller", "a friend named Will Ross". */
const PERSON_BEFORE =
  /\b(?:husband|wife|spouse|partner|son|daughter|child|mother|father|mom|mum|dad|brother|sister|sibling|aunt|uncle|cousin|nephew|niece|grand(?:mother|father|son|daughter)|fianc[eé]e?|boyfriend|girlfriend|friend|neighbou?r|colleague|boss|employer|teacher|roommate|landlord|caregiver|carer|guardian|named|called|nicknamed|patient|client|therapist|psychiatrist|physician|doctor|nurse)['’s]{0,2},?(?:[ \t]{1,2}|[ \t]?\r?\n[ \t]{0,40})$/i;

const WORD_UNIT = /^[\p{L}\p{M}'\u2019-]$/u;
const LOWER_START = /^\p{Ll}/u;

/**
 * The word just before `index` (past blanks, one line break, and a comma,
 * semicolon or parenthesis), at most 40 units, or '', and where it starts.
 */
function wordBeforeAt(text: string, index: number): [string, number] {
  let i = skipBlanks(text, index);
  const c = text.charCodeAt(i - 1);
  if (c === 44 /* , */ || c === 59 /* ; */ || c === 40 /* ( */) i = skipBlanks(text, i - 1);
  const end = i;
  while (i > 0 && end - i < 40 && WORD_UNIT.test(text.charAt(i - 1))) i--;
  return [text.slice(i, end), i];
}

function wordBefore(text: string, index: number): string {
  return wordBeforeAt(text, index)[0];
}

/** May a given name of this kind start a name at `index`? */
function standsAsName(kind: 'name' | 'word' | 'common', first: string, text: string, index: number): boolean {
  if (kind === 'name') return true;
  if (PERSON_BEFORE.test(text.slice(Math.max(0, index - 72), index))) return true;
  if (kind === 'common') return false;
  // Inside a sentence: a lower-case word before it ("He met Frank Keller"), not a date word before a month.
  const [before, at] = wordBeforeAt(text, index);
  if (!LOWER_START.test(before)) return false;
  if (!(MONTHS.has(first) && DATE_WORDS.has(before.toLowerCase()))) return true;
  // "seen by May Keller": after a passive verb, "by" names who did it.
  return before === 'by' && AGENT_VERBS.has(wordBefore(text, at).toLowerCase());
}

/** Does a sentence (or a paragraph, list item, parenthesis or quotation) start at `index`? */
function atSentenceStart(text: string, index: number): boolean {
  const i = skipBlanks(text, index);
  if (i === 0) return true;
  const c = text.charCodeAt(i - 1);
  if (c === 10 /* \n: a blank line before */ || c === 33 /* ! */ || c === 63 /* ? */ || c === 58 /* : */) return true;
  if (c === 40 /* ( */ || c === 34 /* " */ || c === 0x201c /* “ */ || c === 91 /* [ */) return true;
  if (c === 46 /* . */) {
    // Not after an abbreviation ("St. Mary") or an initial ("J. Will").
    let j = i - 1;
    while (j > 0 && i - 1 - j < 8 && WORD_UNIT.test(text.charAt(j - 1))) j--;
    const word = text.slice(j, i - 1);
    return !ABBREVIATIONS.has(word) && !(word.length === 1 && UPPER_ONLY.test(word));
  }
  // A list item's marker at the start of its line.
  return (c === 45 /* - */ || c === 42 /* * */ || c === 0x2022 /* • */) && lineBlankBefore(text, i - 1);
}

/** Are there only blanks (at most 40) between the start of the line and `index`? */
function lineBlankBefore(text: string, index: number): boolean {
  let i = index - 1;
  while (i >= 0 && index - i <= 40) {
    const c = text.charCodeAt(i);
    if (c === 10) return true;
    if (c !== 32 && c !== 9) return false;
    i--;
  }
  return i < 0;
}

/**
 * A verb in the past or the third person after `end` (perhaps after one
 * adverb): "Keller came", "Keller later called"; only PERSON_VERBS when `person`.
 */
function verbAfter(text: string, end: number, person = false): boolean {
  VERB_AFTER.lastIndex = end;
  const word = VERB_AFTER.exec(text)?.[1];
  if (word === undefined) return false;
  if (person) return PERSON_VERBS.has(word);
  return VERBS.has(word) || (word.length >= 4 && word.endsWith('ed') && !word.endsWith('eed'));
}

/** Does the sentence going on at `from` end with a question mark (looked for at most SENTENCE_REACH characters ahead)? */
function endsInQuestion(text: string, from: number): boolean {
  const stop = Math.min(text.length, from + SENTENCE_REACH);
  for (let i = from; i < stop; i++) {
    const c = text.charCodeAt(i);
    if (c === 63 /* ? */) return true;
    if (c === 46 /* . */ || c === 33 /* ! */) return false;
    if (c === 10 /* \n */) {
      let j = i + 1;
      while (j < stop && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9 || text.charCodeAt(j) === 13)) j++;
      if (j >= text.length || text.charCodeAt(j) === 10) return false;
    }
  }
  return false;
}

/**
 * A word-like given name at a sentence's start ("Will Keller came to the
 * clinic."): a name when the next word is a surname of the lexicon (no
 * particles, no possessive), a verb in the past or the third person follows,
 * and the sentence is no question ("Will Keller come back?", "Will Spravato
 * be covered?", "May Day").
 */
function opensSentence(text: string, start: number, particles: string, surname: string, end: number): boolean {
  return (
    particles === '' &&
    isKnownSurname(surname) &&
    (atSentenceStart(text, start) || afterOpener(text, start)) &&
    verbAfter(text, end) &&
    !endsInQuestion(text, end)
  );
}

/** Is the word before `index` one of SENTENCE_OPENERS at a sentence's start ("Then Will…", "Later, May…")? */
function afterOpener(text: string, index: number): boolean {
  const [before, at] = wordBeforeAt(text, index);
  return SENTENCE_OPENERS.has(before) && atSentenceStart(text, at);
}

/** "Tom Hall visited", "her neighbour, Tom Hall": a clear given name and an institution surname (INSTITUTION_SURNAMES). */
function institutionSurname(kind: 'name' | 'word' | 'common', particles: string, surname: string, text: string, start: number, end: number): boolean {
  if (kind !== 'name' || particles !== '' || !INSTITUTION_SURNAMES.has(surname)) return false;
  const nameEnd = trimPossessive(text, start, end);
  if (INSTITUTION_AFTER.test(text.slice(nameEnd, nameEnd + 48))) return false;
  if (PERSON_BEFORE.test(text.slice(Math.max(0, start - 72), start))) return true;
  const before = wordBefore(text, start);
  if (PERSON_OBJECT_VERBS.has(before)) return true;
  if (PLACE_BEFORE.has(before.toLowerCase())) return false;
  if (before !== '' && !LOWER_START.test(before) && !FUNCTION_WORDS.has(before)) return false;
  if (before === '' && !atSentenceStart(text, start)) return false;
  return nameEnd === end && verbAfter(text, end, true);
}

/** A place or institution word, or a term word, singular or plural ("Inventories", "Scales"). */
function isTermWord(word: string): boolean {
  if (PLACE_WORDS.has(word) || TERM_WORDS.has(word)) return true;
  if (word.endsWith('ies') && TERM_WORDS.has(`${word.slice(0, -3)}y`)) return true;
  return word.endsWith('s') && TERM_WORDS.has(word.slice(0, -1));
}

/** Names are compared without case, diacritics and a possessive ending. */
export function normalizeName(word: string): string {
  let end = word.length;
  if (end > 1 && word.charCodeAt(end - 1) === 115 && isApostrophe(word.charCodeAt(end - 2))) end -= 2;
  else if (end > 0 && isApostrophe(word.charCodeAt(end - 1))) end -= 1;
  return foldDiacritics(word.slice(0, end)).toLowerCase();
}

/** The key `allowed` is asked for a full name: its two words, normalized, with one space (allowedNames in scan.ts adds them). */
export function nameKey(given: string, surname: string): string {
  return `${normalizeName(given)} ${normalizeName(surname)}`;
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
 * Every match of GIVEN holds a lower-case letter or a mark, a space or tab
 * and a capital or an uncased letter (as UTF-16 units: ASCII letters, or any
 * unit from where Latin-1's letters start, surrogates included).
 */
const GIVEN_HINT = /[a-z\u00aa-\uffff][ \t]{1,2}[A-Z\u00aa-\uffff]/;

/**
 * Is a name of these words an author's (or the pseudonym)? One word alone,
 * when it is one of theirs ("Dr. Okafor"); two, when they are one person's
 * ("Dr. Ngozi Okafor"), not another given name or surname with one of theirs
 * ("Dr. David Okafor").
 */
function allowedWords(words: readonly string[], allowed: (normalizedWord: string) => boolean): boolean {
  if (words.length === 1) return allowed(normalizeName(words[0] ?? ''));
  return allowed(nameKey(words[0] ?? '', words[1] ?? ''));
}

export function detectTitledNames(text: string, allowed: (normalizedWord: string) => boolean = () => false): PhiMatch[] {
  const out: PhiMatch[] = [];
  if (!mayMatch(TITLE_HINT, text)) return out;
  eachMatch(TITLED, text, (m) => {
    const title = m[1] ?? '';
    const period = m[2] === '.';
    const particles = m[3] ?? '';
    const first = m[4] ?? '';
    const second = m[5];
    if (!nameAfterTitle(title, period, first)) return;
    // A title in capitals without a period needs its name in capitals ("MS Smith" may be multiple sclerosis).
    if (title === title.toUpperCase() && !period && LOWER.test(first)) return;
    if (particles === '' && NOT_TITLED.has(normalizeName(first))) return;
    const firstEnd = m.index + m[0].length - (second !== undefined ? second.length + 1 : 0);
    const both =
      second !== undefined &&
      nameAfterTitle(title, period, second) &&
      LOWER.test(second) === LOWER.test(first) &&
      !isTermWord(second) &&
      !EPONYMS.has(second);
    const words = both ? [first, second] : [first];
    if (allowedWords(words, allowed)) return;
    const end = both ? m.index + m[0].length : firstEnd;
    if (isCited(text, end)) return;
    out.push({ start: m.index, end: trimPossessive(text, m.index, end), kind: 'name', what: 'a personal name with a title' });
  });
  return out;
}

/** A common given name followed by a capitalized surname: "He met Tom Keller", "her husband, Frank Keller". */
export function detectGivenNames(text: string, allowed: (normalizedWord: string) => boolean = () => false): PhiMatch[] {
  const out: PhiMatch[] = [];
  if (!mayMatch(GIVEN_HINT, text)) return out;
  GIVEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = GIVEN.exec(text)) !== null) {
    const first = m[1] ?? '';
    const particles = m[2] ?? '';
    const surname = m[3] ?? '';
    const kind = givenKind(first);
    const end = m.index + m[0].length;
    if (
      kind === undefined ||
      !(standsAsName(kind, first, text, m.index) || (kind === 'word' && opensSentence(text, m.index, particles, surname, end)))
    ) {
      // The next word may itself start a name ("Then Tom Keller", "Will Tom Keller come?"): retry from it.
      GIVEN.lastIndex = m.index + first.length + 1;
      continue;
    }
    const bare = surname.replace(POSSESSIVE, '');
    if (
      !LOWER.test(surname) ||
      (isTermWord(bare) && !institutionSurname(kind, particles, bare, text, m.index, end)) ||
      DATE_AFTER.has(bare) ||
      FUNCTION_WORDS.has(bare) ||
      EPONYMS.has(bare)
    ) {
      continue;
    }
    const third = particles === '' ? thirdNameEnd(text, surname, end) : -1;
    if (
      !namesAThing(text, first, bare, end, third >= 0) &&
      !allowed(nameKey(first, surname)) &&
      !isCited(text, third >= 0 ? third : end)
    ) {
      out.push({ start: m.index, end: trimPossessive(text, m.index, third >= 0 ? third : end), kind: 'name', what: 'a personal name' });
      if (third >= 0) GIVEN.lastIndex = third;
    }
  }
  return out;
}

/** A third name word on the line: "Mary Ellen Keller", "Mary Jane Keller". */
const THIRD_WORD = /[ \t]{1,2}(\p{Lu}\p{Ll}[\p{L}\p{M}'\u2019-]{0,30})(?![\p{L}\p{M}\p{N}'\u2019-])/uy;

/**
 * Where a surname after a double given name ends ("Mary Ellen Keller": the
 * second word a given name, without a possessive, and the third a capitalized
 * word that is no term, day, function word or eponym), or -1.
 */
function thirdNameEnd(text: string, second: string, end: number): number {
  if (POSSESSIVE.test(second) || givenKind(second) !== 'name') return -1;
  THIRD_WORD.lastIndex = end;
  const word = THIRD_WORD.exec(text)?.[1]?.replace(POSSESSIVE, '');
  if (word === undefined || isTermWord(word) || DATE_AFTER.has(word) || FUNCTION_WORDS.has(word) || EPONYMS.has(word)) return -1;
  return THIRD_WORD.lastIndex;
}

/**
 * Is "first surname" (without a possessive), ending at `end`, a place, a
 * brand, an institution or an eponym rather than a person? With a `surnameAfter`
 * ("Mary Jane Keller") the pair is no brand.
 */
function namesAThing(text: string, first: string, surname: string, end: number, surnameAfter = false): boolean {
  if ((!surnameAfter && NOT_PEOPLE.has(nameKey(first, surname))) || isUsPlace(`${first} ${surname}`)) return true;
  if (EPONYM_AFTER.test(text.slice(end, end + 64))) return true;
  NEXT_WORD.lastIndex = end;
  for (let i = 0; i < NEXT_WORDS; i++) {
    const next = NEXT_WORD.exec(text);
    if (next === null) return false;
    if (isTermWord(next[1] ?? '')) return true;
  }
  return false;
}

/** Both name detectors, the titled name first where they overlap. */
export function detectNames(text: string, allowed: (normalizedWord: string) => boolean = () => false): PhiMatch[] {
  return dropOverlaps([...detectTitledNames(text, allowed), ...detectGivenNames(text, allowed)]);
}

/** Back from `end` over at most 40 spaces and tabs and one line break (a block scalar's line and its indent). */
function skipBlanks(text: string, end: number): number {
  let i = end;
  let lineBreak = false;
  while (i > 0 && end - i < 40) {
    const c = text.charCodeAt(i - 1);
    if (c === 10 /* \n */) {
      if (lineBreak) break;
      lineBreak = true;
    } else if (c !== 32 && c !== 9 && c !== 13) break;
    i--;
  }
  return i;
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
