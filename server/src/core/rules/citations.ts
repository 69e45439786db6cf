import type { Rule } from '../rule';

/** The citations rules (rules.md). One module per rule, named after its id. */
export const citationsRules: Rule[] = [];
