import { isScalar, type Scalar } from 'yaml';
import { scalarTextSpan } from './citations';
import type { CaseDocument, PathSegment } from './document';
import type { KnowledgeBase } from './knowledge';
import { collectSymbolRefs } from './symbols';
import type { Span } from './types';

/**
 * The names an author writes that the linter checks against a list: drugs
 * and frameworks (the knowledge base), author ids and citation keys (the
 * document). Editors colour them; `unknown` marks one the list does not have,
 * before the diagnostic says so.
 */
export type SemanticKind = 'drug' | 'framework' | 'author' | 'citation';
export type SemanticModifier = 'unknown' | 'brand' | 'declaration';

export interface SemanticSpan extends Span {
  kind: SemanticKind;
  modifiers: SemanticModifier[];
}

function isDrugPath(path: readonly PathSegment[]): boolean {
  if (path[path.length - 1] !== 'drug') return false;
  if (path.length === 3 && path[0] === 'treatment_history') return true;
  return path[0] === 'interventions' && path.includes('administrations');
}

function isFrameworkPath(path: readonly PathSegment[]): boolean {
  return path.length === 3 && ((path[0] === 'perspectives' && path[2] === 'framework') || (path[0] === 'treatment_history' && path[2] === 'therapy'));
}

/** Every drug, framework, author id and citation key of the document, in document order. */
export function semanticSpans(doc: CaseDocument, kb: KnowledgeBase): SemanticSpan[] {
  const out: SemanticSpan[] = [];
  for (const { path, node } of doc.scalars()) {
    const drug = isDrugPath(path);
    if (!drug && !isFrameworkPath(path)) continue;
    if (typeof node.value !== 'string' || node.value.trim() === '' || !isScalar(node)) continue;
    const span = scalarTextSpan(node as Scalar);
    if (!span) continue;
    const value = node.value.trim();
    if (drug) {
      const info = kb.drug(value);
      const modifiers: SemanticModifier[] = !info ? ['unknown'] : info.name.toLowerCase() !== value.toLowerCase() ? ['brand'] : [];
      out.push({ ...span, kind: 'drug', modifiers });
    } else {
      out.push({ ...span, kind: 'framework', modifiers: kb.framework(value) ? [] : ['unknown'] });
    }
  }
  const refs = collectSymbolRefs(doc).filter((r) => r.kind === 'author' || r.kind === 'citation');
  const defined = new Set(refs.filter((r) => r.definition).map((r) => `${r.kind}:${r.id}`));
  for (const r of refs) {
    const modifiers: SemanticModifier[] = r.definition ? ['declaration'] : defined.has(`${r.kind}:${r.id}`) ? [] : ['unknown'];
    out.push({ start: r.start, end: r.end, kind: r.kind as SemanticKind, modifiers });
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}
