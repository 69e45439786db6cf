/**
 * The knowledge base's public shape. Every value that comes from
 * shared facts carries the source keys it came from (`src`), so hover text
 * can cite it; `uncertain` values only ever inform warnings and hover text.
 */

export interface Sourced<T> {
  value: T;
  src: string[];
  uncertain?: boolean;
}

export interface FrameworkInfo {
  id: string;
  /** "Cognitive Behavioral Therapy" — a quick fix writes `${name} Perspective`. */
  name: string;
  /** Other words a label may use for it ("CBT", "Cognitive Therapy"). */
  aliases: string[];
  summary: string;
  typicalCourse?: string;
  src: string[];
}

export interface DrugInfo extends DrugInfoExtra {
  /** Generic name, lower case. */
  name: string;
  brands: string[];
  /** One of the class values of docs/format.md (Treatment history). */
  class: string;
  subclass?: string;
  mechanisms: string[];
  /** Counts toward adequacy and TRD (docs/format.md: the first seven classes, less ketamine and esketamine). */
  antidepressant: boolean;
  /** Minimum adequate daily dose in mg (ATRQ). */
  minDoseMg?: Sourced<number>;
  usualRange?: Sourced<string>;
  /** Usual maximum daily dose in mg (highest labeled maximum). */
  maxDoseMg?: Sourced<number>;
  augmentationDose?: Sourced<string>;
  notes?: string;
  src: string[];
}

/** Fields added by the knowledge-base work (drugs, classes, procedures, ketamine, mechanisms, staging). */
export interface DrugInfoExtra {
  /** Other spellings that name the same drug ("T3", "divalproex"); matched like brands. */
  aliases?: string[];
  /** Listed among the augmentation/combination agents used in TRD (docs/SOURCES.md). */
  augmentationAgent?: boolean;
  /** Lowest typical daily dose when the drug is used as an augmentation agent, in mg. */
  augmentationMinMg?: Sourced<number>;
  /** Highest typical daily dose when used as an augmentation agent, in mg. */
  augmentationMaxMg?: Sourced<number>;
  /** Other class values (docs/format.md) this drug is accepted under (trazodone: serotonin modulator). */
  alsoClasses?: string[];
  /** Pharmacological subclass names accepted as its class (bupropion: NDRI). */
  classSynonyms?: string[];
  /** Where the entry came from when not from the shipped data ("config"). */
  origin?: 'data' | 'config';
  /** Figures for a named formulation (venlafaxine XR, bupropion SR...); the drug's own figures hold otherwise. */
  formulations?: FormulationInfo[];
  /** A lower label maximum above an age (citalopram: 20 mg/day over 60). */
  olderAdultMax?: { overAge: number; maxDoseMg: Sourced<number> };
  /** The serum-level window a dose given as a level is judged against (lithium mEq/L, nortriptyline ng/mL). */
  serumLevel?: { unit: string; sameAs: string[]; min: Sourced<number>; max: Sourced<number> };
}

export interface FormulationInfo {
  /** The suffix as labels write it ("XR", "SR", "CR"). */
  id: string;
  /** Other suffixes that name the same formulation for this drug ("ER", "extended release"). */
  aliases: string[];
  minDoseMg?: Sourced<number>;
  maxDoseMg?: Sourced<number>;
  augmentationMaxMg?: Sourced<number>;
}

/** A drug name resolved: the drug, and the formulation its suffix names when the knowledge base has figures for it. */
export interface DrugMatch {
  info: DrugInfo;
  formulation?: FormulationInfo;
}

export interface ClassInfo {
  /** The class value of docs/format.md ("SSRI", "atypical antidepressant", ...). */
  id: string;
  /** Other names accepted for the class as a whole ("selective serotonin reuptake inhibitor", "SGA"). */
  synonyms: string[];
  description: string;
  /** Counts toward adequacy and TRD (docs/format.md: the first seven classes). */
  antidepressant: boolean;
}

export interface ProcedureInfo {
  /** The `procedure` value of docs/format.md, e.g. "ECT", "rTMS". */
  id: string;
  name: string;
  aliases: string[];
  regulatoryStatus?: Sourced<string>;
  typicalCourse: Sourced<string>;
  /** Fewer sessions than this is a short course (procedure-course-short). */
  minimumCourseSessions?: Sourced<number>;
  adequacyRule?: Sourced<string>;
  efficacy?: Sourced<string>;
  src: string[];
}

export interface RouteBioavailability {
  /** A route value of docs/format.md (Interventions). */
  route: string;
  /** The figure the case article gives (Yeung 2023, citing Li & Vlisides 2016), when it gives one. */
  article?: Sourced<string>;
  /** What other sources report (they disagree: ranges). */
  reported: Sourced<string>;
  tmax?: Sourced<string>;
  /** True when the article's figure and the other sources' differ. */
  differs: boolean;
}

export interface KetamineCeiling {
  /** Ceiling per kg of body weight, in mg/kg (used when the patient's weight is known). */
  perKgMg?: number;
  /** Ceiling in mg (used when there is no weight, or for routes with a flat ceiling). */
  mg?: number;
}

export interface KetamineInfo {
  routes: RouteBioavailability[];
  racemic: { fact: string; value: string; src: string[]; uncertain?: boolean }[];
  esketamine: {
    sessionDosesMg: number[];
    maxPerSessionMg: number;
    deviceMg: number;
    facts: { fact: string; value: string; src: string[]; uncertain?: boolean }[];
  };
  /** Default ceilings for one administration, by route (and `esketamine` per session); docs/rules/ketamine-dose-range.md. */
  ceilings: Record<string, KetamineCeiling>;
  notes: Sourced<string>[];
}

export interface MechanismInfo {
  id: string;
  term: string;
  aliases: string[];
  summary: string;
  exampleDrugs: string[];
  src: string[];
  uncertain?: boolean;
}

export interface TrdDefinition {
  id: string;
  body: string;
  minFailedTrials: string;
  sameEpisode: string;
  minDurationWeeks: string;
  doseRule: string;
  nonresponseRule: string;
  notes: string;
  src: string[];
  uncertain?: boolean;
}

export interface StagingLevel {
  level: string;
  criterion: string;
  points?: number;
  /** Thase-Rush: the class or procedure whose failure this stage adds. */
  failed?: string;
  /** Maudsley: the range of failed trials this band covers (no `max`: and above). */
  min?: number;
  max?: number;
  uncertain?: boolean;
}

export interface StagingModel {
  id: string;
  name: string;
  summary: string;
  levels: StagingLevel[];
  notes?: string;
  src: string[];
  uncertain?: boolean;
}
