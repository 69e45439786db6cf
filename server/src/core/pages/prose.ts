/**
 * Prose fields are CommonMark (docs/format.md). The pages render them with
 * markdown-it, raw HTML off (it shows as text) and images off (a page loads
 * nothing); Pandoc citations become the reference numbers first.
 */
import MarkdownIt from 'markdown-it';
import { scanCitations } from '../citations';

let md: MarkdownIt | undefined;

function markdown(): MarkdownIt {
  if (md) return md;
  md = new MarkdownIt('commonmark', { html: false, linkify: false, typographer: false });
  md.disable(['image', 'html_block', 'html_inline']);
  return md;
}

/** HTML for CommonMark prose. */
export function renderProse(source: string): string {
  return markdown().render(source);
}

/** Numbers references in order of first citation, as the article is read. */
export class Citer {
  private readonly numbers = new Map<string, number>();

  constructor(private readonly known: ReadonlySet<string>) {}

  /** The number of a key, given on first use; undefined for a key no reference has. */
  number(key: string): number | undefined {
    if (!this.known.has(key)) return undefined;
    let n = this.numbers.get(key);
    if (n === undefined) {
      n = this.numbers.size + 1;
      this.numbers.set(key, n);
    }
    return n;
  }

  /** Keys in the order of their numbers. */
  order(): string[] {
    return [...this.numbers.keys()];
  }

  /**
   * The prose with each citation bracket replaced by its numbers:
   * `[@a; @b]` -> `[1, 2]`, `[see @a, p. 190]` -> `[see 1, p. 190]`, an
   * unknown key -> `?`. Brackets that cite nothing are left alone. For
   * Markdown the brackets are escaped, so no reader takes them for a link.
   */
  numbered(text: string, markdown: boolean): string {
    let out = '';
    let at = 0;
    const re = /\[([^[\]]*)\](?!\()/g;
    for (const m of text.matchAll(re)) {
      const start = m.index;
      if (start > 0 && text[start - 1] === '\\') continue;
      const keys = scanCitations(m[0]);
      if (keys.length === 0) continue;
      let inner = '';
      let from = 1; // after "["
      for (const k of keys) {
        const n = this.number(k.key);
        inner += m[0].slice(from, k.start - 1) + (n === undefined ? '?' : String(n));
        from = k.end;
      }
      inner += m[0].slice(from, m[0].length - 1);
      const parts = inner.split(';').map((p) => p.trim()).filter((p) => p !== '');
      const plain = parts.every((p) => /^(\d+|\?)$/.test(p));
      const body = plain ? parts.join(', ') : parts.join('; ');
      out += text.slice(at, start) + (markdown ? `\\[${body}\\]` : `[${body}]`);
      at = start + m[0].length;
    }
    return out + text.slice(at);
  }
}
