/**
 * Treatment adequacy: which trials in `treatment_history` are adequate (MGH
 * ATRQ: at least the drug's minimum adequate dose for at least the minimum
 * duration), the treatment steps they form and which failed (what a TRD
 * claim counts, docs/rules/trd-criteria-unmet.md), plus the Thase-Rush stage
 * and Maudsley points the history supports. Read through Analyses by the
 * adequacy rules and the front ends (summary, hover, inlay hints).
 */
import { minimumWeeks, requireDifferentClasses, type CaselintConfig } from './config';
import { partialDateDay, parsePartialDate } from './dates';
import type { CaseDocument, PathSegment } from './document';
import { analyzeKetamine, type KetamineDose } from './ketamine';
import type { DrugInfo, KnowledgeBase, Sourced } from './knowledge';
import { formatWeeks, LEVEL_UNITS, readQuantity, toMg, toWeeks, type QuantityReader } from './quantity';

export type { QuantityReader };

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
  /** The formulation the name's suffix names, when the knowledge base has figures for it ("XR"). */
  formulation?: string;
  class?: string;
  antidepressant: boolean;
  role: TrialRole;
  status: TrialStatus;
  /** Why the trial is not adequate or cannot be judged ("3 weeks < 6 weeks", "75 mg/day < 150 mg/day", "no duration"). */
  reasons: string[];
  weeks?: number;
  /** Where `weeks` came from: the `duration` value, or the `period` when there is no duration. */
  durationFrom?: 'duration' | 'period';
  /** Daily dose in mg. */
  doseMg?: number;
  /** A dose given as a serum level, with the window it was judged against. */
  level?: { value: number; unit: string; min?: Sourced<number>; max?: Sourced<number> };
  /** The minimum adequate daily dose applied (ATRQ, or the augmentation floor for augmentation agents). */
  minDoseMg?: number;
  /** True when the minimum applied is marked uncertain in the knowledge base. */
  minDoseUncertain?: boolean;
  /** The usual maximum applied (label maximum, formulation or age maximum, or the augmentation ceiling). */
  maxDoseMg?: number;
  maxDoseUncertain?: boolean;
  /** What the maximum applied is ("for XR", "over 60"), when it is not the drug's general maximum. */
  maxDoseBasis?: string;
  /** Source keys behind the minimum and maximum applied. */
  minDoseSrc?: string[];
  maxDoseSrc?: string[];
  /** A failed adequate trial: an adequate antidepressant trial whose outcome is no response or partial response. */
  failed: boolean;
  outcome?: string;
  /** Period parsed to day numbers [start, end] (inclusive), when given. */
  period?: [number, number];
  /** The treatment step (index into AdequacySummary.steps) an antidepressant trial belongs to. */
  step?: number;
  /** True when the trial is what makes its step a counted failed step. */
  counts: boolean;
  /** Why the trial does not count toward a TRD claim ("too short: 3 weeks < 6 weeks", "a response", "the same drug again"). */
  notCounted?: string;
  /** "sertraline 100 mg/day x 3 weeks" */
  label: string;
}

/** Trials that form one treatment step: one trial, or overlapping trials joined by a combination or augmentation. */
export interface TreatmentStep {
  /** Indexes into AdequacySummary.trials. */
  trials: number[];
  /** The classes of its antidepressants. */
  classes: string[];
  /** Holds a failed adequate antidepressant trial and no response or remission. */
  failed: boolean;
  /** A failed step that counts (not the same drugs as an earlier counted step). */
  counts: boolean;
  /** "sertraline + lithium" */
  label: string;
}

export interface AdequacySummary {
  trials: TrialAssessment[];
  /** Adequate antidepressant trials. */
  adequateCount: number;
  /** Failed adequate antidepressant trials (outcome no response or partial response). */
  failedCount: number;
  /** The antidepressant treatment steps, in history order. */
  steps: TreatmentStep[];
  /** Failed treatment steps that count toward a TRD claim. */
  failedSteps: number;
  /** Failed steps a TRD claim needs. */
  requiredSteps: number;
  /** `trd.require_different_classes` from the configuration. */
  requireDifferentClasses: boolean;
  /** The counted failed steps back a TRD claim (2 steps, and 2 classes when required). */
  trdSupported: boolean;
  /** Ketamine and esketamine per session and route, judged against the route's ceiling. */
  ketamine: KetamineDose[];
  minimumWeeks: number;
  thaseRush: { stage?: number; label: string; missing?: string };
  maudsley: { points?: number; band?: string; parts: { dimension: string; points: number }[]; missing: string[] };
}

