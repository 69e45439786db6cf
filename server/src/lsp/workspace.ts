import * as path from 'path';
import { fileURLToPath } from 'url';
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { cursorAt, isCaseDocument, knowledgeBaseFor, lintIncremental, mergeConfigs } from '../core';
import { readCaseFile, type ConfigResolver, type ResolvedConfig } from '../node';
import { describeError, type Logger } from './log';
import { normalizeSettings, settingsLayer } from './settings';
import { DEFAULT_SETTINGS, DocState, type Environment, type ServerSettings } from './state';

/** Where the server gets the `caselint` settings section for a resource. */
export type SettingsSource = (uri: string) => Promise<unknown>;

interface Entry {
  document: TextDocument;
  /** The last lint of this document (of `state.version`, possibly older than the document). */
  state?: DocState;
  /** The settings/config generation the state was linted with. */
  generation: number;
  /**
   * What changed since `state`'s text: undefined (nothing), the one line all
   * changes were on (with the leftmost column they touched, and never a line
   * break added or removed), or 'many'.
   */
  edited?: { line: number; column: number } | 'many';
}

/** Told of every lint: which document, which version, how long (ms). */
export type LintObserver = (uri: string, version: number, ms: number) => void;

/** Top-level keys whose block scalars hover and completion read elsewhere (a reference's text, an author's name). */
const READ_ELSEWHERE = new Set(['references', 'authors', 'affiliations']);

/** The language id a client may give case documents (besides matching file names). */
/** The language id the VS Code extension contributes for case documents. */
export const CASE_LANGUAGE_ID = 'case-report';

/**
 * The open documents and, for each, the lint of its newest version. A lint
 * happens at most once per version (and per settings generation); every
 * request reads the kept result.
 */
export class Workspace {
  private readonly entries = new Map<string, Entry>();
  private readonly settingsCache = new Map<string, Promise<ServerSettings>>();
  private generationCounter = 0;
  /** Workspace folder paths, for a relative `caselint.configFile`. */
  roots: string[] = [];
  /** An opaque number per document URI, for the log (a URI or path can name a patient). */
  private readonly numbers = new Map<string, number>();

  constructor(
    private readonly settingsSource: SettingsSource,
    private readonly configs: ConfigResolver,
    private readonly log: Logger,
    /** Told the configuration each lint used (the server reports broken configuration files). */
    private readonly onConfig: (uri: string, resolved: ResolvedConfig | undefined) => void = () => {},
    /** Told of every lint (tests count them; CASELINT_LOG_LINTS=1 logs them). */
    private readonly onLint: LintObserver = () => {},
    /** Told before each lint the length of the longest open text, this one included. */
    private readonly beforeLint: (longestOpenText: number) => void = () => {},
  ) {}

  get generation(): number {
    return this.generationCounter;
  }

  open(uri: string, languageId: string, version: number, text: string): void {
    if (!this.numbers.has(uri)) this.numbers.set(uri, this.numbers.size + 1);
    this.entries.set(uri, { document: TextDocument.create(uri, languageId, version, text), generation: -1 });
  }

  /** Apply changes; false when the document is not open or the change is malformed. */
  change(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): boolean {
    const entry = this.entries.get(uri);
    if (!entry) return false;
    if (entry.state) entry.edited = editedSince(entry.edited, changes);
    entry.document = TextDocument.update(entry.document, changes, version);
    return true;
  }

  close(uri: string): void {
    this.entries.delete(uri);
    this.settingsCache.delete(uri);
  }

  document(uri: string): TextDocument | undefined {
    return this.entries.get(uri)?.document;
  }

  /** How the log names a document: "document #3" (opened third), never by its URI. */
  label(uri: string): string {
    const n = this.numbers.get(uri);
    return n === undefined ? 'a file that is not open' : `document #${n}`;
  }

  uris(): string[] {
    return [...this.entries.keys()];
  }

  /** True when the document is served (a case document by name, first key or language id). */
  isCase(document: TextDocument): boolean {
    return isCaseUri(document.uri, document.getText(), document.languageId);
  }

  /** Settings changed: forget them; the next state of every document is linted again. */
  invalidateSettings(): void {
    this.settingsCache.clear();
    this.generationCounter++;
  }

  /** Configuration files changed (these, or, without a list, any). */
  invalidateConfig(files?: readonly string[]): void {
    if (files) for (const f of files) this.configs.invalidate(f);
    else this.configs.invalidate();
    this.generationCounter++;
  }

