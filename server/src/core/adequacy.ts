/**
 * Treatment adequacy: which trials in `treatment_history` are adequate (MGH
 * ATRQ: at least the drug's minimum adequate dose for at least the minimum
 * duration), plus the Thase-Rush stage and Maudsley points the history
 * supports. Read through Analyses by the adequacy rules and the
 * front ends (summary, hover, inlay hints).
 */
import { minimumWeeks, type CaselintConfig } from './config';
import { partialDateDay, parsePartialDate } from './dates';
import type { CaseDocument, PathSegment } from './document';
import type { DrugInfo, KnowledgeBase } from './knowledge';
import { formatWeeks, parseQuantity, toMg, toWeeks } from './quantity';

export type TrialStatus = 'adequate' | 'inadequate' | 'unassessable' | 'not-counted';
export type TrialRole = 'monotherapy' | 'combination' | 'augmentation';

export interface TrialAssessment {
  /** Index in `treatment_history`. */
  index: number;
  path: PathSegment[];
  /** The drug as written. */
  drug: string;
  /** The generic name, when the knowledge base knows the drug. */
  generic?: string;
  class?: string;
  antidepressant: boolean;
  role: TrialRole;
  status: TrialStatus;
  /** Why the trial is not adequate or cannot be judged ("3 weeks < 6 weeks", "75 mg/day < 150 mg/day", "no duration"). */
  reasons: string[];
  weeks?: number;
  /** Daily dose in mg. */
  doseMg?: number;
  /** The minimum adequate daily dose applied (ATRQ, or the augmentation floor for augmentation agents). */
  minDoseMg?: number;
  /** True when the minimum applied is marked uncertain in the knowledge base. */
  minDoseUncertain?: boolean;
  /** The usual maximum applied (label maximum, or the augmentation ceiling). */
  maxDoseMg?: number;
  maxDoseUncertain?: boolean;
  /** Source keys behind the minimum and maximum applied. */
  minDoseSrc?: string[];
  maxDoseSrc?: string[];
  /** Failed: adequate, and the outcome is not a response or remission. */
  failed: boolean;
  outcome?: string;
  /** Period parsed to day numbers [start, end] (inclusive), when given. */
  period?: [number, number];
  /** "sertraline 100 mg/day x 3 weeks" */
  label: string;
}

export interface AdequacySummary {
  trials: TrialAssessment[];
  /** Adequate antidepressant trials (what TRD counts). */
  adequateCount: number;
  /** Adequate antidepressant trials that did not bring response or remission. */
  failedCount: number;
  minimumWeeks: number;
  thaseRush: { stage?: number; label: string; missing?: string };
  maudsley: { points?: number; band?: string; parts: { dimension: string; points: number }[]; missing: string[] };
}

/** Float slack: 42 days is 6 weeks. */
export const EPSILON = 1e-9;
const RESPONDED = new Set(['remission', 'response']);

/** Analyse the document's treatment history. Never throws on odd input. */
export function analyzeAdequacy(doc: CaseDocument, kb: KnowledgeBase, config: CaselintConfig = {}): AdequacySummary {
  const minWeeks = minimumWeeks(config);
  const weightKg = patientWeightKg(doc);
  const trials: TrialAssessment[] = [];
  for (const { path, value } of doc.items(['treatment_history'])) {
    if (!isRecord(value) || typeof value.drug !== 'string' || value.drug.trim() === '') continue;
    trials.push(assessTrial(path, value, kb, minWeeks, weightKg));
  }
  const counted = trials.filter((t) => t.antidepressant && t.status === 'adequate');
  const failed = counted.filter((t) => t.failed);
  const summary: AdequacySummary = {
    trials,
    adequateCount: counted.length,
    failedCount: failed.length,
    minimumWeeks: minWeeks,
    thaseRush: thaseRush(doc, kb, trials),
    maudsley: maudsley(doc, kb, trials),
  };
  return summary;
}

