import { Analyses } from './analyses';
import type { CaselintConfig } from './config';
import { DISABLE_DIRECTIVE, NO_DIRECTIVES, parseDirectives, type DirectiveKind, type Directives } from './directives';
import { CaseDocument } from './document';
import { knowledgeBaseFor } from './knowledge';
import type { Rule, RuleContext } from './rule';
import { RULES } from './rules';
import { LineIndex } from './text';
import type { Finding, Report, Severity, SeveritySetting, Span } from './types';

/** Larger files get one finding and are not parsed (rules.md: huge files never hang a run). */
export const MAX_TEXT_LENGTH = 10 * 1024 * 1024;

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
  const refused = refuse(body);
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

/** Why a text is not parsed at all, or undefined. */
function refuse(text: string): Refusal | undefined {
  if (text.length > MAX_TEXT_LENGTH) {
    return { reason: 'too-large', message: `the file is larger than ${MAX_TEXT_LENGTH / (1024 * 1024)} MB; case documents are not checked beyond that size` };
  }
  if (text.indexOf('\u0000') !== -1) return { reason: 'binary', message: 'the file is binary (it contains NUL bytes), not a YAML case document' };
  return undefined;
}

/** Lint a parsed document (front ends that keep the parse for hover and completion use this). */
export function lintDocument(doc: CaseDocument, options: LintOptions = {}): LintResult {
  const config = options.config ?? {};
  const kb = knowledgeBaseFor(config);
  const analyses = new Analyses(doc, kb, config);
  const failures: RuleFailure[] = [];
  const findings: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  const directives: Directives = options.inlineConfig === false ? NO_DIRECTIVES : parseDirectives(doc);

  // disable-directive runs last: it reports the directives that silenced nothing.
  const rules = options.rules ?? RULES;
  const ordered = [...rules.filter((r) => r.meta.id !== DISABLE_DIRECTIVE), ...rules.filter((r) => r.meta.id === DISABLE_DIRECTIVE)];
  for (const rule of ordered) {
    const setting = severityFor(rule, config);
    if (setting === 'off') continue;
    const severity: Severity = setting;
    const id = rule.meta.id;
    const ctx: RuleContext = {
      doc,
      config,
      kb,
      analyses,
      directives,
      report(r: Report) {
        const start = Math.max(0, Math.min(r.start, doc.text.length));
        const end = Math.max(start, Math.min(r.end, doc.text.length));
        const range = doc.lines.range({ start, end });
        const finding: Finding = { ...r, start, end, range, rule: id, severity };
        const by = directives.silencer(id, range.start.line);
        if (!by) findings.push(finding);
        else {
          const suppression: SuppressedFinding['suppression'] = { kind: by.kind, line: by.line };
          if (by.reason !== undefined) suppression.reason = by.reason;
          suppressed.push({ ...finding, suppression });
        }
      },
    };
    try {
      rule.check(ctx);
    } catch (error) {
      failures.push({ rule: id, error });
    }
  }
  findings.sort(compareFindings);
  suppressed.sort(compareFindings);
  return { document: doc, findings, suppressed, analyses, config, failures };
}

export function compareFindings(a: Finding, b: Finding): number {
  return a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule) || a.message.localeCompare(b.message);
}
