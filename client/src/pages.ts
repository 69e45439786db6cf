import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  LANGUAGE_ID,
  RENDER_PAGE_METHOD,
  REVEAL_LINE_COMMAND,
  SHOW_RULE_DOCUMENTATION_COMMAND,
  type PageKind,
  type RenderPageParams,
  type RenderPageResult,
} from '../../server/src/protocol';

/**
 * A burst of keystrokes is rendered once, this long after the last one. The
 * server lints each change at once (no debounce) and the page request reuses
 * that version's lint, so the page follows the diagnostics closely.
 */
const REFRESH_DELAY_MS = 150;
const TITLES: Record<PageKind, string> = { report: 'Review', preview: 'Preview' };

interface Panel {
  kind: PageKind;
  panel: vscode.WebviewPanel;
  source: vscode.Uri;
  html: string;
  /** Document version the shown page was rendered from. */
  version: number;
  timer?: ReturnType<typeof setTimeout>;
  /** A render is under way; `again` asks for one more when it ends. */
  busy?: boolean;
  again?: boolean;
}

/** What the end-to-end tests read of an open page. */
export interface PageSnapshot {
  kind: PageKind;
  source: string;
  version: number;
  html: string;
}

/**
 * "caselint: Open review report" and "caselint: Open preview": the pages the
 * server renders (`caselint/renderPage`, the same renderer as `caselint report`
 * and `caselint render`) in a webview beside the editor. A page follows the
 * active case document and re-renders as it changes. The webview runs no
 * script; the only command links it may run are "reveal line" and "show rule
 * documentation".
 */
export class PagePanels implements vscode.Disposable {
  private readonly panels = new Map<PageKind, Panel>();
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly getClient: () => Promise<LanguageClient>, private readonly output: vscode.LogOutputChannel) {
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        const doc = editor?.document;
        if (!doc || doc.languageId !== LANGUAGE_ID) return;
        for (const p of this.panels.values()) {
          if (p.source.toString() === doc.uri.toString()) continue;
          p.source = doc.uri;
          void this.refresh(p);
        }
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length === 0) return;
        for (const p of this.panels.values()) {
          if (p.source.toString() !== e.document.uri.toString()) continue;
          if (p.timer) clearTimeout(p.timer);
          p.timer = setTimeout(() => void this.refresh(p), REFRESH_DELAY_MS);
        }
      }),
    );
  }

  /** Open (or bring forward) the page of `kind` for a case document. */
  async open(kind: PageKind, source: vscode.Uri): Promise<void> {
    let p = this.panels.get(kind);
    if (p) {
      p.source = source;
      p.panel.reveal(vscode.ViewColumn.Beside, true);
    } else {
      const panel = vscode.window.createWebviewPanel(`caselint.${kind}`, TITLES[kind], { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
        enableScripts: false,
        enableCommandUris: [REVEAL_LINE_COMMAND, SHOW_RULE_DOCUMENTATION_COMMAND],
        localResourceRoots: [],
        enableFindWidget: true,
      });
      p = { kind, panel, source, html: '', version: -1 };
      const created = p;
      this.panels.set(kind, created);
      panel.onDidDispose(() => {
        if (created.timer) clearTimeout(created.timer);
        if (this.panels.get(kind) === created) this.panels.delete(kind);
      });
    }
    await this.refresh(p);
  }

  private async refresh(p: Panel): Promise<void> {
    p.timer = undefined;
    if (p.busy) {
      p.again = true;
      return;
    }
    p.busy = true;
    try {
      await this.render(p);
    } finally {
      p.busy = false;
    }
    if (p.again) {
      p.again = false;
      await this.refresh(p);
    }
  }

  private async render(p: Panel): Promise<void> {
    const source = p.source;
    let page: RenderPageResult;
    try {
      const client = await this.getClient();
      const params: RenderPageParams = { uri: client.code2ProtocolConverter.asUri(source), kind: p.kind };
      page = await client.sendRequest<RenderPageResult>(RENDER_PAGE_METHOD, params);
    } catch (err) {
      this.output.error(`rendering the ${p.kind} page failed: ${String(err)}`);
      return;
    }
    if (p.source.toString() !== source.toString() || !this.panels.has(p.kind)) return; // moved on meanwhile
    const name = source.path.split('/').pop() ?? 'case';
    p.html = page?.html ?? emptyPage(name);
    p.version = page?.version ?? -1;
    p.panel.title = `${TITLES[p.kind]}: ${name}`;
    p.panel.webview.html = p.html;
  }

  snapshot(): PageSnapshot[] {
    return [...this.panels.values()].map((p) => ({ kind: p.kind, source: p.source.toString(), version: p.version, html: p.html }));
  }

  dispose(): void {
    for (const p of this.panels.values()) {
      if (p.timer) clearTimeout(p.timer);
      p.panel.dispose();
    }
    this.panels.clear();
    for (const s of this.subscriptions) s.dispose();
  }
}

function emptyPage(name: string): string {
  const safe = name.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'"></head><body><p>${safe} is not a case report, or it cannot be read.</p></body></html>`;
}

/** `caselint.revealLine` [uri, line]: show the document with that (1-based) line selected. */
export async function revealLine(uri: unknown, line: unknown): Promise<void> {
  if (typeof uri !== 'string' || typeof line !== 'number' || !Number.isFinite(line)) return;
  const target = vscode.Uri.parse(uri);
  const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === target.toString());
  const doc = visible?.document ?? (await vscode.workspace.openTextDocument(target));
  const n = Math.max(0, Math.min(doc.lineCount - 1, Math.floor(line) - 1));
  const range = doc.lineAt(n).range;
  const editor = await vscode.window.showTextDocument(doc, { viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One, selection: new vscode.Range(range.start, range.end) });
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
