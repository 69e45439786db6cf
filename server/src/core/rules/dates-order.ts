import { comparePartialDates, parsePartialDate } from '../dates';
import type { Rule } from '../rule';
import { scalarTextSpan } from '../symbols';
import { quoteValue } from '../phi/quote';

const ORDER = ['submitted', 'accepted', 'published'] as const;

export const rule: Rule = {
  meta: {
    id: 'dates-order',
    description: 'article dates run submitted, accepted, published, and no period ends before it starts',
    defaultSeverity: 'warning',
    category: 'structure',
  },
  check(ctx) {
    const { doc } = ctx;
    // Article dates: each present, well-formed date against the previous one.
    let previous: { name: string; text: string; date: number[] } | undefined;
    for (const name of ORDER) {
      const raw = doc.get(['dates', name]);
      const date = parsePartialDate(raw);
      if (!date || date.length < 3) continue;
      const text = String(typeof raw === 'string' ? raw.trim() : raw instanceof Date ? raw.toISOString().slice(0, 10) : raw);
      if (previous && comparePartialDates(date, previous.date) < 0) {
        ctx.report({
          ...doc.span(['dates', name], 'value'),
          message: `${name} date ${text} is before ${previous.name} date ${previous.text}; dates run submitted, accepted, published`,
          related: [{ ...doc.span(['dates', previous.name], 'value'), message: `${previous.name}: ${previous.text}` }],
        });
      }
      previous = { name, text, date };
    }
    // Periods: "start/end" anywhere in the document.
    for (const s of doc.stringScalars()) {
      if (s.path[s.path.length - 1] !== 'period') continue;
      const parts = s.value.split('/');
      if (parts.length !== 2) continue;
      const [startText, endText] = parts.map((p) => p.trim()) as [string, string];
      const start = parsePartialDate(startText);
      const end = parsePartialDate(endText);
      if (!start || !end) continue;
      if (comparePartialDates(end, start) < 0) {
        const edit = s.blockScalar ? undefined : scalarTextSpan(s.node);
        ctx.report({
          ...doc.span(s.path, 'value'),
          message: `period "${quoteValue(s.value)}" ends before it starts; write "start/end"`,
          ...(edit ? { fixes: [{ title: `Swap to "${endText}/${startText}"`, edits: [{ ...edit, newText: `${endText}/${startText}` }] }] } : {}),
        });
      }
    }
  },
};