function assessTrial(
  path: PathSegment[],
  entry: Record<string, unknown>,
  kb: KnowledgeBase,
  minWeeks: number,
  weightKg: number | undefined,
): TrialAssessment {
  const written = String(entry.drug).trim();
  const info = kb.drug(written);
  const role = roleOf(entry.role);
  const outcome = typeof entry.outcome === 'string' ? entry.outcome : undefined;
  const reasons: string[] = [];

  // Duration
  let weeks: number | undefined;
  if (entry.duration === undefined || entry.duration === null) reasons.push('no duration');
  else {
    const q = parseQuantity(entry.duration, 'time');
    weeks = q.ok ? toWeeks(q.quantity) : undefined;
    if (weeks === undefined) reasons.push('duration not readable');
  }

  // Dose
  let doseMg: number | undefined;
  let doseText: string | undefined;
  if (entry.dose === undefined || entry.dose === null) reasons.push('no dose');
  else {
    const q = parseQuantity(entry.dose, 'dose');
    if (!q.ok) reasons.push('dose not readable');
    else if (q.quantity.unit === 'mEq/L' || q.quantity.unit === 'ng/mL') {
      reasons.push('dose given as a serum level');
      doseText = q.quantity.text;
    } else if (q.quantity.unit === 'mg/kg' && weightKg === undefined) {
      reasons.push('mg/kg dose without patient.weight');
      doseText = q.quantity.text;
    } else {
      doseMg = toMg(q.quantity, weightKg);
      doseText = `${round(doseMg ?? 0)} mg/day`;
    }
  }
  const unreadable = reasons.slice();

  // Thresholds: the augmentation floor and ceiling for a trial with role augmentation (when the
  // knowledge base has them), else the drug's ATRQ minimum and label maximum.
  const asAugmentation = role === 'augmentation';
  const min = (asAugmentation ? info?.augmentationMinMg : undefined) ?? info?.minDoseMg;
  const max = (asAugmentation ? info?.augmentationMaxMg : undefined) ?? info?.maxDoseMg;

  const adequacyReasons: string[] = [];
  const judgeDuration = info !== undefined && (info.antidepressant || role === 'augmentation');
  if (weeks !== undefined && judgeDuration && weeks < minWeeks - EPSILON) {
    adequacyReasons.push(`${formatWeeks(weeks)} < ${formatWeeks(minWeeks)}`);
  }
  if (doseMg !== undefined && min && doseMg < min.value - EPSILON) {
    adequacyReasons.push(`${round(doseMg)} mg/day < ${round(min.value)} mg/day`);
  }
  // ATHF: a trial stopped for intolerance loses a point, which takes an adequate rating (3) below adequate;
  // EU-PEARL: an early stop for intolerance is no failed trial. Either way it does not count.
  if (outcome === 'not tolerated' && info?.antidepressant) adequacyReasons.push('not tolerated');
  reasons.push(...adequacyReasons);

  let status: TrialStatus;
  if (!info || !info.antidepressant) status = 'not-counted';
  else if (adequacyReasons.length > 0) status = 'inadequate';
  else if (unreadable.length > 0) status = 'unassessable';
  else status = 'adequate';
  if (!info) reasons.push('not in the knowledge base');
  else if (!info.antidepressant) reasons.push(role === 'augmentation' ? 'augmentation agent' : `not an antidepressant (${info.class})`);

  const name = info?.name ?? written;
  const labelParts = [name];
  if (doseText) labelParts.push(doseText);
  let label = labelParts.join(' ');
  if (weeks !== undefined) label += ` x ${formatWeeks(weeks)}`;

  const t: TrialAssessment = {
    index: typeof path[1] === 'number' ? path[1] : 0,
    path,
    drug: written,
    antidepressant: info?.antidepressant ?? false,
    role,
    status,
    reasons,
    failed: status === 'adequate' && !(outcome !== undefined && RESPONDED.has(outcome)),
    label,
  };
  if (info) {
    t.generic = info.name;
    t.class = info.class;
  }
  if (outcome !== undefined) t.outcome = outcome;
  if (weeks !== undefined) t.weeks = weeks;
  if (doseMg !== undefined) t.doseMg = doseMg;
  if (min) {
    t.minDoseMg = min.value;
    t.minDoseSrc = min.src;
    if (min.uncertain) t.minDoseUncertain = true;
  }
  if (max) {
    t.maxDoseMg = max.value;
    t.maxDoseSrc = max.src;
    if (max.uncertain) t.maxDoseUncertain = true;
  }
  const period = parsePeriod(entry.period);
  if (period) t.period = period;
  return t;
}

