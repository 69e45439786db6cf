/**
 * The server's custom requests. Types only plus method names, so the VS Code
 * client can import this file without pulling in server code.
 *
 * - `caselint/adequacySummary` {uri} -> AdequacySummary | null: the treatment
 *   adequacy summary of an open (or on-disk) case document; null when the
 *   document is not a case document or could not be parsed.
 * - `caselint/lintFiles` {uris} -> LintFilesResult: diagnostics for each file,
 *   read from disk unless it is open (then its open text is used). Files that
 *   are not case documents come back with `skipped: true`.
 *
 * Client-side command used by quick fixes:
 * - `caselint.selectRange` [uri, range]: select `range` (in the text after the
 *   fix's edit) so the author can type over it. A WorkspaceEdit cannot move the
 *   selection, so a fix whose core `Fix` has a `selection` carries this
 *   command; clients that do not implement it still get the edit.
 */
import type { Diagnostic } from 'vscode-languageserver-types';
import type { AdequacySummary } from '../core/adequacy';

export const ADEQUACY_SUMMARY_METHOD = 'caselint/adequacySummary';
export const LINT_FILES_METHOD = 'caselint/lintFiles';
export const SELECT_RANGE_COMMAND = 'caselint.selectRange';

export interface AdequacySummaryParams {
  uri: string;
}
export type AdequacySummaryResult = AdequacySummary | null;

export interface LintFilesParams {
  uris: string[];
}

export interface LintFileResult {
  uri: string;
  diagnostics: Diagnostic[];
  /** Not a case document (by name or first key): not linted. */
  skipped?: boolean;
  /** Why the file could not be linted (not found, unreadable). */
  error?: string;
}

export interface LintFilesResult {
  files: LintFileResult[];
}
