/**
 * Seeded generator of realistic, synthetic case documents for the benchmarks
 * (CLI, in-process lint and the LSP benchmark). Invented people only; every
 * section of the format is present; prose carries Pandoc citations; the
 * treatment history, intervention sessions and prose grow with the target
 * size. The same (seed, targetLines) always gives the same text.
 */
import * as fs from 'fs';
import * as path from 'path';

/** mulberry32: small, fast, good enough for test data. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface DrugSpec {
  name: string;
  cls: string;
  min: number;
  max: number;
  step: number;
}

// Names, classes and dose bands follow the format's class table (doses in mg/day).
const ANTIDEPRESSANTS: DrugSpec[] = [
  { name: 'sertraline', cls: 'SSRI', min: 50, max: 200, step: 50 },
  { name: 'escitalopram', cls: 'SSRI', min: 10, max: 20, step: 10 },
  { name: 'fluoxetine', cls: 'SSRI', min: 20, max: 60, step: 20 },
  { name: 'citalopram', cls: 'SSRI', min: 20, max: 40, step: 20 },
  { name: 'paroxetine', cls: 'SSRI', min: 20, max: 50, step: 10 },
  { name: 'venlafaxine', cls: 'SNRI', min: 150, max: 225, step: 75 },
  { name: 'duloxetine', cls: 'SNRI', min: 60, max: 120, step: 60 },
  { name: 'desvenlafaxine', cls: 'SNRI', min: 50, max: 50, step: 50 },
  { name: 'nortriptyline', cls: 'TCA', min: 75, max: 150, step: 25 },
  { name: 'imipramine', cls: 'TCA', min: 150, max: 200, step: 50 },
  { name: 'phenelzine', cls: 'MAOI', min: 45, max: 90, step: 15 },
  { name: 'tranylcypromine', cls: 'MAOI', min: 30, max: 60, step: 10 },
  { name: 'bupropion', cls: 'atypical antidepressant', min: 300, max: 450, step: 150 },
  { name: 'mirtazapine', cls: 'atypical antidepressant', min: 15, max: 45, step: 15 },
  { name: 'vortioxetine', cls: 'serotonin modulator', min: 10, max: 20, step: 10 },
];

const AUGMENTERS: DrugSpec[] = [
  { name: 'aripiprazole', cls: 'second-generation antipsychotic', min: 2, max: 15, step: 1 },
  { name: 'quetiapine', cls: 'second-generation antipsychotic', min: 150, max: 300, step: 50 },
  { name: 'lithium', cls: 'mood stabilizer', min: 600, max: 1200, step: 300 },
  { name: 'lamotrigine', cls: 'anticonvulsant', min: 100, max: 200, step: 50 },
  { name: 'liothyronine', cls: 'thyroid hormone', min: 0.025, max: 0.05, step: 0.025 },
];

const FRAMEWORKS: { id: string; label: string }[] = [
  { id: 'psychodynamic', label: 'Psychodynamic Perspective' },
  { id: 'cbt', label: 'Cognitive Behavioral Therapy Perspective' },
  { id: 'family-systems', label: 'Family Systems Perspective' },
  { id: 'kap', label: 'Ketamine Assisted Psychotherapy Perspective' },
  { id: 'psychopharmacology', label: 'Psychopharmacology Perspective' },
  { id: 'ipt', label: 'Interpersonal Psychotherapy Perspective' },
  { id: 'act', label: 'Acceptance and Commitment Therapy Perspective' },
  { id: 'mbct', label: 'Mindfulness-Based Cognitive Therapy Perspective' },
];

const FIRST = ['Avery', 'Jordan', 'Morgan', 'Riley', 'Casey', 'Quinn', 'Rowan', 'Emerson', 'Hayden', 'Parker', 'Sawyer', 'Reese'];
const LAST = ['Lindqvist', 'Okafor', 'Marchetti', 'Halvorsen', 'Nakagawa', 'Brennan', 'Castellano', 'Whitfield', 'Abernathy', 'Ferreira'];
const ALIASES = ['John', 'Mara', 'Tomas', 'Elena', 'Sam', 'Nadia', 'Leo', 'Iris'];
const OCCUPATIONS = ['accountant', 'schoolteacher', 'carpenter', 'librarian', 'software engineer', 'nurse', 'bus driver', 'chef'];

const SUBJECTS = [
  'The patient', 'He', 'The treating team', 'The family', 'The clinician', 'The therapist', 'Each session', 'The working alliance',
];
const VERBS = [
  'described', 'reported', 'noted', 'reflected on', 'returned to', 'questioned', 'explored', 'struggled with', 'recognized',
];
const OBJECTS = [
  'a persistent low mood that coloured most days',
  'early morning waking and poor concentration at work',
  'a sense that nothing had ever helped for long',
  'guilt about the strain the illness placed on the family',
  'the loss of interest in activities once enjoyed',
  'ambivalence about yet another medication change',
  'fatigue that worsened through the afternoon',
  'a wish to understand the pattern behind each relapse',
  'moments of relief that faded within days',
  'the meaning of the illness for the marriage',
];
const TAILS = [
  'over several months', 'despite good adherence', 'in the weeks that followed', 'during the integration sessions',
  'as the dose was optimized', 'when the episode deepened', 'after the second course', 'with growing frustration',
];

const REF_TOPICS = [
  'Sequenced treatment alternatives to relieve depression: outcomes across treatment steps',
  'Defining treatment-resistant depression: a systematic review of criteria',
  'Ketamine for treatment-resistant depression: a review of routes and dosing',
  'Psychotherapy in treatment-resistant depression: a meta-analysis',
  'Augmentation strategies after antidepressant nonresponse',
  'Esketamine nasal spray in treatment-resistant depression: a randomized trial',
  'Staging models of treatment resistance in major depression',
  'Ketamine-assisted psychotherapy: a retrospective chart review',
  'Family functioning and the course of chronic depression',
  'Electroconvulsive therapy in resistant depression: a clinical update',
];

class Writer {
  readonly lines: string[] = [];
  private readonly order: string[] = [];
  private refCount = 0;

  /** `refLimit`: at most this many references (the typical family); citations past it reuse cited ones. */
  constructor(readonly r: () => number, private readonly refLimit = Infinity) {}

  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.r() * xs.length)]!;
  }

  int(lo: number, hi: number): number {
    return lo + Math.floor(this.r() * (hi - lo + 1));
  }

  /** A citation: usually the next new reference (so references stay in first-citation order). */
  cite(): string {
    if (this.order.length === 0 || (this.r() < 0.4 && this.refCount < this.refLimit)) {
      const id = `ref-${String(++this.refCount).padStart(3, '0')}`;
      this.order.push(id);
      return `[@${id}]`;
    }
    return `[@${this.pick(this.order)}]`;
  }

  sentence(): string {
    const s = `${this.pick(SUBJECTS)} ${this.pick(VERBS)} ${this.pick(OBJECTS)} ${this.pick(TAILS)}`;
    return this.r() < 0.3 ? `${s} ${this.cite()}.` : `${s}.`;
  }

  /**
   * A prose block scalar of `n` lines, indented by `indent`: sentences joined
   * until a line would pass `width` characters of text. By sentence (the
   * dense family), a line holds whole sentences and may pass `width`; by
   * word (the typical family, as an editor or the peer harness wraps), no
   * line passes it unless one word does.
   */
  prose(indent: string, n: number, width = 96, byWord = false): string[] {
    const out: string[] = [];
    let line = '';
    while (out.length < n) {
      const s = this.sentence();
      if (byWord) {
        for (const word of s.split(' ')) {
          if (out.length >= n) break;
          if (line !== '' && line.length + 1 + word.length > width) {
            out.push(indent + line);
            line = word;
          } else line = line ? `${line} ${word}` : word;
        }
      } else if (line.length + s.length > width && line !== '') {
        out.push(indent + line);
        line = s;
      } else line = line ? `${line} ${s}` : s;
      if (out.length < n && this.r() < 0.08 && line !== '') {
        out.push(indent + line, '');
        line = '';
      }
    }
    while (out.length && out[out.length - 1] === '') out.pop();
    return out;
  }

  referenceIds(): string[] {
    return this.order;
  }

  /** Ids of references not cited yet, up to `refLimit`, are cited now (returns them as one citation list each of four). */
  citeTheRest(): string[] {
    const out: string[] = [];
    while (this.refCount < this.refLimit) {
      const id = `ref-${String(++this.refCount).padStart(3, '0')}`;
      this.order.push(id);
      out.push(`@${id}`);
    }
    const chunks: string[] = [];
    for (let i = 0; i < out.length; i += 4) chunks.push(`[${out.slice(i, i + 4).join('; ')}]`);
    return chunks;
  }
}

