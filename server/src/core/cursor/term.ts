import type { CaseDocument } from '../document';
import type { KnowledgeBase } from '../knowledge';
import type { Span } from '../types';
import { wordAt } from './line';

/** A drug, brand or mechanism term the knowledge base knows, found in free text. */
export interface TermHit extends Span {
  kind: 'drug' | 'mechanism';
  /** The term as written in the document. */
  text: string;
}

/** Lower-case terms, longest first, per knowledge base. */
const termIndexes = new WeakMap<KnowledgeBase, { text: string; kind: TermHit['kind'] }[]>();

function termIndex(kb: KnowledgeBase): { text: string; kind: TermHit['kind'] }[] {
  let terms = termIndexes.get(kb);
  if (!terms) {
    terms = [];
    for (const t of kb.mechanismTerms()) terms.push({ text: t.toLowerCase(), kind: 'mechanism' });
    for (const n of kb.drugNames()) terms.push({ text: n.toLowerCase(), kind: 'drug' });
    for (const b of kb.brandNames()) terms.push({ text: b.brand.toLowerCase(), kind: 'drug' });
    terms.sort((a, b) => b.text.length - a.text.length);
    termIndexes.set(kb, terms);
  }
  return terms;
}

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}]/u.test(c);
}

function known(kb: KnowledgeBase, kind: TermHit['kind'], written: string): boolean {
  return kind === 'drug' ? kb.drug(written) !== undefined : kb.mechanism(written) !== undefined;
}

/**
 * The longest known term (drug, brand, mechanism) on the line that covers
 * `offset`, as whole words; else the word at the offset when the knowledge
 * base knows it as a mechanism under another spelling.
 */
export function termAt(doc: CaseDocument, kb: KnowledgeBase, offset: number): TermHit | undefined {
  const { line } = doc.lines.position(offset);
  const lineStart = doc.lines.lineStart(line);
  const lineEnd = doc.lines.lineEnd(line);
  // Look at a window around the cursor, not the whole (possibly long) line.
  const from = Math.max(lineStart, offset - 80);
  const to = Math.min(lineEnd, offset + 80);
  const lower = doc.text.slice(from, to).toLowerCase();
  const rel = offset - from;
  for (const t of termIndex(kb)) {
    let at = lower.indexOf(t.text, Math.max(0, rel - t.text.length));
    while (at >= 0 && at <= rel) {
      const end = at + t.text.length;
      if (rel <= end && !isWordChar(lower[at - 1]) && !isWordChar(lower[end])) {
        const written = doc.text.slice(from + at, from + end);
        if (known(kb, t.kind, written)) return { kind: t.kind, start: from + at, end: from + end, text: written };
      }
      at = lower.indexOf(t.text, at + 1);
    }
  }
  const w = wordAt(doc.text, offset, lineStart, lineEnd);
  return w.text && kb.mechanism(w.text) ? { kind: 'mechanism', ...w } : undefined;
}
