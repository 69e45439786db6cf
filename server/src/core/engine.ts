import { Analyses } from './analyses';
import type { CaselintConfig } from './config';
import { DISABLE_DIRECTIVE, NO_DIRECTIVES, parseDirectives, type DirectiveKind, type Directives } from './directives';
import { CaseDocument, isStackOverflow, TOO_DEEP, type Path } from './document';
import { knowledgeBaseFor } from './knowledge';
import type { Rule, RuleContext } from './rule';
import { RULES } from './rules';
import { LineIndex } from './text';
import { MAX_MESSAGE_LENGTH, type Finding, type Report, type Severity, type SeveritySetting, type Span } from './types';
import { ALL, keyOf, recordingDoc, type Reads } from './reads';
import type { QuantityKind } from './quantity';

/**
 * The size limit of a case document, in UTF-8 bytes (what a file on disk has;
 * a leading BOM counts): larger texts get one finding and are not parsed, so a
 * huge file never hangs a run. The file reader (server/src/node) checks the
 * same limit on a file's size before reading it.
 */
export const MAX_TEXT_BYTES = 10 * 1024 * 1024;

/** The words of the too-large finding, for a text or file of `bytes` bytes (the reader says the same). */
export function tooLargeMessage(bytes: number): string {
  const mb = 1024 * 1024;
  return `the file is larger than ${MAX_TEXT_BYTES / mb} MB (${(bytes / mb).toFixed(1)} MB); case documents are not checked beyond that size`;
}

/** At most this many findings per document, then one that says how many more there were. */
export const MAX_FINDINGS = 1000;

export interface LintOptions {
  config?: CaselintConfig;
  /** The rules to run (default: all registered rules). */
  rules?: readonly Rule[];
  /** false: every `# caselint-disable…` comment is ignored (`--no-inline-config`). Default true. */
  inlineConfig?: boolean;
}

/** A finding a directive silenced, with that directive (docs/rules/disable-directive.md). */
export interface SuppressedFinding extends Finding {
  suppression: { kind: DirectiveKind; /** 0-based line of the comment. */ line: number; reason?: string };
}

export interface RuleFailure {
  rule: string;
  error: unknown;
}

/** Why a text was not parsed at all. */
export interface Refusal {
  reason: 'too-large' | 'binary';
  message: string;
}

export interface LintResult {
  /** The parsed document (of the text without a leading BOM); an empty one when the text was refused. */
  document: CaseDocument;
  findings: Finding[];
  /** Findings silenced by directives (not in `findings`), in the same order. */
  suppressed: SuppressedFinding[];
  /** Set when the text was not parsed (too large, binary): `findings` then holds the one finding that says so. */
  refused?: Refusal;
  /** The document's analyses (adequacy, de-identification, schema, citations), computed on first use. */
  analyses: Analyses;
  /** The configuration the text was linted with. */
  config: CaselintConfig;
  /** Rules that threw. The lint still completes; front ends log these. */
  failures: RuleFailure[];
}

export function severityFor(rule: Rule, config: CaselintConfig): SeveritySetting {
  return config.rules?.[rule.meta.id] ?? rule.meta.defaultSeverity;
}

/** A leading byte-order mark is not part of the document: no position counts it. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Lint a document's text (a leading BOM is dropped first, so every caller gets the same positions). Never throws. */
export function lint(text: string, options: LintOptions = {}): LintResult {
  const body = stripBom(text);
  const refused = refuse(text, body);
  if (refused) {
    const config = options.config ?? {};
    const lines = new LineIndex(body);
    const span: Span = { start: 0, end: Math.min(lines.lineEnd(0), 200) };
    const finding: Finding = { rule: 'yaml-syntax', severity: 'error', ...span, range: lines.range(span), message: refused.message };
    const document = new CaseDocument('');
    return { document, findings: [finding], suppressed: [], refused, analyses: new Analyses(document, knowledgeBaseFor(config), config), config, failures: [] };
  }
  return lintDocument(new CaseDocument(body), options);
}

/** Why a text is not parsed at all, or undefined (the size counts the BOM, as a file's size does). */
export function refuse(text: string, body: string): Refusal | undefined {
  // A UTF-16 code unit is 1 to 3 UTF-8 bytes: count them only when that decides.
  if (text.length > MAX_TEXT_BYTES || (text.length * 3 > MAX_TEXT_BYTES && utf8Length(text) > MAX_TEXT_BYTES)) {
    return { reason: 'too-large', message: tooLargeMessage(utf8Length(text)) };
  }
  if (body.indexOf('\u0000') !== -1) return { reason: 'binary', message: 'the file is binary (it contains NUL bytes), not a YAML case document' };
  return undefined;
}

