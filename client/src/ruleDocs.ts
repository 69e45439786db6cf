import * as vscode from 'vscode';
import { pageSummary } from './ruleSummary';

const RULE_ID = /^[a-z0-9-]+$/;

/** The rule ids that have a documentation page in the extension (docs/rules/<id>.md). */
export async function documentedRules(extensionUri: vscode.Uri): Promise<string[]> {
  try {
    const entries = await vscode.workspace.fs.readDirectory(vscode.Uri.joinPath(extensionUri, 'docs', 'rules'));
    return entries
      .filter(([name, type]) => type === vscode.FileType.File && name.endsWith('.md'))
      .map(([name]) => name.slice(0, -3))
      .filter((id) => RULE_ID.test(id))
      .sort();
  } catch {
    return [];
  }
}

async function ruleSummary(page: vscode.Uri): Promise<string> {
  try {
    return pageSummary(new TextDecoder().decode(await vscode.workspace.fs.readFile(page)));
  } catch {
    return ''; // no summary: the quick pick shows the id alone
  }
}

/** Rule ids of caselint diagnostics under the cursor of the active editor. */
export function rulesAtCursor(): string[] {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return [];
  const pos = editor.selection.active;
  const ids = new Set<string>();
  for (const d of vscode.languages.getDiagnostics(editor.document.uri)) {
    if (d.source !== 'caselint' || !d.range.contains(pos)) continue;
    const code = typeof d.code === 'object' ? d.code.value : d.code;
    if (typeof code === 'string') ids.add(code);
  }
  return [...ids];
}

/**
 * "caselint: Show rule documentation": opens docs/rules/<id>.md in the Markdown preview. With no rule id,
 * a quick pick lists every rule, the ones of the diagnostics under the cursor first. Returns the page.
 */
export async function showRuleDocumentation(extensionUri: vscode.Uri, ruleId?: unknown): Promise<vscode.Uri | undefined> {
  const all = await documentedRules(extensionUri);
  let id = typeof ruleId === 'string' && RULE_ID.test(ruleId) ? ruleId : undefined;
  if (!id) {
    const here = rulesAtCursor().filter((r) => all.includes(r));
    const items: (vscode.QuickPickItem & { id?: string })[] = [];
    if (here.length > 0) {
      items.push({ label: 'At the cursor', kind: vscode.QuickPickItemKind.Separator });
      for (const r of here) items.push({ id: r, label: r, description: await ruleSummary(page(extensionUri, r)) });
      items.push({ label: 'All rules', kind: vscode.QuickPickItemKind.Separator });
    }
    for (const r of all) if (!here.includes(r)) items.push({ id: r, label: r, description: await ruleSummary(page(extensionUri, r)) });
    const picked = await vscode.window.showQuickPick(items, { title: 'caselint rules', placeHolder: 'Rule to show the documentation of', matchOnDescription: true });
    id = picked?.id;
  }
  if (!id) return undefined;
  const uri = page(extensionUri, id);
  try {
    await vscode.workspace.fs.stat(uri);
  } catch {
    void vscode.window.showWarningMessage(`caselint has no documentation page for "${id}".`);
    return undefined;
  }
  await showMarkdown(uri);
  return uri;
}

function page(extensionUri: vscode.Uri, id: string): vscode.Uri {
  return vscode.Uri.joinPath(extensionUri, 'docs', 'rules', `${id}.md`);
}

/** Open a Markdown document in the preview (falls back to the text editor where there is no preview). */
export async function showMarkdown(uri: vscode.Uri, toSide = false): Promise<void> {
  try {
    await vscode.commands.executeCommand(toSide ? 'markdown.showPreviewToSide' : 'markdown.showPreview', uri);
  } catch {
    await vscode.window.showTextDocument(uri, { preview: true, viewColumn: toSide ? vscode.ViewColumn.Beside : undefined });
  }
}

/** "Show documentation for <rule>" in the light bulb of every caselint diagnostic. */
export class RuleDocsCodeActionProvider implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  provideCodeActions(_doc: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const seen = new Set<string>();
    const actions: vscode.CodeAction[] = [];
    for (const d of context.diagnostics) {
      const code = typeof d.code === 'object' ? d.code.value : d.code;
      if (d.source !== 'caselint' || typeof code !== 'string' || seen.has(code)) continue;
      seen.add(code);
      const action = new vscode.CodeAction(`Show documentation for ${code}`, vscode.CodeActionKind.QuickFix);
      action.diagnostics = [d];
      action.command = { title: action.title, command: 'caselint.showRuleDocumentation', arguments: [code] };
      actions.push(action);
    }
    return actions;
  }
}
