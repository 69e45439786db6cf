import { isMap, isScalar, type Node as YamlNode } from 'yaml';
import { findCitations, referenceEntries, scalarTextSpan, type Citation, type ReferenceEntry } from './citations';
import type { CaseDocument, Path } from './document';
import type { Span } from './types';

/**
 * Ids that name something defined elsewhere in the document: references
 * (cited as `[@id]`), authors (named by perspectives) and affiliations
 * (named by authors). Front ends use these for go-to-definition, find
 * references and rename.
 */
export type SymbolKind = 'citation' | 'author' | 'affiliation';

export { scalarTextSpan };

export interface SymbolRef extends Span {
  kind: SymbolKind;
  id: string;
  /** True for the definition (references[].id, authors[].id, an affiliations key). */
  definition: boolean;
}

/** The text span of the scalar at `path`, when it is a string (or number) scalar. */
export function valueTextSpan(doc: CaseDocument, path: Path): Span | undefined {
  const node = doc.node(path) as YamlNode | undefined;
  if (!node || !isScalar(node)) return undefined;
  return scalarTextSpan(node);
}

/** Every definition and use of a reference, author or affiliation id, in document order. */
export function collectSymbolRefs(
  doc: CaseDocument,
  cites: { citations: readonly Citation[]; references: readonly ReferenceEntry[] } = { citations: findCitations(doc), references: referenceEntries(doc) },
): SymbolRef[] {
  const out: SymbolRef[] = [];
  const push = (kind: SymbolKind, path: Path, definition: boolean): void => {
    const node = doc.node(path) as YamlNode | undefined;
    if (!node || !isScalar(node)) return;
    const v = node.value;
    if (typeof v !== 'string' || v === '') return;
    const span = scalarTextSpan(node);
    if (span) out.push({ kind, id: v, ...span, definition });
  };

  for (const r of cites.references) out.push({ kind: 'citation', id: r.id, start: r.start, end: r.end, definition: true });
  for (const c of cites.citations) out.push({ kind: 'citation', id: c.key, start: c.start, end: c.end, definition: false });

  for (const a of doc.items(['authors'])) {
    push('author', [...a.path, 'id'], true);
    for (const aff of doc.items([...a.path, 'affiliations'])) push('affiliation', aff.path, false);
  }
  for (const p of doc.items(['perspectives'])) push('author', [...p.path, 'author'], false);
  push('author', ['integrative_discussion', 'author'], false);

  const affiliations = doc.node(['affiliations']) as YamlNode | undefined;
  if (affiliations && isMap(affiliations)) {
    for (const pair of affiliations.items) {
      const key = pair.key as YamlNode | null;
      if (!key || !isScalar(key) || (typeof key.value !== 'string' && typeof key.value !== 'number')) continue;
      const span = scalarTextSpan(key);
      if (span) out.push({ kind: 'affiliation', id: String(key.value), ...span, definition: true });
    }
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}

/** The symbol at an offset (inclusive of its end, where an editor cursor sits after typing). */
export function symbolAt(refs: readonly SymbolRef[], offset: number): SymbolRef | undefined {
  return refs.find((r) => offset >= r.start && offset <= r.end);
}
