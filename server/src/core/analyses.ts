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
  /** `[@key]` and in-text `@key` citations in prose, in document order. */
  citations: Citation[];
  /** `references` entries with an id, in document order. */
  references: ReferenceEntry[];
}

/**
 * Readings of short quantity texts, per kind: a reading depends on the text
 * alone, and the same few ("20 mg/day", "8 weeks") recur in every document.
 * Shared, so never changed by a reader.
 */
const readings: Record<QuantityKind, Map<string, QuantityReading>> = { dose: new Map(), time: new Map(), weight: new Map() };
/** Readings kept per kind, and the longest text kept (both only bound the memory). */
const MAX_READINGS = 4096;
const MAX_KEPT_TEXT = 64;

function readingOf(raw: unknown, kind: QuantityKind): QuantityReading {
  if (typeof raw !== 'string' || raw.length > MAX_KEPT_TEXT) return readQuantity(raw, kind);
  const memo = readings[kind];
  let r = memo.get(raw);
  if (r === undefined) {
    r = readQuantity(raw, kind);
    if (memo.size >= MAX_READINGS) memo.clear();
    memo.set(raw, r);
  }
  return r;
}

export class Analyses {
  private adequacyMemo?: AdequacySummary;
  /** What the adequacy analysis read of the document (recorded only when `recording`). */
  private adequacyReads?: Reads;
  /** Record what the analyses read (incremental linting replays rules whose reads did not change). */
  recording = false;
  private phiMemo?: PhiFinding[];
  private schemaMemo?: ReturnType<typeof schemaAnalysis>;
  private citationsMemo?: CitationAnalysis;
  private symbolsMemo?: SymbolRef[];

  /**
   * The de-identification and citation scans' matches per scalar node, carried
   * from version to version of one document (phi/scan.ts ScanCache says why a
   * kept node's matches hold).
   */
  private scanCache?: ScanCache;
  private citationCache?: CitationCache;

  /**
   * `previous`: the analyses of an earlier version of the same document
   * (incremental linting), whose per-node scan results are reused for the
   * nodes the new version kept.
   */
  constructor(
    readonly doc: CaseDocument,
    readonly kb: KnowledgeBase,
    readonly config: CaselintConfig,
    previous?: Analyses,
  ) {
    // The scans read the text, the authors and the year, never the configuration.
    this.scanCache = previous?.scanCache;
    this.citationCache = previous?.citationCache;
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

  /** The quantity at `path` (quantity-format, adequacy and ketamine rules share each value's reading). */
  quantity(path: Path, kind: QuantityKind): QuantityReading {
    return readingOf(this.doc.get(path), kind);
  }

  /** Identifier candidates in patient-facing text (every phi-* rule reads the same scan). */
  get deidentification(): PhiFinding[] {
    if (!this.phiMemo) {
      const { findings, cache } = scanDocumentWith(this.doc, this.scanCache);
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
      const { citations, cache } = findCitationsWith(this.doc, this.citationCache);
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
