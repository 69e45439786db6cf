import { TextDocument } from 'vscode-languageserver-textdocument';
import { knowledgeBaseFor, lintIncremental } from '../core';
import { provideCompletion } from './completion';
import { diagnosticsOf, RuleDocs } from './diagnostics';
import { provideHover } from './hover';
import { DEFAULT_SETTINGS, DocState } from './state';

/**
 * What the build runs to make the server's code cache (esbuild.mjs, through
 * node/codeCache.ts produceCodeCache): an open, an edit, the diagnostics and
 * a hover and a completion on each text, so that the functions a session
 * calls first are in the cache and the first lint after start compiles none
 * of them. Nothing is kept or written; no connection is made.
 */
export function warmUp(texts: readonly string[]): void {
  const docs = new RuleDocs({ packageRoot: '.' });
  const env = { settings: DEFAULT_SETTINGS, config: {}, kb: knowledgeBaseFor({}) };
  for (const text of texts) {
    const uri = 'file:///warm-up/a.case.yaml';
    const opened = lintIncremental(text, {});
    // An edit: a letter typed at the end of the middle line.
    const nl = text.indexOf('\n', text.length >> 1);
    const at = nl === -1 ? text.length : nl;
    const edited = `${text.slice(0, at)}x${text.slice(at)}`;
    const result = lintIncremental(edited, {}, opened);
    const document = TextDocument.create(uri, 'case-report', 2, edited);
    const state = new DocState(uri, 2, document, result, env);
    diagnosticsOf(state, docs);
    for (const line of [2, document.lineCount >> 2, document.lineCount >> 1]) {
      const position = { line, character: 4 };
      provideHover(state, position);
      provideCompletion(state, position);
    }
  }
}
