import type { Rule } from '../rule';
import { rule as frameworkUnknown } from './framework-unknown';
import { rule as perspectiveDuplicate } from './perspective-duplicate';
import { rule as perspectiveLabelMismatch } from './perspective-label-mismatch';
import { rule as perspectiveUnattributed } from './perspective-unattributed';
import { rule as perspectiveUnlabeled } from './perspective-unlabeled';
import { rule as perspectivesTooFew } from './perspectives-too-few';

/** The perspectives rules (docs/rules/README.md). One module per rule, named after its id. */
export const perspectivesRules: Rule[] = [
  perspectiveUnlabeled,
  perspectiveUnattributed,
  frameworkUnknown,
  perspectiveLabelMismatch,
  perspectivesTooFew,
  perspectiveDuplicate,
];
