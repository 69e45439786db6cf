import type { CaseDocument, PathSegment } from './document';
import type { Span } from './types';

/**
 * Links in a case document: the article's `doi` and each reference's `doi`,
 * `pmid` and `url`, with the page that resolves them (docs/format.md,
 * references). Editors show them as document links; hover shows the target.
 */
export type LinkKind = 'doi' | 'pmid' | 'url';

export interface DocumentLink extends Span {
  kind: LinkKind;
  /** The https page the identifier resolves at. */
  target: string;
  /** The reference index (undefined for the article's own doi). */
  reference?: number;
}

/** A DOI as written bare, as doi:10..., or as a doi.org URL: its 10.x/y part. */
const DOI = /^(?:doi:\s*|https?:\/\/(?:dx\.)?doi\.org\/)?(10\.\d{4,9}\/\S+)$/i;
const PMID = /^\d{1,9}$/;
const URL_RE = /^https?:\/\/[^\s<>"]+$/i;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The resolver page of an identifier as written, or undefined when it is not one. */
export function resolverUrl(kind: LinkKind, written: string): string | undefined {
  const v = written.trim();
  if (kind === 'doi') {
    const m = DOI.exec(v);
    // A lone surrogate cannot be written in a URL (encodeURI throws): no link then.
    return m && !LONE_SURROGATE.test(m[1]!) ? `https://doi.org/${encodeURI(m[1]!).replace(/[?#]/g, encodeURIComponent)}` : undefined;
  }
  if (kind === 'pmid') return PMID.test(v) ? `https://pubmed.ncbi.nlm.nih.gov/${v}/` : undefined;
  return URL_RE.test(v) ? v : undefined;
}

const cache = new WeakMap<CaseDocument, DocumentLink[]>();

/** Every link of the document, in document order (cached per parse). */
export function documentLinks(doc: CaseDocument): DocumentLink[] {
  const hit = cache.get(doc);
  if (hit) return hit;
  const out: DocumentLink[] = [];
  for (const { path, node, span } of doc.scalars()) {
    const kind = linkKind(path);
    if (!kind) continue;
    const value = node.value;
    if (typeof value !== 'string' && typeof value !== 'number') continue;
    const target = resolverUrl(kind, String(value));
    if (!target) continue;
    // The value without its quotes.
    const raw = doc.text.slice(span.start, span.end);
    const quoted = raw.length >= 2 && (raw[0] === '"' || raw[0] === "'") && raw[raw.length - 1] === raw[0];
    const link: DocumentLink = { start: span.start + (quoted ? 1 : 0), end: span.end - (quoted ? 1 : 0), kind, target };
    if (path[0] === 'references' && typeof path[1] === 'number') link.reference = path[1];
    out.push(link);
  }
  cache.set(doc, out);
  return out;
}

function linkKind(path: readonly PathSegment[]): LinkKind | undefined {
  if (path.length === 1 && path[0] === 'doi') return 'doi';
  if (path.length === 3 && path[0] === 'references' && typeof path[1] === 'number') {
    const key = path[2];
    if (key === 'doi' || key === 'pmid' || key === 'url') return key;
  }
  return undefined;
}

/** The link at an offset, if any. */
export function linkAt(doc: CaseDocument, offset: number): DocumentLink | undefined {
  return documentLinks(doc).find((l) => offset >= l.start && offset <= l.end);
}

const LABEL: Record<LinkKind, string> = { doi: 'DOI', pmid: 'PubMed', url: 'Web page' };

/** Hover text of a link: where it goes and, for a reference, the reference's text. */
export function linkMarkdown(doc: CaseDocument, link: DocumentLink): string {
  const lines = [`**${LABEL[link.kind]}**: [${link.target}](${link.target})`];
  if (link.reference !== undefined) {
    const text = doc.get(['references', link.reference, 'text']);
    if (typeof text === 'string' && text.trim() !== '') lines.push('', text.trim());
  }
  return lines.join('\n');
}
