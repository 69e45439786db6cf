import { spawn, type ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import type {
  ClientCapabilities,
  CodeAction,
  CodeActionContext,
  CompletionContext,
  CompletionItem,
  CompletionList,
  Diagnostic,
  Hover,
  InitializeResult,
  Position,
  PublishDiagnosticsParams,
  Range,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import { applyEdits as applyOffsetEdits, LineIndex } from '../../server/src/core/text';
import { repoRoot } from './paths';

/**
 * A small LSP client for protocol tests: spawns the bundled server
 * (`node bin/caselint-language-server.js --stdio`, so run `node esbuild.mjs`
 * first), initializes it, opens and changes documents, and waits for events
 * (never sleeps). Shared by the server, hover and completion tests.
 *
 *   const client = await LspClient.start();
 *   const uri = client.uri('john.case.yaml');
 *   const diags = await client.open(uri, text);           // waits for version 1's publish
 *   const hover = await client.hover(uri, { line: 3, character: 5 });
 *   await client.stop();
 */
export interface StartOptions {
  /** Settings served for workspace/configuration section `caselint`. */
  settings?: Record<string, unknown>;
  /** Replaces the default client capabilities (push diagnostics, hierarchical symbols, ...). */
  capabilities?: ClientCapabilities;
  /** The workspace folder (default: a fresh temporary folder). */
  rootPath?: string;
  /** Extra arguments for the server (default `--stdio`). */
  args?: string[];
  /** Sent as the initialize request's initializationOptions. */
  initializationOptions?: unknown;
}

export const SERVER_BIN = path.join(repoRoot, 'bin', 'caselint-language-server.js');

export const DEFAULT_CAPABILITIES: ClientCapabilities = {
  workspace: {
    configuration: true,
    applyEdit: true,
    workspaceEdit: { documentChanges: true },
    didChangeConfiguration: { dynamicRegistration: true },
    didChangeWatchedFiles: { dynamicRegistration: true },
    workspaceFolders: true,
  },
  textDocument: {
    synchronization: { dynamicRegistration: false, didSave: true },
    publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
    codeAction: {
      codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll', 'refactor'] } },
      isPreferredSupport: true,
      dataSupport: true,
    },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    foldingRange: { lineFoldingOnly: false },
    rename: { prepareSupport: true },
    inlayHint: {},
    codeLens: {},
    definition: {},
    references: {},
  },
};

/** Capabilities of a client that pulls diagnostics (LSP 3.17). */
export function pullCapabilities(): ClientCapabilities {
  const caps = JSON.parse(JSON.stringify(DEFAULT_CAPABILITIES)) as ClientCapabilities;
  caps.textDocument!.diagnostic = { dynamicRegistration: false, relatedDocumentSupport: false };
  caps.workspace!.diagnostics = { refreshSupport: true };
  return caps;
}

/** `$0` marks the cursor in test text (a `|` means something in YAML). */
export function withCursor(textWithMarker: string): { text: string; position: Position } {
  const at = textWithMarker.indexOf('$0');
  if (at < 0) throw new Error('no $0 cursor marker in the text');
  const text = textWithMarker.slice(0, at) + textWithMarker.slice(at + 2);
  const before = text.slice(0, at).split('\n');
  return { text, position: { line: before.length - 1, character: (before[before.length - 1] ?? '').length } };
}

/** Apply LSP text edits to a text (edits in original coordinates, non-overlapping). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const lines = new LineIndex(text);
  return applyOffsetEdits(
    text,
    edits.map((e) => ({ start: lines.offset(e.range.start), end: lines.offset(e.range.end), newText: e.newText })),
  );
}

/** The text edits a WorkspaceEdit makes to one document (`changes` or `documentChanges`). */
export function editsFor(edit: WorkspaceEdit | undefined, uri: string): TextEdit[] {
  if (!edit) return [];
  const out: TextEdit[] = [...(edit.changes?.[uri] ?? [])];
  for (const dc of edit.documentChanges ?? []) {
    if ('textDocument' in dc && dc.textDocument.uri === uri) out.push(...(dc.edits as TextEdit[]));
  }
  return out;
}

interface Waiter {
  uri: string;
  version: number | undefined;
  resolve: (p: PublishDiagnosticsParams) => void;
  reject: (e: Error) => void;
  timer: NodeJS.Timeout;
}

export class LspClient {
  /** Every publishDiagnostics notification, in arrival order. */
  readonly publishes: PublishDiagnosticsParams[] = [];
  /** Every window/logMessage (and window/showMessage) the server sent. */
  readonly logs: { type: number; message: string }[] = [];
  /** Every window/showMessage the server sent. */
  readonly shown: { type: number; message: string }[] = [];
  /** Every caselint/configStatus notification, in arrival order. */
  readonly configStatuses: { uri: string; configUri: string | null; problemCount: number }[] = [];
  /** Registrations the server asked for (client/registerCapability). */
  readonly registrations: { id: string; method: string; registerOptions?: unknown }[] = [];
  /** workspace/diagnostic/refresh requests received. */
  refreshes = 0;
  settings: Record<string, unknown>;
  initializeResult!: InitializeResult;
  readonly rootPath: string;
  private readonly ownRoot: boolean;
  private readonly versions = new Map<string, number>();
  private readonly texts = new Map<string, string>();
  private waiters: Waiter[] = [];
  private exited = false;
  private stderr = '';

  private constructor(
    readonly process: ChildProcess,
    readonly connection: MessageConnection,
    options: StartOptions,
  ) {
    this.settings = options.settings ?? {};
    this.ownRoot = options.rootPath === undefined;
    this.rootPath = options.rootPath ?? fs.mkdtempSync(path.join(os.tmpdir(), 'caselint-lsp-'));
  }

  static async start(options: StartOptions = {}): Promise<LspClient> {
    if (!fs.existsSync(path.join(repoRoot, 'dist', 'server.js'))) {
      throw new Error('dist/server.js is missing: run `node esbuild.mjs` first');
    }
    const child = spawn(process.execPath, [SERVER_BIN, ...(options.args ?? ['--stdio'])], {
      cwd: repoRoot,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const connection = createMessageConnection(
      new StreamMessageReader(child.stdout!),
      new StreamMessageWriter(child.stdin!),
    );
    const client = new LspClient(child, connection, options);
    child.stderr!.on('data', (d: Buffer) => { client.stderr += d.toString(); });
    child.on('exit', () => {
      client.exited = true;
      for (const w of client.waiters) w.reject(new Error(`the server exited while waiting for diagnostics of ${w.uri}\n${client.stderr}`));
      client.waiters = [];
    });
    client.wire();
    connection.listen();
    const caps = options.capabilities ?? DEFAULT_CAPABILITIES;
    const rootUri = pathToFileURL(client.rootPath).toString();
    client.initializeResult = await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: 'root' }],
      capabilities: caps,
      clientInfo: { name: 'caselint-test-client' },
      initializationOptions: options.initializationOptions,
    });
    await connection.sendNotification('initialized', {});
    return client;
  }

  private wire(): void {
    const c = this.connection;
    c.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.publishes.push(p);
      this.waiters = this.waiters.filter((w) => {
        if (w.uri !== p.uri) return true;
        if (w.version !== undefined && p.version !== w.version) return true;
        clearTimeout(w.timer);
        w.resolve(p);
        return false;
      });
    });
    c.onNotification('window/logMessage', (p: { type: number; message: string }) => { this.logs.push(p); });
    c.onNotification('window/showMessage', (p: { type: number; message: string }) => { this.logs.push(p); this.shown.push(p); });
    c.onNotification('caselint/configStatus', (p: { uri: string; configUri: string | null; problemCount: number }) => { this.configStatuses.push(p); });
    c.onNotification('$/logTrace', () => {});
    c.onNotification('telemetry/event', () => {});
    c.onRequest('workspace/configuration', (p: { items: { scopeUri?: string; section?: string }[] }) =>
      p.items.map((item) => (item.section === 'caselint' || item.section === undefined ? this.settings : null)),
    );
    c.onRequest('client/registerCapability', (p: { registrations: { id: string; method: string; registerOptions?: unknown }[] }) => {
      this.registrations.push(...p.registrations);
      return null;
    });
    c.onRequest('client/unregisterCapability', () => null);
    c.onRequest('workspace/diagnostic/refresh', () => { this.refreshes++; return null; });
    c.onRequest('window/workDoneProgress/create', () => null);
    c.onRequest('workspace/workspaceFolders', () => [{ uri: pathToFileURL(this.rootPath).toString(), name: 'root' }]);
  }

  /** A file URI in the workspace folder. */
  uri(relative: string): string {
    return pathToFileURL(path.join(this.rootPath, relative)).toString();
  }

  /** Write a file in the workspace folder (e.g. a `.caselintrc.yaml`); returns its URI. */
  writeFile(relative: string, text: string): string {
    const file = path.join(this.rootPath, relative);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    return pathToFileURL(file).toString();
  }

  text(uri: string): string | undefined {
    return this.texts.get(uri);
  }

  version(uri: string): number | undefined {
    return this.versions.get(uri);
  }

  /**
   * Wait for the next publishDiagnostics of `uri` (with that version, when
   * given). Register the wait before sending what triggers it.
   */
  waitForDiagnostics(uri: string, version?: number, timeoutMs = 10000): Promise<PublishDiagnosticsParams> {
    if (this.exited) return Promise.reject(new Error(`the server has exited\n${this.stderr}`));
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w.timer !== timer);
        reject(new Error(`no diagnostics for ${uri}${version !== undefined ? ` version ${version}` : ''} within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiters.push({ uri, version, resolve, reject, timer });
    });
  }

  /**
   * Serve new editor settings, tell the server they changed, and wait for the
   * diagnostics it publishes again for the open document `uri` (push mode).
   */
  async changeSettings(settings: Record<string, unknown>, uri: string): Promise<Diagnostic[]> {
    this.settings = settings;
    const wait = this.waitForDiagnostics(uri, this.version(uri));
    this.notify('workspace/didChangeConfiguration', { settings: { caselint: settings } });
    return (await wait).diagnostics;
  }

  /** Open a document and wait for the diagnostics of this version (push mode). */
  async open(uri: string, text: string, version = 1, languageId = 'yaml'): Promise<Diagnostic[]> {
    const wait = this.waitForDiagnostics(uri, version);
    this.openNoWait(uri, text, version, languageId);
    return (await wait).diagnostics;
  }

  openNoWait(uri: string, text: string, version = 1, languageId = 'yaml'): void {
    this.versions.set(uri, version);
    this.texts.set(uri, text);
    void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  /** Replace the whole text (version + 1) and wait for its diagnostics (push mode). */
  async change(uri: string, text: string): Promise<Diagnostic[]> {
    const version = (this.versions.get(uri) ?? 0) + 1;
    const wait = this.waitForDiagnostics(uri, version);
    this.changeNoWait(uri, text);
    return (await wait).diagnostics;
  }

  /** Send a change without waiting; returns the new version. */
  changeNoWait(uri: string, text: string): number {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    this.texts.set(uri, text);
    void this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ text }],
    });
    return version;
  }

  /** An incremental change; returns the new version. */
  editNoWait(uri: string, range: Range, newText: string): number {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    this.texts.set(uri, applyEdits(this.texts.get(uri) ?? '', [{ range, newText }]));
    void this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range, text: newText }],
    });
    return version;
  }

  close(uri: string): void {
    this.versions.delete(uri);
    this.texts.delete(uri);
    void this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  notify(method: string, params: unknown): void {
    void this.connection.sendNotification(method, params);
  }

  hover(uri: string, position: Position): Promise<Hover | null> {
    return this.request('textDocument/hover', { textDocument: { uri }, position });
  }

  async completion(uri: string, position: Position, context?: CompletionContext): Promise<CompletionItem[]> {
    const r = await this.request<CompletionList | CompletionItem[] | null>('textDocument/completion', { textDocument: { uri }, position, context });
    if (!r) return [];
    return Array.isArray(r) ? r : r.items;
  }

  codeActions(uri: string, range: Range, context: Partial<CodeActionContext> = {}): Promise<CodeAction[]> {
    return this.request<CodeAction[] | null>('textDocument/codeAction', {
      textDocument: { uri },
      range,
      context: { diagnostics: [], ...context },
    }).then((r) => r ?? []);
  }

  /** The text of `uri` after applying `edit` (does not send a change). */
  applied(uri: string, edit: WorkspaceEdit | undefined): string {
    return applyEdits(this.texts.get(uri) ?? '', editsFor(edit, uri));
  }

  /** The server's stderr so far (for failure messages). */
  get serverStderr(): string {
    return this.stderr;
  }

  get hasExited(): boolean {
    return this.exited;
  }

  async stop(): Promise<void> {
    if (!this.exited) {
      try {
        await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
        void this.connection.sendNotification('exit');
      } catch {
        // already gone
      }
      await new Promise<void>((resolve) => {
        if (this.exited) return resolve();
        const t = setTimeout(() => { this.process.kill(); resolve(); }, 2000);
        this.process.once('exit', () => { clearTimeout(t); resolve(); });
      });
    }
    this.connection.dispose();
    for (const w of this.waiters) clearTimeout(w.timer);
    this.waiters = [];
    if (this.ownRoot && !process.env.CASELINT_KEEP_TMP) {
      fs.rmSync(this.rootPath, { recursive: true, force: true });
    }
  }
}
