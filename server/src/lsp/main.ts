// The language server (bundled to dist/lsp.js, which dist/server.js loads with
// V8's code cache: lsp/load.ts): pure wiring. `main` is the entry point;
// `--stdio` or `--node-ipc` picks the transport (createConnection reads argv;
// over stdio the server writes each message in one frame: frameWriter.ts).
// The engine loads right after the initialize answer, not before it.
import * as path from 'path';
import * as v8 from 'v8';
import { fileURLToPath } from 'url';
import { createConnection, LSPErrorCodes, ProposedFeatures, type CancellationToken, type ClientCapabilities, type ConnectionOptions, type MessageReader, type InitializeParams, type Message, type RequestMessage, type ResponseMessage } from 'vscode-languageserver/node';
import { repository, version } from '../../../package.json';
import { checkServerArgs } from './args';
import { initializeResult } from './capabilities';
import { CREATE_CONFIG_METHOD, DISABLE_LINE_METHOD, STATUS_METHOD } from '../protocol';
import { guard, type Logger } from './log';
import { fitYoungGeneration } from './memory';
import { FrameWriter, routeConsole } from './frameWriter';
import type { CaselintServer } from './server';

/** The build's warm-up for the code cache (warmUp.ts), loaded only when called, as the engine is. */
export function warmUp(texts: readonly string[]): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports, @typescript-eslint/consistent-type-imports
  (require('./warmUp') as typeof import('./warmUp')).warmUp(texts);
}

/**
 * Run `fn` once the answer to the request being handled is written. The
 * library's stream writer (--socket, --pipe; stdio's too, before
 * frameWriter.ts) writes each message from a setImmediate of its own (its
 * write lock, vscode-jsonrpc's semaphore), queued when the handler returns;
 * a setImmediate queued inside the handler runs first, and loading the
 * engine there held the initialize answer back by the whole load (about
 * 35 ms). One more turn of the event loop puts `fn` after the write. (The
 * stdio and IPC writers write at once.)
 */
export function afterAnswer(fn: () => void): void {
  setImmediate(() => setImmediate(fn));
}

/** Run the server as `caselint-language-server` with these arguments (process.argv after the script). */
export function main(argv: readonly string[]): void {
  // The yaml parser reads `process.env.LOG_TOKENS` once per token (about 20,000
  // times for 3,000 lines); each read of the live environment is a native
  // getenv. The server never changes its own environment, so a plain copy
  // answers every read the same, several milliseconds per lint faster.
  process.env = { ...process.env };

  // Each lint allocates about 15 times the size of the tree it keeps (the yaml
  // library's tokens and nodes); V8's default heap growth lets that garbage,
  // once promoted, pile up to well over 100 MB before a full collection.
  // Growing the old generation by 10% over what survived a full collection
  // keeps the peak near what is live without slowing edits (measured with
  // `npm run bench:lsp`). This flag is read at every collection, so setting it
  // here, after start-up, takes effect.
  v8.setFlagsFromString('--heap-growing-percent=10');

  // The young generation stays at its initial size until a long text is
  // opened (memory.ts; before every lint the workspace tells it the longest text open). Set
  // here, at start, for every launch: the bin for stdio clients and the VS
  // Code client's IPC module alike. The start-up flag --max-semi-space-size
  // would be read only when the heap is created.
  fitYoungGeneration(0);

  // A regular expression first runs in V8's regexp interpreter and is compiled
  // to machine code on its second run. The PHI detectors' expressions all run
  // many times per lint, so that first step is only start-up cost: compiling
  // them at once shortens the first lint after start (read when each is compiled).
  v8.setFlagsFromString('--no-regexp-tier-up');

  // --version, --help and unknown options are answered before any connection exists.
  const args = checkServerArgs(argv, version);
  if (args.run) start();
  else {
    if (args.stdout) process.stdout.write(args.stdout);
    if (args.stderr) process.stderr.write(args.stderr);
    process.exitCode = args.exitCode;
  }
}

