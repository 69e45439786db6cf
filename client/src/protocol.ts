/**
 * The caselint-specific requests of the language server. The method names and types live with the server
 * (server/src/lsp/protocol.ts holds only types and constants, so nothing of the server is bundled here).
 */
export {
  ADEQUACY_SUMMARY_METHOD as ADEQUACY_SUMMARY,
  LINT_FILES_METHOD as LINT_FILES,
  SELECT_RANGE_COMMAND,
  type AdequacySummaryParams,
  type AdequacySummaryResult,
  type LintFileResult,
  type LintFilesParams,
  type LintFilesResult,
} from '../../server/src/lsp/protocol';
