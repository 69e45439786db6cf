import type { Analyses } from './analyses';
import type { CaselintConfig } from './config';
import type { Directives } from './directives';
import type { CaseDocument } from './document';
import type { KnowledgeBase } from './knowledge';
import type { Report, RuleMeta } from './types';

export interface RuleContext {
  readonly doc: CaseDocument;
  readonly config: CaselintConfig;
  readonly kb: KnowledgeBase;
  /** Report a finding for the running rule. */
  report(report: Report): void;
  /** Analyses several rules read (adequacy, de-identification, schema, citations), computed once per lint. */
  readonly analyses: Analyses;
  /** The document's directive comments (none with `inlineConfig: false`). */
  readonly directives: Directives;
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): void;
}
