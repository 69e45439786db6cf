import type { CaseDocument } from './document';
import type { PhiFinding } from './phi/scan';
import type { Finding, Fix, TextEdit } from './types';

/**
 * Redaction: the generic description that replaces an identifier the
 * de-identification scan found (docs/rules/phi-*.md). The wording is one
 * pattern, "[<what> removed]", except where Safe Harbor allows a coarser
 * value: a date keeps its year, an age over 89 becomes "90+", a titled name
 * becomes the patient's pseudonym when the document has one.
 */

export const REDACT_TITLE = 'Replace with a generic description';

/** What each detector's description is shortened to inside "[... removed]". */
const NOUNS: Record<string, string> = {
  'a phone number': 'phone',
  'a fax number': 'fax',
  'an email address': 'email',
  'a URL': 'URL',
  'an IP address': 'IP address',
  'a Social Security number': 'SSN',
  'a medical record number': 'record number',
  'a health plan number': 'health plan number',
  'an account number': 'account number',
  'a licence or certificate number': 'licence number',
  'a vehicle identifier': 'vehicle identifier',
  'a device serial number': 'serial number',
  'a street address': 'address',
  'a ZIP code': 'ZIP code',
};

const KIND_NOUN: Record<PhiFinding['kind'], string> = {
  date: 'date',
  'month-year': 'month',
  age: 'age',
  contact: 'contact',
  identifier: 'identifier',
  location: 'location',
  name: 'name',
};

/** A 4-digit year inside a date as written (2021-03-14, March 14, 2021, 14.03.2021). */
const YEAR = /(?<!\d)(?:1[89]|20)\d\d(?!\d)/;

/** The generic text that replaces `written`, an identifier of the given finding. */
export function redaction(finding: Pick<PhiFinding, 'kind' | 'what'>, written: string, alias?: string): string {
  switch (finding.kind) {
    case 'date':
    case 'month-year':
      // Safe Harbor keeps the year.
      return YEAR.exec(written)?.[0] ?? (finding.kind === 'date' ? '[date removed]' : '[month removed]');
    case 'age': {
      // "92-year-old" -> "90+-year-old"; "92" -> "90+".
      const m = /^\d+/.exec(written);
      return m ? `90+${written.slice(m[0].length)}` : '90+';
    }
    case 'name':
      return alias ?? '[name removed]';
    default:
      return `[${NOUNS[finding.what] ?? KIND_NOUN[finding.kind]} removed]`;
  }
}

/** The patient's pseudonym, when the document gives one that is marked as a pseudonym. */
export function pseudonymOf(doc: CaseDocument): string | undefined {
  const alias = doc.get(['patient', 'alias']);
  if (typeof alias !== 'string' || alias.trim() === '' || /[\r\n]/.test(alias)) return undefined;
  if (doc.get(['patient', 'alias_is_pseudonym']) === false) return undefined;
  return alias.trim();
}

/**
 * The scan's findings with a redaction fix each (prose only: an age field's
 * own "90+" fix stays as it is). Not `safe`: fix-all on save never deletes
 * text; the "Redact all identifiers" action applies them on request.
 */
export function withRedactions(doc: CaseDocument, findings: PhiFinding[]): PhiFinding[] {
  const alias = pseudonymOf(doc);
  return findings.map((f) => {
    if (f.fixes && f.fixes.length > 0) return f;
    const written = doc.text.slice(f.start, f.end);
    const fix: Fix = {
      title: f.kind === 'name' && alias !== undefined ? 'Replace with the pseudonym' : REDACT_TITLE,
      edits: [{ start: f.start, end: f.end, newText: redaction(f, written, f.kind === 'name' ? alias : undefined) }],
      preferred: true,
      redacts: true,
    };
    const fixes = [fix];
    if (f.kind === 'name' && alias !== undefined) {
      fixes.push({ title: REDACT_TITLE, edits: [{ start: f.start, end: f.end, newText: '[name removed]' }], redacts: true });
    }
    return { ...f, fixes };
  });
}

/**
 * The edits that redact every identifier the lint reported (the generic
 * description of each finding; findings of rules turned off or disabled are not there,
 * so they are left alone). Non-overlapping, in document order.
 */
export function redactAllEdits(findings: readonly Finding[]): TextEdit[] {
  const edits: TextEdit[] = [];
  let lastEnd = -1;
  const candidates = findings
    // The generic description over the pseudonym: a titled name in bulk may be anyone's.
    .map((f) => f.fixes?.find((x) => x.redacts && x.title === REDACT_TITLE) ?? f.fixes?.find((x) => x.redacts) ?? (f.rule === 'phi-age' ? f.fixes?.[0] : undefined))
    .filter((x): x is Fix => x !== undefined)
    .flatMap((x) => x.edits)
    .sort((a, b) => a.start - b.start);
  for (const e of candidates) {
    if (e.start < lastEnd) continue;
    edits.push(e);
    lastEnd = e.end;
  }
  return edits;
}
