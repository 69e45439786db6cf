import type { Rule } from '../rule';
import { rule as citationUndefined } from './citation-undefined';
import { rule as referenceDuplicate } from './reference-duplicate';
import { rule as referenceOrder } from './reference-order';
import { rule as referenceUnused } from './reference-unused';

/** The citations rules (docs/rules/README.md). One module per rule, named after its id. */
export const citationsRules: Rule[] = [citationUndefined, referenceUnused, referenceDuplicate, referenceOrder];
