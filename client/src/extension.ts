/**
 * The caselint VS Code extension: starts the language server (dist/server.js) over IPC and adds what only
 * the editor can do: commands, the language status item, the workspace lint collection.
 * Hover, completion, code actions, inlay hints and code lenses come from the server.
 */
import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import { AdequacySummaryProvider, ADEQUACY_SCHEME } from './adequacy';
import { createClient, DOCUMENT_SELECTOR, isRunning, LANGUAGE_ID, RestartPolicy } from './client';
import { adoptYamlCaseDocument } from './detect';
import { CONFIG_STATUS_METHOD, DISABLE_LINE_COMMAND, REVEAL_LINE_COMMAND, SELECT_RANGE_COMMAND, STATUS_METHOD, type PageKind, type StatusResult } from '../../server/src/protocol';
import { createConfiguration, disableLineWithReason, fixAll, redactAll } from './commands';
import { PagePanels, revealLine, type PageSnapshot } from './pages';
import { RuleDocsCodeActionProvider, showMarkdown, showRuleDocumentation } from './ruleDocs';
import { selectRange } from './selectRange';
import { CaselintStatus } from './status';
import { NEW_CASE_SNIPPET } from './template';
import { WorkspaceLinter, type WorkspaceLintSummary } from './workspaceLint';

/** What the extension returns from activate() (used by the end-to-end tests). */
export interface CaselintApi {
  /** Resolves once the language server is running. */
  ready(): Promise<void>;
  isRunning(): boolean;
  status(): { text: string; detail: string | undefined };
  /** Lint files through the server's `caselint/lintFiles` request, without showing the result. */
  lint(uris: vscode.Uri[]): Promise<{ uri: vscode.Uri; diagnostics: vscode.Diagnostic[] }[]>;
  /** The review report and preview pages that are open, with the HTML they show. */
  pages(): PageSnapshot[];
}

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<CaselintApi> {
  const output = vscode.window.createOutputChannel('caselint', { log: true });
  const policy = new RestartPolicy(output);
  const status = new CaselintStatus(async (uri) =>
    isRunning(client) ? client!.sendRequest<StatusResult>(STATUS_METHOD, { uri: client!.code2ProtocolConverter.asUri(uri) }) : undefined,
  );
  context.subscriptions.push(output, status);

  /**
   * The running client. The server starts once, lazily (activation by a YAML file does not start it unless
   * it is a case report); if it is (re)starting, wait for it.
   */
  const getClient = async (): Promise<LanguageClient> => {
    if (!client) {
      const c = createClient(context, output, policy);
      client = c;
      context.subscriptions.push(
        c.onDidChangeState((e) => status.setServerState(e.newState === State.Running ? 'running' : e.newState === State.Starting ? 'starting' : 'stopped')),
        // The configuration that applies to a document changed (or broke): ask for the status again.
        c.onNotification(CONFIG_STATUS_METHOD, () => status.schedule()),
      );
      // A server that dies while starting is restarted by the RestartPolicy; the failure is only logged here.
      c.start().catch((err: unknown) => output.error(`starting the caselint language server failed: ${String(err)}`));
    }
    return whenRunning(client, policy);
  };

  const workspaceLinter = new WorkspaceLinter(getClient, output);
  const adequacy = new AdequacySummaryProvider(getClient);
  const pages = new PagePanels(getClient, output);
  const openPage = async (kind: PageKind, arg?: unknown): Promise<boolean> => {
    const source = arg instanceof vscode.Uri ? arg : vscode.window.activeTextEditor?.document.uri;
    const doc = source && vscode.workspace.textDocuments.find((d) => d.uri.toString() === source.toString());
    if (!source || !doc || doc.languageId !== LANGUAGE_ID) {
      void vscode.window.showInformationMessage(`caselint: open a case report (*.case.yaml) to see its ${kind === 'report' ? 'review report' : 'preview'}.`);
      return false;
    }
    await pages.open(kind, source);
    return true;
  };
  context.subscriptions.push(
    pages,
    vscode.commands.registerCommand('caselint.openReport', (arg?: unknown) => openPage('report', arg)),
    vscode.commands.registerCommand('caselint.openPreview', (arg?: unknown) => openPage('preview', arg)),
    vscode.commands.registerCommand(REVEAL_LINE_COMMAND, (uri: unknown, line: unknown) => revealLine(uri, line)),
    workspaceLinter,
    adequacy,
    vscode.workspace.registerTextDocumentContentProvider(ADEQUACY_SCHEME, adequacy),
    vscode.languages.registerCodeActionsProvider(DOCUMENT_SELECTOR, new RuleDocsCodeActionProvider(), {
      providedCodeActionKinds: RuleDocsCodeActionProvider.kinds,
    }),

    vscode.commands.registerCommand('caselint.newCaseReport', async () => {
      // An untitled document with a *.case.yaml name: saving proposes that name in the workspace folder.
      let doc = await vscode.workspace.openTextDocument(await newCaseUri());
      if (doc.languageId !== LANGUAGE_ID) doc = await vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
      const editor = await vscode.window.showTextDocument(doc);
      await editor.insertSnippet(new vscode.SnippetString(NEW_CASE_SNIPPET), new vscode.Position(0, 0));
      return doc.uri;
    }),

    vscode.commands.registerCommand('caselint.lintWorkspace', async (): Promise<WorkspaceLintSummary | undefined> => {
      if (!vscode.workspace.workspaceFolders?.length) {
        void vscode.window.showInformationMessage('caselint: open a folder to lint its case reports.');
        return undefined;
      }
      const summary = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: 'caselint: linting the workspace', cancellable: true },
        (_progress, token) => workspaceLinter.lintWorkspace(token),
      );
      const text = `caselint: ${summary.files} case file${summary.files === 1 ? '' : 's'}, ${summary.errors} errors, ${summary.warnings} warnings, ${summary.others} other.`;
      output.info(`${text}`);
      void vscode.window.showInformationMessage(text, 'Show problems').then((choice) => {
        if (choice === 'Show problems') void vscode.commands.executeCommand('workbench.actions.view.problems');
      });
      return summary;
    }),

    vscode.commands.registerCommand('caselint.showRuleDocumentation', (ruleId?: unknown) =>
      showRuleDocumentation(context.extensionUri, ruleId),
    ),

    vscode.commands.registerCommand('caselint.showAdequacySummary', async (arg?: unknown) => {
      const source = arg instanceof vscode.Uri ? arg : vscode.window.activeTextEditor?.document.uri;
      const doc = source && vscode.workspace.textDocuments.find((d) => d.uri.toString() === source.toString());
      if (!source || !doc || doc.languageId !== LANGUAGE_ID) {
        void vscode.window.showInformationMessage('caselint: open a case report (*.case.yaml) to see its treatment adequacy summary.');
        return undefined;
      }
      const uri = await adequacy.build(source);
      await showMarkdown(uri, true);
      return uri;
    }),

    vscode.commands.registerCommand(SELECT_RANGE_COMMAND, (uri: unknown, range: unknown) => selectRange(uri, range)),

    vscode.commands.registerCommand('caselint.restartServer', async () => {
      policy.reset();
      if (!client) {
        await getClient();
        return;
      }
      if (client.state === State.Running) await client.restart();
      else if (client.state === State.Stopped) await client.start();
      await whenRunning(client, policy);
      output.info('language server restarted');
    }),

    vscode.commands.registerCommand('caselint.showOutput', () => output.show(true)),

    vscode.commands.registerCommand('caselint.fixAll', () => fixAll()),
    vscode.commands.registerCommand('caselint.redactAll', () => redactAll()),
    vscode.commands.registerCommand('caselint.createConfiguration', async () => createConfiguration(await getClient())),
    vscode.commands.registerCommand(DISABLE_LINE_COMMAND, async (uri: unknown, line: unknown, rule: unknown, reason?: unknown) =>
      disableLineWithReason(await getClient(), uri, line, rule, reason),
    ),

    vscode.workspace.onDidOpenTextDocument((doc) => void onOpen(doc)),
  );

  async function onOpen(doc: vscode.TextDocument): Promise<void> {
    if (await adoptYamlCaseDocument(doc).catch(() => false)) return; // reopened as case-report: handled then
    if (doc.languageId === LANGUAGE_ID) await getClient().catch(() => undefined);
  }
  for (const doc of vscode.workspace.textDocuments) void onOpen(doc);

  return {
    ready: async () => {
      await getClient();
    },
    isRunning: () => isRunning(client),
    status: () => status.snapshot(),
    lint: (uris) => workspaceLinter.lintFiles(uris),
    pages: () => pages.snapshot(),
  };
}

