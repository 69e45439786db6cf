import type { Path } from '../document';
import type { Rule } from '../rule';
import { valueTextSpan } from '../symbols';
import { quoteValue } from '../phi/quote';

/** `10.<registrant: 4-9 digits>/<suffix>` (the registrant may have sub-parts: 10.1000.10/x). */
const DOI = /^10\.\d{4,9}(?:\.\d+)*\/\S+$/;
/** Prefixes people paste in front of a DOI: a resolver link or a "doi:" label. */
const PREFIX = /^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s?)/i;

export function isDoi(value: string): boolean {
  return DOI.test(value);
}

export const rule: Rule = {
  meta: {
    id: 'doi-format',
    description: 'a DOI is written bare, as 10.<registrant>/<suffix>',
    defaultSeverity: 'warning',
    category: 'structure',
  },
  check(ctx) {
    const { doc } = ctx;
    const paths: Path[] = [];
    if (doc.has(['doi'])) paths.push(['doi']);
    for (const r of doc.items(['references'])) {
      if (doc.has([...r.path, 'doi'])) paths.push([...r.path, 'doi']);
    }
    for (const path of paths) {
      const raw = doc.get(path);
      if (raw === null || raw === undefined || (typeof raw === 'object' && !(raw instanceof Date))) continue;
      const text = String(raw);
      if (typeof raw === 'string' && isDoi(raw)) continue;
      const range = doc.span(path, 'value');
      const bare = typeof raw === 'string' ? raw.trim().replace(PREFIX, '') : undefined;
      if (bare !== undefined && bare !== raw && isDoi(bare)) {
        const edit = valueTextSpan(doc, path);
        ctx.report({
          ...range,
          message: `DOI "${quoteValue(String(raw))}" carries a prefix; write the DOI alone: ${bare}`,
          ...(edit ? { fixes: [{ title: `Write ${bare}`, edits: [{ ...edit, newText: bare }], safe: true, preferred: true }] } : {}),
          data: { doi: bare },
        });
        continue;
      }
      ctx.report({
        ...range,
        message: `"${quoteValue(text)}" does not look like a DOI; expected 10.<4-9 digits>/<suffix>, e.g. 10.4088/JCP.23ct14798`,
      });
    }
  },
};
