import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import { findCitations, referenceEntries } from '../core';
import type { CaseDocument, PathSegment } from '../core';
import type { DrugInfo, KnowledgeBase, Sourced } from '../core';
import type { Span } from '../core';
import { subschemaAt } from '../core';
import { adequacySummary } from './adequacy';
import type { DocState } from './state';
import { wordAt, yamlPositionAt, type YamlPosition } from './yamlPosition';

/**
 * Hover: what a value means, in the document's own terms (a drug's class,
 * doses and whether this trial was adequate; a route's ketamine
 * bioavailability; a key's schema description; a citation's reference text).
 * Reads the lint already done for this version: no parse, no lint.
 */
export function provideHover(state: DocState, position: Position): Hover | null {
  const doc = state.result.document;
  const offset = doc.lines.offset(position);
  try {
    const found = hoverAt(state, yamlPositionAt(doc, offset), offset);
    if (!found) return null;
    return {
      contents: { kind: MarkupKind.Markdown, value: found.markdown },
      range: doc.lines.range(found.span),
    };
  } catch {
    // A hover never breaks the editor: bad input gives no hover.
    return null;
  }
}

interface Found {
  markdown: string;
  span: Span;
}

function hoverAt(state: DocState, pos: YamlPosition, offset: number): Found | undefined {
  const doc = state.result.document;
  if (pos.kind === 'none') return undefined;

  // A citation `[@key]` anywhere.
  const cite = citationAt(doc, offset);
  if (cite) return cite;

  if (pos.kind === 'key') {
    if (!pos.key || !doc.has(pos.path)) return undefined;
    const md = keyMarkdown(doc, pos.path);
    return md ? { markdown: md, span: pos.token } : undefined;
  }

  if (pos.kind === 'value' || pos.kind === 'item') {
    const specific = valueHover(state, pos, offset);
    if (specific) return specific;
  }

  // Prose, or a free-text value: a term under the cursor.
  return termHover(state, offset);
}

// ---------------------------------------------------------------------------
// Values

function valueHover(state: DocState, pos: YamlPosition, offset: number): Found | undefined {
  const doc = state.result.document;
  const kb = state.env.kb;
  const value = scalarText(pos);
  if (value === '') return undefined;
  const span = valueSpan(pos);
  const key = pos.kind === 'value' ? pos.key : undefined;
  const parentKey = lastKey(pos.parentPath);

  switch (key) {
    case 'drug': {
      const drug = kb.drug(value);
      if (drug) return { markdown: drugMarkdown(state, drug, value, pos.path.slice(0, -1)), span };
      return undefined;
    }
    case 'class': {
      const md = classMarkdown(kb, value);
      return md ? { markdown: md, span } : undefined;
    }
    case 'route': {
      const md = routeMarkdown(kb, value);
      return md ? { markdown: md, span } : undefined;
    }
    case 'framework':
    case 'therapy': {
      const f = kb.framework(value);
      if (!f) return undefined;
      const lines = [`**${f.name}** (\`${f.id}\`)`, '', f.summary];
      if (f.typicalCourse) lines.push('', `Typical course: ${f.typicalCourse}`);
      if (f.aliases.length > 0) lines.push('', `Also called: ${f.aliases.join(', ')}`);
      lines.push(...sourcesBlock(kb, f.src));
      return { markdown: lines.join('\n'), span };
    }
    case 'procedure': {
      const md = procedureMarkdown(kb, value);
      return md ? { markdown: md, span } : undefined;
    }
    case 'author': {
      const md = authorMarkdown(doc, value);
      return md ? { markdown: md, span } : undefined;
    }
    default:
      break;
  }
  if (pos.kind === 'item' && parentKey === 'affiliations') {
    const text = doc.get(['affiliations', value]);
    if (typeof text === 'string') return { markdown: `**Affiliation \`${value}\`**\n\n${text}`, span };
  }
  if (pos.kind === 'item' && parentKey === 'concurrent') {
    // `duloxetine 60 mg/day`: the drug is the first word.
    const term = termHover(state, offset);
    if (term) return term;
  }
  // An enum value: its description from the schema.
  if (pos.kind === 'value') {
    const info = safeSchema(pos.path, doc.value);
    const i = info?.enum ? info.enum.indexOf(value) : -1;
    const desc = i >= 0 ? info?.enumDescriptions?.[i] : undefined;
    if (desc) {
      const title = info?.title ? `${info.title}: ` : '';
      return { markdown: `${title}**${value}**\n\n${desc}`, span };
    }
  }
  return undefined;
}

