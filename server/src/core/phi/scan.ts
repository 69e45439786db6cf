import type { CaseDocument, PathSegment } from '../document';
import type { Fix, Span } from '../types';
import { ageOver89, detectAges } from './ages';
import { detectContacts } from './contact';
import { detectDates } from './dates';
import { detectIdentifiers } from './identifiers';
import { detectLocations } from './location';
import { detectTitledNames, normalizeName } from './names';
import { dropOverlaps, type PhiKind, type PhiMatch } from './types';

/**
 * Top-level keys whose text is not about the patient: the byline, the
 * journal's metadata, the references and the de-identification block itself.
 * Everything else (title, abstract, keywords, the patient, the history, the
 * perspectives, the discussion...) is patient-facing and scanned.
 */
export const NOT_PATIENT_FACING: ReadonlySet<string> = new Set([
  'caselint',
  'type',
  'journal',
  'doi',
  'dates',
  'authors',
  'affiliations',
  'disclosures',
  'references',
  'deidentification',
]);

export function isPatientFacing(path: readonly PathSegment[]): boolean {
  return !(path.length > 0 && NOT_PATIENT_FACING.has(String(path[0])));
}

/** A PHI finding in document offsets, with the message its rule reports. */
export interface PhiFinding extends Span {
  kind: PhiKind;
  what: string;
  message: string;
  path: PathSegment[];
  fixes?: Fix[];
}

/** When two detectors claim the same text, the earlier kind in this list wins. */
const PRIORITY: PhiKind[] = ['contact', 'identifier', 'date', 'age', 'location', 'name'];

const ADVICE: Record<PhiKind, string> = {
  date: 'keep the year at most, or give the time relative to an event ("two weeks later")',
  age: 'write "90 or older" instead (HIPAA Safe Harbor aggregates ages over 89)',
  contact: 'remove it or replace it with a generic description',
  identifier: 'remove it; an identification number is never needed in a case report',
  location: 'name no place smaller than a state, or leave the place out',
  name: 'use the pseudonym or an arbitrary letter ("Ms A")',
};

export function phiMessage(what: string, kind: PhiKind): string {
  return `${what} in patient-facing text; ${ADVICE[kind]}`;
}

/** What every detector but the titled-name one needs to find anything. */
const MAY_HOLD_NUMBERS_OR_CONTACTS = /[0-9@]|:\/\/|www\.|[0-9A-Fa-f]?:[0-9A-Fa-f:]/i;

/** Every detector over one piece of text; overlaps resolved by PRIORITY. */
export function detectAll(text: string, allowedName: (normalizedWord: string) => boolean = () => false): PhiMatch[] {
  // Most prose holds no digit, `@`, URL or hex-and-colon run: then only the
  // titled-name detector can match, and one cheap scan spares the other twenty.
  if (!MAY_HOLD_NUMBERS_OR_CONTACTS.test(text)) return detectTitledNames(text, allowedName);
  const all = [
    ...detectContacts(text),
    ...detectIdentifiers(text),
    ...detectDates(text),
    ...detectAges(text),
    ...detectLocations(text),
    ...detectTitledNames(text, allowedName),
  ];
  all.sort((a, b) => a.start - b.start || b.end - a.end || PRIORITY.indexOf(a.kind) - PRIORITY.indexOf(b.kind));
  return dropOverlaps(all);
}

/** Names that may follow a title in patient-facing text: the authors' names, the pseudonym. */
export function allowedNames(doc: CaseDocument): Set<string> {
  const names = new Set<string>();
  const add = (s: unknown): void => {
    if (typeof s !== 'string') return;
    for (const w of s.split(/[\s,.]+/)) if (w.length > 1) names.add(normalizeName(w));
  };
  const authors = doc.get(['authors']);
  if (Array.isArray(authors)) {
    for (const a of authors) {
      if (a && typeof a === 'object') {
        add((a as Record<string, unknown>).name);
        add((a as Record<string, unknown>).id);
      }
    }
  }
  if (doc.get(['patient', 'alias_is_pseudonym']) !== false) add(doc.get(['patient', 'alias']));
  return names;
}

/**
 * Scan the patient-facing text of a document: every string scalar outside
 * NOT_PATIENT_FACING, read from its source text so that offsets map straight
 * back to the file (a block scalar's header line is skipped), plus age fields
 * (`age`, `*_age`) whose value is over 89.
 */
export function scanDocument(doc: CaseDocument): PhiFinding[] {
  const out: PhiFinding[] = [];
  const allowed = allowedNames(doc);
  const isAllowed = (w: string): boolean => allowed.has(w);
  for (const scalar of doc.stringScalars((p) => !isPatientFacing(p))) {
    let from = scalar.span.start;
    if (scalar.blockScalar) {
      const nl = doc.text.indexOf('\n', from);
      if (nl === -1 || nl >= scalar.span.end) continue;
      from = nl + 1;
    }
    const source = doc.text.slice(from, scalar.span.end);
    for (const m of detectAll(source, isAllowed)) {
      out.push({
        start: from + m.start,
        end: from + m.end,
        kind: m.kind,
        what: m.what,
        message: phiMessage(m.what, m.kind),
        path: scalar.path,
      });
    }
  }
  collectAgeFields(doc, out);
  return out.sort((a, b) => a.start - b.start);
}

/** patient.age, treatment_history[2].age */
export function formatPath(path: readonly PathSegment[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

const AGE_KEY = /^(?:age|[a-z_]*_age)$/;

function collectAgeFields(doc: CaseDocument, out: PhiFinding[]): void {
  for (const { path, node, span } of doc.scalars()) {
    const key = path[path.length - 1];
    if (typeof key !== 'string' || !AGE_KEY.test(key) || !isPatientFacing(path)) continue;
    if (ageOver89(node.value) === undefined) continue;
    out.push({
      ...span,
      kind: 'age',
      what: 'an age over 89',
      message: `${formatPath(path)} is over 89; write "90+" (HIPAA Safe Harbor aggregates ages over 89)`,
      path,
      fixes: [{ title: 'Write "90+"', edits: [{ ...span, newText: '"90+"' }], preferred: true, safe: true }],
    });
  }
}

