/**
 * What the thing under a cursor means, as Markdown with the span it covers:
 * a citation's reference, a key's schema description, a value's meaning (a
 * drug with its trial's verdict, a class, a route, a framework, an author,
 * an allowed value), or a known term in free text. Hover wraps this for the
 * editor; completion documents its candidate values with valueMarkdown.
 */
import type { PathSegment } from '../document';
import { citationSpan } from '../citations';
import { citationAt } from '../cursor/citation';
import { termAt } from '../cursor/term';
import type { Cursor } from '../cursor/types';
import type { SchemaInfo } from '../schema';
import type { Span } from '../types';
import type { DescribeContext } from './context';
import { affiliationMarkdown, authorMarkdown, enumDescription, enumValueMarkdown, keyMarkdown, referenceMarkdown, schemaAt } from './document';
import { classMarkdown, drugMarkdown, frameworkMarkdown, mechanismMarkdown, procedureMarkdown, routeMarkdown } from './knowledge';

export interface Described {
  markdown: string;
  /** The text the description is about. */
  span: Span;
}

/** The description of what is under `cursor`, or undefined (a comment, an ordinary word, an unknown value). */
export function describeCursor(ctx: DescribeContext, cursor: Cursor): Described | undefined {
  if (cursor.kind === 'none') return undefined;
  const cite = citationAt(ctx.doc, cursor.offset);
  if (cite) return { markdown: referenceMarkdown(ctx.doc, cite.key), span: citationSpan(cite) };
  if (cursor.kind === 'key') return describeKey(ctx, cursor);
  if (cursor.kind === 'value' || cursor.kind === 'item') {
    const value = describeValue(ctx, cursor);
    if (value) return value;
  }
  return describeTerm(ctx, cursor.offset);
}

function describeKey(ctx: DescribeContext, cursor: Cursor): Described | undefined {
  if (!cursor.key || !ctx.doc.has(cursor.path)) return undefined;
  const markdown = keyMarkdown(ctx.doc, cursor.path);
  return markdown ? { markdown, span: cursor.token } : undefined;
}

function describeValue(ctx: DescribeContext, cursor: Cursor): Described | undefined {
  const value = scalarText(cursor);
  if (value === '') return undefined;
  const span = { start: cursor.token.start, end: Math.max(cursor.token.start, cursor.token.end) };
  if (cursor.kind === 'value') {
    const markdown = valueMarkdown(ctx, cursor.path, value);
    return markdown ? { markdown, span } : undefined;
  }
  const listKey = lastKey(cursor.parentPath);
  if (listKey === 'affiliations') {
    const markdown = affiliationMarkdown(ctx.doc, value);
    if (markdown) return { markdown, span };
  }
  // `duloxetine 60 mg/day` in a concurrent list: the drug is a term in the item's text.
  if (listKey === 'concurrent') return describeTerm(ctx, cursor.offset);
  return undefined;
}

/** A known drug, brand or mechanism term in free text at `offset`. */
export function describeTerm(ctx: DescribeContext, offset: number): Described | undefined {
  const term = termAt(ctx.doc, ctx.kb, offset);
  if (!term) return undefined;
  const drug = term.kind === 'drug' ? ctx.kb.drug(term.text) : undefined;
  const markdown = drug ? drugMarkdown(ctx, drug, term.text) : mechanismMarkdown(ctx.kb, term.text);
  return markdown ? { markdown, span: { start: term.start, end: term.end } } : undefined;
}

/**
 * The Markdown for `value` as the value at `path` (its last segment is the
 * key): what the knowledge base knows for drug, class, route, framework,
 * therapy and procedure, the author for `author`, else the schema's
 * description of the allowed value. A drug in a treatment_history trial
 * gets the trial's verdict.
 */
export function valueMarkdown(ctx: DescribeContext, path: readonly PathSegment[], value: string, info?: SchemaInfo): string | undefined {
  const kb = ctx.kb;
  switch (path[path.length - 1]) {
    case 'drug': {
      const drug = kb.drug(value);
      const trial = path.length === 3 && path[0] === 'treatment_history' && typeof path[1] === 'number' ? path[1] : undefined;
      return drug ? drugMarkdown(ctx, drug, value, trial) : undefined;
    }
    case 'class':
      return classMarkdown(kb, value);
    case 'framework':
    case 'therapy':
      return frameworkMarkdown(kb, value);
    case 'author':
      return authorMarkdown(ctx.doc, value);
    case 'route':
      return withEnumDescription(routeMarkdown(kb, value), info ?? schemaAt(path, ctx.doc.value), value);
    case 'procedure':
      return withEnumDescription(procedureMarkdown(kb, value), info ?? schemaAt(path, ctx.doc.value), value);
    default:
      return enumValueMarkdown(info ?? schemaAt(path, ctx.doc.value), value);
  }
}

/** The knowledge base's Markdown, then the schema's one-line meaning of the value. */
function withEnumDescription(markdown: string | undefined, info: SchemaInfo | undefined, value: string): string | undefined {
  const desc = enumDescription(info, value);
  if (!markdown) return desc ? enumValueMarkdown(info, value) : undefined;
  return desc ? `${markdown}\n\n${desc}` : markdown;
}

/** The value's text: the parsed scalar when there is one, else the token without quotes. */
function scalarText(cursor: Cursor): string {
  const node = cursor.node as { value?: unknown } | undefined;
  if (node && (typeof node.value === 'string' || typeof node.value === 'number')) return String(node.value).trim();
  const s = cursor.token.text.trim();
  if (s.length >= 2 && (s[0] === '"' || s[0] === "'") && s[s.length - 1] === s[0]) return s.slice(1, -1);
  return s;
}

function lastKey(path: readonly PathSegment[]): string | undefined {
  for (let i = path.length - 1; i >= 0; i--) if (typeof path[i] === 'string') return path[i] as string;
  return undefined;
}