function dose(d: DrugSpec, w: Writer, adequate: boolean): string {
  const steps = Math.max(0, Math.round((d.max - d.min) / d.step));
  let v = d.min + d.step * w.int(0, steps);
  if (!adequate) v = d.min / 2;
  return `${Number(v.toFixed(3))} mg/day`;
}

/**
 * A case document of about `targetLines` lines (never fewer than about 150:
 * every section is present).
 */
export function generateCase(seed: number, targetLines: number): string {
  // Calibrate: build once, then rescale the growing parts to land near the target.
  let budget = Math.max(0, targetLines - 170);
  let text = build(seed, budget);
  for (let i = 0; i < 3 && budget > 0; i++) {
    const lines = countLines(text);
    if (Math.abs(lines - targetLines) <= targetLines * 0.03) break;
    budget = Math.max(0, Math.round(budget * (targetLines / Math.max(1, lines))));
    text = build(seed, budget);
  }
  return text;
}

function countLines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

function build(seed: number, budget: number): string {
  const w = new Writer(rng(seed));
  // How much of the size goes where: trials ~ 9 lines, sessions ~ 10 lines, the rest prose.
  const trials = Math.max(3, Math.floor((budget * 0.3) / 9));
  const sessions = Math.max(2, Math.floor((budget * 0.15) / 10));
  const proseLines = Math.max(4, Math.floor((budget * 0.5) / 9));
  const perspectives = Math.min(FRAMEWORKS.length, Math.max(2, 2 + Math.floor(budget / 4000)));

  const authors = Array.from({ length: perspectives + 1 }, (_, i) => {
    const last = LAST[(seed + i) % LAST.length]!;
    return { id: `${last.toLowerCase()}-${i + 1}`, name: `${w.pick(FIRST)} ${last}` };
  });
  const year = 2015 + (seed % 8);
  const L: string[] = [];
  const body: string[] = [];

  L.push(
    '# A synthetic case report generated for benchmarks (invented people).',
    'caselint: 1',
    'type: cross-talk',
    `title: Treatment-Resistant Depression Seen Through Several Lenses (case ${seed})`,
    'subtitle: A Cross Talk on ketamine assisted psychotherapy',
    'journal: J Clin Psychiatry',
    `doi: 10.4088/example.${seed}`,
    'dates:',
    `  submitted: ${year}-03-14`,
    `  accepted: ${year}-06-02`,
    `  published: ${year}-09-20`,
    'authors:',
  );
  authors.forEach((a, i) => {
    L.push(`  - id: ${a.id}`, `    name: ${a.name}`, '    degrees: [MD]', `    affiliations: [${i % 2 === 0 ? 'dept-a' : 'dept-b'}]`);
    if (i === 0) L.push('    corresponding: true', '    email: corresponding.author@example.org');
  });
  L.push(
    'affiliations:',
    '  dept-a: Department of Psychiatry, Example University Hospital',
    '  dept-b: Center for Depression Research, Example Institute',
    'abstract: |',
    ...w.prose('  ', 4),
    'keywords: [treatment-resistant depression, ketamine, psychotherapy, cross talk]',
    'introduction: |',
    ...w.prose('  ', Math.max(4, Math.floor(proseLines / 2))),
    'patient:',
    `  alias: ${w.pick(ALIASES)}`,
    `  age: ${w.int(24, 78)}`,
    '  sex: male',
    '  gender: man',
    `  occupation: ${w.pick(OCCUPATIONS)}`,
    `  weight: ${w.int(55, 110)} kg`,
    '  presentation: |',
    ...w.prose('    ', 4),
    '  history: |',
    ...w.prose('    ', Math.max(4, Math.floor(proseLines / 2))),
    '  psychosocial_history: |',
    ...w.prose('    ', 4),
    'diagnoses:',
    '  - name: major depressive disorder',
    '    code: F33.2',
    '    status: confirmed',
    `    onset_age: ${w.int(16, 30)}`,
    '    treatment_resistant: true',
    '  - name: generalized anxiety disorder',
    '    code: F41.1',
    '    status: suspected',
    'treatment_history:',
  );
  let y = year - Math.ceil(trials / 2) - 3;
  let m = 1;
  const period = (months: number): string => {
    const start = `${y}-${String(m).padStart(2, '0')}`;
    m += months;
    while (m > 12) {
      m -= 12;
      y++;
    }
    const end = `${y}-${String(m).padStart(2, '0')}`;
    m += 1;
    if (m > 12) {
      m -= 12;
      y++;
    }
    return `${start}/${end}`;
  };
  for (let i = 0; i < trials; i++) {
    const kind = w.r();
    if (kind < 0.72) {
      const d = w.pick(ANTIDEPRESSANTS);
      const adequate = w.r() < 0.85;
      const months = adequate ? w.int(2, 8) : 1;
      L.push(
        `  - drug: ${d.name}`,
        `    class: ${d.cls}`,
        '    role: monotherapy',
        `    dose: ${dose(d, w, true)}`,
        `    duration: ${adequate ? `${months} months` : '3 weeks'}`,
        `    period: ${period(months)}`,
        `    outcome: ${w.pick(['no response', 'partial response', 'response', 'not tolerated'])}`,
      );
      if (w.r() < 0.3) L.push('    stopped_because: side effects');
    } else if (kind < 0.9) {
      const d = w.pick(AUGMENTERS);
      const months = w.int(2, 6);
      L.push(
        `  - drug: ${d.name}`,
        `    class: ${d.cls}`,
        '    role: augmentation',
        `    dose: ${dose(d, w, true)}`,
        `    duration: ${months} months`,
        `    period: ${period(months)}`,
        `    outcome: ${w.pick(['no response', 'partial response'])}`,
      );
    } else if (kind < 0.95) {
      L.push('  - procedure: ECT', `    sessions: ${w.int(8, 14)}`, `    age: ${w.int(35, 55)}`, '    outcome: response');
    } else {
      L.push(`  - therapy: ${w.pick(['cbt', 'ipt', 'psychodynamic'])}`, `    duration: ${w.int(1, 3)} years`, '    outcome: no response');
    }
  }
  L.push(
    'interventions:',
    '  - kind: ketamine-assisted psychotherapy',
    '    concurrent: [duloxetine 60 mg/day]',
    '    preparation_sessions: 2',
    '    sessions:',
  );
  for (let s = 1; s <= sessions; s++) {
    const im = w.r() < 0.4;
    L.push(`      - number: ${s}`, '        administrations:');
    if (im) {
      L.push(
        `          - { drug: ketamine, route: intramuscular, dose: ${w.int(4, 8) * 10} mg }`,
        `          - { drug: ketamine, route: intramuscular, dose: ${w.int(2, 4) * 10} mg, after: 15 min }`,
      );
    } else {
      L.push(
        `          - { drug: ketamine, route: sublingual, form: lozenge, dose: ${w.int(2, 5) * 50} mg }`,
        `          - { drug: ketamine, route: sublingual, form: lozenge, dose: 100 mg, after: 20 min }`,
      );
    }
    L.push('        adverse_events: none', '        notes: |', ...w.prose('          ', 3));
  }
  L.push('    integration_sessions: 2', '    outcome: no enduring change', 'course: |', ...w.prose('  ', proseLines));
  L.push('perspectives:');
  for (let p = 0; p < perspectives; p++) {
    const f = FRAMEWORKS[p]!;
    L.push(`  - label: ${f.label}`, `    framework: ${f.id}`, `    author: ${authors[p + 1]!.id}`, '    body: |');
    body.push(...w.prose('      ', Math.max(6, Math.floor(proseLines / perspectives))));
    L.push(...body.splice(0));
  }
  L.push(
    'integrative_discussion:',
    `  author: ${authors[0]!.id}`,
    '  body: |',
    ...w.prose('    ', Math.max(6, Math.floor(proseLines / 3))),
    'patient_perspective: |',
    ...w.prose('  ', 3),
    'clinical_points:',
    '  - Count only adequate trials (dose and duration) when calling depression treatment resistant.',
    '  - Integrate psychotherapy with pharmacological and procedural treatments.',
    'disclosures:',
    '  financial_relationships: |',
    '    The authors report no financial relationships relevant to this article.',
    '  funding: |',
    '    None.',
    'deidentification:',
    '  statement: Details that could identify the patient have been removed or changed.',
    '  consent: obtained',
    'references:',
  );
  w.referenceIds().forEach((id, i) => {
    const text = `Example A, Sample B. ${REF_TOPICS[i % REF_TOPICS.length]!}. Journal of Examples. ${2000 + (i % 24)};${10 + i}:${100 + i}-${110 + i}.`;
    L.push(`  - id: ${id}`, `    text: ${JSON.stringify(text)}`);
    if (i % 3 === 0) L.push(`    doi: 10.5555/example.${seed}.${i}`);
  });
  return `${L.join('\n')}\n`;
}