/** Float slack: 42 days is 6 weeks. */
export const EPSILON = 1e-9;
const RESPONDED = new Set(['remission', 'response']);
const FAILED_OUTCOMES = new Set(['no response', 'partial response']);
const WEEKS_PER_MONTH = 4.345;

/** Analyse the document's treatment history. Never throws on odd input. */
export function analyzeAdequacy(
  doc: CaseDocument,
  kb: KnowledgeBase,
  config: CaselintConfig = {},
  read: QuantityReader = (path, kind) => readQuantity(doc.get(path), kind),
): AdequacySummary {
  const minWeeks = minimumWeeks(config);
  const weightKg = patientWeightKg(doc, read);
  const age = patientAge(doc);
  const trials: TrialAssessment[] = [];
  for (const { path, value } of doc.items(['treatment_history'])) {
    if (!isRecord(value) || typeof value.drug !== 'string' || value.drug.trim() === '') continue;
    trials.push(assessTrial(path, value, kb, minWeeks, weightKg, age, read));
  }
  const adequate = trials.filter((t) => t.antidepressant && t.status === 'adequate');
  const steps = formSteps(trials);
  const counted = steps.filter((s) => s.counts);
  const differentClasses = requireDifferentClasses(config);
  const requiredSteps = kb.trdClaim().minTrials;
  const enough = counted.length >= requiredSteps && (!differentClasses || twoClasses(counted));
  const summary: AdequacySummary = {
    trials,
    adequateCount: adequate.length,
    failedCount: adequate.filter((t) => t.failed).length,
    steps,
    failedSteps: counted.length,
    requiredSteps,
    requireDifferentClasses: differentClasses,
    trdSupported: enough,
    ketamine: analyzeKetamine(doc, kb, config, weightKg, read),
    minimumWeeks: minWeeks,
  } as AdequacySummary;
  // The staging is for the front ends (summary, code lens, report): no rule reads it, so a lint never computes it.
  lazy(summary, 'thaseRush', () => thaseRush(doc, kb, trials));
  lazy(summary, 'maudsley', () => maudsley(doc, kb, trials));
  return summary;
}

/** Define `obj[key]` as computed on first read, then kept (an enumerable property, so it serialises as a plain one). */
function lazy<T extends object, K extends keyof T>(obj: T, key: K, compute: () => T[K]): void {
  let memo: { v: T[K] } | undefined;
  Object.defineProperty(obj, key, {
    enumerable: true,
    configurable: true,
    get: () => (memo ??= { v: compute() }).v,
    set: (v: T[K]) => {
      memo = { v };
    },
  });
}

