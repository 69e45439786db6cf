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
 * - `caselint/renderPage` {uri, kind} -> RenderPageResult: the review report
 *   (`kind: 'report'`) or the article preview (`'preview'`) of a case
 *   document as a self-contained HTML page, the same page `caselint report`
 *   and `caselint render` write; line references are `command:` links to
 *   REVEAL_LINE_COMMAND, rule ids to the rule documentation command. Null
 *   when it is not a case document.
 *
 * Server -> client notification:
 * - `caselint/configStatus` ConfigStatusParams: which configuration file
 *   applies to an open case document and whether it has problems (then the
 *   document is linted with the defaults and the editor settings). Sent when a
 *   document is first linted and whenever that changes.
 *
 * Client-side command used by quick fixes:
 * - `caselint.selectRange` [uri, range]: select `range` (in the text after the
 *   fix's edit) so the author can type over it. A WorkspaceEdit cannot move the
 *   selection, so a fix whose engine `Fix` has a `selection` carries this
 *   command; clients that do not implement it still get the edit.
 */
import type { Diagnostic, WorkspaceEdit } from 'vscode-languageserver-types';

export const LANGUAGE_ID = 'case-report';

export const ADEQUACY_SUMMARY_METHOD = 'caselint/adequacySummary';
export const LINT_FILES_METHOD = 'caselint/lintFiles';
/** Server -> client notification: which configuration file applies to a document, and whether it is broken. */
export const CONFIG_STATUS_METHOD = 'caselint/configStatus';
export const SELECT_RANGE_COMMAND = 'caselint.selectRange';
export const RENDER_PAGE_METHOD = 'caselint/renderPage';
/** Client command [uri, line] (line 1-based): reveal that line of the document (links in the review report). */
export const REVEAL_LINE_COMMAND = 'caselint.revealLine';
export const SHOW_RULE_DOCUMENTATION_COMMAND = 'caselint.showRuleDocumentation';

export type PageKind = 'report' | 'preview';

export interface RenderPageParams {
  uri: string;
  kind: PageKind;
}

export interface RenderPageView {
  html: string;
  /** The page's title (the case's title). */
  title: string;
  /** The document version the page was rendered from. */
  version: number;
}
export type RenderPageResult = RenderPageView | null;

// ---- editor features (status, disable with a reason, create configuration) ----

/** `caselint/status` {uri} -> StatusResult: what the language status item shows, from the effective configuration. */
export const STATUS_METHOD = 'caselint/status';
/** `caselint/disableLine` DisableLineParams -> WorkspaceEdit | null: a `caselint-disable-next-line <rule> -- <reason>` above `line`. */
export const DISABLE_LINE_METHOD = 'caselint/disableLine';
/** Client command of the "Disable <rule> for this line…" action: [uri, line, rule]; the client asks for the reason. */
export const DISABLE_LINE_COMMAND = 'caselint.disableLineWithReason';
/** `caselint/createConfig` {} -> CreateConfigResult: the text `caselint init` writes. */
export const CREATE_CONFIG_METHOD = 'caselint/createConfig';
/** Client command that opens an installed rule page rendered: [ruleId]. */
export const SHOW_RULE_DOCS_COMMAND = 'caselint.showRuleDocumentation';
/** Initialization option: the client implements DISABLE_LINE_COMMAND (asks for a reason). */
export interface CaselintInitializationOptions {
  client?: string;
  disableLineWithReason?: boolean;
}

export interface StatusParams {
  uri: string;
}

export interface StatusView {
  rulesOn: number;
  rulesTotal: number;
  /** The rules the effective configuration turns off. */
  rulesOff: string[];
  /** The configuration file that applies (a path), if any. */
  configFile?: string;
  /** Why that file is not used (it is broken): defaults are in use. */
  configBroken?: string;
  counts: { error: number; warning: number; info: number; hint: number };
  /** How long the last lint of the document took, in milliseconds. */
  lastLintMs: number;
}
export type StatusResult = StatusView | null;

export interface DisableLineParams {
  uri: string;
  line: number;
  rule: string;
  reason?: string;
}
export type DisableLineResult = WorkspaceEdit | null;

export interface CreateConfigResult {
  fileName: string;
  text: string;
}

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

export interface ConfigStatusParams {
  /** The case document. */
  uri: string;
  /** The configuration file that applies to it (a file URI); null when none does (the defaults apply). */
  configUri: string | null;
  /** Problems in that file; when above 0 the document is linted with the defaults (and the editor settings) instead. */
  problemCount: number;
}

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

/**
 * True when the first top-level key (after comments, blank lines, directives
 * and `---`) is `caselint`, plain or quoted. Lines end in LF, CRLF or a lone
 * CR, as YAML 1.2 allows.
 */
export function firstKeyIsCaselint(text: string): boolean {
  const head = text.slice(0, 64 * 1024);
  const lines = /^[^\r\n]*/gm;
  for (let m = lines.exec(head); m !== null; m = lines.exec(head)) {
    const line = m[0];
    const t = line.replace(/^\uFEFF/, '').trim();
    if (t === '' || t.startsWith('#') || t === '---' || t.startsWith('%')) {
      if (lines.lastIndex >= head.length) break;
      lines.lastIndex++; // past the line break (a CRLF's LF is an empty "line" the next turn skips)
      continue;
    }
    return /^\uFEFF?(?:caselint|"caselint"|'caselint')[ \t]*:/.test(line);
  }
  return false;
}

/** package.json's `repository`: a string (`owner/repo`, `github:owner/repo`, a URL) or `{ type, url, directory }`. */
export type PackageRepository = string | { type?: string; url?: string; directory?: string } | undefined;

/** The hosts whose shorthands and ssh addresses have a known web address, and where a file at a tag is on it. */
const KNOWN_HOSTS = new Map<string, { shorthand: string; tree: string }>([
  ['github.com', { shorthand: 'github', tree: 'blob' }],
  ['gitlab.com', { shorthand: 'gitlab', tree: '-/blob' }],
  ['bitbucket.org', { shorthand: 'bitbucket', tree: 'src' }],
]);

/** A repository's web address, split: `https://<host>/<path>` (no `.git`, no trailing `/`), and its folder in the repository. */
interface RepositoryWeb {
  host: string;
  path: string;
  directory: string;
}

/**
 * Read package.json's `repository` in every form npm accepts: `owner/repo`
 * (GitHub), `github:`, `gitlab:`, `bitbucket:` shorthands, `git@host:owner/repo.git`,
 * `git+ssh://`, `ssh://`, `git://`, `git+https://` and `https://` addresses,
 * a `#ref` suffix, and `{ url, directory }`. ssh and git addresses are turned
 * into web addresses only for GitHub, GitLab and Bitbucket; elsewhere only an
 * https address is taken. Undefined when nothing usable is there.
 */
function repositoryWeb(repository: PackageRepository): RepositoryWeb | undefined {
  const raw = typeof repository === 'string' ? repository : repository?.url;
  if (typeof raw !== 'string') return undefined;
  const directory = typeof repository === 'object' && typeof repository.directory === 'string' ? repository.directory.replace(/^(?:\.?\/)+|\/+$/g, '') : '';
  const text = raw.trim().replace(/#.*$/, '');
  const tidy = (p: string): string => p.replace(/\/+$/, '').replace(/\.git$/, '').replace(/^\/+/, '');
  const known = (host: string, p: string): RepositoryWeb | undefined => {
    const repoPath = tidy(p);
    const segments = repoPath.split('/');
    // owner/repo; GitLab also group/subgroup/repo.
    const fits = segments.length === 2 || (host === 'gitlab.com' && segments.length > 2);
    return KNOWN_HOSTS.has(host) && fits && segments.every((x) => /^[\w.-]+$/.test(x)) ? { host, path: repoPath, directory } : undefined;
  };
  // npm's shorthands: `owner/repo` (GitHub), `github:owner/repo`, `gitlab:owner/repo`, `bitbucket:owner/repo`.
  let m = /^(?:([a-z]+):)?([\w.-]+(?:\/[\w.-]+)+)$/i.exec(text);
  if (m) {
    const prefix = (m[1] ?? 'github').toLowerCase();
    const host = [...KNOWN_HOSTS].find(([, h]) => h.shorthand === prefix)?.[0];
    return host === undefined ? undefined : known(host, m[2]!);
  }
  // scp-like ssh: `git@github.com:owner/repo.git`.
  m = /^(?:[\w.-]+@)?([\w.-]+):(?!\/\/)(.+)$/.exec(text);
  if (m) return known(m[1]!.toLowerCase(), m[2]!);
  // URLs: git+ssh://, ssh://, git://, git+https://, https://, http://.
  m = /^(?:git\+)?([a-z]+):\/\/(?:[^@/\s]+@)?([^/:\s]+)(?::\d+)?(\/\S*)$/i.exec(text);
  if (!m) return undefined;
  const scheme = m[1]!.toLowerCase();
  const host = m[2]!.toLowerCase();
  if (KNOWN_HOSTS.has(host)) return known(host, m[3]!);
  // Another host: only its https address is known to be a web page.
  const repoPath = tidy(m[3]!);
  return scheme === 'https' && repoPath !== '' ? { host, path: repoPath, directory } : undefined;
}

/** The repository's web page (`https://github.com/owner/repo`), from package.json's `repository`; undefined when unknown. */
export function repositoryWebUrl(repository: PackageRepository): string | undefined {
  const web = repositoryWeb(repository);
  return web && `https://${web.host}/${web.path}`;
}

/**
 * Where the repository's files are at the version's tag, ending in `/`:
 * `https://github.com/owner/repo/blob/v0.2.0/`,
 * `https://gitlab.com/owner/repo/-/blob/v0.2.0/`,
 * `https://bitbucket.org/owner/repo/src/v0.2.0/` (with `directory/` after
 * it for a package in a folder of its repository). Undefined when the
 * repository has no known web address.
 */
export function repositoryFilesUrl(repository: PackageRepository, version: string): string | undefined {
  const web = repositoryWeb(repository);
  if (!web) return undefined;
  const tree = KNOWN_HOSTS.get(web.host)?.tree ?? 'blob';
  const dir = web.directory === '' ? '' : `${web.directory.split('/').map(encodeURIComponent).join('/')}/`;
  return `https://${web.host}/${web.path}/${tree}/v${encodeURIComponent(version)}/${dir}`;
}

/**
 * The public page of a rule for one version: the repository's
 * `docs/rules/<id>.md` at the version's tag (README, Documentation links;
 * repositoryFilesUrl). The one function every rule link goes through: SARIF's
 * helpUri, --explain, the editor's diagnostics and the pages `caselint report`
 * writes. Undefined when the repository has no known web address.
 */
export function ruleDocsUrl(repository: PackageRepository, version: string, rule: string): string | undefined {
  const base = repositoryFilesUrl(repository, version);
  return base && `${base}docs/rules/${encodeURIComponent(rule)}.md`;
}
