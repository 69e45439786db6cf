import * as vscode from 'vscode';
import { DOCUMENT_SELECTOR, LANGUAGE_ID } from './client';

/** Which configuration file applies to a document, as the server reports it (caselint/configStatus). */
interface ConfigStatus {
  file?: vscode.Uri;
  problemCount: number;
}

/**
 * The language status item of case reports ({} in the status bar): how many rules are on, when the
 * active document was last linted, how many problems it has, and which configuration file applies (a
 * warning when that file has problems and the defaults are in use instead).
 */
export class CaselintStatus implements vscode.Disposable {
  private readonly item = vscode.languages.createLanguageStatusItem('caselint.status', DOCUMENT_SELECTOR);
  private readonly lastLint = new Map<string, Date>();
  private readonly configs = new Map<string, ConfigStatus>();
  private serverState: 'starting' | 'running' | 'stopped' = 'starting';
  private readonly disposables: vscode.Disposable[] = [this.item];

  constructor(private readonly knownRules: readonly string[]) {
    this.item.name = 'caselint';
    this.item.command = { title: 'Lint workspace', command: 'caselint.lintWorkspace', tooltip: 'Lint every case report of the workspace' };
    this.disposables.push(
      vscode.languages.onDidChangeDiagnostics((e) => {
        const now = new Date();
        for (const uri of e.uris) this.lastLint.set(uri.toString(), now);
        this.update();
      }),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('caselint.rules')) this.update();
      }),
      vscode.workspace.onDidCloseTextDocument((doc) => {
        this.lastLint.delete(doc.uri.toString());
        this.configs.delete(doc.uri.toString());
      }),
    );
    this.update();
  }

  setServerState(state: 'starting' | 'running' | 'stopped'): void {
    this.serverState = state;
    this.update();
  }

  /** The server says which configuration file applies to `doc` and how many problems that file has. */
  setConfigStatus(doc: vscode.Uri, file: vscode.Uri | undefined, problemCount: number): void {
    this.configs.set(doc.toString(), { file, problemCount });
    this.update();
  }

  /** Rules that are not turned off by the `caselint.rules` setting of a resource. */
  enabledRuleCount(resource?: vscode.Uri): number {
    const settings = vscode.workspace.getConfiguration('caselint', resource ?? null).get<Record<string, string>>('rules') ?? {};
    return this.knownRules.filter((id) => settings[id] !== 'off').length;
  }

  private update(): void {
    const doc = vscode.window.activeTextEditor?.document;
    const rules = this.enabledRuleCount(doc?.uri);
    if (this.serverState === 'stopped') {
      this.item.severity = vscode.LanguageStatusSeverity.Error;
      this.item.text = 'caselint: server stopped';
      this.item.detail = 'Restart it with "caselint: Restart language server"';
      this.item.command = { title: 'Restart', command: 'caselint.restartServer' };
      return;
    }
    this.item.command = { title: 'Lint workspace', command: 'caselint.lintWorkspace', tooltip: 'Lint every case report of the workspace' };
    if (!doc || doc.languageId !== LANGUAGE_ID) {
      this.item.severity = vscode.LanguageStatusSeverity.Information;
      this.item.text = `caselint: ${rules} rules`;
      this.item.detail = this.serverState === 'starting' ? 'starting the language server' : undefined;
      return;
    }
    const config = this.configs.get(doc.uri.toString());
    if (config?.file && config.problemCount > 0) {
      const name = vscode.workspace.asRelativePath(config.file);
      this.item.severity = vscode.LanguageStatusSeverity.Warning;
      this.item.text = 'caselint: defaults in use';
      this.item.detail = `${name} has ${config.problemCount === 1 ? 'a problem' : `${config.problemCount} problems`}; the defaults are in use until it is fixed`;
      this.item.command = { title: 'Open configuration', command: 'vscode.open', arguments: [config.file], tooltip: `Open ${name}` };
      return;
    }
    const diags = vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'caselint');
    const errors = diags.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length;
    const warnings = diags.filter((d) => d.severity === vscode.DiagnosticSeverity.Warning).length;
    const when = this.lastLint.get(doc.uri.toString());
    this.item.severity = errors > 0 ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
    this.item.text = diags.length === 0 ? `$(check) caselint: ${rules} rules` : `caselint: ${plural(diags.length, 'problem')}`;
    const parts = [`${rules} of ${this.knownRules.length} rules on`];
    if (config) parts.push(config.file ? `configuration: ${vscode.workspace.asRelativePath(config.file)}` : 'no configuration file');
    if (diags.length > 0) parts.push(`${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${diags.length - errors - warnings} other`);
    parts.push(when ? `linted at ${when.toLocaleTimeString()}` : 'not linted yet');
    this.item.detail = parts.join(' · ');
  }

  /** What the item shows (for tests and the output channel). */
  snapshot(): { text: string; detail: string | undefined } {
    return { text: this.item.text, detail: this.item.detail };
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
