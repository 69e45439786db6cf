import * as assert from 'assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position } from 'vscode-languageserver';
import { lint, type CaselintConfig } from '../../server/src/core';
import { knowledgeBaseFor } from '../../server/src/core/knowledge';
import { DEFAULT_SETTINGS, DocState } from '../../server/src/lsp/state';

/**
 * A DocState for `src` (with `$0` marking the cursor), linted in-process, for
 * tests that call the LSP handlers directly (hover, completion).
 */
export function stateAtCursor(src: string, config: CaselintConfig = {}): { state: DocState; text: string; position: Position } {
  const offset = src.indexOf('$0');
  assert.ok(offset >= 0, 'test text needs a $0 cursor marker');
  const text = src.replace('$0', '');
  const result = lint(text, { config });
  const document = TextDocument.create('file:///test/a.case.yaml', 'yaml', 1, text);
  const state = new DocState(document.uri, 1, document, result, { settings: DEFAULT_SETTINGS, config, kb: knowledgeBaseFor(config) });
  return { state, text, position: document.positionAt(offset) };
}
