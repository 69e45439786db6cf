import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import { cursorAt, describeCursor } from '../core';
import type { DocState } from './state';

/**
 * Hover: what is under the cursor (core's cursorAt), described in the
 * document's own terms (core's describeCursor: a drug with its trial's
 * verdict, a route's ketamine bioavailability, a key's schema description,
 * a citation's reference), wrapped for the editor. Reads the lint already
 * done for this version: no parse, no lint.
 */
export function provideHover(state: DocState, position: Position): Hover | null {
  try {
    const found = describeCursor(state.result.analyses, cursorAt(state.result.document, state.positions.offset(position)));
    if (!found) return null;
    return { contents: { kind: MarkupKind.Markdown, value: found.markdown }, range: state.positions.range(found.span) };
  } catch {
    // A hover never breaks the editor: bad input gives no hover.
    return null;
  }
}
