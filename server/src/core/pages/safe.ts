/**
 * What the pages may show of a document: the same document with every
 * identifier the de-identification scan finds (whatever the rules' settings)
 * replaced by a generic placeholder, and a redactor for any other text that
 * might quote one (a finding's message quoting a value). Line numbers stay
 * those of the original: a placeholder never removes a line break.
 */
import { Analyses } from '../analyses';
import { CaseDocument } from '../document';
import type { LintResult } from '../engine';
import type { PhiFinding } from '../phi/scan';

export interface SafeView {
  /** The document with identifiers replaced (the original when the scan found none). */
  doc: CaseDocument;
  analyses: Analyses;
  /** Replace any identifier text the scan found (its whitespace collapsed) in a string. */
  redact(text: string): string;
  /** What the scan found (spans of the original document). */
  identifiers: readonly PhiFinding[];
}

export function safeView(result: LintResult): SafeView {
  const identifiers = result.refused ? [] : result.analyses.deidentification;
  if (identifiers.length === 0) {
    return { doc: result.document, analyses: result.analyses, redact: (s) => s, identifiers };
  }
  const text = redactedText(result.document.text, identifiers);
  const doc = new CaseDocument(text);
  const analyses = new Analyses(doc, result.analyses.kb, result.config);
  const originals = identifiers.map((f) => collapse(result.document.text.slice(f.start, f.end)));
  return { doc, analyses, redact: textRedactor(originals), identifiers };
}

/** "(phone number removed)": no YAML indicator, no `: `, no `#`, so any scalar stays a scalar. */
export function placeholder(what: string): string {
  return `(${what.replace(/^(a|an|the) /i, '').replace(/\s*\([^()]*\)/g, '')} removed)`;
}

/** The text with each span replaced; a span's line breaks and the indentation after them are kept. */
function redactedText(text: string, spans: readonly PhiFinding[]): string {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const s of sorted) {
    if (s.start < at) continue; // overlaps one already replaced
    out += text.slice(at, s.start) + placeholder(s.what);
    const inner = text.slice(s.start, s.end);
    for (const m of inner.matchAll(/(\r\n|\r|\n)([ \t]*)/g)) out += m[0];
    at = s.end;
  }
  return out + text.slice(at);
}

function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * A redactor for a set of strings: each position of the text is checked
 * against the strings of each distinct length (a hash lookup), so the cost is
 * the text's length times the number of distinct lengths, whatever the count.
 */
export function textRedactor(strings: readonly string[]): (text: string) => string {
  const set = new Set(strings.filter((s) => s.length >= 2));
  if (set.size === 0) return (s) => s;
  const lengths = [...new Set([...set].map((s) => s.length))].sort((a, b) => b - a);
  return (text: string): string => {
    if (text.length < (lengths[lengths.length - 1] ?? 0)) return text;
    let out = '';
    let at = 0;
    let i = 0;
    while (i < text.length) {
      let hit = 0;
      for (const len of lengths) {
        if (i + len <= text.length && set.has(text.slice(i, i + len)) && boundary(text, i, i + len)) {
          hit = len;
          break;
        }
      }
      if (hit > 0) {
        out += text.slice(at, i) + '(identifier removed)';
        i += hit;
        at = i;
      } else i++;
    }
    return at === 0 ? text : out + text.slice(at);
  };
}

/** An identifier that starts or ends with a letter or digit counts only as a whole word ("93" is not in "1993"). */
function boundary(text: string, start: number, end: number): boolean {
  const word = /[A-Za-z0-9]/;
  if (word.test(text[start] ?? '') && word.test(text[start - 1] ?? '')) return false;
  if (word.test(text[end - 1] ?? '') && word.test(text[end] ?? '')) return false;
  return true;
}
