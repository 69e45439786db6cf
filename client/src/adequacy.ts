import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ADEQUACY_SUMMARY_METHOD, type AdequacySummaryParams, type AdequacySummaryResult } from '../../server/src/protocol';

export const ADEQUACY_SCHEME = 'caselint-adequacy';

/**
 * "caselint: Show treatment adequacy summary": a read-only virtual Markdown document built from the
 * server's `caselint/adequacySummary` answer, shown in the Markdown preview beside the case report.
 */
export class AdequacySummaryProvider implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private readonly contents = new Map<string, string>();

  constructor(private readonly getClient: () => Promise<LanguageClient>) {}

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.contents.get(uri.toString()) ?? '# Treatment adequacy\n\nRun "caselint: Show treatment adequacy summary" from a case report.\n';
  }

  /** Ask the server for the summary of a case report and return the virtual document's URI. */
  async build(source: vscode.Uri): Promise<vscode.Uri> {
    const client = await this.getClient();
    const params: AdequacySummaryParams = { uri: client.code2ProtocolConverter.asUri(source) };
    const summary = await client.sendRequest<AdequacySummaryResult>(ADEQUACY_SUMMARY_METHOD, params);
    const name = source.path.split('/').pop() ?? 'case';
    const uri = vscode.Uri.from({ scheme: ADEQUACY_SCHEME, path: `/${name}.adequacy.md`, query: source.toString() });
    this.contents.set(uri.toString(), summary?.markdown ?? `# Treatment adequacy: ${name}\n\nNo summary: the document is not a case report, or its YAML does not parse.\n`);
    this.changed.fire(uri);
    return uri;
  }

  dispose(): void {
    this.changed.dispose();
  }
}
