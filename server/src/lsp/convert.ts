import type { Position as LspPosition, Range as LspRange, TextEdit as LspTextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { applyEdits, LineIndex } from '../core';
import type { Fix, Span, TextEdit } from '../core';

/** Offsets (the engine's unit) to LSP ranges, against one version's text. */
export function spanToRange(doc: TextDocument, span: Span): LspRange {
  return { start: doc.positionAt(span.start), end: doc.positionAt(span.end) };
}

export function rangeToSpan(doc: TextDocument, range: LspRange): Span {
  const a = doc.offsetAt(clampPosition(range.start));
  const b = doc.offsetAt(clampPosition(range.end));
  return a <= b ? { start: a, end: b } : { start: b, end: a };
}

/** Negative or fractional positions from a careless client become valid ones. */
export function clampPosition(p: LspPosition | undefined): LspPosition {
  const line = Number.isFinite(p?.line) ? Math.max(0, Math.floor(p!.line)) : 0;
  const character = Number.isFinite(p?.character) ? Math.max(0, Math.floor(p!.character)) : 0;
  return { line, character };
}

export function toLspEdit(doc: TextDocument, edit: TextEdit): LspTextEdit {
  return { range: spanToRange(doc, edit), newText: edit.newText };
}

/** A fix in LSP terms: ranges in the current text, the selection in the text after the edit. */
export interface LspFix {
  title: string;
  edits: LspTextEdit[];
  safe?: boolean;
  preferred?: boolean;
  /** Where to put the selection after applying the edits (a range in the new text). */
  selection?: LspRange;
}

export function toLspFix(doc: TextDocument, fix: Fix): LspFix {
  const out: LspFix = { title: fix.title, edits: fix.edits.map((e) => toLspEdit(doc, e)) };
  if (fix.safe) out.safe = true;
  if (fix.preferred) out.preferred = true;
  if (fix.selection) {
    const after = new LineIndex(applyEdits(doc.getText(), fix.edits));
    out.selection = after.range(fix.selection);
  }
  return out;
}

export function rangesOverlap(a: LspRange, b: LspRange): boolean {
  return !(before(a.end, b.start) || before(b.end, a.start));
}

export function before(a: LspPosition, b: LspPosition): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}
