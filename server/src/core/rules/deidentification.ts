import type { Rule } from '../rule';

/** The deidentification rules (rules.md). One module per rule, named after its id. */
export const deidentificationRules: Rule[] = [];
