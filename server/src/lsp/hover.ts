import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import { cursorAt, describeCursor, linkAt, linkMarkdown } from '../core';
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
    const offset = state.positions.offset(position);
    const link = linkAt(state.result.document, offset);
    if (link) return { contents: { kind: MarkupKind.Markdown, value: linkMarkdown(state.result.document, link) }, range: state.positions.range(link) };
    const found = describeCursor(state.result.analyses, cursorAt(state.result.document, offset));
    if (!found) return null;
    return { contents: { kind: MarkupKind.Markdown, value: found.markdown }, range: state.positions.range(found.span) };
  } catch {
    // A hover never breaks the editor: bad input gives no hover.
    return null;
  }
}
