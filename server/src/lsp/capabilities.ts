import {
  CodeActionKind,
  TextDocumentSyncKind,
  type ClientCapabilities,
  type InitializeResult,
} from 'vscode-languageserver';

// No engine imports here: the initialize answer must not wait for the rules to load.

/**
 * Semantic token types and modifiers (lsp/semanticTokens.ts): drugs, frameworks,
 * author ids and citation keys; `unknown` marks one the knowledge base or the
 * document does not define, `brand` a drug written by its brand name.
 */
export const SEMANTIC_LEGEND = {
  tokenTypes: ['drug', 'framework', 'author', 'citation'],
  tokenModifiers: ['unknown', 'brand', 'declaration'],
};

/** The kind of the action that applies every safe fix (`editor.codeActionsOnSave`). */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.caselint`;

/** The kind of the action that redacts every identifier of a file (core/redact.ts). */
export const REDACT_ALL_KIND = `${CodeActionKind.Source}.redact.caselint`;

/** Characters after which the client asks for completions (`@` for citations, `:` and space for values, `-` for items). */
export const COMPLETION_TRIGGER_CHARACTERS = ['@', ':', ' ', '-'];

/** The client pulls diagnostics (LSP 3.17): the server then never pushes. */
export function clientPullsDiagnostics(caps: ClientCapabilities): boolean {
  return caps.textDocument?.diagnostic !== undefined;
}

export function initializeResult(caps: ClientCapabilities, version: string): InitializeResult {
  const literalActions = caps.textDocument?.codeAction?.codeActionLiteralSupport !== undefined;
  const result: InitializeResult = {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
      hoverProvider: true,
      completionProvider: { triggerCharacters: COMPLETION_TRIGGER_CHARACTERS, resolveProvider: false },
      codeActionProvider: literalActions ? { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND, REDACT_ALL_KIND] } : true,
      documentSymbolProvider: { label: 'caselint' },
      foldingRangeProvider: true,
      definitionProvider: true,
      referencesProvider: true,
      renameProvider: caps.textDocument?.rename?.prepareSupport ? { prepareProvider: true } : true,
      inlayHintProvider: true,
      codeLensProvider: { resolveProvider: false },
      documentLinkProvider: { resolveProvider: false },
      semanticTokensProvider: { legend: SEMANTIC_LEGEND, full: true },
    },
    serverInfo: { name: 'caselint', version },
  };
  if (clientPullsDiagnostics(caps)) {
    result.capabilities.diagnosticProvider = { identifier: 'caselint', interFileDependencies: false, workspaceDiagnostics: false };
  }
  return result;
}
