import type { Node as YamlNode } from 'yaml';
import { SymbolKind, type DocumentSymbol, type SymbolInformation } from 'vscode-languageserver';
import type { CaseDocument, Path } from '../core';
import type { Span, TrialStatus } from '../core';
import { trialStatusText } from '../core';
import { adequacySummary } from './adequacy';
import type { DocState } from './state';

/**
 * The outline: title, patient, each diagnosis, each trial ("sertraline
 * 100 mg/day x 3 weeks"), each intervention, each perspective by its label
 * and each reference.
 */
export function provideDocumentSymbols(state: DocState): DocumentSymbol[] {
  return (state.outline ??= buildOutline(state));
}

/** For clients without hierarchical symbols: the same outline, flat. */
export function flatSymbols(state: DocState): SymbolInformation[] {
  const out: SymbolInformation[] = [];
  const visit = (symbols: DocumentSymbol[], container?: string): void => {
    for (const s of symbols) {
      const info: SymbolInformation = { name: s.name, kind: s.kind, location: { uri: state.uri, range: s.range } };
      if (container) info.containerName = container;
      out.push(info);
      if (s.children) visit(s.children, s.name);
    }
  };
  visit(provideDocumentSymbols(state));
  return out;
}

function buildOutline(state: DocState): DocumentSymbol[] {
  if (state.result.refused) return [];
  const doc = state.result.document;
  const b = new Builder(state, doc);
  const out: DocumentSymbol[] = [];
  const push = (s: DocumentSymbol | undefined): void => {
    if (s) out.push(s);
  };

  push(b.pairSymbol(['title'], str(doc.get(['title'])) ?? 'Title', SymbolKind.String, 'title'));
  const patient = doc.get(['patient']);
  if (patient !== undefined) {
    const p = isRecord(patient) ? patient : {};
    const detail = [str(p.alias), str(p.age), str(p.sex)].filter(Boolean).join(', ');
    push(b.pairSymbol(['patient'], 'Patient', SymbolKind.Object, detail || undefined));
  }
  push(b.listSymbol(['diagnoses'], 'Diagnoses', SymbolKind.Array, (v) => ({
    name: str(field(v, 'name')) ?? 'diagnosis',
    detail: [str(field(v, 'code')), str(field(v, 'status'))].filter(Boolean).join(' · ') || undefined,
    kind: SymbolKind.EnumMember,
  })));

  const labels = trialLabels(state);
  push(b.listSymbol(['treatment_history'], 'Treatment history', SymbolKind.Array, (v, i) => {
    // The quantities as the author wrote them ("x 5 years", not the weeks the engine counts), the verdict beside.
    const status = labels.get(i)?.status;
    return { name: treatmentLabel(v), detail: status ? trialStatusText(status) : undefined, kind: SymbolKind.Event };
  }));
  push(b.listSymbol(['interventions'], 'Interventions', SymbolKind.Array, (v) => ({
    name: str(field(v, 'kind')) ?? 'intervention',
    detail: Array.isArray(field(v, 'sessions')) ? `${(field(v, 'sessions') as unknown[]).length} session(s)` : undefined,
    kind: SymbolKind.Event,
  })));
  push(b.listSymbol(['perspectives'], 'Perspectives', SymbolKind.Array, (v) => ({
    name: str(field(v, 'label')) || `(unlabeled${str(field(v, 'framework')) ? `: ${str(field(v, 'framework'))}` : ''})`,
    detail: str(field(v, 'author')),
    kind: SymbolKind.Class,
  })));
  push(b.pairSymbol(['integrative_discussion'], 'Integrative discussion', SymbolKind.Namespace, str(field(doc.get(['integrative_discussion']), 'author'))));
  push(b.pairSymbol(['discussion'], 'Discussion', SymbolKind.Namespace));
  push(b.listSymbol(['references'], 'References', SymbolKind.Array, (v) => ({
    name: str(field(v, 'id')) ?? 'reference',
    detail: truncate(str(field(v, 'text')), 60),
    kind: SymbolKind.Key,
  })));
  return out;
}

