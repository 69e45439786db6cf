import type { PathSegment } from '../document';
import type { Rule, RuleContext } from '../rule';
import { didYouMean, suggestionFixes } from '../text';
import { quoteValue } from '../phi/quote';

export const rule: Rule = {
  meta: {
    id: 'drug-unknown',
    description: 'every drug is one the knowledge base knows (generic or brand name), so its doses can be checked',
    defaultSeverity: 'warning',
    category: 'adequacy',
  },
  check(ctx) {
    for (const path of drugPaths(ctx)) {
      const value = ctx.doc.get(path);
      if (typeof value !== 'string' || value.trim() === '') continue;
      if (ctx.kb.drug(value)) continue;
      const suggestions = ctx.kb.nearestDrugs(value, 3);
      const span = ctx.doc.span(path, 'value');
      const fixes = suggestionFixes(span, suggestions);
      const hint = suggestions.length > 0
        ? didYouMean(suggestions)
        : 'add it under `drugs:` in .caselintrc.yaml to have its doses checked';
      ctx.report({
        ...span,
        message: `"${quoteValue(value)}" is not in the knowledge base; ${hint}`,
        fixes,
        data: { suggestions },
      });
    }
  },
};

/** `treatment_history[].drug` and `interventions[].sessions[].administrations[].drug`. */
function drugPaths(ctx: RuleContext): PathSegment[][] {
  const out: PathSegment[][] = [];
  for (const { path } of ctx.doc.items(['treatment_history'])) out.push([...path, 'drug']);
  for (const iv of ctx.doc.items(['interventions'])) {
    for (const session of ctx.doc.items([...iv.path, 'sessions'])) {
      for (const adm of ctx.doc.items([...session.path, 'administrations'])) out.push([...adm.path, 'drug']);
    }
  }
  return out;
}
