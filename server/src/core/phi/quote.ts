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

/**
 * Seven digits or more in a row, each pair apart by at most three characters
 * that are no letter, digit or space (a percent escape counts as one):
 * `617_555_0142`, `555/0142`, `617%2E555%2E0142`. A tag, an anchor or an alias
 * is a name the author made up, so any such run in one may be a phone or a
 * record number in a form the detectors do not read. The separators exclude
 * digits, so each try reads ahead once.
 */
const DIGIT_RUN = /(?<!\p{Nd})\p{Nd}(?:(?:%[0-9A-Fa-f]{2}|[^\p{L}\p{N}\s%]){0,3}\p{Nd}){6,}/gu;
const DIGIT_HINT = /\p{Nd}/u;

/** `text` with each DIGIT_RUN replaced by `…`: what a message may show of a tag, an anchor or an alias. */
export function maskDigitRuns(text: string): string {
  return DIGIT_HINT.test(text) ? text.replace(DIGIT_RUN, '…') : text;
}

/** A tag, anchor or alias name as a message may quote it: digit runs masked, then quoteValue. */
export function quoteName(name: string, max = QUOTE_MAX): string {
  return quoteValue(maskDigitRuns(name), max);
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
  return limitQuotes([message], source, max)[0] as string;
}

/**
 * limitQuote for many messages about one source, in one pass over the source:
 * every stretch of `max + 1` characters a message could quote (one starting
 * at the message's start or after a space, a quote, a colon or `…`) is looked
 * up by a rolling hash of the source's stretches of that length, so a
 * document with a thousand syntax errors costs one reading of it, not one per
 * stretch (which took seconds on a 2 MB document of distinct tags).
 */
export function limitQuotes(messages: readonly string[], source: string, max = QUOTE_MAX): string[] {
  // A broken document repeats a few messages many times: each distinct one is cut once.
  const distinct = [...new Set(messages)];
  if (distinct.length < messages.length) {
    const cut = limitQuotes(distinct, source, max);
    const byMessage = new Map(distinct.map((m, i) => [m, cut[i] as string]));
    return messages.map((m) => byMessage.get(m) as string);
  }
  const width = max + 1;
  const masked = messages.map((message) => maskIdentifiers(message.length > READ_MAX ? `${message.slice(0, READ_MAX - 1)}…` : message));
  // The stretches to look for, by hash; each message's in order.
  const starts: number[][] = [];
  const wanted = new Map<number, string[]>();
  for (const m of masked) {
    const at: number[] = [];
    for (let i = 0; i + max < m.length; i++) {
      if (i > 0 && m[i - 1] !== ' ' && m[i - 1] !== '"' && m[i - 1] !== "'" && m[i - 1] !== ':' && m[i - 1] !== '…') continue;
      at.push(i);
      const stretch = m.slice(i, i + width);
      const h = hashOf(stretch, 0, width);
      const same = wanted.get(h);
      if (!same) wanted.set(h, [stretch]);
      else if (!same.includes(stretch)) same.push(stretch);
    }
    starts.push(at);
  }
  if (wanted.size === 0) return masked;
  const found = inSource(source, width, wanted);
  return masked.map((m, k) => {
    for (const i of starts[k] as number[]) if (found.has(m.slice(i, i + width))) return `${m.slice(0, i + max - 1)}…`;
    return m;
  });
}

const MOD = 2147483629; // a prime below 2^31: every product below stays exact in a double
const BASE = 65599;

function hashOf(text: string, from: number, width: number): number {
  let h = 0;
  for (let i = from; i < from + width; i++) h = (h * BASE + text.charCodeAt(i)) % MOD;
  return h;
}

/** Which of the `wanted` stretches (all `width` long, by hash) occur in `source`. */
function inSource(source: string, width: number, wanted: Map<number, string[]>): Set<string> {
  const found = new Set<string>();
  if (source.length < width) return found;
  let top = 1; // BASE^(width - 1) mod MOD
  for (let i = 1; i < width; i++) top = (top * BASE) % MOD;
  let h = hashOf(source, 0, width);
  for (let i = 0; ; i++) {
    const same = wanted.get(h);
    if (same) for (const s of same) if (!found.has(s) && source.startsWith(s, i)) found.add(s);
    if (i + width >= source.length) break;
    h = (h + MOD - ((source.charCodeAt(i) * top) % MOD)) % MOD;
    h = (h * BASE + source.charCodeAt(i + width)) % MOD;
  }
  return found;
}
