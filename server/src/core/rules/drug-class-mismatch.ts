import { withArticle } from '../adequacy';
import type { Rule } from '../rule';
import { quoteValue } from '../phi/quote';

export const rule: Rule = {
  meta: {
    id: 'drug-class-mismatch',
    description: "a trial's stated `class` is the drug's class (or a synonym of it)",
    defaultSeverity: 'warning',
    category: 'adequacy',
  },
  check(ctx) {
    for (const { path, value } of ctx.doc.items(['treatment_history'])) {
      if (!value || typeof value !== 'object') continue;
      const entry = value as Record<string, unknown>;
      if (typeof entry.drug !== 'string' || typeof entry.class !== 'string' || entry.class.trim() === '') continue;
      const info = ctx.kb.drug(entry.drug);
      if (!info || ctx.kb.classMatches(info, entry.class)) continue;
      const stated = entry.class;
      const known = ctx.kb.normalizeClass(stated);
      const span = ctx.doc.span([...path, 'class'], 'value');
      // A class written in another case is named in its canonical spelling ("ssri" -> "an SSRI").
      const shown = known && known.toLowerCase() === stated.trim().toLowerCase() ? known : stated;
      const message = known
        ? `${info.name} is ${withArticle(info.class)}, not ${withArticle(quoteValue(shown))}`
        : `"${quoteValue(stated)}" is not a drug class; ${info.name} is ${withArticle(info.class)}`;
      ctx.report({
        ...span,
        message,
        fixes: [{ title: `Change the class to ${info.class}`, edits: [{ ...span, newText: info.class }], preferred: true }],
        data: { expected: info.class },
      });
    }
  },
};
