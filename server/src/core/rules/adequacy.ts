import type { Rule } from '../rule';
import { rule as augmentationWithoutAntidepressant } from './augmentation-without-antidepressant';
import { rule as drugClassMismatch } from './drug-class-mismatch';
import { rule as drugUnknown } from './drug-unknown';
import { rule as ketamineDoseRange } from './ketamine-dose-range';
import { rule as procedureCourseShort } from './procedure-course-short';
import { rule as trdCriteriaUnmet } from './trd-criteria-unmet';
import { rule as trialDoseAboveMax } from './trial-dose-above-max';
import { rule as trialDoseInadequate } from './trial-dose-inadequate';
import { rule as trialDurationInadequate } from './trial-duration-inadequate';
import { rule as trialUnassessable } from './trial-unassessable';

/** The adequacy rules (docs/rules/README.md). One module per rule, named after its id. */
export const adequacyRules: Rule[] = [
  trialDurationInadequate,
  trialDoseInadequate,
  trialDoseAboveMax,
  trialUnassessable,
  drugUnknown,
  drugClassMismatch,
  trdCriteriaUnmet,
  augmentationWithoutAntidepressant,
  procedureCourseShort,
  ketamineDoseRange,
];
