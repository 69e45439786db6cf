import type { Rule } from '../rule';
import { rule as consentMissing } from './consent-missing';
import { rule as deidentificationMissing } from './deidentification-missing';
import { rule as phiAge } from './phi-age';
import { rule as phiContact } from './phi-contact';
import { rule as phiDate } from './phi-date';
import { rule as phiIdentifier } from './phi-identifier';
import { rule as phiLocation } from './phi-location';
import { rule as phiMonthYear } from './phi-month-year';
import { rule as phiName } from './phi-name';

/** The deidentification rules (docs/rules/README.md). One module per rule, named after its id. */
export const deidentificationRules: Rule[] = [
  deidentificationMissing,
  consentMissing,
  phiDate,
  phiMonthYear,
  phiAge,
  phiContact,
  phiIdentifier,
  phiLocation,
  phiName,
];
