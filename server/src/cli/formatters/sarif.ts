import type { Severity } from '../../core';
import type { CliDiagnostic, CliSuppressed } from '../results';
import type { Formatter } from './types';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/**
 * SARIF 2.1.0 for code scanning: one run; driver.rules lists every registered
 * rule (ruleIndex points into it); locations are relative URIs with forward
 * slashes; regions are 1-based with an exclusive endColumn (as SARIF defines).
 */
export const formatSarif: Formatter = (results, options) => {
  const rules = [...options.rules];
  const index = new Map(rules.map((r, i) => [r.id, i]));
  // Findings of an id the registry lacks (none today) still get a rule entry.
  for (const r of results) {
    for (const d of [...r.diagnostics, ...r.suppressed]) {
      if (!index.has(d.rule)) {
        index.set(d.rule, rules.length);
        rules.push({ id: d.rule, description: d.rule, defaultSeverity: d.severity, category: 'structure' });
      }
    }
  }
  const sarif = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'caselint',
            version: options.version,
            informationUri: options.informationUri,
            rules: rules.map((r) => ({
              id: r.id,
              shortDescription: { text: r.description },
              helpUri: options.docsUrl(r.id),
              defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
              properties: { category: r.category },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        // A silenced finding is still a result, with the directive that silenced it (so a
        // code-scanning page tells a clean file from a silenced one).
        results: results.flatMap((r) => {
          const result = (d: CliDiagnostic) => ({
            ruleId: d.rule,
            ruleIndex: index.get(d.rule)!,
            level: LEVEL[d.severity],
            message: { text: d.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: encodeUriPath(r.displayPath) },
                  region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn },
                },
              },
            ],
          });
          const silenced = (d: CliSuppressed) => ({
            ...result(d),
            suppressions: [
              {
                kind: 'inSource',
                ...(d.suppression.reason ? { justification: d.suppression.reason } : {}),
                location: {
                  physicalLocation: { artifactLocation: { uri: encodeUriPath(r.displayPath) }, region: { startLine: d.suppression.line } },
                },
              },
            ],
          });
          if (r.suppressed.length === 0) return r.diagnostics.map(result);
          return [...r.diagnostics.map(result), ...r.suppressed.map(silenced)].sort((a, b) => {
            const x = a.locations[0]!.physicalLocation.region;
            const y = b.locations[0]!.physicalLocation.region;
            return x.startLine - y.startLine || x.startColumn - y.startColumn;
          });
        }),
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
};

/** A relative path as a URI reference: each segment percent-encoded, slashes kept. */
function encodeUriPath(p: string): string {
  return p
    .split('/')
    .map((s) => encodeURIComponent(s))
    .join('/');
}
