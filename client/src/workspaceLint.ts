import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { isCaseFileName, LINT_FILES_METHOD, type LintFilesParams, type LintFilesResult } from '../../server/src/protocol';

export const CASE_FILE_GLOB = '**/*.{case.yaml,case.yml}';
const EXCLUDE_GLOB = '**/{node_modules,.git,.e2e}/**';
const BATCH = 100;

export interface WorkspaceLintSummary {
  files: number;
  errors: number;
  warnings: number;
  others: number;
}

/**
 * "caselint: Lint workspace": asks the server to lint every case file of the workspace and keeps the
 * problems of the files that are not open in a DiagnosticCollection (open files get live diagnostics from
 * the server, so they are left out to avoid showing each problem twice). Once run, the collection is kept
 * up to date when case files change on disk, are closed or are deleted.
 */
export class WorkspaceLinter implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('caselint-workspace');
  private active = false;
  private readonly disposables: vscode.Disposable[] = [this.collection];

  constructor(private readonly getClient: () => Promise<LanguageClient>, private readonly output: vscode.LogOutputChannel) {
    const watcher = vscode.workspace.createFileSystemWatcher(CASE_FILE_GLOB);
    this.disposables.push(
      watcher,
      watcher.onDidChange((uri) => this.refresh([uri])),
      watcher.onDidCreate((uri) => this.refresh([uri])),
      watcher.onDidDelete((uri) => this.collection.delete(uri)),
      vscode.workspace.onDidOpenTextDocument((doc) => this.collection.delete(doc.uri)),
      vscode.workspace.onDidCloseTextDocument((doc) => {
        if (doc.uri.scheme === 'file' && isCaseFileName(doc.uri.path)) this.refresh([doc.uri]);
      }),
    );
  }

  async lintWorkspace(token?: vscode.CancellationToken): Promise<WorkspaceLintSummary> {
    const uris = await vscode.workspace.findFiles(CASE_FILE_GLOB, EXCLUDE_GLOB, undefined, token);
    this.active = true;
    this.collection.clear();
    const summary: WorkspaceLintSummary = { files: uris.length, errors: 0, warnings: 0, others: 0 };
    for (let i = 0; i < uris.length; i += BATCH) {
      if (token?.isCancellationRequested) break;
      const items = await this.request(uris.slice(i, i + BATCH));
      for (const item of items) {
        const diags = item.diagnostics;
        for (const d of diags) {
          if (d.severity === vscode.DiagnosticSeverity.Error) summary.errors++;
          else if (d.severity === vscode.DiagnosticSeverity.Warning) summary.warnings++;
          else summary.others++;
        }
      }
    }
    return summary;
  }

  /** Re-lint some files after a change on disk (only once the workspace has been linted). */
  private refresh(uris: vscode.Uri[]): void {
    if (!this.active) return;
    this.request(uris).catch((e: unknown) => this.output.warn(`re-linting changed files failed: ${String(e)}`));
  }

  /** Lint files through the server (from disk, or the editor's text for open files). */
  async lintFiles(uris: vscode.Uri[]): Promise<{ uri: vscode.Uri; diagnostics: vscode.Diagnostic[] }[]> {
    if (uris.length === 0) return [];
    const client = await this.getClient();
    const params: LintFilesParams = { uris: uris.map((u) => client.code2ProtocolConverter.asUri(u)) };
    const result = await client.sendRequest<LintFilesResult | null>(LINT_FILES_METHOD, params);
    const out: { uri: vscode.Uri; diagnostics: vscode.Diagnostic[] }[] = [];
    for (const item of result?.files ?? []) {
      if (item.skipped) continue;
      if (item.error) {
        this.output.warn(`could not lint ${item.uri}: ${item.error}`);
        continue;
      }
      out.push({ uri: client.protocol2CodeConverter.asUri(item.uri), diagnostics: await client.protocol2CodeConverter.asDiagnostics(item.diagnostics ?? []) });
    }
    return out;
  }

  /** Lint files and store the diagnostics of the ones that are not open. */
  private async request(uris: vscode.Uri[]): Promise<{ uri: vscode.Uri; diagnostics: vscode.Diagnostic[] }[]> {
    const results = await this.lintFiles(uris);
    const open = new Set(vscode.workspace.textDocuments.map((d) => d.uri.toString()));
    for (const { uri, diagnostics } of results) {
      if (open.has(uri.toString())) this.collection.delete(uri);
      else this.collection.set(uri, diagnostics);
    }
    return results;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
