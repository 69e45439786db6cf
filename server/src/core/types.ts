/**
 * The engine's vocabulary. Everything here is protocol-neutral: offsets are
 * UTF-16 code-unit offsets into the document text (what JavaScript strings
 * use, and what LSP positions count), lines and characters are 0-based.
 */

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

/** A half-open range of offsets into the document text. */
export interface Span {
  start: number;
  end: number;
}

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** One text replacement, in offsets of the original text. */
export interface TextEdit extends Span {
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** Safe to apply without review (source.fixAll). */
  safe?: boolean;
  /** The fix the editor offers first. */
  preferred?: boolean;
  /** Where the editor should put the selection after applying (offsets in the new text). */
  selection?: Span;
  /** Replaces an identifier with a generic description (core/redact.ts; "Redact all identifiers" applies these). */
  redacts?: boolean;
}

export interface RelatedInformation extends Span {
  message: string;
}

/** What a rule reports. */
/** A message never grows with the document (a key or a path it names may be any length): the engine cuts it here. */
export const MAX_MESSAGE_LENGTH = 500;

export interface Report extends Span {
  message: string;
  related?: RelatedInformation[];
  fixes?: Fix[];
  /** Rule-specific machine-readable data (e.g. the suggested replacement). */
  data?: Record<string, unknown>;
}

/** A report after the engine resolved its rule, severity and position. */
export interface Finding extends Report {
  rule: string;
  severity: Severity;
  range: Range;
}

export type RuleCategory =
  | 'structure'
  | 'adequacy'
  | 'deidentification'
  | 'perspectives'
  | 'citations';

export interface RuleMeta {
  id: string;
  description: string;
  defaultSeverity: Severity;
  category: RuleCategory;
}