/**
 * The two families of generated documents. `dense` (generateCase): a third
 * of the size in treatment trials, many intervention sessions with flow maps,
 * short prose fields: about 6 times the YAML tokens per line of a real case.
 * `typical` (generateTypicalCase): proportions of real case reports, as the
 * peer harness's gen-cases.mjs makes them: mostly prose in long block
 * scalars (perspectives above all), with authors, references, trials,
 * perspectives and sessions growing slower than the size.
 */
export type Family = 'dense' | 'typical';
export const FAMILIES: readonly Family[] = ['typical', 'dense'];

export function generateFamilyCase(family: Family, seed: number, targetLines: number): string {
  return family === 'typical' ? generateTypicalCase(seed, targetLines) : generateCase(seed, targetLines);
}

// Prose weights per field of the typical family (in units of prose lines), as gen-cases.mjs weighs them.
const TYPICAL_WEIGHTS = { abstract: 1.2, introduction: 2.0, presentation: 1.6, history: 1.8, psychosocial: 1.4, course: 2.0, perspective: 5.0, final: 3.0, patientPerspective: 0.8, notes: 0.25 };

/**
 * A case document of about `targetLines` lines in the proportions of real
 * case reports (see Family): at 30,000 lines about 16 authors, 330
 * references, 190 trials, 38 perspectives and 100 sessions; the rest prose.
 */