  /** The lint of the document's newest version (linted now if stale), or undefined when not served. */
  async state(uri: string): Promise<DocState | undefined> {
    const first = this.entries.get(uri);
    if (!first || !this.isCase(first.document)) return undefined;
    const generation = this.generationCounter;
    const env = await this.environment(uri);
    const entry = this.entries.get(uri);
    if (!entry || !this.isCase(entry.document) || !env.settings.enable) return undefined;
    const doc = entry.document;
    if (entry.state && entry.state.version === doc.version && entry.generation === generation) return entry.state;
    const state = this.lintText(uri, doc.version, doc.getText(), env, doc, entry.state);
    // The new lint took the previous one's tree over (core/incremental.ts), so it
    // replaces it even when a newer generation started while settings were
    // fetched: it then keeps the older generation and is linted again.
    entry.state = state;
    entry.generation = generation;
    entry.edited = undefined;
    return state;
  }

  /** The lint of the document's current version when it is done and current (settings too), else undefined. No lint. */
  fresh(uri: string): DocState | undefined {
    const entry = this.entries.get(uri);
    if (!entry?.state || entry.state.version !== entry.document.version || entry.generation !== this.generationCounter) return undefined;
    return entry.state;
  }

  /**
   * The last lint, when it answers a hover or completion at `position` of the
   * current text exactly as a lint of the current text would: every change
   * since it was on one line inside one block scalar's content (right of its
   * indentation, no line break added or removed, so the YAML tree is the same
   * but that scalar's text), the scalar is not one that hover and completion
   * read elsewhere (references, authors, affiliations), and `position` is
   * outside that scalar. Lines keep their numbers and, but for that one, their
   * text, so positions convert unchanged. Undefined otherwise.
   */
  reusable(uri: string, position: { line: number; character: number }): { state: DocState; editedLine: number } | undefined {
    const entry = this.entries.get(uri);
    const state = entry?.state;
    if (!entry || !state || entry.generation !== this.generationCounter) return undefined;
    if (state.version === entry.document.version) return { state, editedLine: -1 };
    const edited = entry.edited;
    if (edited === undefined || edited === 'many' || state.result.refused) return undefined;
    const doc = state.result.document;
    const lines = doc.lines;
    if (edited.line >= lines.lineCount) return undefined;
    const lineStart = lines.lineStart(edited.line);
    const block = doc.blockScalarSpans.find((s) => lineStart > s.start && lineStart < s.end);
    if (!block) return undefined;
    const headerLine = lines.position(block.start).line;
    if (edited.line <= headerLine) return undefined;
    // The block's content indentation: that of its first line with text.
    let indent = -1;
    const text = doc.text;
    for (let l = headerLine + 1; l < lines.lineCount && lines.lineStart(l) < block.end; l++) {
      const line = lines.lineText(l);
      if (line.trim() === '') continue;
      indent = line.length - line.trimStart().length;
      break;
    }
    if (indent < 1 || edited.column < indent) return undefined;
    const oldLine = text.slice(lineStart, lineStart + indent);
    if (!/^ *$/.test(oldLine) || oldLine.length < indent) return undefined;
    const first = cursorPathHead(state, lineStart + indent);
    if (first === undefined || READ_ELSEWHERE.has(first)) return undefined;
    if (position.line >= lines.lineCount) return undefined;
    const blockEndLine = lines.position(block.end).line;
    if (position.line >= headerLine && position.line <= blockEndLine) return undefined;
    return { state, editedLine: edited.line };
  }

  /** The last state computed, without linting (may be stale or absent). */
  lastState(uri: string): DocState | undefined {
    return this.entries.get(uri)?.state;
  }

  /** Lint a file that is not open (read from disk). Undefined when it is not a case document. */
  async stateFromDisk(uri: string): Promise<DocState | { error: string } | undefined> {
    let file: string;
    try {
      file = fileURLToPath(uri);
    } catch {
      return { error: 'not a file URI' };
    }
    const read = await readCaseFile(file);
    if ('problem' in read) return { error: read.problem.message };
    const text = read.text;
    if (!isCaseUri(uri, text, '')) return undefined;
    const env = await this.environment(uri);
    if (!env.settings.enable) return undefined;
    return this.lintText(uri, 0, text, env, TextDocument.create(uri, 'yaml', 0, text));
  }

