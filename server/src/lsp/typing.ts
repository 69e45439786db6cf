/**
 * When to start a document's lint while its author types. A lint is
 * synchronous: once started it runs to its end, and a key pressed meanwhile
 * waits for it. When the document's last lint took longer than the typist's
 * gap between keys, a lint started at a key is overtaken by the next one:
 * its result is stale before it is published, and the last key of a burst
 * waits on average for half a stale lint before its own. Holding the lint
 * until the typist pauses (one and a half gaps without a change, at most
 * HOLD_CAP_MS) costs that hold instead, so it is done only when it is the
 * smaller wait: when the lint takes more than three gaps. Then a burst costs
 * one lint after its last key. A lint that keeps up with the typist is never
 * held, nor an isolated edit.
 *
 * The gap is learnt from the changes themselves: the time between two
 * changes handled while the server was idle, or, for changes that queued up
 * during a lint (handled back to back after it), the lint's duration divided
 * by their number. Times come from `now` (injectable for tests).
 */
export const HOLD_CAP_MS = 250;
/** A lint is held only when it takes longer than this many of the typist's gaps. */
export const HOLD_WHEN_LINT_OVER_GAPS = 3;
/** Changes further apart than this are separate edits, not one burst. */
export const BURST_GAP_MS = 1000;
/** Changes handled closer together than this were queued (read together), not typed at that pace. */
const QUEUED_MS = 3;

interface Typist {
  /** When the last change was handled. */
  lastChange: number;
  /** The typist's gap between keys (ms), once known. */
  gap?: number;
  /** Changes handled back to back after a lint: they queued during it. */
  queued: number;
  /** The last change was one of those queued ones (the gap after it is not the typist's). */
  lastQueued: boolean;
  /** When the document's last lint ended, and how long it took. */
  lintEnd: number;
  lintMs?: number;
}

export class TypingPolicy {
  private readonly typists = new Map<string, Typist>();

  constructor(private readonly now: () => number) {}

  /** A change to the document was handled now. */
  changed(uri: string): void {
    const t = this.now();
    const p = this.typists.get(uri);
    if (!p) {
      this.typists.set(uri, { lastChange: t, queued: 0, lastQueued: false, lintEnd: -Infinity });
      return;
    }
    const since = t - p.lastChange;
    if (since > BURST_GAP_MS) {
      // A new burst: what was learnt of the last one's pace may not hold.
      p.gap = undefined;
      p.queued = 0;
      p.lastQueued = false;
    } else if (p.lintEnd > p.lastChange && t - p.lintEnd < QUEUED_MS && p.lintMs !== undefined) {
      // The first change handled right after a lint arrived during it.
      p.queued = 1;
      p.lastQueued = true;
      p.gap = p.lintMs;
    } else if (p.lastQueued && since < QUEUED_MS) {
      p.queued++;
      p.gap = (p.lintMs ?? 0) / p.queued;
    } else if (!p.lastQueued && since >= QUEUED_MS) {
      p.gap = p.gap === undefined ? since : (p.gap + since) / 2;
    } else {
      p.lastQueued = false;
    }
    p.lastChange = t;
  }

  /** A lint of the document ended now; it took `ms`. */
  linted(uri: string, ms: number): void {
    const p = this.typists.get(uri);
    if (!p) {
      this.typists.set(uri, { lastChange: -Infinity, queued: 0, lastQueued: false, lintEnd: this.now(), lintMs: ms });
      return;
    }
    p.lintEnd = this.now();
    p.lintMs = ms;
  }

  /** The time before which the document's next lint should not start (0: start it now). */
  holdUntil(uri: string): number {
    const p = this.typists.get(uri);
    if (!p || p.gap === undefined || p.lintMs === undefined) return 0;
    // Half a lint in flight is the wait a hold of 1.5 gaps replaces: hold only when that is longer.
    if (p.lintMs <= HOLD_WHEN_LINT_OVER_GAPS * p.gap) return 0;
    if (this.now() - p.lastChange > BURST_GAP_MS) return 0;
    return p.lastChange + Math.min(1.5 * p.gap, HOLD_CAP_MS);
  }

  forget(uri: string): void {
    this.typists.delete(uri);
  }
}