function scalarText(pos: YamlPosition): string {
  const node = pos.node as { value?: unknown } | undefined;
  if (node && (typeof node.value === 'string' || typeof node.value === 'number')) return String(node.value).trim();
  return unquote(pos.token.text.trim());
}

function unquote(s: string): string {
  if (s.length >= 2 && (s[0] === '"' || s[0] === "'") && s[s.length - 1] === s[0]) return s.slice(1, -1);
  return s;
}

function valueSpan(pos: YamlPosition): Span {
  return { start: pos.token.start, end: Math.max(pos.token.start, pos.token.end) };
}

function lastKey(path: readonly PathSegment[]): string | undefined {
  for (let i = path.length - 1; i >= 0; i--) if (typeof path[i] === 'string') return path[i] as string;
  return undefined;
}

// ---------------------------------------------------------------------------
// Drugs

function sourced(v: Sourced<number | string> | undefined, unit = ''): string | undefined {
  if (!v) return undefined;
  const src = v.src.length > 0 ? ` (${v.src.join('; ')})` : '';
  return `${v.value}${unit}${v.uncertain ? ' *(uncertain)*' : ''}${src}`;
}

export function drugMarkdown(state: DocState, drug: DrugInfo, written: string, trialPath?: PathSegment[]): string {
  const kb = state.env.kb;
  const lines: string[] = [];
  const isBrand = written.toLowerCase() !== drug.name.toLowerCase();
  const title = isBrand ? `**${written}** — brand of **${drug.name}**` : `**${drug.name}**`;
  lines.push(title);
  const facts: string[] = [];
  if (drug.brands.length > 0) facts.push(`Brands: ${drug.brands.join(', ')}`);
  facts.push(`Class: ${drug.class}${drug.subclass ? ` (${drug.subclass})` : ''}${drug.antidepressant ? '' : ' — not counted as an antidepressant trial'}`);
  const mechs = drug.mechanisms.map((m) => mechanismName(kb, m)).filter(Boolean);
  if (mechs.length > 0) facts.push(`Mechanism: ${mechs.join('; ')}`);
  const min = sourced(drug.minDoseMg, ' mg/day');
  if (min) facts.push(`Minimum adequate dose: ${min}`);
  const range = sourced(drug.usualRange);
  if (range) facts.push(`Usual range: ${range}`);
  const max = sourced(drug.maxDoseMg, ' mg/day');
  if (max) facts.push(`Usual maximum: ${max}`);
  const aug = sourced(drug.augmentationDose);
  if (aug) facts.push(`As augmentation: ${aug}`);
  lines.push('', ...facts.map((f) => `- ${f}`));
  if (drug.notes) lines.push('', drug.notes);
  if (trialPath && trialPath[0] === 'treatment_history' && trialPath.length === 2) {
    const verdict = trialVerdict(state, trialPath);
    if (verdict) lines.push('', '---', '', verdict);
  }
  lines.push(...sourcesBlock(kb, collectSrc(drug)));
  return lines.join('\n');
}

function collectSrc(drug: DrugInfo): string[] {
  const keys = new Set<string>();
  for (const s of [drug.minDoseMg, drug.usualRange, drug.maxDoseMg, drug.augmentationDose]) for (const k of s?.src ?? []) keys.add(k);
  for (const k of drug.src) keys.add(k);
  return [...keys];
}

const STATUS_TEXT: Record<string, string> = {
  adequate: 'adequate',
  inadequate: 'not adequate',
  unassessable: 'cannot be judged',
  'not-counted': 'not counted (not an antidepressant trial)',
};

function trialVerdict(state: DocState, trialPath: PathSegment[]): string | undefined {
  const summary = adequacySummary(state);
  const trial = summary?.trials.find((t) => t.index === trialPath[1]);
  if (!summary || !trial) return undefined;
  const lines = [`**This trial is ${STATUS_TEXT[trial.status] ?? trial.status}**: ${trial.label}`];
  const why: string[] = [...trial.reasons];
  if (trial.status === 'adequate') {
    if (trial.weeks !== undefined) why.push(`${Math.round(trial.weeks * 10) / 10} weeks ≥ ${summary.minimumWeeks} weeks`);
    if (trial.doseMg !== undefined && trial.minDoseMg !== undefined) {
      why.push(`${trial.doseMg} mg/day ≥ ${trial.minDoseMg} mg/day${trial.minDoseUncertain ? ' *(uncertain minimum)*' : ''}`);
    }
  }
  if (why.length > 0) lines.push('', ...why.map((r) => `- ${r}`));
  return lines.join('\n');
}