function assessTrial(
  path: PathSegment[],
  entry: Record<string, unknown>,
  kb: KnowledgeBase,
  minWeeks: number,
  weightKg: number | undefined,
  age: number | undefined,
  read: QuantityReader,
): TrialAssessment {
  const written = String(entry.drug).trim();
  const match = kb.resolveDrug(written);
  const info = match?.info;
  const formulation = match?.formulation;
  const role = roleOf(entry.role);
  const outcome = typeof entry.outcome === 'string' ? entry.outcome : undefined;
  const reasons: string[] = [];
  const period = parsePeriod(entry.period);

  // Duration: `duration` wins; else a period given to the month or day.
  let weeks: number | undefined;
  let durationFrom: TrialAssessment['durationFrom'];
  if (entry.duration === undefined || entry.duration === null) {
    weeks = periodWeeks(entry.period);
    if (weeks === undefined) reasons.push('no duration');
    else durationFrom = 'period';
  } else {
    const q = read([...path, 'duration'], 'time');
    weeks = q.ok ? toWeeks(q.quantity) : undefined;
    if (weeks === undefined) reasons.push('duration not readable');
    else durationFrom = 'duration';
  }

  // Thresholds: the augmentation floor and ceiling for a trial with role augmentation (when the
  // knowledge base has them), else the drug's ATRQ minimum and label maximum; a named
  // formulation's figures, and a lower maximum for older patients, take precedence.
  const asAugmentation = role === 'augmentation';
  const min = (asAugmentation ? info?.augmentationMinMg : undefined) ?? formulation?.minDoseMg ?? info?.minDoseMg;
  let max = (asAugmentation ? (formulation?.augmentationMaxMg ?? info?.augmentationMaxMg) : undefined) ?? formulation?.maxDoseMg ?? info?.maxDoseMg;
  let maxDoseBasis: string | undefined;
  if (max && max !== info?.maxDoseMg && max !== info?.augmentationMaxMg && formulation) maxDoseBasis = `for ${formulation.id}`;
  const older = info?.olderAdultMax;
  if (older && age !== undefined && age > older.overAge && (!max || older.maxDoseMg.value < max.value)) {
    max = older.maxDoseMg;
    maxDoseBasis = `for patients over ${older.overAge}`;
  }

  // Dose
  let doseMg: number | undefined;
  let doseText: string | undefined;
  let level: TrialAssessment['level'];
  const levelReasons: string[] = [];
  if (entry.dose === undefined || entry.dose === null) reasons.push('no dose');
  else {
    const q = read([...path, 'dose'], 'dose');
    if (!q.ok) reasons.push('dose not readable');
    else if (LEVEL_UNITS.includes(q.quantity.unit)) {
      doseText = `${q.quantity.value} ${q.quantity.unit}`;
      const window = info?.serumLevel;
      if (window && (q.quantity.unit === window.unit || window.sameAs.includes(q.quantity.unit))) {
        level = { value: q.quantity.value, unit: q.quantity.unit, min: window.min, max: window.max };
        if (q.quantity.value < window.min.value - EPSILON) levelReasons.push(`${q.quantity.value} ${q.quantity.unit} < ${window.min.value} ${q.quantity.unit}`);
      } else reasons.push('dose given as a serum level');
    } else if (q.quantity.unit === 'mg/kg' && weightKg === undefined) {
      reasons.push('mg/kg dose without patient.weight');
      doseText = q.quantity.text;
    } else {
      doseMg = toMg(q.quantity, weightKg);
      if (doseMg === undefined) reasons.push('dose not readable');
      else doseText = `${round(doseMg)} mg/day`;
    }
  }
  const unreadable = reasons.slice();

  const adequacyReasons: string[] = [...levelReasons];
  const judgeDuration = info !== undefined && (info.antidepressant || role === 'augmentation');
  if (weeks !== undefined && judgeDuration && weeks < minWeeks - EPSILON) {
    adequacyReasons.push(`${formatWeeks(weeks, minWeeks)} < ${formatWeeks(minWeeks)}`);
  }
  if (doseMg !== undefined && min && doseMg < min.value - EPSILON) {
    adequacyReasons.push(`${round(doseMg)} mg/day < ${round(min.value)} mg/day`);
  }
  // Adequacy is dose and duration only (rules.md). A trial stopped for intolerance is still no
  // failed trial (EU-PEARL; ATHF takes a point off it): `failed` leaves it out, and the TRD
  // count says "not tolerated".
  reasons.push(...adequacyReasons);

  let status: TrialStatus;
  if (!info || !info.antidepressant) status = 'not-counted';
  else if (adequacyReasons.length > 0) status = 'inadequate';
  else if (unreadable.length > 0) status = 'unassessable';
  else status = 'adequate';
  if (!info) reasons.push('not in the knowledge base');
  else if (!info.antidepressant) reasons.push(role === 'augmentation' ? 'augmentation agent' : `not an antidepressant (${info.class})`);

  const name = info ? info.name + (formulation ? ` ${formulation.id}` : '') : written;
  const labelParts = [name];
  if (doseText) labelParts.push(doseText);
  let label = labelParts.join(' ');
  if (weeks !== undefined) label += ` x ${formatWeeks(weeks, judgeDuration ? minWeeks : undefined)}`;

  const t: TrialAssessment = {
    index: typeof path[1] === 'number' ? path[1] : 0,
    path,
    drug: written,
    antidepressant: info?.antidepressant ?? false,
    role,
    status,
    reasons,
    failed: status === 'adequate' && outcome !== undefined && FAILED_OUTCOMES.has(outcome),
    counts: false,
    label,
  };
  if (info) {
    t.generic = info.name;
    t.class = info.class;
  }
  if (formulation) t.formulation = formulation.id;
  if (outcome !== undefined) t.outcome = outcome;
  if (weeks !== undefined) t.weeks = weeks;
  if (durationFrom) t.durationFrom = durationFrom;
  if (doseMg !== undefined) t.doseMg = doseMg;
  if (level) t.level = level;
  if (min && !level) {
    t.minDoseMg = min.value;
    t.minDoseSrc = min.src;
    if (min.uncertain) t.minDoseUncertain = true;
  }
  if (max && !level) {
    t.maxDoseMg = max.value;
    t.maxDoseSrc = max.src;
    if (max.uncertain) t.maxDoseUncertain = true;
    if (maxDoseBasis) t.maxDoseBasis = maxDoseBasis;
  }
  if (period) t.period = period;
  return t;
}

