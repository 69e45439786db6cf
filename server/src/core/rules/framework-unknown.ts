import type { Path } from '../document';
import type { KnowledgeBase } from '../knowledge';
import type { Rule } from '../rule';
import { valueTextSpan } from '../symbols';
import { didYouMean, nearest, suggestionFixes } from '../text';
import { quoteValue } from '../phi/quote';

function norm(s: string): string {
  return s.trim().toLowerCase().replace(/[-_\s]+/g, ' ');
}

/**
 * Framework ids a mistyped value may have meant, best first: an exact match
 * on an id, name or alias (ignoring case, hyphens and underscores), else the
 * nearest ids, names and aliases by edit distance, mapped to their ids.
 */
export function suggestFrameworks(kb: KnowledgeBase, input: string): string[] {
  const byName = new Map<string, string>();
  for (const f of kb.frameworks()) {
    for (const n of [f.id, f.name, ...f.aliases]) {
      const k = norm(n);
      if (!byName.has(k)) byName.set(k, f.id);
    }
  }
  const exact = byName.get(norm(input));
  if (exact) return [exact];
  const out: string[] = [];
  for (const n of nearest(norm(input), byName.keys(), 6)) {
    const id = byName.get(n);
    if (id && !out.includes(id)) out.push(id);
  }
  return out.slice(0, 3);
}

export const rule: Rule = {
  meta: {
    id: 'framework-unknown',
    description: 'perspective frameworks and history therapies are known framework ids',
    defaultSeverity: 'warning',
    category: 'perspectives',
  },
  check(ctx) {
    const { doc, kb } = ctx;
    const uses: { path: Path; what: string }[] = [];
    for (const p of doc.items(['perspectives'])) uses.push({ path: [...p.path, 'framework'], what: 'framework' });
    for (const t of doc.items(['treatment_history'])) uses.push({ path: [...t.path, 'therapy'], what: 'therapy' });
    for (const use of uses) {
      const v = doc.get(use.path);
      if (typeof v !== 'string' || v.trim() === '' || kb.framework(v)) continue;
      const suggestions = suggestFrameworks(kb, v);
      const edit = valueTextSpan(doc, use.path);
      const fixes = suggestionFixes(edit, suggestions);
      const hint = suggestions.length > 0
        ? `; ${didYouMean(suggestions)}`
        : '; use a framework id such as psychodynamic, cbt or kap, or add it under frameworks: in .caselintrc.yaml';
      ctx.report({
        ...doc.span(use.path, 'value'),
        message: `${use.what} "${quoteValue(v)}" is not a known framework id${hint}`,
        ...(fixes.length > 0 ? { fixes } : {}),
        data: { suggestions },
      });
    }
  },
};