function roleOf(value: unknown): TrialRole {
  return value === 'combination' || value === 'augmentation' ? value : 'monotherapy';
}

// ---- staging ----

function failedProcedure(doc: CaseDocument, kb: KnowledgeBase, id: string): { used: boolean; failed: boolean } {
  let used = false;
  let failed = false;
  for (const { value } of doc.items(['treatment_history'])) {
    if (!isRecord(value) || typeof value.procedure !== 'string') continue;
    if (kb.procedure(value.procedure)?.id !== id) continue;
    used = true;
    if (!(typeof value.outcome === 'string' && RESPONDED.has(value.outcome))) failed = true;
  }
  return { used, failed };
}

function thaseRush(doc: CaseDocument, kb: KnowledgeBase, trials: TrialAssessment[]): AdequacySummary['thaseRush'] {
  const adequate = trials.filter((t) => t.antidepressant && t.status === 'adequate');
  const failed = adequate.filter((t) => t.failed);
  const unjudged = trials.filter((t) => t.antidepressant && t.status === 'unassessable');
  const missing = unjudged.length > 0
    ? `${unjudged.length} trial${unjudged.length === 1 ? '' : 's'} could not be judged (${unjudged.map((t) => `${t.generic ?? t.drug}: ${t.reasons.join(', ')}`).join('; ')})`
    : undefined;
  const withMissing = (r: AdequacySummary['thaseRush']): AdequacySummary['thaseRush'] => (missing ? { ...r, missing } : r);
  if (adequate.length === 0) {
    return { label: 'Thase-Rush stage: not staged', missing: missing ?? 'no adequate antidepressant trial in treatment_history' };
  }
  // The stages' names, and what each stage past II adds, are staging.json's Thase-Rush levels.
  const levels = kb.stagingModel('thase-rush')?.levels ?? [];
  const name = (stage: number): string => levels[stage]?.level ?? String(stage);
  if (failed.length === 0) return withMissing({ stage: 0, label: `Thase-Rush stage ${name(0)} (responded to an adequate trial)` });
  const classes = [...new Set(failed.map((t) => t.class ?? 'other'))];
  const steps = levels.slice(3).map((l) => l.failed ?? '');
  let stage = classes.length >= 2 ? 2 : 1;
  const others = classes.filter((c) => !steps.includes(c));
  if (stage === 2 && others.length >= 2) {
    // Each later stage needs its class (TCA, MAOI) or procedure (ECT) to have failed too.
    for (const step of steps) {
      if (!classes.includes(step) && !failedProcedure(doc, kb, step).failed) break;
      stage++;
    }
  }
  const detail = stage === 1 ? `failed adequate ${classes[0]} trial${failed.length === 1 ? '' : 's'}` : `failed adequate trials in ${classes.length} classes: ${classes.join(', ')}`;
  return withMissing({ stage, label: `Thase-Rush stage ${name(stage)} (${detail})` });
}

