import type { Rule } from '../rule';

/**
 * The document against schemas/case-report.schema.json (compiled ahead of
 * time): missing required keys on the parent key, unknown keys on the key with
 * the nearest known one, wrong types and values on the value with the allowed
 * values nearest first. Quantities, DOIs, perspectives, framework ids and the
 * de-identification block are left to their own rules.
 */
export const rule: Rule = {
  meta: {
    id: 'schema',
    description: 'the document follows the case-report JSON Schema',
    defaultSeverity: 'error',
    category: 'structure',
  },
  check(ctx) {
    if (ctx.doc.value === undefined) return;
    for (const report of ctx.analyses.schema) ctx.report(report);
  },
};
