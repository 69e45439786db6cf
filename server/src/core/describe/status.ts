import type { TrialStatus } from '../adequacy';

/**
 * How a trial's adequacy is worded everywhere it is shown: hover, the
 * adequacy summary (Markdown and plain text). "cannot be judged" is also
 * what the trial-unassessable and trd-criteria-unmet messages say.
 */
const STATUS_TEXT: Record<TrialStatus, string> = {
  adequate: 'adequate',
  inadequate: 'not adequate',
  unassessable: 'cannot be judged',
  'not-counted': 'not counted',
};

/** A mark for a table cell, so a column of verdicts reads at a glance. */
const STATUS_MARK: Record<TrialStatus, string> = {
  adequate: '✓',
  inadequate: '✗',
  unassessable: '?',
  'not-counted': '',
};

/** "adequate", "not adequate", "cannot be judged", "not counted". */
export function trialStatusText(status: TrialStatus): string {
  return STATUS_TEXT[status] ?? String(status).replace(/-/g, ' ');
}

/** The status with its mark ("✓ adequate"), for tables. */
export function trialStatusCell(status: TrialStatus): string {
  const mark = STATUS_MARK[status];
  return mark ? `${mark} ${trialStatusText(status)}` : trialStatusText(status);
}

/** "This trial is not adequate", "This trial cannot be judged". */
export function trialStatusSentence(status: TrialStatus): string {
  return `This trial ${status === 'unassessable' ? '' : 'is '}${trialStatusText(status)}`;
}
