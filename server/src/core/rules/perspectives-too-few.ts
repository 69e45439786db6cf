import type { Rule } from '../rule';

export const MIN_PERSPECTIVES = 2;

export const rule: Rule = {
  meta: {
    id: 'perspectives-too-few',
    description: 'a Cross Talk document has at least two perspectives',
    defaultSeverity: 'error',
    category: 'perspectives',
  },
  check(ctx) {
    const { doc } = ctx;
    if (doc.get(['type']) !== 'cross-talk') return;
    const value = doc.get(['perspectives']);
    const count = Array.isArray(value) ? value.length : 0;
    if (count >= MIN_PERSPECTIVES) return;
    const hasKey = doc.has(['perspectives']);
    const range = hasKey ? doc.span(['perspectives'], 'key') : doc.span(['type'], 'value');
    const has = count === 0 ? (hasKey ? 'none' : 'no perspectives key') : `only ${count}`;
    ctx.report({
      ...range,
      message: `a cross-talk document needs at least ${MIN_PERSPECTIVES} perspectives; it has ${has} (use type: case-report for a single-author report)`,
      data: { count },
    });
  },
};