/** The length of `text` in UTF-8 bytes (a surrogate pair is 4 bytes). */
function utf8Length(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    n += c < 0x800 || (c >= 0xd800 && c <= 0xdfff) ? 1 : 2;
  }
  return n;
}

/**
 * A rule's run in one lint, kept when the lint records (incremental linting):
 * the top-level keys it read (core/reads.ts) and what it reported, before
 * directives and the cap.
 */
export interface RuleRecord {
  reads: ReadonlySet<string>;
  reports: Report[];
}

/** What a lint that records hands to the next one: its rules' records, under the options they ran with. */
export interface RuleRecords {
  fingerprint: string;
  rules: Map<string, RuleRecord>;
  /** The rules whose earlier reports were replayed in this lint (not run). */
  replayed: string[];
}

/**
 * How a lint may replay the records of the lint of an earlier version
 * (core/incremental.ts answers both questions from the pieces it reused).
 */
export interface Replay {
  records?: RuleRecords;
  /** true when the pieces holding top-level key `key` (or the first content, for START) are the same as before. */
  unchanged(key: string): boolean;
  /** A report of the earlier version at its place in this one, or undefined when some offset of it was in the edited text. */
  move(report: Report): Report | undefined;
}

/** The records of each result linted with a Replay. */
const recordsOf = new WeakMap<LintResult, RuleRecords>();

export function ruleRecords(result: LintResult): RuleRecords | undefined {
  return recordsOf.get(result);
}

/**
 * Lint a parsed document (front ends that keep the parse for hover and
 * completion use this). `previous`: the analyses of an earlier version of the
 * same document, whose per-scalar scan results may be reused. `replay`: record
 * what each rule reads and reports, and replay the earlier version's reports
 * of each rule none of whose reads changed.
 */
export function lintDocument(doc: CaseDocument, options: LintOptions = {}, previous?: Analyses, replay?: Replay): LintResult {
  const config = options.config ?? {};
  const kb = knowledgeBaseFor(config);
  const analyses = new Analyses(doc, kb, config, previous);
  const failures: RuleFailure[] = [];
  const reported: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  const directives: Directives = options.inlineConfig === false ? NO_DIRECTIVES : parseDirectives(doc);
  let tooDeep = false;

  // disable-directive runs last: it reports the directives that silenced nothing.
  // A text that could not be read as data gets its syntax findings only (CaseDocument.unreadable).
  const rules = doc.unreadable ? (options.rules ?? RULES).filter((r) => r.meta.id === 'yaml-syntax') : (options.rules ?? RULES);
  const ordered = [...rules.filter((r) => r.meta.id !== DISABLE_DIRECTIVE), ...rules.filter((r) => r.meta.id === DISABLE_DIRECTIVE)];
  const records: RuleRecords | undefined = replay ? { fingerprint: fingerprintOf(options, rules), rules: new Map(), replayed: [] } : undefined;
  const earlier = replay?.records?.fingerprint === records?.fingerprint ? replay?.records : undefined;
  analyses.recording = records !== undefined;
  // The rule running now: one report function and (when not recording) one context serve every rule.
  let id = '';
  let severity: Severity = 'error';
  const report = (r: Report): void => {
    const start = Math.max(0, Math.min(r.start, doc.text.length));
    const end = Math.max(start, Math.min(r.end, doc.text.length));
    const line = doc.lines.position(start).line;
    const by = directives.silencer(id, line);
    // Ranges of kept findings are computed in finish(), for the ones within the cap.
    if (!by) reported.push({ ...r, start, end, range: NO_RANGE, rule: id, severity });
    else if (suppressed.length < MAX_FINDINGS) {
      const suppression: SuppressedFinding['suppression'] = { kind: by.kind, line: by.line };
      if (by.reason !== undefined) suppression.reason = by.reason;
      suppressed.push({ ...r, start, end, range: doc.lines.range({ start, end }), message: bounded(r.message), rule: id, severity, suppression });
    }
  };
  const plainCtx: RuleContext | undefined = records ? undefined : { doc, config, kb, analyses, directives, report };
  for (const rule of ordered) {
    const setting = severityFor(rule, config);
    if (setting === 'off') continue;
    severity = setting;
    id = rule.meta.id;
    const before = earlier?.rules.get(id);
    if (before && records && replay && [...before.reads].every((key) => replay.unchanged(key))) {
      const moved = before.reports.map((r) => replay.move(r));
      if (moved.every((r): r is Report => r !== undefined)) {
        for (const r of moved) report(r);
        records.rules.set(id, { reads: before.reads, reports: moved });
        records.replayed.push(id);
        continue;
      }
    }
    if (!records) {
      try {
        rule.check(plainCtx as RuleContext);
      } catch (error) {
        // Running out of stack is a property of the document, not a broken rule.
        if (isStackOverflow(error)) tooDeep = true;
        else failures.push({ rule: id, error });
      }
      continue;
    }
    const reads: Reads = new Set();
    const reports: Report[] = [];
    const ctx: RuleContext = {
      doc: recordingDoc(doc, reads),
      config,
      kb,
      analyses: recordingAnalyses(analyses, reads),
      get directives() {
        reads.add(ALL);
        return directives;
      },
      report(r: Report) {
        reports.push(r);
        report(r);
      },
    };
    try {
      rule.check(ctx);
      records.rules.set(id, { reads, reports });
    } catch (error) {
      if (isStackOverflow(error)) tooDeep = true;
      else failures.push({ rule: id, error });
    }
  }
  if (tooDeep && !doc.problems.some((p) => p.message === TOO_DEEP)) {
    reported.push({ ...doc.firstLineSpan(), range: NO_RANGE, rule: 'yaml-syntax', severity: 'error', message: TOO_DEEP });
  }
  suppressed.sort(compareFindings);
  const result: LintResult = { document: doc, findings: finish(doc, reported), suppressed, analyses, config, failures };
  if (records) recordsOf.set(result, records);
  return result;
}