export function generateTypicalCase(seed: number, targetLines: number): string {
  let unit = Math.max(1, targetLines / 60);
  let text = buildTypical(seed, targetLines, unit);
  for (let i = 0; i < 5; i++) {
    const lines = countLines(text);
    if (Math.abs(lines - targetLines) <= Math.max(3, targetLines * 0.01)) break;
    const structure = countLines(buildTypical(seed, targetLines, 0));
    const perUnit = (lines - structure) / unit;
    if (perUnit <= 0) break;
    unit = Math.max(0, (targetLines - structure) / perUnit);
    text = buildTypical(seed, targetLines, unit);
  }
  return text;
}

function buildTypical(seed: number, targetLines: number, unit: number): string {
  const s = Math.max(0.2, targetLines / 300);
  const nAuthors = Math.max(3, Math.min(40, Math.round(4 * s ** 0.3)));
  const nRefs = Math.max(6, Math.round(9 * s ** 0.78));
  const nTrials = Math.max(4, Math.round(7 * s ** 0.72));
  const nPersp = Math.min(200, Math.max(2, Math.round(3 * s ** 0.55)));
  const nInterv = Math.max(1, Math.round(s ** 0.45));
  const nSessions = Math.max(2, Math.round(2.5 * s ** 0.35));
  const w = new Writer(rng(seed * 7919 + 17), nRefs);
  const width = 84;
  const prose = (indent: string, weight: number): string[] => w.prose(indent, Math.max(2, Math.round(weight * unit)), width - indent.length, true);
  const year = 2015 + (seed % 8);
  const authors = Array.from({ length: nAuthors }, (_, i) => {
    const last = LAST[(seed + i) % LAST.length]!;
    return { id: `${last.toLowerCase()}-${i + 1}`, name: `${FIRST[(seed * 3 + i) % FIRST.length]!} ${last}` };
  });
  const L: string[] = [
    '# A synthetic case report generated for benchmarks (typical proportions; invented people).',
    'caselint: 1',
    'type: cross-talk',
    `title: Treatment-Resistant Depression Seen Through Several Lenses (case ${seed})`,
    'subtitle: A Cross Talk case',
    'journal: J Clin Psychiatry',
    `doi: 10.4088/example.${seed}`,
    'dates:',
    `  submitted: ${year}-03-14`,
    `  accepted: ${year}-06-02`,
    `  published: ${year}-09-20`,
    '',
    'authors:',
  ];
  authors.forEach((a, i) => {
    L.push(`  - id: ${a.id}`, `    name: ${a.name}`, '    degrees: [MD]', `    affiliations: [${i % 2 === 0 ? 'dept-a' : 'dept-b'}]`);
    if (i === 0) L.push('    corresponding: true', `    email: ${a.id}@example.org`);
  });
  L.push(
    'affiliations:',
    '  dept-a: Department of Psychiatry, Example University Hospital',
    '  dept-b: Center for Depression Research, Example Institute',
    '',
    'abstract: |',
    ...prose('  ', TYPICAL_WEIGHTS.abstract),
    'keywords: [treatment-resistant depression, ketamine, psychotherapy, cross talk]',
    'introduction: |',
    ...prose('  ', TYPICAL_WEIGHTS.introduction),
    '',
    'patient:',
    `  alias: ${w.pick(ALIASES)}`,
    `  age: ${w.int(24, 58)}`,
    '  sex: male',
    '  gender: man',
    `  occupation: ${w.pick(OCCUPATIONS)}`,
    '  presentation: |',
    ...prose('    ', TYPICAL_WEIGHTS.presentation),
    '  history: |',
    ...prose('    ', TYPICAL_WEIGHTS.history),
    '  psychosocial_history: |',
    ...prose('    ', TYPICAL_WEIGHTS.psychosocial),
    '',
    'diagnoses:',
    '  - name: major depressive disorder',
    '    code: F33.2',
    '    status: confirmed',
    `    onset_age: ${w.int(16, 30)}`,
    '    treatment_resistant: true',
    '',
    'treatment_history:',
  );
  for (let i = 0; i < nTrials; i++) {
    const kind = i < 2 ? 0 : w.r();
    if (kind < 0.62) {
      const d = w.pick(ANTIDEPRESSANTS);
      L.push(`  - drug: ${d.name}`, `    class: ${d.cls}`, '    role: monotherapy', `    dose: ${dose(d, w, true)}`, `    duration: ${w.int(6, 40)} weeks`,
        `    outcome: ${w.pick(['no response', 'partial response', 'response', 'remission'])}`);
      if (w.r() < 0.35) L.push('    stopped_because: side effects');
    } else if (kind < 0.86) {
      const d = w.pick(AUGMENTERS);
      L.push(`  - drug: ${d.name}`, `    class: ${d.cls}`, '    role: augmentation', `    dose: ${dose(d, w, true)}`, `    duration: ${w.int(6, 26)} weeks`,
        `    outcome: ${w.pick(['no response', 'partial response'])}`);
    } else if (kind < 0.94) {
      L.push(`  - therapy: ${w.pick(['cbt', 'ipt', 'psychodynamic'])}`, `    duration: ${w.int(1, 3)} years`, '    outcome: no response');
    } else {
      L.push('  - procedure: ECT', `    sessions: ${w.int(8, 14)}`, '    outcome: partial response');
    }
  }
  L.push('', 'interventions:');
  for (let iv = 0; iv < nInterv; iv++) {
    L.push('  - kind: ketamine-assisted psychotherapy', '    concurrent: [duloxetine 60 mg/day]', '    preparation_sessions: 2', '    sessions:');
    for (let n = 1; n <= nSessions; n++) {
      const im = w.r() < 0.4;
      L.push(`      - number: ${n}`, '        administrations:');
      if (im) {
        L.push(
          `          - { drug: ketamine, route: intramuscular, dose: ${w.int(4, 8) * 10} mg }`,
          `          - { drug: ketamine, route: intramuscular, dose: ${w.int(2, 4) * 10} mg, after: 15 min }`,
        );
      } else {
        L.push(
          `          - { drug: ketamine, route: sublingual, form: lozenge, dose: ${w.int(2, 5) * 50} mg }`,
          '          - { drug: ketamine, route: sublingual, form: lozenge, dose: 100 mg, after: 20 min }',
        );
      }
      L.push('        adverse_events: none', '        notes: |', ...prose('          ', TYPICAL_WEIGHTS.notes));
    }
    L.push('    integration_sessions: 2', '    outcome: partial response');
  }
  L.push('', 'course: |', ...prose('  ', TYPICAL_WEIGHTS.course), '', 'perspectives:');
  for (let p = 0; p < nPersp; p++) {
    const f = FRAMEWORKS[p % FRAMEWORKS.length]!;
    L.push(`  - label: ${f.label}`, `    framework: ${f.id}`, `    author: ${authors[(p % (nAuthors - 1)) + 1]!.id}`, '    body: |', ...prose('      ', TYPICAL_WEIGHTS.perspective));
  }
  const closing = prose('    ', TYPICAL_WEIGHTS.final);
  const rest = w.citeTheRest();
  if (rest.length > 0) closing.push('', `    Further reading on these questions includes ${rest.join(', ')}.`);
  L.push(
    '',
    'integrative_discussion:',
    `  author: ${authors[0]!.id}`,
    '  body: |',
    ...closing,
    'patient_perspective: |',
    ...prose('  ', TYPICAL_WEIGHTS.patientPerspective),
    '',
    'clinical_points:',
    '  - Count only adequate trials (dose and duration) when calling depression treatment resistant.',
    '  - Integrate psychotherapy with pharmacological and procedural treatments.',
    'disclosures:',
    '  financial_relationships: |',
    '    The authors report no financial relationships relevant to this article.',
    '  funding: |',
    '    None.',
    'deidentification:',
    '  statement: Details that could identify the patient have been removed or changed.',
    '  consent: obtained',
    '',
    'references:',
  );
  w.referenceIds().forEach((id, i) => {
    const text = `Example A, Sample B. ${REF_TOPICS[i % REF_TOPICS.length]!}. Journal of Examples. ${2000 + (i % 24)};${10 + i}:${100 + i}-${110 + i}.`;
    L.push(`  - id: ${id}`, `    text: ${JSON.stringify(text)}`);
    if (i % 3 === 0) L.push(`    doi: 10.5555/example.${seed}.${i}`);
  });
  return `${L.join('\n')}\n`;
}

/** Write `count` generated documents of varied sizes (about 150 to 600 lines) into `dir`. Returns their paths. */
export function generateCorpus(dir: string, count: number, seed: number): string[] {
  fs.mkdirSync(dir, { recursive: true });
  const r = rng(seed);
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const sub = path.join(dir, `group-${String(i % 10).padStart(2, '0')}`);
    fs.mkdirSync(sub, { recursive: true });
    const file = path.join(sub, `case-${String(i).padStart(4, '0')}.case.yaml`);
    fs.writeFileSync(file, generateCase(seed * 100003 + i, 150 + Math.floor(r() * 450)));
    files.push(file);
  }
  return files;
}
