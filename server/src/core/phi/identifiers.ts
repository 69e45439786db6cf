import { digitCount, dropOverlaps, eachMatch, type PhiMatch } from './types';

/*
 * Identification numbers: Social Security numbers (by shape, or 9 digits after
 * an SSN label), medical record numbers after an MRN label, and health plan,
 * account, licence, vehicle and device numbers after a label that says what
 * they are ("member ID", "account number", "policy:"). The finding covers the
 * number, not the label. A number without a label is left alone (it may be a
 * dose, a count or a score), and so is a label with no digits after it
 * ("a member of the team").
 */

const SSN_SHAPE = /(?<![\w-])\d{3}-\d{2}-\d{4}(?![\w]|-\d)/g;
const SSN_LABELLED = /\b(?:SSN|SS#|social security(?:[ ](?:number|no\.?|#))?)[ ]{0,2}(?:#|:|is|of)?[ ]{0,2}(\d{3}[ -]?\d{2}[ -]?\d{4})(?![\w]|-\d)/gi;

/** The identifier after a label: letters then digits, with dashes, 5 to 25 characters. */
const ID = '([A-Za-z]{0,4}-?\\d[\\dA-Za-z-]{3,24})(?![\\w-])';
const SEP = '[ \\t]{0,2}(?:#|:|is|of)?[ \\t]{0,2}#?[ \\t]{0,2}';

/**
 * A labelled pattern: the label alone and the label with its identifier. The
 * whole pattern repeats ID's bounded runs, which V8 takes a millisecond or
 * more to compile on first use; most text has no label at all, and the label
 * alone is cheap to compile and to test, so the whole pattern is compiled and
 * run only for text that has one.
 */
interface Labelled {
  label: RegExp;
  re: RegExp;
}

function labelled(label: string): Labelled {
  return { label: new RegExp(label, 'i'), re: new RegExp(`${label}${SEP}${ID}`, 'gi') };
}

const MRN = labelled(
  `\\b(?:MRN|medical[ ]record(?:[ ](?:number|no\\.?|num\\.?|#))?|(?:hospital|chart|record|patient)[ ](?:number|no\\.?|ID|#))`,
);

const QUALIFIER = '(?:ID|no\\.?|number|num\\.?|#)';
/** label words, each with the description a finding gives. */
const LABELS: { words: string; what: string; vin?: boolean }[] = [
  { words: "health[ -]plan|insurance|policy|member|beneficiary|subscriber|Medicaid|Medicare|group", what: 'a health plan number' },
  { words: 'account|acct|billing', what: 'an account number' },
  { words: "licen[cs]e|driver'?s[ ]licen[cs]e|certificate|DEA|NPI|passport", what: 'a licence or certificate number' },
  { words: 'VIN|vehicle|plate|licen[cs]e[ ]plate|registration', what: 'a vehicle identifier', vin: true },
  { words: 'serial|device|implant|UDI', what: 'a device serial number' },
];

/** The medical record number first, then the LABELS, each with the description a finding gives. */
const LABELLED: (Labelled & { what: string })[] = [
  { ...MRN, what: 'a medical record number' },
  ...LABELS.map(({ words, what, vin }) => ({
    what,
    // "member ID 123456", "account no. 55-12345", "policy: 98765432", "VIN 1HGCM82633A004352"
    ...labelled(`\\b(?:(?:${words})[ \\t]{0,2}${QUALIFIER}|(?:${words})[ \\t]?:${vin ? '|VIN' : ''})`),
  })),
];

export function detectIdentifiers(text: string): PhiMatch[] {
  const out: PhiMatch[] = [];
  const tail = (m: RegExpExecArray, group: string, what: string): void => {
    const start = m.index + m[0].length - group.length;
    out.push({ start, end: start + group.length, kind: 'identifier', what });
  };
  eachMatch(SSN_SHAPE, text, (m) =>
    out.push({ start: m.index, end: m.index + m[0].length, kind: 'identifier', what: 'a Social Security number' }),
  );
  eachMatch(SSN_LABELLED, text, (m) => tail(m, m[1] ?? '', 'a Social Security number'));
  for (const { label, re, what } of LABELLED) {
    if (!label.test(text)) continue;
    eachMatch(re, text, (m) => {
      const id = m[1] ?? '';
      if (id.length >= 5 && digitCount(id) >= 4) tail(m, id, what);
    });
  }
  return dropOverlaps(out);
}
