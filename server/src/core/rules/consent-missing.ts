import { consentFixes } from '../phi/block';
import type { Rule } from '../rule';

export const rule: Rule = {
  meta: {
    id: 'consent-missing',
    description: 'the de-identification block says whether the patient consented',
    defaultSeverity: 'warning',
    category: 'deidentification',
  },
  check(ctx) {
    const { doc } = ctx;
    if (!doc.has(['deidentification'])) return; // deidentification-missing covers it
    const block = doc.get(['deidentification']);
    if (block !== null && block !== undefined && (typeof block !== 'object' || Array.isArray(block))) return;
    const consent = doc.get(['deidentification', 'consent']);
    if (consent !== undefined && consent !== null && !(typeof consent === 'string' && consent.trim() === '')) return;
    const fixes = consentFixes(doc);
    ctx.report({
      ...doc.span(['deidentification'], 'key'),
      message:
        consent === undefined
          ? 'deidentification has no consent; say whether the patient consented to publication (obtained, waived or not-required)'
          : 'deidentification.consent is empty; say whether the patient consented to publication (obtained, waived or not-required)',
      ...(fixes.length > 0 ? { fixes } : {}),
    });
  },
};
