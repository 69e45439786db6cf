import * as vscode from 'vscode';
import type { StatusView } from '../../server/src/protocol';
import { DOCUMENT_SELECTOR, LANGUAGE_ID } from './client';

/** Asks the server for a document's status (`caselint/status`); undefined when the server is not running. */
export type StatusSource = (uri: vscode.Uri) => Promise<StatusView | null | undefined>;

/** Longest detail line of an item: the popup stays narrow. */
const MAX_DETAIL = 60;

/**
 * The language status of case reports: three short items in the `{}` popup,
 * each with one link. Problems (counts by severity, lint time) with "Fix all";
 * rules on and the configuration in use, from the server's effective
 * configuration, with "Lint workspace"; the server with "Show output" (or
 * "Restart" once it stopped).
 */
export class CaselintStatus implements vscode.Disposable {
  private readonly problems = vscode.languages.createLanguageStatusItem('caselint.status', DOCUMENT_SELECTOR);
  private readonly rules = vscode.languages.createLanguageStatusItem('caselint.rules', DOCUMENT_SELECTOR);
  private readonly server = vscode.languages.createLanguageStatusItem('caselint.server', DOCUMENT_SELECTOR);
  private readonly lastLint = new Map<string, Date>();
  private serverState: 'starting' | 'running' | 'stopped' = 'starting';
  private readonly disposables: vscode.Disposable[] = [this.problems, this.rules, this.server];
  private timer: NodeJS.Timeout | undefined;
  private generation = 0;
  private lastStatus: StatusView | undefined;

  constructor(private readonly source: StatusSource) {
    this.problems.name = 'caselint problems';
    this.rules.name = 'caselint rules';
    this.server.name = 'caselint server';
    this.disposables.push(
      vscode.languages.onDidChangeDiagnostics((e) => {
        const now = new Date();
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        let touched = false;
        for (const uri of e.uris) {
          this.lastLint.set(uri.toString(), now);
          if (uri.toString() === active) touched = true;
        }
        if (touched) this.schedule();
      }),
      vscode.window.onDidChangeActiveTextEditor(() => this.schedule()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('caselint')) this.schedule(300);
      }),
      vscode.workspace.onDidCloseTextDocument((doc) => this.lastLint.delete(doc.uri.toString())),
    );
    this.render();
  }

  setServerState(state: 'starting' | 'running' | 'stopped'): void {
    this.serverState = state;
    this.schedule();
  }

  /** Ask the server again soon (changes come in bursts). */
  schedule(delayMs = 50): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), delayMs);
  }

  /** Ask the server for the active document's status now, then show it. */
  async refresh(): Promise<void> {
    const generation = ++this.generation;
    const doc = vscode.window.activeTextEditor?.document;
    let status: StatusView | undefined;
    if (doc && doc.languageId === LANGUAGE_ID && this.serverState === 'running') {
      status = (await this.source(doc.uri).catch(() => undefined)) ?? undefined;
    }
    if (generation !== this.generation) return; // a newer refresh started meanwhile
    this.lastStatus = status;
    this.render();
  }

  private render(): void {
    const status = this.lastStatus;
    const doc = vscode.window.activeTextEditor?.document;

    if (this.serverState === 'stopped') {
      this.server.severity = vscode.LanguageStatusSeverity.Error;
      this.server.text = 'caselint: server stopped';
      this.server.detail = 'it stopped several times';
      this.server.command = { title: 'Restart', command: 'caselint.restartServer' };
    } else {
      this.server.severity = vscode.LanguageStatusSeverity.Information;
      this.server.text = this.serverState === 'starting' ? '$(sync~spin) caselint: starting' : 'caselint server';
      this.server.detail = undefined;
      this.server.command = { title: 'Show output', command: 'caselint.showOutput' };
    }

    this.rules.command = { title: 'Lint workspace', command: 'caselint.lintWorkspace', tooltip: 'Lint every case report of the workspace' };
    if (!status) {
      this.rules.text = 'caselint rules';
      this.rules.detail = undefined;
      this.rules.severity = vscode.LanguageStatusSeverity.Information;
      this.problems.text = 'caselint';
      this.problems.detail = this.serverState === 'starting' ? 'starting the language server' : undefined;
      this.problems.severity = vscode.LanguageStatusSeverity.Information;
      this.problems.command = undefined;
      return;
    }

    // A broken configuration file is not used: say so, never fall back silently.
    this.rules.text = status.configBroken ? 'caselint: defaults in use' : `${status.rulesOn} of ${status.rulesTotal} rules on`;
    this.rules.detail = short(configText(status));
    this.rules.command.tooltip = `${configText(status)}. Lint every case report of the workspace`;
    this.rules.severity = status.configBroken ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;

    const { error, warning, info, hint } = status.counts;
    const total = error + warning + info + hint;
    const when = doc ? this.lastLint.get(doc.uri.toString()) : undefined;
    this.problems.text = total === 0 ? '$(check) caselint: no problems' : `caselint: ${plural(total, 'problem')}`;
    const counts = total === 0 ? [] : [`${plural(error, 'error')}, ${plural(warning, 'warning')}, ${info + hint} other`];
    this.problems.detail = short([...counts, `linted in ${status.lastLintMs} ms${when ? ` at ${when.toLocaleTimeString()}` : ''}`].join(' · '));
    this.problems.severity = error > 0 ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
    this.problems.command = { title: 'Fix all', command: 'caselint.fixAll', tooltip: 'Apply every safe fix of this file' };
  }

  /** What the items show (for the end-to-end tests). */
  snapshot(): { text: string; detail: string | undefined; rules: string; config: string | undefined; status: StatusView | undefined } {
    return { text: this.problems.text, detail: this.problems.detail, rules: this.rules.text, config: this.rules.detail, status: this.lastStatus };
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}

/** "config: .caselintrc.yaml", or "defaults: …" when there is none or it is broken. */
export function configText(status: StatusView): string {
  const name = status.configFile ? baseName(status.configFile) : undefined;
  if (!name) return 'config: defaults (no .caselintrc file)';
  if (status.configBroken) return `defaults in use: ${name} has problems (${status.configBroken})`;
  return `config: ${name}`;
}

function baseName(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}

function short(s: string): string {
  return s.length <= MAX_DETAIL ? s : `${s.slice(0, MAX_DETAIL - 1)}…`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
