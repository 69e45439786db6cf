import type { CaseDocument, PathSegment } from '../document';
import type { Fix, Span } from '../types';
import { ageOver89 } from './ages';
import { detectAll } from './detect';
import { nameKey, normalizeName } from './names';
import type { PhiKind, PhiMatch } from './types';

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

/** Patient-facing: outside NOT_PATIENT_FACING, and the de-identification statement itself. */
export function isPatientFacing(path: readonly PathSegment[]): boolean {
  if (path[0] === 'deidentification' && path[1] === 'statement') return true;
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

const ADVICE: Record<PhiKind, string> = {
  date: 'keep the year at most, or give the time relative to an event ("two weeks later")',
  'month-year': 'keep the year only, or give the time relative to an event (HIPAA Safe Harbor keeps no date element but the year)',
  age: 'write "90 or older" instead (HIPAA Safe Harbor aggregates ages over 89)',
  contact: 'remove it or replace it with a generic description',
  identifier: 'remove it; an identification number is never needed in a case report',
  location: 'name no place smaller than a state, or leave the place out',
  name: 'use the pseudonym or an arbitrary letter ("Ms A")',
};

export function phiMessage(what: string, kind: PhiKind): string {
  return `${what} in patient-facing text; ${ADVICE[kind]}`;
}

/** The year ages are judged in: dates.published, else dates.submitted, else the current year. */
export function documentYear(doc: CaseDocument): number {
  for (const key of ['published', 'submitted']) {
    const v = doc.get(['dates', key]);
    const m = /^((?:19|20)\d\d)/.exec(typeof v === 'string' ? v : v instanceof Date ? v.toISOString() : '');
    if (m) return Number(m[1]);
  }
  return new Date().getUTCFullYear();
}

/** At most this many words of one name make its pairs (a name is short; a long value is no name). */
const NAME_WORDS = 8;

/**
 * Names patient-facing text may hold: the authors' names and the pseudonym.
 * Each word alone ("okafor": "Dr. Okafor", "Okafor's view"), and, as
 * `nameKey` spells them, each two words of one name in either order
 * ("ngozi okafor", "okafor ngozi": "Ngozi Okafor", "Dr. Okafor Ngozi"), so
 * that another given name with an author's surname ("David Okafor"), or an
 * author's given name with another surname ("Ngozi Jones"), is still found.
 * An `id` gives single words only.
 */
export function allowedNames(doc: CaseDocument): Set<string> {
  const names = new Set<string>();
  const add = (s: unknown, pairs: boolean): void => {
    if (typeof s !== 'string') return;
    const words = s.split(/[\s,.]+/).filter((w) => w.length > 1);
    for (const w of words) names.add(normalizeName(w));
    if (!pairs) return;
    const some = words.slice(0, NAME_WORDS);
    for (const a of some) for (const b of some) if (a !== b) names.add(nameKey(a, b));
  };
  const authors = doc.get(['authors']);
  if (Array.isArray(authors)) {
    for (const a of authors) {
      if (a && typeof a === 'object') {
        add((a as Record<string, unknown>).name, true);
        add((a as Record<string, unknown>).id, false);
      }
    }
  }
  if (doc.get(['patient', 'alias_is_pseudonym']) !== false) add(doc.get(['patient', 'alias']), true);
  return names;
}

/**
 * Scan the patient-facing text of a document: every string scalar outside
 * NOT_PATIENT_FACING, read from its source text so that offsets map straight
 * back to the file (a block scalar's header line is skipped), plus age fields
 * (`age`, `*_age`) whose value is over 89.
 */
export function scanDocument(doc: CaseDocument): PhiFinding[] {
  return scanDocumentWith(doc).findings;
}

/**
 * The detectors' matches per scalar node, for one reading context (the
 * allowed names and the year): what one version of a document found, for the
 * next version to reuse. Incremental linting (core/incremental.ts) keeps the
 * nodes of every piece an edit did not touch, and a kept node has the same
 * source text, so its matches (offsets in that text) hold; a node parsed
 * again is a new object and is scanned. The detectors read nothing else.
 */
export interface ScanCache {
  context: string;
  byNode: WeakMap<object, readonly PhiMatch[]>;
}

/** scanDocument, reusing `previous` (the cache of an earlier version) for each kept scalar; returns this version's cache. */
export function scanDocumentWith(doc: CaseDocument, previous?: ScanCache): { findings: PhiFinding[]; cache: ScanCache } {
  const out: PhiFinding[] = [];
  const allowed = allowedNames(doc);
  const isAllowed = (w: string): boolean => allowed.has(w);
  const year = documentYear(doc);
  const context = `${year}\u0000${[...allowed].sort().join('\u0000')}`;
  const cache: ScanCache = previous && previous.context === context ? previous : { context, byNode: new WeakMap() };
  for (const scalar of doc.stringScalars((p) => !isPatientFacing(p))) {
    let from = scalar.span.start;
    if (scalar.blockScalar) {
      const nl = doc.text.indexOf('\n', from);
      if (nl === -1 || nl >= scalar.span.end) continue;
      from = nl + 1;
    }
    let matches = cache.byNode.get(scalar.node);
    if (!matches) {
      matches = detectAll(doc.text.slice(from, scalar.span.end), isAllowed, year);
      if (doc.piecewise) cache.byNode.set(scalar.node, matches);
    }
    for (const m of matches) {
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
  return { findings: out.sort((a, b) => a.start - b.start), cache };
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

