import type { Rule } from '../rule';
import { valueTextSpan } from '../symbols';

export const rule: Rule = {
  meta: {
    id: 'corresponding-author',
    description: 'exactly one author is marked `corresponding: true`',
    defaultSeverity: 'warning',
    category: 'structure',
  },
  check(ctx) {
    const { doc } = ctx;
    const authors = doc.items(['authors']).filter((a) => a.value && typeof a.value === 'object' && !Array.isArray(a.value));
    if (authors.length === 0) return;
    const marked = authors.filter((a) => (a.value as Record<string, unknown>).corresponding === true);
    const name = (a: { value: unknown }, i: number): string => {
      const id = (a.value as Record<string, unknown>).id;
      return typeof id === 'string' ? id : `author ${i + 1}`;
    };
    if (marked.length === 0) {
      ctx.report({
        ...doc.span(['authors'], 'key'),
        message: authors.length === 1
          ? `the only author, ${name(authors[0]!, 0)}, is not marked corresponding: true; mark exactly one author`
          : `none of the ${authors.length} authors is marked corresponding: true; mark exactly one`,
      });
      return;
    }
    const first = marked[0]!;
    const firstName = name(first, authors.indexOf(first));
    for (const extra of marked.slice(1)) {
      const extraName = name(extra, authors.indexOf(extra));
      const edit = valueTextSpan(doc, [...extra.path, 'corresponding']);
      ctx.report({
        ...doc.span([...extra.path, 'corresponding'], 'key'),
        message: `${extraName} is marked corresponding, but so is ${firstName}; exactly one author should be`,
        related: [{ ...doc.span([...first.path, 'corresponding'], 'key'), message: `${firstName} is the first corresponding author` }],
        ...(edit ? { fixes: [{ title: `Set corresponding: false for ${extraName}`, edits: [{ ...edit, newText: 'false' }] }] } : {}),
      });
    }
  },
};