function roleOf(value: unknown): TrialRole {
  return value === 'combination' || value === 'augmentation' ? value : 'monotherapy';
}

// ---- treatment steps ----

/**
 * Group the trials into treatment steps (docs/rules/trd-criteria-unmet.md):
 * trials whose periods overlap, one of them a combination or augmentation,
 * form one step; steps without an antidepressant are left out. Sets each
 * trial's `step`, `counts` and `notCounted`.
 */
function formSteps(trials: TrialAssessment[]): TreatmentStep[] {
  const parent = trials.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const joins = (t: TrialAssessment): boolean => t.role === 'combination' || t.role === 'augmentation';
  // Sweep in start order: each trial meets only the ones that start before it ends (output-sensitive).
  const dated = trials.map((t, i) => ({ t, i })).filter((x) => x.t.period).sort((a, b) => a.t.period![0] - b.t.period![0]);
  for (let a = 0; a < dated.length; a++) {
    const x = dated[a]!;
    for (let b = a + 1; b < dated.length && dated[b]!.t.period![0] <= x.t.period![1]; b++) {
      const y = dated[b]!;
      if (joins(x.t) || joins(y.t)) parent[find(y.i)] = find(x.i);
    }
  }
  const groups = new Map<number, number[]>();
  trials.forEach((_, i) => {
    const r = find(i);
    const g = groups.get(r);
    if (g) g.push(i);
    else groups.set(r, [i]);
  });
  const steps: TreatmentStep[] = [];
  const countedDrugs = new Set<string>();
  for (const members of groups.values()) {
    const ads = members.filter((i) => trials[i]!.antidepressant);
    if (ads.length === 0) continue;
    const ts = members.map((i) => trials[i]!);
    const responded = ts.find((t) => t.outcome !== undefined && RESPONDED.has(t.outcome));
    const failedTrials = ads.map((i) => trials[i]!).filter((t) => t.failed);
    const failed = failedTrials.length > 0 && !responded;
    const fresh = failedTrials.filter((t) => !countedDrugs.has(t.generic ?? t.drug));
    const counts = failed && fresh.length > 0;
    const stepIndex = steps.length;
    const representative = counts ? fresh[0] : undefined;
    for (const t of ts) {
      if (t.antidepressant) t.step = stepIndex;
      if (t === representative) t.counts = true;
      else t.notCounted = whyNotCounted(t, ts, { responded, failed, counted: countedDrugs });
    }
    if (counts) for (const t of failedTrials) countedDrugs.add(t.generic ?? t.drug);
    steps.push({
      trials: members,
      classes: [...new Set(ads.map((i) => trials[i]!.class ?? 'other'))],
      failed,
      counts,
      label: ts.map((t) => t.generic ?? t.drug).join(' + '),
    });
  }
  // Trials outside any step (no antidepressant in their group) still say why.
  for (const t of trials) if (!t.counts && t.notCounted === undefined) t.notCounted = whyNotCounted(t, [t], { failed: false, counted: countedDrugs });
  return steps;
}

