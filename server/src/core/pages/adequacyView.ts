/**
 * The one place the pages read the adequacy analysis (AdequacySummary,
 * TrialAssessment): each trial as a row of the TRD evidence table, and the
 * staging with what it rests on. Everything else in pages/ reads these rows.
 */
import type { AdequacySummary, TrialAssessment } from '../adequacy';
import type { CaseDocument, PathSegment } from '../document';
import { formatWeeks } from '../quantity';
import { lineOf } from './care';

export type TrialMark = 'adequate' | 'inadequate' | 'unassessable' | 'not-counted';

export interface TrialRow {
  /** Index in `treatment_history`. */
  index: number;
  path: PathSegment[];
  /** 1-based line of the entry. */
  line?: number;
  drug: string;
  className: string;
  role: string;
  dose: string;
  duration: string;
  outcome: string;
  mark: TrialMark;
  /** "adequate", or why not ("2 weeks < 6 weeks"). */
  adequacy: string;
  /** Counted as a failed treatment step toward a TRD claim. */
  counted: boolean;
  /** Why it counts or not (the analysis' own words: "a response", "the same drug again", ...). */
  countedWhy: string;
}

export interface Staging {
  label: string;
  /** What the stage or points rest on, in words. */
  restsOn: string[];
  missing: string[];
}

export interface AdequacyView {
  rows: TrialRow[];
  adequate: number;
  failed: number;
  /** Failed treatment steps that count, and how many a TRD claim needs. */
  failedSteps: number;
  requiredSteps: number;
  trdSupported: boolean;
  minimumWeeks: number;
  thaseRush: Staging;
  maudsley: Staging & { parts: { dimension: string; points: number }[] };
}

export function adequacyView(summary: AdequacySummary, doc: CaseDocument): AdequacyView {
  const rows = summary.trials.map((t) => trialRow(t, doc));
  const failedTrials = summary.trials.filter((t) => t.antidepressant && t.status === 'adequate' && t.failed);
  const failedText = failedTrials.map((t) => `${t.generic ?? t.drug}${t.class ? ` (${t.class})` : ''}`);
  const restsOn = failedText.length > 0 ? [`failed adequate antidepressant trials: ${failedText.join(', ')}`] : ['no failed adequate antidepressant trial'];
  const m = summary.maudsley;
  const partial = m.parts.reduce((n, p) => n + p.points, 0);
  return {
    rows,
    adequate: summary.adequateCount,
    failed: summary.failedCount,
    failedSteps: summary.failedSteps,
    requiredSteps: summary.requiredSteps,
    trdSupported: summary.trdSupported,
    minimumWeeks: summary.minimumWeeks,
    thaseRush: {
      label: summary.thaseRush.label,
      restsOn: [...restsOn, 'Thase and Rush (1997): classes of failed trials, then a TCA, an MAOI and ECT'],
      missing: summary.thaseRush.missing ? [summary.thaseRush.missing] : [],
    },
    maudsley: {
      label: m.points !== undefined ? `Maudsley Staging Method: ${m.points} points${m.band ? ` (${m.band})` : ''}` : `Maudsley Staging Method: ${partial} points so far (not a full score)`,
      restsOn: m.parts.map((p) => `${p.dimension}: ${p.points}`),
      missing: m.missing,
      parts: m.parts,
    },
  };
}

function trialRow(t: TrialAssessment, doc: CaseDocument): TrialRow {
  const raw = (key: string): string => {
    const v = doc.get([...t.path, key]);
    return typeof v === 'string' || typeof v === 'number' ? String(v) : '';
  };
  const reasons = t.reasons.join('; ');
  let adequacy: string;
  if (t.status === 'adequate') adequacy = 'adequate';
  else if (t.status === 'inadequate') adequacy = `inadequate: ${reasons}`;
  else if (t.status === 'unassessable') adequacy = `cannot be judged: ${reasons}`;
  else adequacy = `not judged: ${reasons}`;
  const countedWhy = t.counts ? `a failed treatment step (${t.outcome ?? 'no response'})` : (t.notCounted ?? (reasons || 'not an antidepressant'));
  const dose = t.doseMg !== undefined ? `${Math.round(t.doseMg * 100) / 100} mg/day` : raw('dose');
  const duration = t.weeks !== undefined ? `${raw('duration')}${raw('duration') === formatWeeks(t.weeks) ? '' : ` (${formatWeeks(t.weeks)})`}` : raw('duration');
  const line = lineOf(doc, t.path);
  return {
    index: t.index,
    path: t.path,
    ...(line !== undefined ? { line } : {}),
    drug: t.generic && t.generic !== t.drug ? `${t.drug} (${t.generic})` : t.drug,
    className: t.class ?? raw('class'),
    role: t.role,
    dose,
    duration,
    outcome: t.outcome ?? '',
    mark: t.status,
    adequacy,
    counted: t.counts,
    countedWhy,
  };
}
