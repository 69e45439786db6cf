import type { Rule } from '../rule';

// Stub: the JSON Schema validation lands with the schema work.
export const rule: Rule = {
  meta: {
    id: 'schema',
    description: 'the document follows the case-report JSON Schema',
    defaultSeverity: 'error',
    category: 'structure',
  },
  check() {},
};
