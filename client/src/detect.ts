import * as vscode from 'vscode';
import { firstKeyIsCaselint } from '../../server/src/protocol';
import { LANGUAGE_ID } from './client';

/**
 * A plain `.yaml` file whose first key is `caselint` is a case document (docs/format.md, Files): it becomes a
 * case report, so it gets caselint's diagnostics (and not the YAML extension's as well).
 */
export async function adoptYamlCaseDocument(doc: vscode.TextDocument): Promise<boolean> {
  if (doc.languageId !== 'yaml' || doc.uri.scheme === 'git') return false;
  if (!firstKeyIsCaselint(doc.getText(new vscode.Range(0, 0, 200, 0)))) return false;
  await vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
  return true;
}
