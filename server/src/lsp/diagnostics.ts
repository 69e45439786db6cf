import * as path from 'path';
import { pathToFileURL } from 'url';
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic } from 'vscode-languageserver';
import { docsPath } from '../core';
import type { Finding, Severity } from '../core';
import { ruleDocsUrl } from '../protocol';
import type { LspFix } from './convert';
import type { DocState } from './state';

export const SOURCE = 'caselint';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** Rules whose findings mark text that could go (shown faded). */
const UNNECESSARY = new Set(['reference-unused']);

/** What a diagnostic carries in `data`: enough to rebuild its quick fixes without the server's state. */
export interface DiagnosticData {
  rule: string;
  /** The document version the diagnostic (and its fixes' ranges) belong to. */
  version: number;
  fixes?: LspFix[];
  /** The rule's own machine-readable data (e.g. the suggested replacement). */
  ruleData?: Record<string, unknown>;
}

/**
 * Each rule's documentation link: its public page for the running version
 * (ruleDocsUrl), else the page shipped in the package (docsPath(id) below its root).
 */
export class RuleDocs {
  private readonly cache = new Map<string, string>();
  constructor(private readonly options: ServerDocsOptions) {}

  href(rule: string): string {
    let h = this.cache.get(rule);
    if (!h) {
      const { repository, version, packageRoot } = this.options;
      h = (version !== undefined ? ruleDocsUrl(repository, version, rule) : undefined) ?? pathToFileURL(path.join(packageRoot, docsPath(rule))).toString();
      this.cache.set(rule, h);
    }
    return h;
  }
}

/** Where the rule pages are: package.json's `repository` and `version`, and the installed package's root. */
export interface ServerDocsOptions {
  packageRoot: string;
  version?: string;
  repository?: string | { url?: string };
}

/** A finding in LSP terms; its range, related locations and fixes all through the state's one converter. */
export function toDiagnostic(state: DocState, finding: Finding, docs: RuleDocs): Diagnostic {
  const positions = state.positions;
  const data: DiagnosticData = { rule: finding.rule, version: state.version };
  if (finding.fixes && finding.fixes.length > 0) data.fixes = finding.fixes.map((f) => positions.fix(f));
  if (finding.data) data.ruleData = finding.data;
  const d: Diagnostic = {
    // Computed by the engine on the same line index as `positions` (also for a refused text, whose index is not kept).
    range: finding.range,
    severity: SEVERITY[finding.severity] ?? DiagnosticSeverity.Warning,
    code: finding.rule,
    codeDescription: { href: docs.href(finding.rule) },
    source: SOURCE,
    message: finding.message,
    data,
  };
  if (finding.related && finding.related.length > 0) {
    d.relatedInformation = finding.related.map((r) => ({
      location: { uri: state.uri, range: positions.range(r) },
      message: r.message,
    }));
  }
  if (UNNECESSARY.has(finding.rule)) d.tags = [DiagnosticTag.Unnecessary];
  return d;
}

/**
 * The state's findings as diagnostics, in the findings' order: converted on
 * first use and kept on the state, so a version is converted once whether
 * the client pulls, is pushed to, or asks for code actions.
 */
export function diagnosticsOf(state: DocState, docs: RuleDocs): Diagnostic[] {
  return (state.diagnostics ??= state.result.findings.map((f) => toDiagnostic(state, f, docs)));
}
