import {
  DidChangeConfigurationNotification,
  LSPErrorCodes,
  ResponseError,
  type CancellationToken,
  type Range,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  MessageType,
  ShowMessageNotification,
  type ClientCapabilities,
  type CodeAction,
  type CodeActionParams,
  type CodeLens,
  type CodeLensParams,
  type CompletionList,
  type CompletionParams,
  type Connection,
  type DefinitionParams,
  type DidChangeConfigurationParams,
  type DidChangeTextDocumentParams,
  type DidChangeWatchedFilesParams,
  type DidCloseTextDocumentParams,
  type DidOpenTextDocumentParams,
  type DidSaveTextDocumentParams,
  type DocumentDiagnosticParams,
  type DocumentDiagnosticReport,
  type DocumentLink,
  type DocumentLinkParams,
  type SemanticTokens,
  type SemanticTokensParams,
  type DocumentSymbol,
  type DocumentSymbolParams,
  type FoldingRange,
  type FoldingRangeParams,
  type Hover,
  type HoverParams,
  type InlayHint,
  type InlayHintParams,
  type Location,
  type PrepareRenameParams,
  type PrepareRenameResult,
  type ReferenceParams,
  type RenameParams,
  type SymbolInformation,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import * as path from 'path';
import { adequacyMarkdown, initConfigText, INIT_CONFIG_FILE_NAME } from '../core';
import { clientPullsDiagnostics } from './capabilities';
import { disableLineWithReason, provideCodeActions } from './codeActions';
import { provideCompletion } from './completion';
import { ConfigResolver, isConfigFileName } from '../node';
import { ConfigReporter } from './configStatus';
import { clampPosition } from './convert';
import { diagnosticsOf, RuleDocs, type ServerDocsOptions } from './diagnostics';
import { provideDocumentLinks } from './documentLinks';
import { provideFoldingRanges } from './folding';
import { provideSemanticTokens } from './semanticTokens';
import { provideHover } from './hover';
import { IdleWarmUp } from './idleWarmUp';
import { adequacySummary, provideCodeLenses, provideInlayHints } from './adequacy';
import type { Logger } from './log';
import { provideDefinition, providePrepareRename, provideReferences, provideRename } from './navigation';
import { flatSymbols, provideDocumentSymbols } from './outline';
import type { AdequacySummaryParams, AdequacySummaryResult, ConfigStatusParams, LintFileResult, LintFilesParams, LintFilesResult, RenderPageParams, RenderPageResult } from '../protocol';
import { CONFIG_FILE_GLOB, CONFIG_STATUS_METHOD } from '../protocol';
import { renderPage } from './pages';
import type { CaselintInitializationOptions, CreateConfigResult, DisableLineParams, DisableLineResult, StatusParams, StatusResult } from '../protocol';
import { CANCELLED, LintScheduler, SUPERSEDED } from './scheduler';
import type { DocState } from './state';
import { statusOf } from './status';
import { Workspace, fsPath, type LintObserver } from './workspace';

const MAX_LINT_FILES = 5000;

export interface ServerOptions extends ServerDocsOptions {
  /** The client's initializationOptions (CaselintInitializationOptions), unchecked. */
  initializationOptions?: unknown;
  /** The workspace folders' paths (for a relative `caselint.configFile`). */
  roots?: string[];
  /** Told of every lint (tests count them). */
  onLint?: LintObserver;
  /** Told before each lint the length of the longest open text (the process sizes V8's young generation by it: memory.ts). */
  beforeLint?: (longestOpenText: number) => void;
  /** Lint an invented case while the client is quiet after `initialized` (idleWarmUp.ts); main.ts turns it on, tests built in process leave it off. */
  idleWarmUp?: boolean;
}

/** A quick answer was not possible (see `CaselintServer.quick`). */
const NO_QUICK = Symbol('no quick answer');

/**
 * The language server's behaviour, one method per LSP message. It adapts
 * the engine (server/src/core) to the protocol; main.ts only wires these
 * methods to the connection. Every method tolerates malformed params.
 */
export class CaselintServer {
  private globalSettings: unknown = {};
  private readonly workspace: Workspace;
  private readonly configs = new ConfigResolver();
  private readonly configReporter: ConfigReporter;
  /** When documents are linted; it also publishes in push mode (a client that pulls gets each version's diagnostics when it asks). */
  private readonly scheduler: LintScheduler;
  private readonly docs: RuleDocs;
  private readonly disableWithReason: boolean;
  /** Lints an invented case until the client's first message after `initialized`. */
  private readonly warmUp?: IdleWarmUp;

  constructor(
    private readonly connection: Connection,
    private readonly log: Logger,
    options: ServerOptions,
    /** What the client said it can do (initialize params). */
    private readonly capabilities: ClientCapabilities,
  ) {
    this.docs = new RuleDocs(options);
    // Config problems are pushed in pull mode too: clients pull only case documents.
    this.configReporter = new ConfigReporter(
      {
        publish: (uri, diagnostics) => void this.connection.sendDiagnostics({ uri, diagnostics }),
        // A notification (showWarningMessage would be a request the client may not answer).
        warn: (message) =>
          void this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message }).catch(() => undefined),
        status: (p: ConfigStatusParams) => void this.connection.sendNotification(CONFIG_STATUS_METHOD, p).catch(() => undefined),
      },
      log,
    );
    this.workspace = new Workspace(
      (uri) => this.fetchSettings(uri),
      this.configs,
      log,
      (uri, resolved) => this.configReporter.applied(uri, resolved, this.workspace.document(uri) !== undefined),
      options.onLint,
      options.beforeLint,
    );
    const init = options.initializationOptions as CaselintInitializationOptions | undefined;
    this.disableWithReason = typeof init === 'object' && init !== null && init.disableLineWithReason === true;
    this.workspace.roots = options.roots ?? [];
    this.scheduler = new LintScheduler(
      this.workspace,
      clientPullsDiagnostics(capabilities) ? undefined : (uri, version, diagnostics) => void this.connection.sendDiagnostics({ uri, version, diagnostics }),
      this.docs,
      log,
    );
    if (options.idleWarmUp === true) {
      this.warmUp = new IdleWarmUp(this.docs, (s) => log.info(`warmed up while idle: ${s.steps} step(s), ${s.ms.toFixed(0)} ms`));
    }
  }

  /** A message other than `initialized` is handled: the idle warm-up stops for good. */
  stopWarmUp(): void {
    this.warmUp?.stop();
  }

  /** Bytes arrived from the client (main.ts): a started warm-up stops at once, before the message is even queued. */
  interruptWarmUp(): void {
    this.warmUp?.interrupt();
  }

  /** How the log names a document ("document #3"). */
  label(uri: string): string {
    return this.workspace.label(uri);
  }

  /** The connection handled a message (main.ts calls this for every message, before its handler). */
  noteMessage(): void {
    this.scheduler.noteMessage();
  }

  initialized = async (): Promise<void> => {
    const ws = this.capabilities.workspace;
    if (ws?.didChangeConfiguration?.dynamicRegistration) {
      await this.connection.client.register(DidChangeConfigurationNotification.type, { section: 'caselint' });
    }
    if (ws?.didChangeWatchedFiles?.dynamicRegistration) {
      await this.connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: CONFIG_FILE_GLOB }],
      });
    }
    this.warmUp?.start();
  };

  // ---- documents -------------------------------------------------------

  didOpen = (params: DidOpenTextDocumentParams): void => {
    const d = params?.textDocument;
    if (!d || typeof d.uri !== 'string' || typeof d.text !== 'string') return;
    this.workspace.open(d.uri, String(d.languageId ?? ''), Number.isFinite(d.version) ? d.version : 0, d.text);
    this.scheduler.changed(d.uri);
    this.scheduler.schedule(d.uri);
  };

  didChange = (params: DidChangeTextDocumentParams): void => {
    const uri = params?.textDocument?.uri;
    if (typeof uri !== 'string' || !Array.isArray(params.contentChanges)) return;
    const changes = params.contentChanges.filter((c) => c && typeof c.text === 'string');
    const version = Number.isFinite(params.textDocument.version) ? params.textDocument.version : (this.workspace.document(uri)?.version ?? 0) + 1;
    if (!this.workspace.change(uri, version, changes)) return;
    this.scheduler.changed(uri);
    if (!this.scheduler.pushes) return;
    // `caselint.run: onSave`: pushed diagnostics wait for didSave (the VS Code client, which pulls, filters itself).
    void this.workspace.runMode(uri).then((mode) => {
      if (mode === 'onType') this.scheduler.schedule(uri);
    });
  };

  didSave = (params: DidSaveTextDocumentParams): void => {
    const uri = params?.textDocument?.uri;
    if (typeof uri === 'string' && this.workspace.document(uri)) this.scheduler.schedule(uri);
  };

  didClose = (params: DidCloseTextDocumentParams): void => {
    const uri = params?.textDocument?.uri;
    if (typeof uri !== 'string') return;
    this.workspace.close(uri);
    this.scheduler.clear(uri);
    this.configReporter.closed(uri);
  };

  didChangeConfiguration = (params: DidChangeConfigurationParams): void => {
    const settings = params?.settings as { caselint?: unknown } | undefined;
    if (settings && typeof settings === 'object' && 'caselint' in settings) this.globalSettings = settings.caselint;
    this.workspace.invalidateSettings();
    this.relintAll();
  };

  didChangeWatchedFiles = (params: DidChangeWatchedFilesParams): void => {
    const changes = Array.isArray(params?.changes) ? params.changes : [];
    const uris = changes.map((c) => c?.uri).filter((u): u is string => typeof u === 'string' && isConfigFileName(fsPath(u) ?? u));
    if (uris.length === 0) return;
    this.log.info(`configuration file changed; checking ${this.workspace.uris().length} open document(s) again`);
    const files = uris.map(fsPath);
    const known = files.filter((f): f is string => f !== undefined);
    this.workspace.invalidateConfig(known.length === files.length ? known : undefined);
    // A file shown broken is read again now, so its diagnostics clear even when no open document uses it.
    for (const f of known) {
      if (!this.configReporter.isShown(f)) continue;
      const file = this.configs.loadIfPresent(f);
      if (file) this.configReporter.fileRead(file);
      else this.configReporter.fileGone(f);
    }
    this.relintAll();
  };

  private relintAll(): void {
    if (this.scheduler.pushes) this.scheduler.scheduleAll();
    else if (this.capabilities.workspace?.diagnostics?.refreshSupport) void this.connection.languages.diagnostics.refresh();
    if (this.capabilities.workspace?.inlayHint?.refreshSupport) void this.connection.languages.inlayHint.refresh();
    if (this.capabilities.workspace?.codeLens?.refreshSupport) void this.connection.sendRequest('workspace/codeLens/refresh');
  }

  private async fetchSettings(uri: string): Promise<unknown> {
    if (this.capabilities.workspace?.configuration) {
      return this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'caselint' });
    }
    return this.globalSettings;
  }

  /**
   * The lint of the version a request was made on, once the scheduler has
   * done it (coalesced with every other request and change). A change that
   * overtakes that version first answers ContentModified (the editor asks
   * again for the new text); a cancelled request, RequestCancelled. `urgent`:
   * the user waits for this answer (the scheduler does not hold it for a
   * typing pause).
   */
  private async current(uri: unknown, token: CancellationToken | undefined, urgent = false): Promise<DocState | undefined> {
    if (typeof uri !== 'string') return undefined;
    const s = await this.scheduler.settled(uri, { urgent, token });
    if (s === SUPERSEDED) throw new ResponseError(LSPErrorCodes.ContentModified, 'The document changed before the answer was ready.');
    if (s === CANCELLED) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'The request was cancelled.');
    return s;
  }

  /** The lint of the document's newest version (commands, pages, files: they answer for the newest text). */
  private async newest(uri: unknown, token?: CancellationToken): Promise<DocState | undefined> {
    if (typeof uri !== 'string') return undefined;
    for (let i = 0; i < 3; i++) {
      const s = await this.scheduler.settled(uri, { urgent: true, token });
      if (s === CANCELLED) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'The request was cancelled.');
      if (s !== SUPERSEDED) return s;
    }
    return this.workspace.state(uri);
  }

  /**
   * Hover and completion without waiting for a lint: from the current
   * version's lint when it is done, else from the last lint when it answers
   * exactly as a lint of the current text would (`Workspace.reusable`) and
   * no range of the answer touches the edited line. NO_QUICK otherwise.
   */
  private quick<R>(uri: string, position: { line: number; character: number }, answer: (s: DocState) => R, ranges: (r: R) => Range[]): R | typeof NO_QUICK {
    const fresh = this.workspace.fresh(uri);
    if (fresh) return answer(fresh);
    const reuse = this.workspace.reusable(uri, position);
    if (!reuse) return NO_QUICK;
    const out = answer(reuse.state);
    if (ranges(out).some((r) => r.start.line <= reuse.editedLine && r.end.line >= reuse.editedLine)) return NO_QUICK;
    return out;
  }

  // ---- requests --------------------------------------------------------

  diagnostic = async (params: DocumentDiagnosticParams, token?: CancellationToken): Promise<DocumentDiagnosticReport> => {
    const uri = params?.textDocument?.uri;
    let state: DocState | undefined;
    if (typeof uri === 'string') {
      const s = await this.scheduler.settled(uri, { token });
      // LSP 3.17: a pull the server gives up on answers ServerCancelled; the client asks again for the new text.
      if (s === SUPERSEDED) throw new ResponseError(LSPErrorCodes.ServerCancelled, 'The document changed before its diagnostics were ready.', { retriggerRequest: true });
      if (s === CANCELLED) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'The request was cancelled.');
      state = s;
    }
    if (!state && typeof uri === 'string' && !this.workspace.document(uri)) {
      const fromDisk = await this.workspace.stateFromDisk(uri);
      if (fromDisk && 'result' in fromDisk) state = fromDisk;
    }
    if (!state) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    const resultId = `${state.version}:${this.workspace.generation}`;
    if (params.previousResultId === resultId && this.workspace.document(state.uri)) {
      return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
    }
    return { kind: DocumentDiagnosticReportKind.Full, resultId, items: diagnosticsOf(state, this.docs) };
  };

  hover = async (params: HoverParams, token?: CancellationToken): Promise<Hover | null> => {
    const uri = params?.textDocument?.uri;
    if (typeof uri !== 'string') return null;
    const position = clampPosition(params.position);
    const quick = this.quick(uri, position, (s) => provideHover(s, position), (h) => (h?.range ? [h.range] : []));
    if (quick !== NO_QUICK) return quick;
    const state = await this.current(uri, token, true);
    return state ? provideHover(state, position) : null;
  };

  completion = async (params: CompletionParams, token?: CancellationToken): Promise<CompletionList> => {
    const uri = params?.textDocument?.uri;
    if (typeof uri !== 'string') return { isIncomplete: false, items: [] };
    const position = clampPosition(params.position);
    const quick = this.quick(uri, position, (s) => provideCompletion(s, position, params.context), completionRanges);
    if (quick !== NO_QUICK) return quick;
    const state = await this.current(uri, token, true);
    if (!state) return { isIncomplete: false, items: [] };
    return provideCompletion(state, position, params.context);
  };

  codeAction = async (params: CodeActionParams, token?: CancellationToken): Promise<CodeAction[]> => {
    const state = await this.current(params?.textDocument?.uri, token);
    if (!state || !params.range) return [];
    const range = { start: clampPosition(params.range.start), end: clampPosition(params.range.end) };
    return provideCodeActions(state, { ...params, range }, {
      docs: this.docs,
      documentChanges: this.capabilities.workspace?.workspaceEdit?.documentChanges === true,
      disableWithReason: this.disableWithReason,
    });
  };

  // ---- editor features (lsp/status.ts, codeActions.ts, core/init.ts) ----

  status = async (params: StatusParams, token?: CancellationToken): Promise<StatusResult> => {
    // The status bar shows the newest version's (an error would blank it while typing).
    const state = await this.newest(params?.uri, token);
    return state ? statusOf(state) : null;
  };

  disableLine = async (params: DisableLineParams, token?: CancellationToken): Promise<DisableLineResult> => {
    const state = await this.newest(params?.uri, token);
    if (!state || typeof params.rule !== 'string' || typeof params.line !== 'number') return null;
    const reason = typeof params.reason === 'string' ? params.reason : undefined;
    return disableLineWithReason(state, params.line, params.rule, reason, {
      documentChanges: this.capabilities.workspace?.workspaceEdit?.documentChanges === true,
    });
  };

  documentLinks = async (params: DocumentLinkParams, token?: CancellationToken): Promise<DocumentLink[]> => {
    const state = await this.current(params?.textDocument?.uri, token);
    return state ? provideDocumentLinks(state) : [];
  };

  semanticTokens = async (params: SemanticTokensParams, token?: CancellationToken): Promise<SemanticTokens> => {
    const state = await this.current(params?.textDocument?.uri, token);
    return { data: state ? provideSemanticTokens(state) : [] };
  };

  createConfig = (): CreateConfigResult => ({ fileName: INIT_CONFIG_FILE_NAME, text: initConfigText() });

  documentSymbol = async (params: DocumentSymbolParams, token?: CancellationToken): Promise<DocumentSymbol[] | SymbolInformation[]> => {
    const state = await this.current(params?.textDocument?.uri, token);
    if (!state) return [];
    return this.capabilities.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport
      ? provideDocumentSymbols(state)
      : flatSymbols(state);
  };

  foldingRanges = async (params: FoldingRangeParams, token?: CancellationToken): Promise<FoldingRange[]> => {
    const state = await this.current(params?.textDocument?.uri, token);
    return state ? provideFoldingRanges(state) : [];
  };

  definition = async (params: DefinitionParams, token?: CancellationToken): Promise<Location[] | null> => {
    const state = await this.current(params?.textDocument?.uri, token, true);
    return state ? provideDefinition(state, clampPosition(params.position)) : null;
  };

  references = async (params: ReferenceParams, token?: CancellationToken): Promise<Location[] | null> => {
    const state = await this.current(params?.textDocument?.uri, token, true);
    return state ? provideReferences(state, clampPosition(params.position), params.context?.includeDeclaration !== false) : null;
  };

  prepareRename = async (params: PrepareRenameParams, token?: CancellationToken): Promise<PrepareRenameResult | null> => {
    const state = await this.current(params?.textDocument?.uri, token, true);
    return state ? providePrepareRename(state, clampPosition(params.position)) : null;
  };

  rename = async (params: RenameParams, token?: CancellationToken): Promise<WorkspaceEdit | null> => {
    const state = await this.current(params?.textDocument?.uri, token, true);
    if (!state) return null;
    const documentChanges = this.capabilities.workspace?.workspaceEdit?.documentChanges === true;
    return provideRename(state, clampPosition(params.position), params.newName, documentChanges);
  };

  inlayHints = async (params: InlayHintParams, token?: CancellationToken): Promise<InlayHint[]> => {
    const state = await this.current(params?.textDocument?.uri, token);
    if (!state || !params.range) return [];
    return provideInlayHints(state, { start: clampPosition(params.range.start), end: clampPosition(params.range.end) });
  };

  codeLens = async (params: CodeLensParams, token?: CancellationToken): Promise<CodeLens[]> => {
    const state = await this.current(params?.textDocument?.uri, token);
    return state ? provideCodeLenses(state) : [];
  };

  adequacySummary = async (params: AdequacySummaryParams, token?: CancellationToken): Promise<AdequacySummaryResult> => {
    const uri = params?.uri;
    if (typeof uri !== 'string') return null;
    let state = await this.newest(uri, token);
    if (!state && !this.workspace.document(uri)) {
      const fromDisk = await this.workspace.stateFromDisk(uri);
      if (fromDisk && 'result' in fromDisk) state = fromDisk;
    }
    const summary = state ? adequacySummary(state) : undefined;
    if (!state || !summary) return null;
    return { ...summary, markdown: adequacyMarkdown(summary, uriBaseName(state.uri)) };
  };

  renderPage = async (params: RenderPageParams, token?: CancellationToken): Promise<RenderPageResult> => {
    const uri = params?.uri;
    const kind = params?.kind;
    if (typeof uri !== 'string' || (kind !== 'report' && kind !== 'preview')) return null;
    let state = await this.newest(uri, token);
    if (!state && !this.workspace.document(uri)) {
      const fromDisk = await this.workspace.stateFromDisk(uri);
      if (fromDisk && 'result' in fromDisk) state = fromDisk;
    }
    return state ? renderPage(state, kind, uriBaseName(state.uri)) : null;
  };

  lintFiles = async (params: LintFilesParams): Promise<LintFilesResult> => {
    const uris = Array.isArray(params?.uris) ? params.uris.filter((u): u is string => typeof u === 'string') : [];
    const files: LintFileResult[] = [];
    for (const uri of uris.slice(0, MAX_LINT_FILES)) {
      if (this.workspace.document(uri)) {
        const state = await this.newest(uri);
        files.push(state ? { uri, diagnostics: diagnosticsOf(state, this.docs) } : { uri, diagnostics: [], skipped: true });
        continue;
      }
      const r = await this.workspace.stateFromDisk(uri);
      if (!r) files.push({ uri, diagnostics: [], skipped: true });
      else if ('error' in r) files.push({ uri, diagnostics: [], error: r.error });
      else files.push({ uri, diagnostics: diagnosticsOf(r, this.docs) });
    }
    this.log.info(`linted ${files.length} file(s) on request`);
    return { files };
  };
}

/** The ranges a completion list's edits cover. */
function completionRanges(list: CompletionList): Range[] {
  const out: Range[] = [];
  for (const item of list.items) {
    const edit = item.textEdit;
    if (edit && 'range' in edit) out.push(edit.range);
    else if (edit) out.push(edit.insert, edit.replace);
    for (const e of item.additionalTextEdits ?? []) out.push(e.range);
  }
  return out;
}

/** The file name a URI ends in, decoded ("case" when it has none). */
function uriBaseName(uri: string): string {
  try {
    return decodeURIComponent(path.posix.basename(new URL(uri).pathname)) || 'case';
  } catch {
    return 'case';
  }
}
