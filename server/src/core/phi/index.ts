/** PHI detectors (HIPAA Safe Harbor identifiers) and the patient-facing text scan. */
export type { PhiKind, PhiMatch, Detector } from './types';
export { detectDates } from './dates';
export { detectAges, ageOver89 } from './ages';
export { detectContacts, detectPhones, detectEmails, detectUrls, detectIpAddresses } from './contact';
export { detectIdentifiers } from './identifiers';
export { detectLocations } from './location';
export { detectTitledNames, normalizeName } from './names';
export {
  NOT_PATIENT_FACING,
  isPatientFacing,
  detectAll,
  allowedNames,
  scanDocument,
  phiMessage,
} from './scan';
export type { PhiFinding } from './scan';
