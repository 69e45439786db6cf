import { formatAdequacySummary, type LintResult } from '../core';

/** The adequacy summary of one linted file (--summary), as text. */
export function adequacySummary(result: LintResult): string | undefined {
  try {
    return formatAdequacySummary(result.analyses.adequacy);
  } catch {
    return undefined; // a summary is extra: it never fails the run
  }
}