  /**
   * The one place that lints. `previous` is the last lint of the same open
   * document (an older version, or the same version under older settings),
   * when there is one; a file read from disk has none.
   */
  private lintText(uri: string, version: number, text: string, env: Environment, document: TextDocument, previous?: DocState): DocState {
    let longest = text.length;
    for (const e of this.entries.values()) longest = Math.max(longest, e.document.getText().length);
    this.beforeLint(longest);
    const t0 = performance.now();
    // The previous lint's pieces are reused where the edit left them (core/incremental.ts), which takes its tree over.
    const result = lintIncremental(text, { config: env.config }, previous?.result);
    const exact = performance.now() - t0;
    const ms = Math.round(exact);
    this.onLint(uri, version, exact);
    for (const f of result.failures) this.log.error(`rule ${f.rule} failed on ${this.label(uri)}: ${describeError(f.error)}`);
    if (ms > 500) this.log.info(`linted ${this.label(uri)} v${version} in ${ms} ms: ${result.findings.length} finding(s)`);
    const state = new DocState(uri, version, document, result, env);
    state.lintMs = exact;
    return state;
  }

  private async environment(uri: string): Promise<Environment> {
    const settings = await this.settings(uri);
    const file = fsPath(uri);
    // A configuration file with problems gives the defaults here (never its valid part).
    const explicit = settings.configFile !== undefined ? this.resolveConfigFile(settings.configFile, file) : undefined;
    const resolved = file !== undefined || explicit !== undefined ? this.configs.forFile(file, explicit) : undefined;
    this.onConfig(uri, resolved);
    const config = mergeConfigs(resolved?.config, settingsLayer(settings));
    const env: Environment = { settings, config, kb: knowledgeBaseFor(config) };
    if (resolved?.source) env.configFile = resolved.source.file;
    const problem = resolved?.source?.problems[0];
    if (problem) env.configProblem = `line ${problem.line}: ${problem.message}`;
    return env;
  }

  /** When a document's diagnostics are wanted: `caselint.run` of its settings. */
  async runMode(uri: string): Promise<ServerSettings['run']> {
    return (await this.settings(uri)).run;
  }

  /** An absolute `caselint.configFile`, or one relative to the folder holding the document (the document's own folder outside any). */
  private resolveConfigFile(setting: string, file: string | undefined): string {
    if (path.isAbsolute(setting)) return setting;
    const root = file ? this.roots.filter((r) => file.startsWith(r + path.sep)).sort((a, b) => b.length - a.length)[0] : this.roots[0];
    return path.resolve(root ?? (file ? path.dirname(file) : process.cwd()), setting);
  }

  private settings(uri: string): Promise<ServerSettings> {
    let p = this.settingsCache.get(uri);
    if (!p) {
      p = this.settingsSource(uri).then(
        (raw) => normalizeSettings(raw),
        (error) => {
          this.log.warn(`settings for ${this.label(uri)} could not be read (${describeError(error)}); using defaults`);
          return DEFAULT_SETTINGS;
        },
      );
      this.settingsCache.set(uri, p);
    }
    return p;
  }
}

/** Fold `changes` (about to be applied to `document`) into what changed since the last lint. */
function editedSince(edited: Entry['edited'], changes: readonly TextDocumentContentChangeEvent[]): Entry['edited'] {
  let out = edited;
  for (const c of changes) {
    if (out === 'many') return out;
    if (!('range' in c) || !c.range) return 'many';
    const { start, end } = c.range;
    if (start.line !== end.line || /[\r\n]/.test(c.text)) return 'many';
    // The text it replaces has no line break either (same line, and a line holds none).
    if (out !== undefined && out.line !== start.line) return 'many';
    const column = Math.min(start.character, end.character, out?.column ?? Infinity);
    out = { line: start.line, column };
  }
  return out;
}

/** The first key of the path of the scalar at `offset` (undefined when there is none). */
function cursorPathHead(state: DocState, offset: number): string | undefined {
  const c = cursorAt(state.result.document, offset);
  const head = c.path[0];
  return typeof head === 'string' ? head : undefined;
}

export function fsPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export function isCaseUri(uri: string, text: string, languageId: string): boolean {
  if (languageId === CASE_LANGUAGE_ID) return true;
  let name = uri;
  try {
    name = decodeURIComponent(new URL(uri).pathname);
  } catch {
    // not a URL: use it as is
  }
  return isCaseDocument(path.posix.basename(name), text);
}
