import * as vscode from 'vscode';
import {
  CloseAction,
  DiagnosticPullMode,
  ErrorAction,
  LanguageClient,
  State,
  TransportKind,
  type CloseHandlerResult,
  type ErrorHandler,
  type ErrorHandlerResult,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { CONFIG_FILE_GLOB, LANGUAGE_ID, SHOW_RULE_DOCS_COMMAND, type CaselintInitializationOptions } from '../../server/src/protocol';

export { LANGUAGE_ID };

/** How many unexpected server exits within RESTART_WINDOW_MS are restarted before giving up. */
export const MAX_RESTARTS = 4;
const RESTART_WINDOW_MS = 3 * 60 * 1000;

/** The documents the server lints: case reports on disk and in untitled editors. */
export const DOCUMENT_SELECTOR = [
  { language: LANGUAGE_ID, scheme: 'file' },
  { language: LANGUAGE_ID, scheme: 'untitled' },
];

/**
 * Restart the server when it dies, at most MAX_RESTARTS times in a short window; then stop and tell the
 * user, with a way to the log.
 */
export class RestartPolicy implements ErrorHandler {
  private readonly exits: number[] = [];
  private gaveUpFlag = false;

  constructor(private readonly output: vscode.LogOutputChannel, private readonly now: () => number = Date.now) {}

  error(_error: Error, _message: unknown, count: number | undefined): ErrorHandlerResult {
    // A few transport errors in a row are survivable; many mean the connection is gone.
    return count !== undefined && count <= 3 ? { action: ErrorAction.Continue } : { action: ErrorAction.Shutdown };
  }

  closed(): CloseHandlerResult {
    const t = this.now();
    this.exits.push(t);
    while (this.exits.length > 0 && t - this.exits[0]! > RESTART_WINDOW_MS) this.exits.shift();
    if (this.exits.length <= MAX_RESTARTS) {
      this.output.info(`the caselint language server stopped; restarting (${this.exits.length} of ${MAX_RESTARTS})`);
      return { action: CloseAction.Restart, handled: true };
    }
    this.gaveUpFlag = true;
    this.output.warn(`the caselint language server stopped ${this.exits.length} times in a few minutes; not restarting`);
    void vscode.window
      .showErrorMessage(
        `The caselint language server stopped ${this.exits.length} times in a few minutes and will not be restarted. Use "caselint: Restart language server" after fixing the cause.`,
        'Show output',
      )
      .then((choice) => {
        if (choice === 'Show output') this.output.show(true);
      });
    return { action: CloseAction.DoNotRestart, handled: true };
  }

  /** Forget past exits (after a manual restart). */
  reset(): void {
    this.exits.length = 0;
    this.gaveUpFlag = false;
  }

  /** True once the server stopped too often and is not restarted any more. */
  gaveUp(): boolean {
    return this.gaveUpFlag;
  }
}

export function createClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel, policy: RestartPolicy): LanguageClient {
  const serverModule = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server.js').fsPath;
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    synchronize: {
      configurationSection: 'caselint',
      fileEvents: vscode.workspace.createFileSystemWatcher(CONFIG_FILE_GLOB),
    },
    outputChannel: output,
    traceOutputChannel: output,
    errorHandler: policy,
    // The server answers pull diagnostics (textDocument/diagnostic): ask again after every change
    // (unless `caselint.run` is onSave) and save.
    diagnosticPullOptions: {
      onChange: true,
      onSave: true,
      onFocus: false,
      filter: (document, mode) => mode === DiagnosticPullMode.onType && runSetting(document.uri) === 'onSave',
    },
    initializationOptions: { client: 'vscode-caselint', disableLineWithReason: true } satisfies CaselintInitializationOptions,
    middleware: {
      // A click on a diagnostic's code opens the rule page installed with the extension, rendered; other
      // clients keep the server's link.
      handleDiagnostics: (uri, diagnostics, next) => next(uri, diagnostics.map(withRuleDocsLink)),
      provideDiagnostics: async (document, previousResultId, token, next) => {
        const report = await next(document, previousResultId, token);
        if (report && report.kind === 'full') report.items = report.items.map(withRuleDocsLink);
        return report;
      },
      // The server's adequacy code lens is a label (no command): make it open the adequacy summary.
      provideCodeLenses: async (document, token, next) => {
        const lenses = await next(document, token);
        for (const lens of lenses ?? []) {
          if (lens.command && !lens.command.command) {
            lens.command = { ...lens.command, command: 'caselint.showAdequacySummary', arguments: [document.uri], tooltip: 'Show the treatment adequacy summary' };
          }
        }
        return lenses;
      },
    },
  };
  // The id 'caselint' makes the client read the `caselint.trace.server` setting.
  return new LanguageClient('caselint', 'caselint', serverOptions, clientOptions);
}

/** `caselint.run` of a resource. */
export function runSetting(uri: vscode.Uri): 'onType' | 'onSave' {
  return vscode.workspace.getConfiguration('caselint', uri).get<string>('run') === 'onSave' ? 'onSave' : 'onType';
}

/** The command URI that opens a rule's installed page in the Markdown preview. */
export function ruleDocsCommandUri(rule: string): vscode.Uri {
  return vscode.Uri.parse(`command:${SHOW_RULE_DOCS_COMMAND}?${encodeURIComponent(JSON.stringify([rule]))}`);
}

/** A caselint diagnostic whose code links to the rendered rule page (see ruleDocsCommandUri). */
export function withRuleDocsLink(d: vscode.Diagnostic): vscode.Diagnostic {
  if (d.source !== 'caselint') return d;
  const value = typeof d.code === 'object' ? d.code.value : d.code;
  if (typeof value !== 'string' || !/^[a-z0-9-]+$/.test(value)) return d;
  d.code = { value, target: ruleDocsCommandUri(value) };
  return d;
}

export function isRunning(client: LanguageClient | undefined): boolean {
  return client !== undefined && client.state === State.Running;
}