function mechanismName(kb: KnowledgeBase, id: string): string {
  const m = kb.mechanism(id);
  return m ? m.term : id.replace(/_/g, ' ');
}

// ---------------------------------------------------------------------------
// Classes, routes, procedures, mechanisms

export function classMarkdown(kb: KnowledgeBase, value: string): string | undefined {
  const id = kb.normalizeClass(value);
  if (!id) return undefined;
  const cls = kb.classes().find((c) => c.id === id);
  if (!cls) return undefined;
  const lines = [`**${cls.id}**${value !== cls.id ? ` (written \`${value}\`)` : ''}`, '', cls.description];
  if (cls.synonyms.length > 0) lines.push('', `Also written: ${cls.synonyms.join(', ')}`);
  const members = kb.drugs().filter((d) => d.class === cls.id).map((d) => d.name);
  if (members.length > 0) lines.push('', `Drugs: ${members.join(', ')}`);
  return lines.join('\n');
}

export function routeMarkdown(kb: KnowledgeBase, route: string): string | undefined {
  const r = kb.ketamine().routes.find((x) => x.route === route.toLowerCase());
  if (!r) return undefined;
  const lines = [`**${r.route}**: ketamine bioavailability`, ''];
  if (r.article && !r.differs) {
    lines.push(`- ${sourced(r.article)}; other sources agree: ${sourced(r.reported)}`);
  } else {
    if (r.article) lines.push(`- The case article: ${sourced(r.article)}`);
    lines.push(`- Other sources: ${sourced(r.reported)}`);
  }
  if (r.tmax) lines.push(`- Time to peak: ${sourced(r.tmax)}`);
  lines.push(...sourcesBlock(kb, [...(r.article?.src ?? []), ...r.reported.src, ...(r.tmax?.src ?? [])]));
  return lines.join('\n');
}

export function procedureMarkdown(kb: KnowledgeBase, name: string): string | undefined {
  const p = kb.procedure(name);
  if (!p) return undefined;
  const lines = [`**${p.name}** (\`${p.id}\`)`, ''];
  lines.push(`- Typical course: ${sourced(p.typicalCourse)}`);
  if (p.adequacyRule) lines.push(`- Adequate course: ${sourced(p.adequacyRule)}`);
  if (p.efficacy) lines.push(`- Efficacy: ${sourced(p.efficacy)}`);
  if (p.regulatoryStatus) lines.push(`- Status (US): ${sourced(p.regulatoryStatus)}`);
  lines.push(...sourcesBlock(kb, p.src));
  return lines.join('\n');
}

export function mechanismMarkdown(kb: KnowledgeBase, term: string): string | undefined {
  const m = kb.mechanism(term);
  if (!m) return undefined;
  const lines = [`**${m.term}**${m.uncertain ? ' *(uncertain)*' : ''}`, '', m.summary];
  if (m.exampleDrugs.length > 0) lines.push('', `Examples: ${m.exampleDrugs.join(', ')}`);
  lines.push(...sourcesBlock(kb, m.src));
  return lines.join('\n');
}

/** "Sources: KEY — text" lines for the keys the knowledge base can cite. */
function sourcesBlock(kb: KnowledgeBase, keys: readonly string[]): string[] {
  const unique = [...new Set(keys)];
  if (unique.length === 0) return [];
  const out = ['', '**Sources**'];
  for (const key of unique) {
    const text = kb.source(key);
    out.push(text ? `- ${key}: ${text}` : `- ${key}`);
  }
  return out;
}

// ---------------------------------------------------------------------------
// Keys, authors, citations

function safeSchema(path: readonly PathSegment[], value: unknown): ReturnType<typeof subschemaAt> {
  try {
    return subschemaAt(path as PathSegment[], value);
  } catch {
    return undefined;
  }
}

function keyMarkdown(doc: CaseDocument, path: PathSegment[]): string | undefined {
  const info = safeSchema(path, doc.value);
  if (!info) return undefined;
  const key = String(path[path.length - 1]);
  const lines = [`**${info.title ?? key}** (\`${key}\`)`];
  const desc = info.markdownDescription ?? info.description;
  if (desc) lines.push('', desc);
  if (info.enum && info.enum.length > 0) lines.push('', `Values: ${info.enum.map((v) => `\`${String(v)}\``).join(', ')}`);
  return lines.join('\n');
}

export function authorMarkdown(doc: CaseDocument, id: string): string | undefined {
  const authors = doc.get(['authors']);
  if (!Array.isArray(authors)) return undefined;
  const a = authors.find((x) => x && typeof x === 'object' && (x as { id?: unknown }).id === id) as
    | { id: string; name?: unknown; degrees?: unknown; affiliations?: unknown; corresponding?: unknown }
    | undefined;
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

function citationAt(doc: CaseDocument, offset: number): Found | undefined {
  const cites = findCitations(doc);
  // Binary search: the last citation starting at or before the offset.
  let lo = 0;
  let hi = cites.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((cites[mid]?.start ?? 0) <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const c = found >= 0 ? cites[found] : undefined;
  // The `@` before the key counts as part of it.
  if (!c || offset < c.start - 1 || offset > c.end) return undefined;
  return { markdown: referenceMarkdown(doc, c.key), span: { start: c.start - 1, end: c.end } };
}

export function referenceMarkdown(doc: CaseDocument, key: string): string {
  const entry = referenceEntries(doc).find((r) => r.id === key);
  if (!entry) return `**@${key}**\n\nNo entry in \`references\` has this id.`;
  const ref = doc.get(['references', entry.index]) as Record<string, unknown> | undefined;
  const lines = [`**@${key}**`];
  if (ref && typeof ref.text === 'string') lines.push('', ref.text);
  const extra: string[] = [];
  if (ref && typeof ref.doi === 'string') extra.push(`doi: ${ref.doi}`);
  if (ref && typeof ref.pmid === 'string') extra.push(`PMID: ${ref.pmid}`);
  if (ref && typeof ref.url === 'string') extra.push(ref.url);
  if (extra.length > 0) lines.push('', extra.join(' · '));
  return lines.join('\n');
}