/** untitled:<folder>/new-case[-N].case.yaml, with a name that is neither on disk nor open. */
async function newCaseUri(): Promise<vscode.Uri> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const open = new Set(vscode.workspace.textDocuments.map((d) => d.uri.path));
  for (let n = 1; n < 1000; n++) {
    const name = n === 1 ? 'new-case.case.yaml' : `new-case-${n}.case.yaml`;
    const path = folder ? vscode.Uri.joinPath(folder, name).path : `/${name}`;
    if (open.has(path)) continue;
    if (folder) {
      try {
        await vscode.workspace.fs.stat(vscode.Uri.joinPath(folder, name));
        continue; // exists on disk
      } catch {
        // free
      }
    }
    return vscode.Uri.from({ scheme: 'untitled', path });
  }
  return vscode.Uri.from({ scheme: 'untitled', path: '/new-case.case.yaml' });
}

/** Resolves when the client runs; rejects when the server gave up or did not come up in 60 s. */
function whenRunning(c: LanguageClient, policy: RestartPolicy): Promise<LanguageClient> {
  if (c.state === State.Running) return Promise.resolve(c);
  return new Promise((resolve, reject) => {
    const done = (err?: Error) => {
      clearTimeout(timer);
      sub.dispose();
      if (err) reject(err);
      else resolve(c);
    };
    const timer = setTimeout(() => done(new Error('the caselint language server did not start within 60 s')), 60_000);
    const sub = c.onDidChangeState((e) => {
      if (e.newState === State.Running) done();
      else if (e.newState === State.Stopped && policy.gaveUp()) done(new Error('the caselint language server stopped'));
    });
  });
}

export async function deactivate(): Promise<void> {
  const c = client;
  client = undefined;
  if (c) await c.stop().catch(() => undefined);
}
