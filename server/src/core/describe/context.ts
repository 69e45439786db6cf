import type { AdequacySummary } from '../adequacy';
import type { CaseDocument } from '../document';
import type { KnowledgeBase } from '../knowledge';

/**
 * What a description reads: the document, the knowledge base it was linted
 * with, and its adequacy analysis (read only to word a trial's verdict).
 * A lint result's `analyses` is one.
 */
export interface DescribeContext {
  readonly doc: CaseDocument;
  readonly kb: KnowledgeBase;
  readonly adequacy: AdequacySummary | undefined;
}
