import type { RuleMeta } from '../../core';
import type { FileResult } from '../results';

export interface FormatOptions {
  /** ANSI colours (stylish only): the stream is a TTY and NO_COLOR is unset. */
  color: boolean;
  /** The package version (SARIF driver). */
  version: string;
  /** The tool's home page (SARIF driver.informationUri). */
  informationUri: string;
  /** The public https page of a rule for this version (SARIF helpUri). */
  docsUrl: (rule: string) => string;
  /** Every registered rule (SARIF driver.rules). */
  rules: readonly RuleMeta[];
}

/** A formatter is a pure function: results in, text out. */
export type Formatter = (results: readonly FileResult[], options: FormatOptions) => string;
