import {
  CodeActionKind,
  type CodeAction,
  type CodeActionParams,
  type Command,
  type Diagnostic,
  type Range,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import { addToDirective, canDisable, chooseSafeFixes, directiveAt, parseDirectiveLine, redactAllEdits, writeDirective, type Directive, type Finding } from '../core';
import { rangesOverlap, type LspFix } from './convert';
import { diagnosticsOf, type RuleDocs } from './diagnostics';
import { DISABLE_LINE_COMMAND, SELECT_RANGE_COMMAND } from '../protocol';
import type { DocState } from './state';

import { FIX_ALL_KIND, REDACT_ALL_KIND } from './capabilities';

export { FIX_ALL_KIND, REDACT_ALL_KIND };

/**
 * Run by the client after a fix whose core `Fix` has a `selection` (a
 * WorkspaceEdit cannot move the selection): arguments `[uri, range]`, the
 * range in the text after the edit. The VS Code client implements it; other
 * clients may ignore it and keep the edit.
 */
export { SELECT_RANGE_COMMAND };

export interface CodeActionOptions {
  docs: RuleDocs;
  /** The client accepts versioned `documentChanges`. */
  documentChanges: boolean;
  /** The client implements DISABLE_LINE_COMMAND: "Disable <rule> for this line…" asks for a reason. */
  disableWithReason?: boolean;
}

export function provideCodeActions(state: DocState, params: CodeActionParams, options: CodeActionOptions): CodeAction[] {
  const only = params.context?.only;
  const wants = (kind: string): boolean => !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
  const actions: CodeAction[] = [];
  const range = params.range;

  if (wants(CodeActionKind.QuickFix)) {
    const fixes: CodeAction[] = [];
    const disables: CodeAction[] = [];
    const seen = new Set<string>();
    const converted = diagnosticsOf(state, options.docs);
    state.result.findings.forEach((finding, i) => {
      if (!rangesOverlap(finding.range, range)) return;
      const diagnostic = matchingDiagnostic(params.context?.diagnostics, finding) ?? converted[i]!;
      for (const fix of finding.fixes ?? []) fixes.push(fixAction(state, state.positions.fix(fix), diagnostic, options));
      if (!canDisable(finding.rule)) return;
      const lineKey = `line:${finding.rule}:${finding.range.start.line}`;
      if (!seen.has(lineKey)) {
        seen.add(lineKey);
        const edit = disableLineEdit(state, finding.range.start.line, finding.rule);
        if (edit && options.disableWithReason) {
          disables.push({
            title: `Disable ${finding.rule} for this line…`,
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            command: { title: 'Disable for this line with a reason', command: DISABLE_LINE_COMMAND, arguments: [state.uri, finding.range.start.line, finding.rule] },
          });
        } else if (edit) {
          disables.push({
            title: `Disable ${finding.rule} for this line`,
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            edit: workspaceEdit(state, [edit], options),
          });
        }
      }
      const fileKey = `file:${finding.rule}`;
      if (!seen.has(fileKey)) {
        seen.add(fileKey);
        disables.push({
          title: `Disable ${finding.rule} for this file`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          edit: workspaceEdit(state, [disableFileEdit(state, finding.rule)], options),
        });
      }
    });
    actions.push(...fixes, ...canonicalSpellingActions(state, range, options), ...dedupeFileActions(disables));
  }

  if (only && wants(FIX_ALL_KIND)) {
    const all = fixAllAction(state, options);
    if (all) actions.push(all);
  }
  if (only && wants(REDACT_ALL_KIND)) {
    const redact = redactAllAction(state, options);
    if (redact) actions.push(redact);
  }
  return actions;
}

/** `class: ssri` is accepted: a quick fix (with no diagnostic) writes the canonical spelling, `SSRI`. */
function canonicalSpellingActions(state: DocState, range: CodeActionParams['range'], options: CodeActionOptions): CodeAction[] {
  if (state.result.refused) return [];
  const out: CodeAction[] = [];
  for (const sp of state.result.analyses.spellings) {
    if (!rangesOverlap(state.positions.range(sp.span), range)) continue;
    out.push({
      title: `Write "${sp.canonical}"`,
      kind: CodeActionKind.QuickFix,
      edit: workspaceEdit(state, [state.positions.edit({ ...sp.span, newText: sp.canonical })], options),
    });
  }
  return out;
}

/** The `source.redact.caselint` action: every identifier the de-identification rules reported, replaced by its generic description. */
export function redactAllAction(state: DocState, options: CodeActionOptions): CodeAction | undefined {
  const edits = redactAllEdits(state.result.findings);
  if (edits.length === 0) return undefined;
  return {
    title: `Redact all identifiers in this file (${edits.length})`,
    kind: REDACT_ALL_KIND,
    edit: workspaceEdit(state, edits.map((e) => state.positions.edit(e)), options),
  };
}

/**
 * `# caselint-disable-next-line <rule> -- <reason>` above `line` (the
 * caselint/disableLine request); null when no directive can go there.
 */
export function disableLineWithReason(state: DocState, line: number, rule: string, reason: string | undefined, options: { documentChanges: boolean }): WorkspaceEdit | null {
  if (!canDisable(rule) || !Number.isInteger(line) || line < 0 || line >= state.result.document.lines.lineCount) return null;
  const clean = (reason ?? '').replace(/[\r\n]+/g, ' ').trim();
  const edit = disableLineEdit(state, line, rule, clean || undefined);
  return edit ? workspaceEdit(state, [edit], options) : null;
}

/** The `source.fixAll.caselint` action: every safe fix whose edits do not overlap an earlier one. */
export function fixAllAction(state: DocState, options: CodeActionOptions): CodeAction | undefined {
  const fixes = chooseSafeFixes(state.result.findings);
  const edits: TextEdit[] = fixes.flatMap((f) => f.edits.map((e) => state.positions.edit(e)));
  const count = fixes.length;
  if (count === 0) return undefined;
  return {
    title: `Fix all safe caselint problems (${count})`,
    kind: FIX_ALL_KIND,
    edit: workspaceEdit(state, edits, options),
  };
}

function fixAction(state: DocState, fix: LspFix, diagnostic: Diagnostic, options: CodeActionOptions): CodeAction {
  const action: CodeAction = {
    title: fix.title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: workspaceEdit(state, fix.edits, options),
  };
  if (fix.preferred) action.isPreferred = true;
  if (fix.selection) action.command = selectRangeCommand(state.uri, fix.selection);
  return action;
}

export function selectRangeCommand(uri: string, range: Range): Command {
  return { title: 'Select the text to complete', command: SELECT_RANGE_COMMAND, arguments: [uri, range] };
}

/**
 * `# caselint-disable-next-line <id>` above `line`, with that line's
 * indentation (and ` -- reason` when given; a directive already there gets the
 * id, and the reason when it has none).
 */
function disableLineEdit(state: DocState, line: number, rule: string, reason?: string): TextEdit | undefined {
  const doc = state.result.document;
  if (state.result.refused) return undefined;
  const text = doc.lines.lineText(line);
  const indent = /^[ \t]*/.exec(text)?.[0] ?? '';
  // A `#` line inside a block scalar is content: no directive can go there.
  if (doc.inBlockScalar(doc.lines.lineStart(line) + indent.length)) return undefined;
  const above = line > 0 ? directiveAt(doc, line - 1) : undefined;
  if (above?.kind === 'disable-next-line') {
    const aboveText = doc.lines.lineText(line - 1);
    if (reason && above.reason === undefined) {
      const ids = above.ids.length === 0 || above.ids.includes(rule) ? above.ids : [...above.ids, rule];
      const start = aboveText.length - aboveText.trimStart().length;
      return { range: { start: { line: line - 1, character: start }, end: { line: line - 1, character: aboveText.length } }, newText: writeDirective('disable-next-line', ids, reason) };
    }
    return addIdEdit(line - 1, aboveText, above, rule);
  }
  return insertLine(line, `${indent}${writeDirective('disable-next-line', [rule], reason)}${eol(state.positions.text)}`);
}

/** `# caselint-disable <id>` at the top of the file (or added to one already there). */
function disableFileEdit(state: DocState, rule: string): TextEdit {
  const text = state.positions.text;
  const firstLine = text.slice(0, Math.max(0, text.search(/\r?\n|$/)));
  const directive = parseDirectiveLine(firstLine);
  if (directive?.kind === 'disable') return addIdEdit(0, firstLine, directive, rule);
  return insertLine(0, `${writeDirective('disable', [rule])}${eol(text)}`);
}

function insertLine(line: number, newText: string): TextEdit {
  return { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText };
}

/** Add an id to an existing directive's list, before any ` -- reason`. */
function addIdEdit(line: number, text: string, directive: Directive, rule: string): TextEdit {
  const { column, text: newText } = addToDirective(text, directive, rule);
  return { range: { start: { line, character: column }, end: { line, character: column } }, newText };
}

function dedupeFileActions(actions: CodeAction[]): CodeAction[] {
  // Line actions first, then file actions, each once per rule.
  const line = actions.filter((a) => a.title.includes('for this line'));
  const file = actions.filter((a) => a.title.endsWith('this file'));
  return [...line, ...file];
}

function matchingDiagnostic(diagnostics: Diagnostic[] | undefined, finding: Finding): Diagnostic | undefined {
  if (!Array.isArray(diagnostics)) return undefined;
  return diagnostics.find(
    (d) =>
      d && d.code === finding.rule && d.message === finding.message &&
      d.range?.start?.line === finding.range.start.line && d.range.start.character === finding.range.start.character &&
      d.range.end?.line === finding.range.end.line && d.range.end.character === finding.range.end.character,
  );
}

export function workspaceEdit(state: DocState, edits: TextEdit[], options: { documentChanges: boolean }): WorkspaceEdit {
  if (options.documentChanges) {
    return { documentChanges: [{ textDocument: { uri: state.uri, version: state.version }, edits }] };
  }
  return { changes: { [state.uri]: edits } };
}

function eol(text: string): string {
  const i = text.indexOf('\n');
  return i > 0 && text.charCodeAt(i - 1) === 13 ? '\r\n' : '\n';
}
