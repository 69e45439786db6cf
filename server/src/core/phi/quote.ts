import { detectAll } from './detect';

/*
 * Quoting the document in a message (docs/rules/README.md, "A finding never
 * repeats what it found"): every span a de-identification detector matches
 * becomes `…`, line breaks and tabs become spaces, and at most 40 characters
 * of the document are quoted.
 */

export const QUOTE_MAX = 40;
/** How much of a long value is read: enough for 40 characters after masking. */
const READ_MAX = 400;

/** `text` with every span a detector matches replaced by `…`, on one line. */
export function maskIdentifiers(text: string): string {
  let masked = '';
  let at = 0;
  for (const m of detectAll(text)) {
    masked += `${text.slice(at, m.start)}…`;
    at = m.end;
  }
  masked += text.slice(at);
  return masked.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ');
}

/** A value from the document as a message may quote it: masked, then cut to `max` characters. */
export function quoteValue(value: string, max = QUOTE_MAX): string {
  const text = value.length > READ_MAX ? value.slice(0, READ_MAX) : value;
  const masked = maskIdentifiers(text);
  if (masked.length <= max && text.length === value.length) return masked;
  return `${masked.slice(0, max - 1)}…`;
}

/**
 * A message written by another library (the YAML parser) that may quote the
 * document: masked, and cut where it would quote more than `max` characters
 * of `source` in a row.
 */
export function limitQuote(message: string, source: string, max = QUOTE_MAX): string {
  let m = maskIdentifiers(message.length > READ_MAX ? `${message.slice(0, READ_MAX - 1)}…` : message);
  for (let i = 0; i + max < m.length; i++) {
    if (i > 0 && m[i - 1] !== ' ' && m[i - 1] !== '"' && m[i - 1] !== "'" && m[i - 1] !== ':' && m[i - 1] !== '…') continue;
    if (source.includes(m.slice(i, i + max + 1))) {
      m = `${m.slice(0, i + max - 1)}…`;
      break;
    }
  }
  return m;
}
