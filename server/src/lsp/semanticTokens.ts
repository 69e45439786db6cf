import { semanticSpans } from '../core';
import { SEMANTIC_LEGEND } from './capabilities';
import type { DocState } from './state';

/**
 * Semantic tokens (full document), encoded as LSP's relative integers: drugs,
 * frameworks, author ids and citation keys (core/semantic.ts), in the legend
 * SEMANTIC_LEGEND. Tokens never overlap and never span lines.
 */
export function provideSemanticTokens(state: DocState): number[] {
  const data: number[] = [];
  let prevLine = 0;
  let prevChar = 0;
  let lastEnd = -1;
  for (const s of semanticSpans(state.result.document, state.env.kb)) {
    if (s.start < lastEnd || s.end <= s.start) continue;
    const start = state.positions.position(s.start);
    const end = state.positions.position(s.end);
    if (end.line !== start.line) continue;
    const type = SEMANTIC_LEGEND.tokenTypes.indexOf(s.kind);
    let mods = 0;
    for (const m of s.modifiers) mods |= 1 << SEMANTIC_LEGEND.tokenModifiers.indexOf(m);
    data.push(start.line - prevLine, start.line === prevLine ? start.character - prevChar : start.character, end.character - start.character, type, mods);
    prevLine = start.line;
    prevChar = start.character;
    lastEnd = s.end;
  }
  return data;
}
