/**
 * The engine's public surface, and the only module of core that the front
 * ends (server/src/cli, server/src/lsp, server/src/node) import: text in,
 * findings and analyses out. No IO, no LSP, no process. ESLint's
 * no-restricted-imports keeps it the only door.
 */
export { lint, lintDocument, compareFindings, severityFor, MAX_FINDINGS, MAX_TEXT_BYTES, tooLargeMessage } from './engine';
export type { LintOptions, LintResult, RuleFailure, SuppressedFinding } from './engine';
export { lintIncremental, lastIncrementalStats } from './incremental';
export { ruleRecords } from './engine';
export type { RuleRecords, RuleRecord } from './engine';
export type { IncrementalStats } from './incremental';
export { fixText, chooseSafeFixes, safeFix, MAX_FIX_PASSES } from './fix';
export type { FixResult } from './fix';
export { CaseDocument, MAX_NESTING, TOO_DEEP } from './document';
export { NOT_DISABLEABLE, DISABLE_DIRECTIVE, canDisable, isDeidentificationRule, parseDirectiveLine, directiveAt, writeDirective, addToDirective } from './directives';
export type { Directive, DirectiveKind } from './directives';
export type { Path, PathSegment, ScalarEntry, StringScalar } from './document';
export { RULES, ruleById, ruleMetas, docsPath } from './rules';
export { PLACEHOLDER_PHRASES } from './rules/placeholder-text';
export type { Rule, RuleContext } from './rule';
export { mergeConfigs, minimumWeeks, requireDifferentClasses, DEFAULT_MINIMUM_WEEKS, CONFIG_FILE_GLOB, CONFIG_FILE_NAMES, repositoryFilesUrl, repositoryWebUrl, ruleDocsUrl, type PackageRepository } from './config';
export type { CaselintConfig, DrugOverride } from './config';
export { parseConfigText, isJsonConfigName } from './configFile';
export type { ConfigFileProblem, ParsedConfigFile } from './configFile';
export { knowledgeBaseFor, knowledgeBaseText, KnowledgeBase } from './knowledge';
export type { DrugInfo, Sourced } from './knowledge';
export * from './types';
export { isCaseDocument, isCaseFileName, firstKeyIsCaselint } from './detect';
export { Analyses } from './analyses';
export type { CitationAnalysis } from './analyses';
export type { Refusal } from './engine';
export { stripBom } from './engine';
export type { AdequacySummary, TrialAssessment, TrialStatus, TrialRole, TreatmentStep } from './adequacy';
export type { KetamineDose } from './ketamine';
export { adequacyMarkdown, formatAdequacySummary, trdLine } from './describe/summary';
export { cursorAt } from './cursor/cursor';
export type { Cursor, CursorKind } from './cursor/types';
export type { TextToken } from './cursor/line';
export { citationAt, citationKeyPrefixAt } from './cursor/citation';
export { termAt } from './cursor/term';
export type { DescribeContext } from './describe/context';
export { describeCursor, valueMarkdown } from './describe/cursor';
export type { Described } from './describe/cursor';
export { affiliationMarkdown, keyMarkdown, referenceMarkdown, schemaAt } from './describe/document';
export { drugMarkdown } from './describe/knowledge';
export { trialStatusText } from './describe/status';
export { unitChoices, unitMarkdown } from './describe/units';
export { findCitations, referenceEntries, BEFORE_AT, KEY_CHAR } from './citations';
export type { Citation, ReferenceEntry } from './citations';
export { collectSymbolRefs, symbolAt } from './symbols';
export type { SymbolKind, SymbolRef } from './symbols';
export { DOSE_UNITS, TIME_UNITS } from './quantity';
export { applyEdits, LineIndex, didYouMean, nearest } from './text';
export { subschemaAt, configSubschemaAt } from './schema';
export type { SchemaInfo } from './schema';
export { renderReport, renderArticle, renderIndex, renderReviewModel, reviewModel, PAGE_FORMATS } from './pages';
export type { PageFormat, PageLinks, PageOptions, ReviewModel, Verdict, IndexEntry } from './pages';
export { redaction, redactAllEdits, REDACT_TITLE } from './redact';
export { initConfigText, INIT_CONFIG_FILE_NAME } from './init';
export { preferredClass, preferredDoseUnits, preferredRoutes } from './describe/suggest';
export { documentLinks, linkAt, linkMarkdown, resolverUrl } from './links';
export type { DocumentLink, LinkKind } from './links';
export { semanticSpans } from './semantic';
export type { SemanticKind, SemanticModifier, SemanticSpan } from './semantic';
