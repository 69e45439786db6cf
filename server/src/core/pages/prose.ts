/**
 * Prose fields are CommonMark (docs/format.md). The pages render them with
 * markdown-it, raw HTML off (it shows as text) and images off (a page loads
 * nothing); Pandoc citations become the reference numbers first.
 */
import MarkdownIt from 'markdown-it';
import { citationSpan, scanCitations, type ScannedCitation } from '../citations';

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
   * unknown key -> `?`, and each in-text citation of a known key by its
   * number in brackets: `As @a notes` -> `As [1] notes` (an unknown one, which
   * may be a handle, is left as written). Brackets that cite nothing are left
   * alone. For Markdown the brackets are escaped, so no reader takes them for
   * a link.
   */
  numbered(text: string, markdown: boolean): string {
    const bracket = (body: string): string => (markdown ? `\\[${body}\\]` : `[${body}]`);
    const inText = scanCitations(text).filter((c) => c.inText);
    let next = 0;
    // text[from, to) with its in-text citations numbered, in order (so numbers follow the reading).
    const prose = (from: number, to: number): string => {
      let s = '';
      let at = from;
      for (; next < inText.length && (inText[next] as ScannedCitation).at < to; next++) {
        const c = inText[next] as ScannedCitation;
        const n = c.at >= from ? this.number(c.key) : undefined;
        if (n === undefined) continue;
        s += text.slice(at, c.at) + bracket(String(n));
        at = citationSpan(c).end;
      }
      return s + text.slice(at, to);
    };
    let out = '';
    let at = 0;
    const re = /\[([^[\]]*)\](?!\()/g;
    for (const m of text.matchAll(re)) {
      const start = m.index;
      if (start > 0 && text[start - 1] === '\\') continue;
      const keys = scanCitations(m[0]).filter((k) => !k.inText);
      if (keys.length === 0) continue;
      // The prose before the bracket first, so that its in-text citations are numbered first.
      out += prose(at, start);
      let inner = '';
      let from = 1; // after "["
      for (const k of keys) {
        const n = this.number(k.key);
        inner += m[0].slice(from, k.at) + (n === undefined ? '?' : String(n));
        from = citationSpan(k).end;
      }
      inner += m[0].slice(from, m[0].length - 1);
      const parts = inner.split(';').map((p) => p.trim()).filter((p) => p !== '');
      const plain = parts.every((p) => /^(\d+|\?)$/.test(p));
      const body = plain ? parts.join(', ') : parts.join('; ');
      out += bracket(body);
      at = start + m[0].length;
    }
    return out + prose(at, text.length);
  }
}
