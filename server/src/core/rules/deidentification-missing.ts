import { statementFix } from '../phi/block';
import type { Rule } from '../rule';

export const rule: Rule = {
  meta: {
    id: 'deidentification-missing',
    description: 'the document carries a non-empty de-identification statement',
    defaultSeverity: 'error',
    category: 'deidentification',
  },
  check(ctx) {
    const { doc } = ctx;
    if (doc.value === undefined || doc.value === null || typeof doc.value !== 'object') return;
    const stmt = doc.get(['deidentification', 'statement']);
    if (typeof stmt === 'string' && stmt.trim() !== '') return;
    const fix = statementFix(doc);
    const fixes = fix ? [fix] : undefined;
    if (!doc.has(['deidentification'])) {
      ctx.report({
        ...doc.firstLineSpan(),
        message:
          'the document has no de-identification statement; add deidentification.statement saying that details identifying the patient were removed or changed',
        fixes,
      });
      return;
    }
    const block = doc.get(['deidentification']);
    const why =
      block === null || block === undefined
        ? 'deidentification is empty'
        : typeof block !== 'object' || Array.isArray(block)
          ? 'deidentification is not a map with a statement'
          : stmt === undefined
            ? 'deidentification has no statement'
            : 'deidentification.statement is empty';
    ctx.report({
      ...doc.span(['deidentification'], 'key'),
      message: `${why}; write one saying that details identifying the patient were removed or changed`,
      fixes,
    });
  },
};
