/** The engine's public surface: text in, findings out. No IO, no LSP, no process. */
export { lint, lintDocument, compareFindings, MAX_TEXT_LENGTH } from './engine';
export type { LintOptions, LintResult, RuleFailure } from './engine';
export { CaseDocument } from './document';
export type { Path, PathSegment } from './document';
export { RULES, ruleById, ruleMetas, docsPath } from './rules';
export { mergeConfigs, minimumWeeks, DEFAULT_MINIMUM_WEEKS } from './config';
export type { CaselintConfig, DrugOverride } from './config';
export { knowledgeBaseFor, KnowledgeBase } from './knowledge';
export * from './types';
export { isCaseDocument } from './detect';
