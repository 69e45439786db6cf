import type { Position as LspPosition, Range as LspRange, TextEdit as LspTextEdit } from 'vscode-languageserver';
import { applyEdits, LineIndex } from '../core';
import type { Fix, Span, TextEdit } from '../core';

/**
 * Offsets (the engine's unit) to LSP positions and back, for one linted
 * version: the engine's own line index of the text it linted (without a
 * leading BOM). Every span the server sends or receives goes through one of
 * these, so findings, fixes, outline, folding, hints and navigation agree
 * with each other and with the command line.
 */
export class Positions {
  constructor(private readonly lines: LineIndex) {}

  /** The text the offsets count in (the document without a leading BOM). */
  get text(): string {
    return this.lines.text;
  }

  position(offset: number): LspPosition {
    return this.lines.position(offset);
  }

  range(span: Span): LspRange {
    return this.lines.range(span);
  }

  /** The offset of a client position (negative, fractional or missing parts clamped). */
  offset(p: LspPosition | undefined): number {
    return this.lines.offset(clampPosition(p));
  }

  span(range: LspRange): Span {
    const a = this.offset(range.start);
    const b = this.offset(range.end);
    return a <= b ? { start: a, end: b } : { start: b, end: a };
  }

  edit(edit: TextEdit): LspTextEdit {
    return { range: this.range(edit), newText: edit.newText };
  }

  /** A fix in LSP terms: ranges in this text, the selection in the text after the edit. */
  fix(fix: Fix): LspFix {
    const out: LspFix = { title: fix.title, edits: fix.edits.map((e) => this.edit(e)) };
    if (fix.safe) out.safe = true;
    if (fix.preferred) out.preferred = true;
    if (fix.selection) out.selection = new LineIndex(applyEdits(this.text, fix.edits)).range(fix.selection);
    return out;
  }
}

/** Negative or fractional positions from a careless client become valid ones. */
export function clampPosition(p: LspPosition | undefined): LspPosition {
  const line = Number.isFinite(p?.line) ? Math.max(0, Math.floor(p!.line)) : 0;
  const character = Number.isFinite(p?.character) ? Math.max(0, Math.floor(p!.character)) : 0;
  return { line, character };
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

export function rangesOverlap(a: LspRange, b: LspRange): boolean {
  return !(before(a.end, b.start) || before(b.end, a.start));
}

export function before(a: LspPosition, b: LspPosition): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}
