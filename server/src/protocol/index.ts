/**
 * What the VS Code client and the language server agree on: request and
 * command names, the language id, case and configuration file names, and the
 * shapes of the custom requests. A leaf: it imports nothing of caselint, so the
 * client bundles it without any engine or server code.
 *
 * Custom requests:
 * - `caselint/adequacySummary` {uri} -> AdequacySummaryResult: the treatment
 *   adequacy summary of an open (or on-disk) case document, as data and as the
 *   Markdown the engine renders; null when it is not a case document or its
 *   text was refused.
 * - `caselint/lintFiles` {uris} -> LintFilesResult: diagnostics for each file,
 *   read from disk unless it is open (then its open text is used). Files that
 *   are not case documents come back with `skipped: true`.
 *
 * Client-side command used by quick fixes:
 * - `caselint.selectRange` [uri, range]: select `range` (in the text after the
 *   fix's edit) so the author can type over it. A WorkspaceEdit cannot move the
 *   selection, so a fix whose engine `Fix` has a `selection` carries this
 *   command; clients that do not implement it still get the edit.
 */
import type { Diagnostic } from 'vscode-languageserver-types';

export const LANGUAGE_ID = 'case-report';

export const ADEQUACY_SUMMARY_METHOD = 'caselint/adequacySummary';
export const LINT_FILES_METHOD = 'caselint/lintFiles';
/** Server -> client notification: which configuration file applies to a document, and whether it is broken. */
export const CONFIG_STATUS_METHOD = 'caselint/configStatus';
export const SELECT_RANGE_COMMAND = 'caselint.selectRange';

/** The configuration file names searched in each folder, in order of preference. */
export const CONFIG_FILE_NAMES = ['.caselintrc.yaml', '.caselintrc.yml', '.caselintrc.json'] as const;
/** A glob for every configuration file, for file watchers. */
export const CONFIG_FILE_GLOB = '**/.caselintrc.{yaml,yml,json}';
/** A glob for every case file by name. */
export const CASE_FILE_GLOB = '**/*.case.{yaml,yml}';

export interface AdequacySummaryParams {
  uri: string;
}

/** The summary's data (see the engine's AdequacySummary) with its Markdown rendering. */
export interface AdequacySummaryView {
  markdown: string;
  adequateCount: number;
  failedCount: number;
  trials: { label: string; status: string }[];
}
export type AdequacySummaryResult = AdequacySummaryView | null;

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

/** `*.case.yaml` / `*.case.yml`. */
export function isCaseFileName(fileName: string): boolean {
  return /\.case\.ya?ml$/i.test(fileName);
}

/** A case document: a case file by name, or any YAML file whose first top-level key is `caselint`. */
export function isCaseDocument(fileName: string, text: string): boolean {
  if (isCaseFileName(fileName)) return true;
  if (!/\.ya?ml$/i.test(fileName)) return false;
  return firstKeyIsCaselint(text);
}

/** True when the first top-level key (after comments, blank lines and `---`) is `caselint`. */
export function firstKeyIsCaselint(text: string): boolean {
  let i = 0;
  const n = Math.min(text.length, 64 * 1024);
  while (i < n) {
    const eol = text.indexOf('\n', i);
    const line = text.slice(i, eol === -1 ? n : eol).replace(/\r$/, '');
    const t = line.replace(/^\uFEFF/, '').trim();
    i = eol === -1 ? n : eol + 1;
    if (t === '' || t.startsWith('#') || t === '---' || t.startsWith('%')) continue;
    return /^\uFEFF?caselint\s*:/.test(line);
  }
  return false;
}

/**
 * The public page of a rule for one version: the repository's
 * `docs/rules/<id>.md` at the version's tag (cli.md, Documentation links).
 * `repository` is package.json's `repository` (a string or `{url}`), e.g.
 * `https://github.com/caselint/caselint.git` or `git+https://…`. Undefined
 * when the repository is not an https address.
 */
export function ruleDocsUrl(repository: string | { type?: string; url?: string } | undefined, version: string, rule: string): string | undefined {
  const raw = typeof repository === 'string' ? repository : repository?.url;
  if (raw === undefined) return undefined;
  const base = raw.trim().replace(/^git\+/, '').replace(/\.git$/, '').replace(/\/+$/, '');
  if (!/^https:\/\/[^\s/]+\/\S+$/.test(base)) return undefined;
  return `${base}/blob/v${encodeURIComponent(version)}/docs/rules/${encodeURIComponent(rule)}.md`;
}
