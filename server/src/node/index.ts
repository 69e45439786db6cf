export { describeError } from './errors';
/**
 * What both front ends (server/src/cli, server/src/lsp) need from the disk:
 * reading a case file and resolving its configuration, written once so the
 * command line and the editor read the same text with the same configuration.
 * Node IO, no LSP; the engine only through server/src/core.
 */
export { readCaseFile, readCaseFileSync, type CaseFileProblem, type CaseFileRead } from './caseFile';
export {
  ConfigResolver,
  formatConfigProblem,
  isConfigFileName,
  MAX_CONFIG_BYTES,
  problemCount,
  type ConfigFile,
  type ConfigProblem,
  type ResolvedConfig,
} from './configs';
export { errorCode, readHeadSync, readRegularFileSync, specialKind, type FileRead, type NotRead } from './read';