// ---------------------------------------------------------------------------
// Terms in prose: drug and brand names, mechanism terms

interface TermIndex {
  /** Lower-case terms, longest first. */
  terms: { text: string; kind: 'drug' | 'mechanism' }[];
}

const termIndexes = new WeakMap<KnowledgeBase, TermIndex>();

function termIndex(kb: KnowledgeBase): TermIndex {
  let idx = termIndexes.get(kb);
  if (!idx) {
    const terms: TermIndex['terms'] = [];
    for (const t of kb.mechanismTerms()) terms.push({ text: t.toLowerCase(), kind: 'mechanism' });
    for (const n of kb.drugNames()) terms.push({ text: n.toLowerCase(), kind: 'drug' });
    for (const b of kb.brandNames()) terms.push({ text: b.brand.toLowerCase(), kind: 'drug' });
    terms.sort((a, b) => b.text.length - a.text.length);
    idx = { terms };
    termIndexes.set(kb, idx);
  }
  return idx;
}

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}]/u.test(c);
}

/** The longest known term (drug, brand, mechanism) in the line that covers the offset. */
function termHover(state: DocState, offset: number): Found | undefined {
  const doc = state.result.document;
  const kb = state.env.kb;
  const { line } = doc.lines.position(offset);
  const lineStart = doc.lines.lineStart(line);
  const lineEnd = doc.lines.lineEnd(line);
  // Look at a window around the cursor, not the whole (possibly long) line.
  const from = Math.max(lineStart, offset - 80);
  const to = Math.min(lineEnd, offset + 80);
  const lower = doc.text.slice(from, to).toLowerCase();
  const rel = offset - from;
  for (const t of termIndex(kb).terms) {
    let at = lower.indexOf(t.text, Math.max(0, rel - t.text.length));
    while (at >= 0 && at <= rel) {
      const end = at + t.text.length;
      if (rel <= end && !isWordChar(lower[at - 1]) && !isWordChar(lower[end])) {
        const span = { start: from + at, end: from + end };
        const written = doc.text.slice(span.start, span.end);
        const md = t.kind === 'drug' ? drugFromText(state, written) : mechanismMarkdown(kb, written);
        if (md) return { markdown: md, span };
      }
      at = lower.indexOf(t.text, at + 1);
    }
  }
  // A plain word the knowledge base knows under another spelling.
  const w = wordAt(doc.text, offset, lineStart, lineEnd);
  if (w.text) {
    const md = mechanismMarkdown(kb, w.text);
    if (md) return { markdown: md, span: w };
  }
  return undefined;
}

function drugFromText(state: DocState, written: string): string | undefined {
  const drug = state.env.kb.drug(written);
  return drug ? drugMarkdown(state, drug, written) : undefined;
}
