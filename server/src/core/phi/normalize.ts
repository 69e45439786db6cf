/*
 * Text as people paste it (docs/rules/phi-date.md, "What the rules read"):
 * no-break and figure spaces, non-breaking hyphens and dashes, full-width
 * digits and `@` read as their plain forms, zero-width characters dropped.
 * Detectors match the plain text; `toOriginal` maps its offsets back.
 */

export interface Normalized {
  text: string;
  /** The offset in the original text of a start offset in `text`. */
  start(offset: number): number;
  /** The offset in the original text of an end offset in `text`. */
  end(offset: number): number;
}

/** The plain form of one UTF-16 unit: a string of one character, '' to drop it, or undefined to keep it. */
function plain(c: number): string | undefined {
  if (c < 0xa0) return undefined;
  if (c === 0xa0 || c === 0x202f || (c >= 0x2000 && c <= 0x200a) || c === 0x3000) return ' ';
  if ((c >= 0x2010 && c <= 0x2015) || c === 0x2212 || c === 0xfe63 || c === 0xff0d) return '-';
  if (c >= 0xff10 && c <= 0xff19) return String.fromCharCode(c - 0xff10 + 48);
  if (c === 0xff20 || c === 0xfe6b) return '@';
  if (c === 0xff0f) return '/';
  if (c === 0xff0e) return '.';
  if (c === 0xff1a) return ':';
  if (c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0xfeff || c === 0xad) return '';
  return undefined;
}

const IDENTITY = (o: number): number => o;

/** Exactly the units `plain` maps (a test checks each unit against it): one native scan finds the first. */
export const PLAIN_UNITS = /[\u00a0\u00ad\u2000-\u200d\u2010-\u2015\u202f\u2060\u2212\u3000\ufe63\ufe6b\ufeff\uff0d-\uff1a\uff20]/;

/** True when `plain` maps the unit `c` (for tests). */
export function hasPlainForm(c: number): boolean {
  return plain(c) !== undefined;
}

export function normalizeForMatching(text: string): Normalized {
  const first = text.search(PLAIN_UNITS);
  if (first === -1) return { text, start: IDENTITY, end: IDENTITY };
  const parts: string[] = [text.slice(0, first)];
  let dropped = false;
  // map[i]: the original offset of plain character i (built only when a character is dropped).
  const map: number[] = [];
  for (let i = 0; i < first; i++) map.push(i);
  for (let i = first; i < text.length; i++) {
    const p = plain(text.charCodeAt(i));
    if (p === '') {
      dropped = true;
      continue;
    }
    parts.push(p ?? text[i] ?? '');
    map.push(i);
  }
  const out = parts.join('');
  if (!dropped) return { text: out, start: IDENTITY, end: IDENTITY };
  return {
    text: out,
    start: (o) => (o < map.length ? (map[o] ?? text.length) : text.length),
    end: (o) => (o <= 0 ? 0 : (map[o - 1] ?? text.length - 1) + 1),
  };
}
