import type { Rule } from '../rule';

/** The adequacy rules (rules.md). One module per rule, named after its id. */
export const adequacyRules: Rule[] = [];
