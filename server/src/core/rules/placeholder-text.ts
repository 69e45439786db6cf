import type { Rule } from '../rule';
import { scalarTextSpan } from '../symbols';

/**
 * The placeholder phrases of the new-case template (client/src/template.ts)
 * and the snippets (snippets/*.json). test/core/placeholders.test.ts reads
 * both and fails when one of their placeholders is neither here nor in its
 * list of realistic example values, so this list cannot fall behind them.
 */
export const PLACEHOLDER_PHRASES: readonly string[] = [
  'Title of the case',
  'A Cross Talk case discussion',
  'first-author',
  'First Author',
  'dept',
  'corresponding.author@example.org',
  'second-author',
  'Second Author',
  'Department of Psychiatry, Example University',
  'One paragraph summarising the case and the perspectives that discuss it.',
  'The current complaint and symptoms.',
  'Psychiatric and medical history.',
  'The course of the treatment the case is about.',
  'How a cognitive behavioral therapist understands and treats this patient.',
  'How a psychopharmacologist reads the treatment history.',
  'Where the perspectives agree and differ.',
  'author-id',
  'The perspective, in Markdown.',
  'author-year',
  'Author A, Author B. Title of the article. Journal. Year;Volume:Pages.',
  '10.1000/example',
];

const PHRASES = new Set(PLACEHOLDER_PHRASES);
/** The longest value, trimmed, that can be a phrase or a lone ellipsis. */
const MAX_PHRASE = Math.max(3, ...PLACEHOLDER_PHRASES.map((p) => p.length));
/**
 * TODO / TBD as words in capitals, and `<placeholder>`: a letter first, then
 * letters, digits, spaces and `_ . - ' ’ , /` (`<patient's response>`,
 * `<dose, route>`, `<yes/no>`); not an HTML tag such as <br> or <br/>, nor an
 * address (`<https://example.org>`, `<jdoe@example.org>`: `:` and `@` end it).
 */
const MARKERS = /\b(?:TODO|TBD)\b|<([A-Za-z][\w .,'’/-]{0,60})>/g;
const HTML_TAG = /^(?:br|hr|b|i|u|em|strong|sub|sup|small|span|p|div|li|ul|ol)\s*\/?$/i;
const ELLIPSIS_ONLY = /^(?:…|\.\.\.)$/;

/**
 * Whether `text[from, to)` holds `needle`, for spans asked in document order:
 * the next occurrence is kept, so the searches add up to one pass over the text.
 */
function occurrences(text: string, needle: string): (from: number, to: number) => boolean {
  let next = -1;
  let last = 0;
  return (from, to) => {
    if (from > next || from < last) {
      next = text.indexOf(needle, from);
      if (next === -1) next = Infinity;
    }
    last = from;
    return next + needle.length <= to;
  };
}

/** What `String.prototype.trim` takes off: white space and line terminators. */
function isTrimmed(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** `value.trim()` when that is at most MAX_PHRASE long, else undefined (without copying a long value). */
function trimmedIfShort(value: string): string | undefined {
  let start = 0;
  let end = value.length;
  while (start < end && isTrimmed(value.charCodeAt(start))) start++;
  while (end > start && isTrimmed(value.charCodeAt(end - 1))) end--;
  return end - start <= MAX_PHRASE ? value.slice(start, end) : undefined;
}

export const rule: Rule = {
  meta: {
    id: 'placeholder-text',
    description: 'no value still holds placeholder text (the template\'s or a snippet\'s phrases, TODO, TBD, <...>, a lone ellipsis)',
    defaultSeverity: 'warning',
    category: 'structure',
  },
  check(ctx) {
    const { doc } = ctx;
    // Every MARKERS match holds one of these; a scalar with none is not scanned.
    const hasTodo = occurrences(doc.text, 'TODO');
    const hasTbd = occurrences(doc.text, 'TBD');
    const hasAngle = occurrences(doc.text, '<');
    for (const scalar of doc.stringScalars()) {
      let from = scalar.span.start;
      if (scalar.blockScalar) {
        const nl = doc.text.indexOf('\n', from);
        if (nl === -1 || nl >= scalar.span.end) continue;
        from = nl + 1;
      }
      const value = trimmedIfShort(scalar.value);
      if (value !== undefined && (PHRASES.has(value) || ELLIPSIS_ONLY.test(value))) {
        const text = scalar.blockScalar ? { start: from, end: scalar.span.end } : (scalarTextSpan(scalar.node) ?? scalar.span);
        const source = doc.text.slice(text.start, text.end);
        const lead = source.length - source.trimStart().length;
        const span = { start: text.start + lead, end: text.start + source.trimEnd().length };
        ctx.report({ ...span, message: PHRASES.has(value) ? 'this is the template\'s placeholder text; replace it with the case\'s own' : 'a value that is only an ellipsis is a placeholder; write the text' });
        continue;
      }
      const end = scalar.span.end;
      if (!(hasAngle(from, end) || hasTodo(from, end) || hasTbd(from, end))) continue;
      const source = doc.text.slice(from, end);
      for (const m of source.matchAll(MARKERS)) {
        if (m[1] !== undefined && HTML_TAG.test(m[1].trim())) continue;
        const start = from + (m.index ?? 0);
        const what = m[1] === undefined ? m[0] : '<…>';
        ctx.report({ start, end: start + m[0].length, message: `"${what}" marks unfinished text; write the text it stands for` });
      }
    }
  },
};
