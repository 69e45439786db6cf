import type { Rule } from '../rule';
import { perspectiveName } from './perspective-unlabeled';

export const rule: Rule = {
  meta: {
    id: 'perspective-duplicate',
    description: 'no two perspectives share a framework and an author',
    defaultSeverity: 'warning',
    category: 'perspectives',
  },
  check(ctx) {
    const { doc } = ctx;
    const seen = new Map<string, { path: (string | number)[]; index: number; value: unknown }>();
    for (const p of doc.items(['perspectives'])) {
      if (!p.value || typeof p.value !== 'object' || Array.isArray(p.value)) continue;
      const { framework, author } = p.value as Record<string, unknown>;
      if (typeof framework !== 'string' || typeof author !== 'string' || framework === '' || author === '') continue;
      const index = p.path[p.path.length - 1] as number;
      const key = JSON.stringify([framework, author]);
      const first = seen.get(key);
      if (!first) {
        seen.set(key, { path: p.path, index, value: p.value });
        continue;
      }
      ctx.report({
        ...doc.span([...p.path, 'framework'], 'value'),
        message: `perspective ${perspectiveName(p.value, index)} repeats framework ${framework} by ${author}, like perspective ${perspectiveName(first.value, first.index)}; merge them or give each its own framework or author`,
        related: [{ ...doc.span([...first.path, 'framework'], 'value'), message: `the first ${framework} perspective by ${author}` }],
      });
    }
  },
};