function whyNotCounted(
  t: TrialAssessment,
  step: TrialAssessment[],
  s: { responded?: TrialAssessment; failed: boolean; counted: Set<string> },
): string {
  if (!t.antidepressant) return t.generic ? (t.role === 'augmentation' ? 'an augmentation agent, not an antidepressant' : 'not an antidepressant') : 'not in the knowledge base';
  if (t.status === 'inadequate') {
    const short = t.reasons.find((r) => /weeks? < /.test(r));
    const low = t.reasons.find((r) => / < /.test(r) && r !== short);
    return [short && `too short: ${short}`, low && `too low: ${low}`].filter(Boolean).join(', ');
  }
  if (t.status === 'unassessable') return `cannot be judged: ${t.reasons.join(', ')}`;
  if (t.outcome === 'remission') return 'remission';
  if (t.outcome === 'response') return 'a response';
  if (t.outcome === 'not tolerated') return 'not tolerated';
  if (!t.failed) return 'outcome unknown';
  if (s.responded && s.responded !== t) {
    return `part of a combination with ${s.responded.generic ?? s.responded.drug}, which ${s.responded.outcome === 'remission' ? 'remitted' : 'responded'}`;
  }
  if (s.counted.has(t.generic ?? t.drug)) return 'the same drug again';
  const others = step.filter((o) => o !== t).map((o) => o.generic ?? o.drug);
  return others.length > 0 ? `part of a combination with ${others.join(', ')}` : 'the same drug again';
}

/** The heads of whyNotCounted's reasons: keep the two together. */
const NOT_COUNTED_KIND = /^(too short|too low|remission|a response|not tolerated|outcome unknown|the same drug again|part of a combination|cannot be judged|an augmentation agent|not an antidepressant|not in the knowledge base)/;

/** The kind of reason a trial did not count, without its figures ("too low: 1 mg/day < 100 mg/day" -> "too low"). */
export function notCountedKind(why: string): string {
  return NOT_COUNTED_KIND.exec(why)?.[1] ?? why;
}

/** Two steps whose classes let one class be picked from each, the two different. */
function twoClasses(steps: TreatmentStep[]): boolean {
  const first = steps[0];
  if (!first) return false;
  const single = first.classes.length === 1 ? first.classes[0] : undefined;
  if (single === undefined) return steps.length >= 2;
  return steps.some((s) => s.classes.length > 1 || s.classes[0] !== single);
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
  if (failed.length === 0) {
    // Stage 0 is a response to an adequate trial; with neither a failure nor a response (not tolerated, unknown), no stage.
    if (!adequate.some((t) => t.outcome !== undefined && RESPONDED.has(t.outcome))) {
      return { label: 'Thase-Rush stage: not staged', missing: missing ?? 'no adequate antidepressant trial failed or responded' };
    }
    return withMissing({ stage: 0, label: `Thase-Rush stage ${name(0)} (responded to an adequate trial)` });
  }
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

export function patientWeightKg(doc: CaseDocument, read: QuantityReader = (p, k) => readQuantity(doc.get(p), k)): number | undefined {
  const w = doc.get(['patient', 'weight']);
  if (typeof w === 'number' && w > 0) return w;
  const q = read(['patient', 'weight'], 'weight');
  return q.ok && q.quantity.value > 0 ? q.quantity.value : undefined;
}

/** `patient.age` in years; "90+" reads as 90. */
export function patientAge(doc: CaseDocument): number | undefined {
  const a = doc.get(['patient', 'age']);
  if (typeof a === 'number' && a >= 0) return a;
  const m = typeof a === 'string' ? /^(\d{1,3})\+?$/.exec(a.trim()) : null;
  return m ? Number(m[1]) : undefined;
}

/**
 * The duration a period gives (docs/rules/trial-duration-inadequate.md): whole
 * months between the two months ("2021-07/2021-09" is 2 months), or days
 * when both ends give the day. Years only, one end, or an open end: none.
 */
export function periodWeeks(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const parts = value.split('/');
  if (parts.length !== 2) return undefined;
  const a = parsePartialDate((parts[0] ?? '').trim());
  const b = parsePartialDate((parts[1] ?? '').trim());
  if (!a || !b || a.length < 2 || b.length < 2) return undefined;
  if (a.length === 3 && b.length === 3) {
    const days = (partialDateDay(b, 'start') - partialDateDay(a, 'start'));
    return days >= 0 ? days / 7 : undefined;
  }
  const months = (b[0]! - a[0]!) * 12 + (b[1]! - a[1]!);
  return months >= 0 ? months * WEEKS_PER_MONTH : undefined;
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