/**
 * `analyses`, recording into `reads` what a rule reads through it: the
 * adequacy analysis what it read, a quantity its path, anything else (the
 * de-identification scan, the schema, citations, symbols) everything.
 */
function recordingAnalyses(analyses: Analyses, reads: Reads): Analyses {
  return new Proxy(analyses, {
    get(target, prop) {
      if (prop === 'adequacy') {
        const summary = target.adequacy;
        for (const key of target.adequacyReadKeys) reads.add(key);
        return summary;
      }
      if (prop === 'quantity') {
        return (path: Path, kind: QuantityKind) => {
          reads.add(keyOf(path));
          return target.quantity(path, kind);
        };
      }
      if (prop === 'kb' || prop === 'config') return target[prop];
      reads.add(ALL);
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** The options a rule's reports depend on (a replay needs the same). */
function fingerprintOf(options: LintOptions, rules: readonly Rule[]): string {
  return JSON.stringify([options.config ?? {}, options.inlineConfig !== false, rules === RULES ? [] : rules.map((r) => r.meta.id)]);
}

function bounded(message: string): string {
  return message.length <= MAX_MESSAGE_LENGTH ? message : `${message.slice(0, MAX_MESSAGE_LENGTH - 1)}…`;
}

const NO_RANGE = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** Sort, keep the first MAX_FINDINGS (with ranges) and say how many more there were. */
function finish(doc: CaseDocument, reported: Finding[]): Finding[] {
  reported.sort(compareFindings);
  const findings: Finding[] = [];
  let more = doc.omittedProblems;
  let moreAt = more > 0 ? doc.firstOmittedAt : Infinity;
  for (const f of reported) {
    const range = findings.length < MAX_FINDINGS ? doc.lines.range(f) : undefined;
    if (range) findings.push({ ...f, range, message: bounded(f.message) });
    else {
      more++;
      moreAt = Math.min(moreAt, f.start);
    }
  }
  if (more > 0) {
    const span = { start: moreAt, end: moreAt };
    findings.push({
      rule: 'yaml-syntax',
      severity: 'info',
      ...span,
      range: doc.lines.range(span),
      message: `${more} more finding${more === 1 ? '' : 's'} from here on ${more === 1 ? 'is' : 'are'} not shown (at most ${MAX_FINDINGS} are reported per file)`,
    });
  }
  return findings;
}

export function compareFindings(a: Finding, b: Finding): number {
  return a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule) || a.message.localeCompare(b.message);
}
