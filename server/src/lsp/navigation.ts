import {
  ErrorCodes,
  ResponseError,
  type Location,
  type Position,
  type PrepareRenameResult,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import { symbolAt, type SymbolKind, type SymbolRef } from '../core';
import type { DocState } from './state';

/**
 * Go to definition, find references and rename for the ids a case document
 * defines in one place and uses in others: citation keys (`references[].id`
 * / `[@key]` or in-text `@key`), author ids and affiliation ids.
 */
function symbolRefs(state: DocState): SymbolRef[] {
  return state.result.analyses.symbols;
}

function refAt(state: DocState, position: Position): SymbolRef | undefined {
  if (state.result.refused) return undefined;
  return symbolAt(symbolRefs(state), state.positions.offset(position));
}

function sameSymbol(state: DocState, ref: SymbolRef): SymbolRef[] {
  return symbolRefs(state).filter((r) => r.kind === ref.kind && r.id === ref.id);
}

function location(state: DocState, ref: SymbolRef): Location {
  return { uri: state.uri, range: state.positions.range(ref) };
}

export function provideDefinition(state: DocState, position: Position): Location[] | null {
  const ref = refAt(state, position);
  if (!ref) return null;
  const defs = sameSymbol(state, ref).filter((r) => r.definition);
  return defs.length ? defs.map((d) => location(state, d)) : null;
}

export function provideReferences(state: DocState, position: Position, includeDeclaration: boolean): Location[] | null {
  const ref = refAt(state, position);
  if (!ref) return null;
  return sameSymbol(state, ref)
    .filter((r) => includeDeclaration || !r.definition)
    .map((r) => location(state, r));
}

const WHAT: Record<SymbolKind, string> = {
  citation: 'reference id',
  author: 'author id',
  affiliation: 'affiliation id',
};

/** What a new name must look like (docs/format.md, References and Authors), so that it still reads as plain YAML and as a citation. */
const VALID: Record<SymbolKind, { pattern: RegExp; expected: string }> = {
  // Pandoc: starts with a letter, digit or `_`; punctuation only inside.
  citation: { pattern: /^[A-Za-z0-9_](?:[A-Za-z0-9_:.-]*[A-Za-z0-9_])?$/, expected: 'letters, digits, `_`, and `:` `.` `-` inside' },
  author: { pattern: /^[a-z0-9-]+$/, expected: 'lower-case letters, digits and `-`' },
  affiliation: { pattern: /^[A-Za-z0-9_-]+$/, expected: 'letters, digits, `_` and `-`' },
};

export function providePrepareRename(state: DocState, position: Position): PrepareRenameResult | null {
  const ref = refAt(state, position);
  if (!ref) {
    throw new ResponseError(ErrorCodes.InvalidRequest, 'Only a citation key, an author id or an affiliation id can be renamed here.');
  }
  return { range: state.positions.range(ref), placeholder: ref.id };
}

export function provideRename(state: DocState, position: Position, newName: string, documentChanges = true): WorkspaceEdit | null {
  const ref = refAt(state, position);
  if (!ref) {
    throw new ResponseError(ErrorCodes.InvalidRequest, 'Only a citation key, an author id or an affiliation id can be renamed here.');
  }
  const name = typeof newName === 'string' ? newName.trim() : '';
  const rule = VALID[ref.kind];
  if (!rule.pattern.test(name)) {
    throw new ResponseError(ErrorCodes.InvalidParams, `"${name}" is not a valid ${WHAT[ref.kind]}: use ${rule.expected}.`);
  }
  if (name === ref.id) return { changes: {} };
  const clash = symbolRefs(state).find((r) => r.kind === ref.kind && r.definition && r.id === name);
  if (clash) {
    throw new ResponseError(ErrorCodes.InvalidParams, `a ${WHAT[ref.kind]} "${name}" already exists.`);
  }
  const edits: TextEdit[] = sameSymbol(state, ref).map((r) => ({ range: state.positions.range(r), newText: name }));
  if (!documentChanges) return { changes: { [state.uri]: edits } };
  return { documentChanges: [{ textDocument: { uri: state.uri, version: state.version }, edits }] };
}
