import type { Rule } from '../rule';

/** The perspectives rules (rules.md). One module per rule, named after its id. */
export const perspectivesRules: Rule[] = [];
