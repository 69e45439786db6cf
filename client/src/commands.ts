import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  CREATE_CONFIG_METHOD,
  DISABLE_LINE_METHOD,
  LANGUAGE_ID,
  type CreateConfigResult,
  type DisableLineParams,
  type DisableLineResult,
} from '../../server/src/protocol';
import { toUri } from './selectRange';

const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('caselint');
const REDACT_ALL_KIND = vscode.CodeActionKind.Source.append('redact').append('caselint');

/**
 * "caselint: Fix all" and "caselint: Redact all identifiers in this file": apply the server's source
 * action of that kind to the active case report. Returns whether an edit was applied.
 */
export async function applySourceAction(kind: vscode.CodeActionKind, what: string): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== LANGUAGE_ID) {
    void vscode.window.showInformationMessage('caselint: open a case report (*.case.yaml) first.');
    return false;
  }
  const doc = editor.document;
  const whole = new vscode.Range(0, 0, doc.lineCount, 0);
  const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, whole, kind.value)) ?? [];
  const action = actions.find((a) => a.kind && kind.contains(a.kind) && a.edit);
  if (!action?.edit) {
    void vscode.window.showInformationMessage(`caselint: nothing to ${what} in this file.`);
    return false;
  }
  return vscode.workspace.applyEdit(action.edit);
}

export const fixAll = (): Promise<boolean> => applySourceAction(FIX_ALL_KIND, 'fix');
export const redactAll = (): Promise<boolean> => applySourceAction(REDACT_ALL_KIND, 'redact');

/**
 * The "Disable <rule> for this line…" quick fix: ask for the reason, then have the server write
 * `# caselint-disable-next-line <rule> -- <reason>`. Escape cancels; an empty reason writes none.
 * The optional 4th argument answers the prompt (end-to-end tests).
 */
export async function disableLineWithReason(client: LanguageClient, uriArg: unknown, line: unknown, rule: unknown, reasonArg?: unknown): Promise<boolean> {
  const uri = toUri(uriArg);
  if (!uri || typeof line !== 'number' || typeof rule !== 'string') return false;
  const reason = typeof reasonArg === 'string'
    ? reasonArg
    : await vscode.window.showInputBox({
      title: `Disable ${rule} for this line`,
      prompt: 'Why is this finding not a problem here? (written after "--" in the directive; leave empty for none)',
      placeHolder: 'e.g. an invented number in a teaching case',
    });
  if (reason === undefined) return false;
  const params: DisableLineParams = { uri: uri.toString(), line, rule, reason };
  const edit = await client.sendRequest<DisableLineResult>(DISABLE_LINE_METHOD, params);
  if (!edit) return false;
  return vscode.workspace.applyEdit(await client.protocol2CodeConverter.asWorkspaceEdit(edit));
}

/**
 * "caselint: Create configuration": the `.caselintrc.yaml` that `caselint init` writes, in the workspace
 * folder (the active file's, or one picked). An existing configuration is opened, never overwritten.
 */
export async function createConfiguration(client: LanguageClient): Promise<vscode.Uri | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  const active = vscode.window.activeTextEditor?.document.uri;
  let folder = active ? vscode.workspace.getWorkspaceFolder(active) : undefined;
  if (!folder && folders.length === 1) folder = folders[0];
  if (!folder && folders.length > 1) folder = await vscode.window.showWorkspaceFolderPick({ placeHolder: 'Folder to create .caselintrc.yaml in' });
  if (!folder) {
    if (folders.length === 0) void vscode.window.showInformationMessage('caselint: open a folder to create its configuration.');
    return undefined;
  }
  for (const name of ['.caselintrc.yaml', '.caselintrc.yml', '.caselintrc.json']) {
    const existing = vscode.Uri.joinPath(folder.uri, name);
    if (await exists(existing)) {
      await vscode.window.showTextDocument(existing);
      void vscode.window.showInformationMessage(`caselint: this folder already has ${name}; it was not changed.`);
      return existing;
    }
  }
  const result = await client.sendRequest<CreateConfigResult>(CREATE_CONFIG_METHOD, {});
  const target = vscode.Uri.joinPath(folder.uri, result.fileName);
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(result.text));
  await vscode.window.showTextDocument(target);
  return target;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
