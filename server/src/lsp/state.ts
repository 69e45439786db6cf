import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CaselintConfig } from '../core';
import type { LintResult } from '../core';
import type { KnowledgeBase } from '../core';
import type { SeveritySetting } from '../core';

/** Editor settings (workspace/configuration section `caselint`), per resource. */
export interface ServerSettings {
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
  rules: {},
  adequacy: {},
  inlayHints: true,
  codeLens: true,
};

/**
 * One open case document at one version: its text, the lint of that text
 * (parsed once per version) and the configuration it was linted with. Every
 * request handler reads this; none re-parses.
 */
export interface DocState {
  uri: string;
  version: number;
  text: string;
  document: TextDocument;
  result: LintResult;
  config: CaselintConfig;
  settings: ServerSettings;
  kb: KnowledgeBase;
}

const memos = new WeakMap<object, Map<string, unknown>>();

/** Work derived from one version's lint (symbol tables, outlines), computed once per version. */
export function memo<T>(state: DocState, key: string, compute: () => T): T {
  let m = memos.get(state.result);
  if (!m) {
    m = new Map();
    memos.set(state.result, m);
  }
  if (!m.has(key)) m.set(key, compute());
  return m.get(key) as T;
}
