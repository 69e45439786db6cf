// The language server's entry point (bundled to dist/server.js): pure wiring.
// `--stdio` or `--node-ipc` picks the transport (createConnection reads argv).
// The engine loads right after the initialize answer, not before it.
import * as path from 'path';
import { createConnection, ProposedFeatures, type ClientCapabilities } from 'vscode-languageserver/node';
import { version } from '../../../package.json';
import { initializeResult } from './capabilities';
import { guard, type Logger } from './log';
import type { CaselintServer } from './server';

const connection = createConnection(ProposedFeatures.all);
const log: Logger = {
  info: (m) => connection.console.info(m),
  warn: (m) => connection.console.warn(m),
  error: (m) => connection.console.error(m),
};
let capabilities: ClientCapabilities = {};
let server: CaselintServer | undefined;
const s = (): CaselintServer =>
  // dist/server.js -> the package root (its rule pages are at docsPath(id) below it)
  (server ??= new (require('./server') as typeof import('./server')).CaselintServer(
    connection, log, { packageRoot: path.join(__dirname, '..') }, capabilities));
const g = <P, R>(name: string, method: (srv: CaselintServer) => (p: P) => R | Promise<R>, fallback: R) =>
  guard(log, name, (p: P) => method(s())(p), fallback);

connection.onInitialize((params) => {
  capabilities = params?.capabilities ?? {};
  setImmediate(() => s());
  return initializeResult(capabilities, version);
});
connection.onInitialized(g('initialized', (x) => x.initialized, undefined));
connection.onDidOpenTextDocument(g('didOpen', (x) => x.didOpen, undefined));
connection.onDidChangeTextDocument(g('didChange', (x) => x.didChange, undefined));
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
connection.onRequest('caselint/lintFiles', g('lintFiles', (x) => x.lintFiles, { files: [] }));
connection.listen();
