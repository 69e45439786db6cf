/**
 * The analyses of one parsed document that several rules and the front ends
 * read: each is computed on first use and kept, once per lint. Rules reach
 * them as `ctx.analyses`, front ends as `result.analyses`; nothing else
 * memoises them.
 */
import { analyzeAdequacy, type AdequacySummary } from './adequacy';
import { findCitationsWith, referenceEntries, type Citation, type CitationCache, type ReferenceEntry } from './citations';
import type { CaselintConfig } from './config';
import type { CaseDocument, Path } from './document';
import type { KnowledgeBase } from './knowledge';
import { readQuantity, type QuantityKind, type QuantityReading } from './quantity';
import { scanDocumentWith, type PhiFinding, type ScanCache } from './phi/scan';
import { withRedactions } from './redact';
import { schemaAnalysis, type CanonicalSpelling } from './schema';
import { collectSymbolRefs, type SymbolRef } from './symbols';
import type { Report } from './types';
import { ALL, keyOf, recordingDoc, type Reads } from './reads';

export interface CitationAnalysis {
  /** `[@key]` citations in prose, in document order. */
  citations: Citation[];
  /** `references` entries with an id, in document order. */
  references: ReferenceEntry[];
}

export class Analyses {
  private adequacyMemo?: AdequacySummary;
  /** What the adequacy analysis read of the document (recorded only when `recording`). */
  private adequacyReads?: Reads;
  /** Record what the analyses read (incremental linting replays rules whose reads did not change). */
  recording = false;
  private phiMemo?: PhiFinding[];
  /** The de-identification scan's matches per scalar text (read by the next version's analyses). */
  private scanCache?: ScanCache;
  private schemaMemo?: ReturnType<typeof schemaAnalysis>;
  private citationsMemo?: CitationAnalysis;
  private symbolsMemo?: SymbolRef[];
  private readonly quantityMemo = new Map<string, QuantityReading>();

  /** The scan cache of an earlier version of the same document; let go once this version has its own. */
  private previousScan?: ScanCache;
  /** The citations found per scalar text, this version's and the earlier version's. */
  private citationCache?: CitationCache;
  private previousCitations?: CitationCache;

  /**
   * `previous`: the analyses of an earlier version of the same document
   * (incremental linting), whose per-scalar results are reused where a
   * scalar's text is unchanged.
   */
  constructor(
    readonly doc: CaseDocument,
    readonly kb: KnowledgeBase,
    readonly config: CaselintConfig,
    previous?: Analyses,
  ) {
    // The scan reads the text, the authors and the year, never the configuration.
    if (previous) previous.handOver(this);
  }

  private handOver(next: Analyses): void {
    next.previousScan = this.scanCache ?? this.previousScan;
    this.previousScan = undefined;
    next.previousCitations = this.citationCache ?? this.previousCitations;
    this.previousCitations = undefined;
  }

  /** Treatment adequacy: each trial judged, the counts, Thase-Rush and Maudsley. */
  get adequacy(): AdequacySummary {
    if (!this.adequacyMemo) {
      if (this.recording) {
        const reads: Reads = new Set();
        this.adequacyMemo = analyzeAdequacy(recordingDoc(this.doc, reads), this.kb, this.config, (path, kind) => {
          reads.add(keyOf(path));
          return this.quantity(path, kind);
        });
        this.adequacyReads = reads;
      } else {
        this.adequacyMemo = analyzeAdequacy(this.doc, this.kb, this.config, (path, kind) => this.quantity(path, kind));
      }
    }
    return this.adequacyMemo;
  }

  /** The top-level keys the adequacy analysis read (everything, unless it ran recording). */
  get adequacyReadKeys(): ReadonlySet<string> {
    return this.adequacyReads ?? new Set([ALL]);
  }

  /** The quantity at `path` read once (quantity-format, adequacy and ketamine rules share it). */
  quantity(path: Path, kind: QuantityKind): QuantityReading {
    const key = `${kind}\u0000${path.join('\u0000')}`;
    let r = this.quantityMemo.get(key);
    if (!r) {
      r = readQuantity(this.doc.get(path), kind);
      this.quantityMemo.set(key, r);
    }
    return r;
  }

  /** Identifier candidates in patient-facing text (every phi-* rule reads the same scan). */
  get deidentification(): PhiFinding[] {
    if (!this.phiMemo) {
      const { findings, cache } = scanDocumentWith(this.doc, this.previousScan);
      this.previousScan = undefined;
      this.scanCache = cache;
      this.phiMemo = withRedactions(this.doc, findings);
    }
    return this.phiMemo;
  }

  /** JSON Schema problems, each placed on the smallest node that explains it. */
  get schema(): Report[] {
    return (this.schemaMemo ??= schemaAnalysis(this.doc)).reports;
  }

  /** Values accepted in another spelling (`class: ssri`, `route: IM`) with their canonical one, for a quick fix. */
  get spellings(): CanonicalSpelling[] {
    return (this.schemaMemo ??= schemaAnalysis(this.doc)).spellings;
  }

  get citations(): CitationAnalysis {
    if (!this.citationsMemo) {
      const { citations, cache } = findCitationsWith(this.doc, this.previousCitations);
      this.previousCitations = undefined;
      this.citationCache = cache;
      this.citationsMemo = { citations, references: referenceEntries(this.doc) };
    }
    return this.citationsMemo;
  }

  /** Definitions and uses of reference, author and affiliation ids (go to definition, references, rename). */
  get symbols(): SymbolRef[] {
    return (this.symbolsMemo ??= collectSymbolRefs(this.doc, this.citations));
  }
}