function trialLabels(state: DocState): Map<number, { label: string; status?: TrialStatus }> {
  const out = new Map<number, { label: string; status?: TrialStatus }>();
  const summary = adequacySummary(state);
  for (const t of summary?.trials ?? []) {
    const i = t.path?.[0] === 'treatment_history' ? t.path[1] : undefined;
    if (typeof i === 'number' && typeof t.label === 'string' && t.label) out.set(i, { label: t.label, status: t.status });
  }
  return out;
}

/** "sertraline 100 mg/day x 3 weeks", "ECT x 12 sessions", "cbt x 2 years". */
export function treatmentLabel(v: unknown): string {
  const what = str(field(v, 'drug')) ?? str(field(v, 'procedure')) ?? str(field(v, 'therapy')) ?? 'treatment';
  const dose = str(field(v, 'dose'));
  const duration = str(field(v, 'duration'));
  const sessions = str(field(v, 'sessions'));
  let label = dose ? `${what} ${dose}` : what;
  if (duration) label += ` x ${duration}`;
  else if (sessions) label += ` x ${sessions} sessions`;
  return label;
}

class Builder {
  constructor(private readonly state: DocState, private readonly doc: CaseDocument) {}

  /** A symbol spanning a top-level pair, selecting its key. */
  pairSymbol(path: Path, name: string, kind: SymbolKind, detail?: string): DocumentSymbol | undefined {
    const pair = this.doc.pair(path);
    const key = pair?.key as YamlNode | null | undefined;
    if (!pair || !key?.range) return undefined;
    const value = pair.value as YamlNode | null;
    const span: Span = { start: key.range[0], end: Math.max(key.range[1], value?.range?.[1] ?? 0) };
    return this.symbol(name, kind, span, { start: key.range[0], end: key.range[1] }, detail);
  }

  listSymbol(
    path: Path,
    name: string,
    kind: SymbolKind,
    describe: (value: unknown, index: number) => { name: string; detail?: string; kind: SymbolKind },
  ): DocumentSymbol | undefined {
    const container = this.pairSymbol(path, name, kind);
    if (!container) return undefined;
    const children: DocumentSymbol[] = [];
    for (const item of this.doc.items(path)) {
      const node = this.doc.node(item.path);
      if (!node?.range) continue;
      const index = item.path[item.path.length - 1] as number;
      const d = describe(item.value, index);
      const span: Span = { start: node.range[0], end: trimEnd(this.doc.text, node.range[1]) };
      const sel = this.doc.span(item.path, 'key');
      const child = this.symbol(d.name, d.kind, span, sel.start >= span.start && sel.end <= span.end ? sel : span, d.detail);
      children.push(child);
    }
    container.children = children;
    return container;
  }

  private symbol(name: string, kind: SymbolKind, span: Span, selection: Span, detail?: string): DocumentSymbol {
    const end = Math.max(span.start, trimEnd(this.doc.text, span.end));
    const range = this.state.positions.range({ start: span.start, end });
    const sel = this.state.positions.range({ start: selection.start, end: Math.min(selection.end, end) });
    const s: DocumentSymbol = { name: name.trim() === '' ? '(empty)' : oneLine(name), kind, range, selectionRange: sel };
    if (detail) s.detail = oneLine(detail);
    return s;
  }
}

function trimEnd(text: string, end: number): number {
  let e = Math.min(end, text.length);
  while (e > 0 && /\s/.test(text[e - 1] ?? '')) e--;
  return e;
}

function oneLine(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > 120 ? `${t.slice(0, 119)}…` : t;
}

function truncate(s: string | undefined, n: number): string | undefined {
  if (!s) return undefined;
  const t = oneLine(s);
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
}

function field(v: unknown, key: string): unknown {
  return isRecord(v) ? v[key] : undefined;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function str(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return undefined;
}