function start(): void {
  let server: CaselintServer | undefined;
  const strategies: ConnectionOptions = {
    // Every message the connection handles is counted: the scheduler lints only once all those already read are handled.
    messageStrategy: {
      handleMessage: (message, next) => {
        server?.noteMessage();
        return next(message);
      },
    },
    // A request cancelled before it was handled is answered RequestCancelled and never started.
    connectionStrategy: {
      cancelUndispatched: (message: Message): ResponseMessage => ({
        jsonrpc: '2.0',
        id: (message as RequestMessage).id,
        error: { code: LSPErrorCodes.RequestCancelled, message: 'The request was cancelled.' },
      }),
    },
  };
  // Over stdio, each message goes out in one write (frameWriter.ts). stdin stays the library's to read:
  // given the stream itself, it exits the process when stdin ends or closes. (It wraps a stream that is
  // no reader; its typings pair only two streams or two readers/writers.) Other transports come from argv.
  const stdio = process.argv.includes('--stdio');
  const connection = stdio
    ? createConnection(ProposedFeatures.all, process.stdin as unknown as MessageReader, new FrameWriter(process.stdout), strategies)
    : createConnection(ProposedFeatures.all, strategies);
  if (stdio) routeConsole(connection.console);
  const log: Logger = {
    info: (m) => connection.console.info(m),
    warn: (m) => connection.console.warn(m),
    error: (m) => connection.console.error(m),
  };
  let capabilities: ClientCapabilities = {};
  let initializationOptions: unknown;
  let roots: string[] = [];
  // CASELINT_LOG_LINTS=1: one log line per lint (document number, version, time), e.g. to count lints while typing.
  const onLint = process.env.CASELINT_LOG_LINTS === '1'
    ? (uri: string, v: number, ms: number) => log.info(`lint ${server?.label(uri) ?? 'a document'} v${v} ${ms.toFixed(1)} ms`)
    : undefined;
  const s = (): CaselintServer =>
    // dist/server.js -> the package root (its rule pages are at docsPath(id) below it)
    // Loaded on first use, after the initialize answer, so the engine's start-up never delays it.
    // eslint-disable-next-line @typescript-eslint/no-require-imports, @typescript-eslint/consistent-type-imports
    (server ??= new (require('./server') as typeof import('./server')).CaselintServer(
      connection, log, { packageRoot: path.join(__dirname, '..'), version, repository, initializationOptions, roots, onLint, beforeLint: fitYoungGeneration, idleWarmUp: true }, capabilities));
  const g = <P, R>(name: string, method: (srv: CaselintServer) => (p: P, token?: CancellationToken) => R | Promise<R>, fallback: R) =>
    guard(log, name, (p: P, token?: CancellationToken) => {
      const srv = s();
      if (name !== 'initialized') srv.stopWarmUp();
      return method(srv)(p, token);
    }, fallback);

  connection.onInitialize((params) => {
    capabilities = params?.capabilities ?? {};
    initializationOptions = params?.initializationOptions;
    roots = folderPaths(params);
    afterAnswer(() => s());
    return initializeResult(capabilities, version);
  });
  connection.onInitialized(g('initialized', (x) => x.initialized, undefined));
  connection.onDidOpenTextDocument(g('didOpen', (x) => x.didOpen, undefined));
  connection.onDidChangeTextDocument(g('didChange', (x) => x.didChange, undefined));
  connection.onDidSaveTextDocument(g('didSave', (x) => x.didSave, undefined));
  connection.onDidCloseTextDocument(g('didClose', (x) => x.didClose, undefined));
  connection.onDidChangeConfiguration(g('didChangeConfiguration', (x) => x.didChangeConfiguration, undefined));
  connection.onDidChangeWatchedFiles(g('didChangeWatchedFiles', (x) => x.didChangeWatchedFiles, undefined));
  connection.languages.diagnostics.on(g('diagnostic', (x) => x.diagnostic, { kind: 'full', items: [] }));
  connection.onHover(g('hover', (x) => x.hover, null));
  connection.onCompletion(g('completion', (x) => x.completion, { isIncomplete: false, items: [] }));
  connection.onCodeAction(g('codeAction', (x) => x.codeAction, []));
  connection.onDocumentSymbol(g('documentSymbol', (x) => x.documentSymbol, []));
  connection.onFoldingRanges(g('foldingRanges', (x) => x.foldingRanges, []));
  connection.onDefinition(g('definition', (x) => x.definition, null));
  connection.onReferences(g('references', (x) => x.references, null));
  connection.onPrepareRename(g('prepareRename', (x) => x.prepareRename, null));
  connection.onRenameRequest(g('rename', (x) => x.rename, null));
  connection.languages.inlayHint.on(g('inlayHints', (x) => x.inlayHints, []));
  connection.onCodeLens(g('codeLens', (x) => x.codeLens, []));
  connection.onRequest('caselint/adequacySummary', g('adequacySummary', (x) => x.adequacySummary, null));
  connection.onRequest('caselint/renderPage', g('renderPage', (x) => x.renderPage, null));
  connection.onRequest('caselint/lintFiles', g('lintFiles', (x) => x.lintFiles, { files: [] }));
  connection.onDocumentLinks(g('documentLinks', (x) => x.documentLinks, []));
  connection.languages.semanticTokens.on(g('semanticTokens', (x) => x.semanticTokens, { data: [] }));
  connection.onRequest(STATUS_METHOD, g('status', (x) => x.status, null));
  connection.onRequest(DISABLE_LINE_METHOD, g('disableLine', (x) => x.disableLine, null));
  connection.onRequest(CREATE_CONFIG_METHOD, g('createConfig', (x) => x.createConfig, null));
  connection.listen();
  // The idle warm-up (idleWarmUp.ts) stops when a message arrives, before the connection queues it.
  if (stdio) process.stdin.on('data', () => server?.interruptWarmUp());
  process.on('message', () => server?.interruptWarmUp());
}

/** The workspace folders (or the root) as file paths. */
function folderPaths(params: InitializeParams | undefined): string[] {
  const uris = Array.isArray(params?.workspaceFolders) ? params.workspaceFolders.map((f) => f?.uri) : [params?.rootUri];
  const out: string[] = [];
  for (const u of uris) {
    if (typeof u !== 'string' || !u.startsWith('file:')) continue;
    try {
      out.push(fileURLToPath(u));
    } catch {
      // not a file URI: no root
    }
  }
  return out;
}