function maudsley(doc: CaseDocument, kb: KnowledgeBase, trials: TrialAssessment[]): AdequacySummary['maudsley'] {
  const parts: { dimension: string; points: number }[] = [];
  const missing: string[] = ['duration of the current episode', 'severity at baseline'];
  const failures = trials.filter((t) => t.antidepressant && t.status === 'adequate' && t.failed).length;
  // Points per dimension from staging.json's Maudsley levels.
  const levels = kb.stagingModel('maudsley')?.levels ?? [];
  const band = levels.find((l) => l.criterion === 'failures' && failures >= (l.min ?? Infinity) && failures <= (l.max ?? Infinity));
  const pointsFor = (criterion: string): number => levels.find((l) => l.criterion === criterion)?.points ?? 0;
  parts.push({ dimension: `antidepressant failures (${failures})`, points: band?.points ?? 0 });
  const augmented = trials.some((t) => t.role === 'augmentation');
  parts.push({ dimension: `augmentation ${augmented ? 'used' : 'not used'}`, points: augmented ? pointsFor('augmentation') : 0 });
  const ect = failedProcedure(doc, kb, 'ECT').used;
  parts.push({ dimension: `ECT ${ect ? 'used' : 'not used'}`, points: ect ? pointsFor('ect') : 0 });
  // The format records neither the episode's duration nor baseline severity, so the total stays open.
  return { parts, missing };
}

// ---- helpers ----

const SOURCE_LABELS: Record<string, string> = {
  'ATRQ-COMP006': 'MGH ATRQ',
  'FDA-label': 'FDA label',
  'FDA-labels': 'FDA labels',
  'Spravato-label': 'Spravato label',
  'Symbyax-label': 'Symbyax label',
  'EMA-SmPC': 'EU SmPC',
  'Trivedi2006-aug': 'STAR*D',
  Nierenberg2006: 'STAR*D',
  McGrath2006: 'STAR*D',
  ThaseRush1997: 'Thase-Rush',
  config: 'configuration',
};

/** A short label for source keys in messages: ["ATRQ-COMP006"] -> "MGH ATRQ". */
export function citeLabel(src: readonly string[] | undefined): string {
  const labels = [...new Set((src ?? []).map((k) => SOURCE_LABELS[k] ?? k))];
  return labels.slice(0, 2).join(', ');
}

/** "an SNRI", "a TCA", "an atypical antidepressant". */
export function withArticle(cls: string): string {
  const an = /^(SSRI|SNRI|MAOI|NMDA|NRI|NDRI|RIMA|SARI|SGA)\b/.test(cls) || /^[aeiou]/i.test(cls);
  return `${an ? 'an' : 'a'} ${cls}`;
}

export function patientWeightKg(doc: CaseDocument): number | undefined {
  const w = doc.get(['patient', 'weight']);
  if (typeof w === 'number' && w > 0) return w;
  const q = parseQuantity(w, 'weight');
  return q.ok && q.quantity.value > 0 ? q.quantity.value : undefined;
}

/**
 * "YYYY", "YYYY-MM" or "YYYY-MM-DD", alone or as "start/end", to inclusive
 * day numbers. An open end ("2021-07/") runs on forever. Undefined when not readable.
 */
export function parsePeriod(value: unknown): [number, number] | undefined {
  if (typeof value === 'number' && Number.isInteger(value)) value = String(value);
  if (typeof value !== 'string') return undefined;
  const parts = value.split('/');
  if (parts.length > 2) return undefined;
  const start = parseDate(parts[0] ?? '', 'start');
  if (start === undefined) return undefined;
  if (parts.length === 1) {
    const end = parseDate(parts[0] ?? '', 'end');
    return end === undefined ? undefined : [start, end];
  }
  const endText = (parts[1] ?? '').trim();
  const end = endText === '' || endText === '..' ? Number.POSITIVE_INFINITY : parseDate(endText, 'end');
  return end === undefined ? undefined : [start, end];
}

function parseDate(text: string, side: 'start' | 'end'): number | undefined {
  const parts = parsePartialDate(text);
  return parts === undefined ? undefined : partialDateDay(parts, side);
}

export function periodsOverlap(a: [number, number], b: [number, number]): boolean {
  return a[0] <= b[1] && b[0] <= a[1];
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

export type { DrugInfo };
