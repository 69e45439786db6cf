import { isScalar } from 'yaml';
import type { Citation } from '../citations';
import type { CaseDocument } from '../document';
import type { Rule } from '../rule';
import { didYouMean, nearest } from '../text';
import type { Fix } from '../types';

/**
 * How a literal `@` is written where the citation is: `\@` (Pandoc's escape),
 * doubled inside a double-quoted YAML string, where `\@` is no valid escape.
 */
function escapedAt(doc: CaseDocument, c: Citation): string {
  const node = doc.node(c.path);
  return node && isScalar(node) && node.type === 'QUOTE_DOUBLE' ? '\\\\@' : '\\@';
}

export const rule: Rule = {
  meta: {
    id: 'citation-undefined',
    description: 'every citation key ([@key], or in-text @key) names a reference',
    defaultSeverity: 'error',
    category: 'citations',
  },
  check(ctx) {
    const { doc } = ctx;
    const ids = [...new Set(ctx.analyses.citations.references.map((r) => r.id))];
    const known = new Set(ids);
    const refsKey = doc.has(['references']) ? doc.span(['references'], 'key') : undefined;
    for (const c of ctx.analyses.citations.citations) {
      if (known.has(c.key)) continue;
      const suggestions = nearest(c.key, ids);
      const fixes: Fix[] = suggestions.map((s, i) => ({
        title: `Cite ${s}`,
        edits: [{ start: c.start, end: c.end, newText: s }],
        preferred: i === 0,
      }));
      // An in-text `@` may be a handle or mean "at": one fix keeps it a literal `@`.
      const escaped = c.inText ? escapedAt(doc, c) : undefined;
      if (escaped) fixes.push({ title: 'Escape the @ (not a citation)', edits: [{ start: c.at, end: c.at, newText: escaped.slice(0, -1) }] });
      let message: string;
      if (suggestions.length > 0) {
        message = `citation @${c.key} names no reference; ${didYouMean(suggestions)}`;
      } else if (!escaped) {
        message = `citation @${c.key} names no reference${ids.length === 0 ? '; the document has no references list' : '; add it to references'}`;
      } else {
        // Nothing like a reference id: likely no citation at all, so the message does not repeat
        // what follows the `@` (a handle is an identifier), and says how to keep a literal `@`.
        message = ids.length === 0
          ? `this @ starts an in-text citation, but the document has no references list; write ${escaped} if it is not a citation`
          : `this @ starts an in-text citation that names no reference; add it to references, or write ${escaped} if it is not a citation`;
      }
      ctx.report({
        start: c.start,
        end: c.end,
        message,
        ...(fixes.length > 0 ? { fixes } : {}),
        ...(refsKey ? { related: [{ ...refsKey, message: 'references are listed here' }] } : {}),
        data: { suggestions },
      });
    }
  },
};
