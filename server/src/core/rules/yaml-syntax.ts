import type { Rule } from '../rule';

export const rule: Rule = {
  meta: {
    id: 'yaml-syntax',
    description: 'the file is one well-formed YAML document with no repeated keys',
    defaultSeverity: 'error',
    category: 'structure',
  },
  check(ctx) {
    for (const p of ctx.doc.problems) ctx.report(p);
  },
};
