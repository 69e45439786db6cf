import type { Diagnostic, DocumentSymbol } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CaselintConfig } from '../core';
import type { LintResult } from '../core';
import type { KnowledgeBase } from '../core';
import type { SeveritySetting } from '../core';
import { Positions } from './convert';

/** Editor settings (workspace/configuration section `caselint`), per resource. */
export interface ServerSettings {
  /** false: the server lints nothing for this resource (no diagnostics, hover or completion). */
  enable: boolean;
  /** When the editor asks for diagnostics: after each change, or on save only (the client applies it). */
  run: 'onType' | 'onSave';
  /** A configuration file used instead of the nearest `.caselintrc.*` (absolute, or relative to the workspace folder). */
  configFile?: string;
  /** Severity overrides, merged over the nearest `.caselintrc.*`. */
  rules: Record<string, SeveritySetting>;
  adequacy: { minimumWeeks?: number };
  /** Show "adequate" / "3 < 6 weeks" after each trial's duration. */
  inlayHints: boolean;
  /** Show the adequacy summary above `treatment_history`. */
  codeLens: boolean;
  trace?: { server?: 'off' | 'messages' | 'verbose' };
}

export const DEFAULT_SETTINGS: ServerSettings = {
  enable: true,
  run: 'onType',
  rules: {},
  adequacy: {},
  inlayHints: true,
  codeLens: true,
};

/** What a document is linted with: its editor settings, the merged configuration and that configuration's knowledge base. */
export interface Environment {
  settings: ServerSettings;
  config: CaselintConfig;
  kb: KnowledgeBase;
  /** The configuration file that applies (a path), if any. */
  configFile?: string;
  /** Its first problem ("line 3: ..."), when it has any: the entries with problems are left out. */
  configProblem?: string;
}

/**
 * One case document at one version: the lint of that version's text (parsed
 * once), the environment it was linted with, and the one converter between
 * the engine's offsets and LSP positions. Every request handler reads this;
 * none re-parses. Analyses of the text live in `result.analyses`; what only
 * the server derives (diagnostics in LSP terms, the outline) is kept in the
 * fields below, set on first use.
 */
export class DocState {
  /** Offsets <-> positions, on the engine's line index of the linted text. */
  readonly positions: Positions;
  /** The findings as LSP diagnostics, converted once (for push and pull alike). */
  diagnostics?: Diagnostic[];
  /** The document outline. */
  outline?: DocumentSymbol[];
  /** How long the lint took, in milliseconds. */
  lintMs = 0;

  constructor(
    readonly uri: string,
    readonly version: number,
    /** The open document; its text may already be newer than this state's (read text and positions through `result` and `positions`). */
    readonly document: TextDocument,
    readonly result: LintResult,
    readonly env: Environment,
  ) {
    this.positions = new Positions(result.document.lines);
  }
}
