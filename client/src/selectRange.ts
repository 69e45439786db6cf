import * as vscode from 'vscode';

interface PlainPosition {
  line: number;
  character: number;
}
interface PlainRange {
  start: PlainPosition;
  end: PlainPosition;
}

function isPlainPosition(v: unknown): v is PlainPosition {
  return typeof v === 'object' && v !== null && typeof (v as PlainPosition).line === 'number' && typeof (v as PlainPosition).character === 'number';
}

/** A vscode.Range from a vscode.Range or an LSP range (command arguments arrive as plain JSON). */
export function toRange(v: unknown): vscode.Range | undefined {
  if (v instanceof vscode.Range) return v;
  if (typeof v !== 'object' || v === null) return undefined;
  const r = v as PlainRange;
  if (!isPlainPosition(r.start) || !isPlainPosition(r.end)) return undefined;
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}

export function toUri(v: unknown): vscode.Uri | undefined {
  if (v instanceof vscode.Uri) return v;
  if (typeof v === 'string' && v.length > 0) {
    try {
      return vscode.Uri.parse(v, true);
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** `caselint.selectRange` [uri, range]: select a range in the document (after a quick fix inserted text to complete). */
export async function selectRange(uriArg: unknown, rangeArg: unknown): Promise<boolean> {
  const uri = toUri(uriArg);
  const range = toRange(rangeArg);
  if (!uri || !range) return false;
  const key = uri.toString();
  const editor =
    vscode.window.activeTextEditor?.document.uri.toString() === key
      ? vscode.window.activeTextEditor
      : vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === key) ??
        (await vscode.window.showTextDocument(uri, { preserveFocus: false }));
  const validated = editor.document.validateRange(range);
  editor.selection = new vscode.Selection(validated.start, validated.end);
  editor.revealRange(validated, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return true;
}
