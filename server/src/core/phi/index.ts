/** PHI detectors (HIPAA Safe Harbor identifiers) and the patient-facing text scan. */
export type { PhiKind, PhiMatch, Detector } from './types';
export { usePrefilters } from './types';
export { detectDates, detectMonthYears } from './dates';
export { detectAges, ageOver89 } from './ages';
export { detectContacts, detectPhones, detectEmails, detectUrls, detectIpAddresses } from './contact';
export { detectIdentifiers } from './identifiers';
export { detectLocations } from './location';
export { detectTitledNames, detectGivenNames, detectNames, normalizeName, EPONYMS } from './names';
export { normalizeForMatching } from './normalize';
export type { Normalized } from './normalize';
export { isUsPlace } from './places';
export { quoteValue, quoteName, limitQuote, limitQuotes, maskDigitRuns, maskIdentifiers, QUOTE_MAX } from './quote';
export { detectAll } from './detect';
export {
  NOT_PATIENT_FACING,
  isPatientFacing,
  allowedNames,
  scanDocument,
  phiMessage,
  documentYear,
} from './scan';
export type { PhiFinding } from './scan';
