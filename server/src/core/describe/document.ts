/**
 * Markdown for what the document and its schema say: a key's meaning, an
 * allowed value's meaning, an author, an affiliation, a reference. Hover
 * shows these; completion items carry the same text as documentation.
 */
import { referenceEntries } from '../citations';
import { resolverUrl, type LinkKind } from '../links';
import type { CaseDocument, PathSegment } from '../document';
import { subschemaAt, type SchemaInfo } from '../schema';

/** The schema at `path` (resolved against the document's value), or undefined when there is none or it cannot be read. */
export function schemaAt(path: readonly PathSegment[], value: unknown): SchemaInfo | undefined {
  try {
    return subschemaAt(path, value);
  } catch {
    return undefined;
  }
}

/** A key: its title, description and allowed values, from the schema. */
export function keyMarkdown(doc: CaseDocument, path: readonly PathSegment[], info = schemaAt(path, doc.value)): string | undefined {
  if (!info) return undefined;
  const key = String(path[path.length - 1]);
  const lines = [`**${info.title ?? key}** (\`${key}\`)`];
  const desc = info.markdownDescription ?? info.description;
  if (desc) lines.push('', desc);
  if (info.enum && info.enum.length > 0) lines.push('', `Values: ${info.enum.map((v) => `\`${String(v)}\``).join(', ')}`);
  return lines.join('\n');
}

/** What one allowed value means, from the schema's enumDescriptions. */
export function enumDescription(info: SchemaInfo | undefined, value: string): string | undefined {
  const i = info?.enum ? info.enum.findIndex((v) => String(v) === value) : -1;
  return i >= 0 ? info?.enumDescriptions?.[i] : undefined;
}

/** "Outcome: **remission**" and what it means, for a value the schema describes. */
export function enumValueMarkdown(info: SchemaInfo | undefined, value: string): string | undefined {
  const desc = enumDescription(info, value);
  if (!desc) return undefined;
  return `${info?.title ? `${info.title}: ` : ''}**${value}**\n\n${desc}`;
}

interface AuthorEntry {
  id: string;
  name?: unknown;
  degrees?: unknown;
  affiliations?: unknown;
  corresponding?: unknown;
}

/** An author id: name, degrees, affiliations, whether corresponding. */
export function authorMarkdown(doc: CaseDocument, id: string): string | undefined {
  const authors = doc.get(['authors']);
  if (!Array.isArray(authors)) return undefined;
  const a = authors.find((x) => x && typeof x === 'object' && (x as { id?: unknown }).id === id) as AuthorEntry | undefined;
  if (!a) return undefined;
  const name = typeof a.name === 'string' ? a.name : id;
  const degrees = Array.isArray(a.degrees) ? a.degrees.map(String).join(', ') : typeof a.degrees === 'string' ? a.degrees : '';
  const lines = [`**${name}**${degrees ? `, ${degrees}` : ''} (\`${id}\`)`];
  if (Array.isArray(a.affiliations)) {
    for (const aff of a.affiliations) {
      const text = doc.get(['affiliations', String(aff)]);
      lines.push(`- ${typeof text === 'string' ? text : String(aff)}`);
    }
  }
  if (a.corresponding === true) lines.push('', 'Corresponding author');
  return lines.join('\n');
}

/** An affiliation id: its text from `affiliations`. */
export function affiliationMarkdown(doc: CaseDocument, id: string): string | undefined {
  const text = doc.get(['affiliations', id]);
  return typeof text === 'string' ? `**Affiliation \`${id}\`**\n\n${text}` : undefined;
}

/** A citation key: the reference's text, doi, PMID and url, or that no reference has this id. */
export function referenceMarkdown(doc: CaseDocument, key: string): string {
  const entry = referenceEntries(doc).find((r) => r.id === key);
  if (!entry) return `**@${key}**\n\nNo entry in \`references\` has this id.`;
  const ref = doc.get(['references', entry.index]) as Record<string, unknown> | undefined;
  const lines = [`**@${key}**`];
  if (ref && typeof ref.text === 'string') lines.push('', ref.text);
  const extra: string[] = [];
  const link = (label: string, kind: LinkKind, v: unknown): void => {
    if (typeof v !== 'string' && typeof v !== 'number') return;
    const target = resolverUrl(kind, String(v));
    extra.push(target ? `[${label}${String(v)}](${target})` : `${label}${String(v)}`);
  };
  link('doi: ', 'doi', ref?.doi);
  link('PMID: ', 'pmid', ref?.pmid);
  link('', 'url', ref?.url);
  if (extra.length > 0) lines.push('', extra.join(' · '));
  return lines.join('\n');
}
