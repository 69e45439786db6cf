import * as v8 from 'v8';

/**
 * The young generation, sized by what is open. V8 doubles a semi-space (up to
 * 16 MB each, 32 MB in all) while much survives a scavenge, and a lint's
 * tokens and nodes survive their first one; the doubled space is then
 * resident for good. Kept at its initial size, the peak RSS with a
 * 3,000-line document open is about 30 MB lower (`npm run bench:lsp`). But a
 * lint of a 30,000-line document allocates far more than that space holds,
 * and scavenges it eight times per keystroke: at that size a growing young
 * generation halves the time of an edit (in process, a prose edit at 30,000
 * lines took 41–46 ms with it and 74–81 ms without). So the young
 * generation may grow only while a long text is open. The flag is read at
 * every scavenge, so setting it at run time takes effect; a space that has
 * grown stays grown.
 */

/** A text at least this long (UTF-16 units, about 1 MB) lets the young generation grow. */
export const LONG_TEXT = 1_000_000;

let growth: number | undefined;

/** Set V8's semi-space growth for the longest text open now; returns the factor in force. */
export function fitYoungGeneration(longestOpenText: number): number {
  const factor = longestOpenText >= LONG_TEXT ? 2 : 1;
  if (factor !== growth) {
    v8.setFlagsFromString(`--semi-space-growth-factor=${factor}`);
    growth = factor;
  }
  return factor;
}
