import { digitCount, dropOverlaps, eachMatch, mayMatch, type PhiMatch } from './types';

/*
 * Identification numbers (docs/rules/phi-identifier.md): Social Security
 * numbers (by shape, or 9 digits after an SSN label), and numbers introduced
 * by an identifier word: medical record (MRN, chart, record), health plan
 * (insurance, policy, member, subscriber, group, Medicare, Medicaid), account,
 * licence (licence/license, DEA, NPI), vehicle (plate, VIN) and device
 * (serial, device), with or without "number", "no.", "ID" or `#` after the
 * word. The identifier needs at least 4 digits, or 6 or more letters and
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
 * A labelled pattern: the label alone and the label with its identifier. Most
 * text has no label at all, and the label alone is cheap to test, so the whole
 * pattern runs only for text that has one.
 */
interface Labelled {
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
  label: new RegExp(`\\b(?:${words})\\b`, 'i'),
  re: new RegExp(`\\b(?:${words})${QUALIFIER}${SEP}${ID}`, 'gi'),
}));

/** Every match of a LABELLED pattern holds its label; of SSN_SHAPE, the shape; of SSN_LABELLED, the label. */
const ANY_LABEL = new RegExp(`\\b(?:${LABELS.map((l) => l.words).join('|')})\\b`, 'i');
const SSN_SHAPE_HINT = /\d{3}-\d{2}-\d{4}/;
const SSN_LABEL_HINT = /SSN|SS#|social security/i;

/** Words that label a number yet are not identifiers: hospital and patient need a qualifier. */
const NEEDS_QUALIFIER = /^(?:hospital|patient|registration|certificate|vehicle|implant|billing)/i;
const YEAR = /^(?:19|20)\d\d$/;

function isIdentifier(id: string): boolean {
  const digits = digitCount(id);
  if (digits >= 4) return true;
  return digits >= 2 && id.replace(/-/g, '').length >= 6;
}

export function detectIdentifiers(text: string): PhiMatch[] {
  const out: PhiMatch[] = [];
  const tail = (m: RegExpExecArray, group: string, what: string): void => {
    const start = m.index + m[0].length - group.length;
    out.push({ start, end: start + group.length, kind: 'identifier', what });
  };
  if (mayMatch(SSN_SHAPE_HINT, text)) eachMatch(SSN_SHAPE, text, (m) =>
    out.push({ start: m.index, end: m.index + m[0].length, kind: 'identifier', what: 'a Social Security number' }),
  );
  if (mayMatch(SSN_LABEL_HINT, text)) eachMatch(SSN_LABELLED, text, (m) => tail(m, m[1] ?? '', 'a Social Security number'));
  if (mayMatch(ANY_LABEL, text)) for (const { label, re, what } of LABELLED) {
    if (!label.test(text)) continue;
    eachMatch(re, text, (m) => {
      const qualified = m[1] !== undefined || m[2] !== undefined;
      const id = m[3] ?? '';
      if (!isIdentifier(id)) return;
      if (!qualified && (YEAR.test(id) || NEEDS_QUALIFIER.test(m[0]))) return;
      // An identifier holds a digit early: "record keeping2020" is not one.
      if (!/^[A-Za-z]{0,4}-?\d/.test(id) && digitCount(id) < 4) return;
      tail(m, id, what);
    });
  }
  return dropOverlaps(out);
}
