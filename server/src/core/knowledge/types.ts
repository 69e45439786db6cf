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

export interface DrugInfo {
  /** Generic name, lower case. */
  name: string;
  brands: string[];
  /** One of format.md's class values. */
  class: string;
  subclass?: string;
  mechanisms: string[];
  /** Counts toward adequacy and TRD (format.md: the first seven classes, less ketamine and esketamine). */
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
