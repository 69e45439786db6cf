import { formatAdequacySummary, getAdequacy } from '../core/adequacy';
import type { CaselintConfig } from '../core/config';
import type { LintResult } from '../core/engine';

/** The adequacy summary of one linted file (--summary), as text. */
export function adequacySummary(result: LintResult, config: CaselintConfig): string | undefined {
  try {
    return formatAdequacySummary(getAdequacy(result, config));
  } catch {
    return undefined; // a summary is extra: it never fails the run
  }
}
