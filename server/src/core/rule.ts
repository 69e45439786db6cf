import type { CaselintConfig } from './config';
import type { CaseDocument } from './document';
import type { KnowledgeBase } from './knowledge';
import type { Report, RuleMeta } from './types';

export interface RuleContext {
  readonly doc: CaseDocument;
  readonly config: CaselintConfig;
  readonly kb: KnowledgeBase;
  /** Report a finding for the running rule. */
  report(report: Report): void;
  /**
   * Work shared by several rules (and front ends) for one lint: computed on
   * first use, then reused. `key` names the analysis, e.g. 'adequacy'.
   */
  shared<T>(key: string, compute: () => T): T;
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): void;
}
