import type { CancellationToken, Diagnostic } from 'vscode-languageserver';
import { diagnosticsOf, type RuleDocs } from './diagnostics';
import { describeError, type Logger } from './log';
import type { DocState } from './state';
import { TypingPolicy } from './typing';
import type { Workspace } from './workspace';

export type Publish = (uri: string, version: number | undefined, diagnostics: Diagnostic[]) => void;

/** A request's version was overtaken by a change before its lint happened. */
export const SUPERSEDED = Symbol('superseded');
/** The client cancelled the request while it waited. */
export const CANCELLED = Symbol('cancelled');
export type Settled = DocState | undefined | typeof SUPERSEDED | typeof CANCELLED;

interface Waiter {
  uri: string;
  /** The document's version when the request was handled. */
  version: number;
  urgent: boolean;
  resolve: (s: Settled) => void;
}

/** Event-loop turns without a message handled before a lint starts (see `turn`). */
const QUIET_TURNS = 2;

/**
 * The one place that decides when a document is linted. Lints are
 * coalesced to the newest version:
 *
 * - A lint starts only once the connection has handled every message already
 *   read: two turns of the event loop in a row with no message handled (the
 *   connection handles one queued message per turn; the turn in between lets
 *   the poll phase read what the client sent meanwhile). Changes that queued
 *   up are all applied first, so their intermediate versions are never linted.
 * - While the author types faster than the document lints (a lint longer
 *   than three gaps between keys), the lint waits
 *   for a pause (`TypingPolicy`); a request that cannot wait (`urgent`:
 *   hover, completion, commands) skips that wait, never the coalescing.
 * - One lint at a time, one document per turn.
 * - Push mode: after a change (caselint.run onType) or a save the newest
 *   version is linted and published; a publish never follows a newer one and
 *   goes out before any request waiting for the same lint is answered (the
 *   first diagnostics after didOpen are not delayed by semantic tokens,
 *   inlay hints, symbols or the code lens the editor asks for with it).
 * - Both modes: a request waits (`settled`) for the lint of the version it
 *   was made on. When a change overtakes that version first, the request is
 *   told (SUPERSEDED) and answers without linting; a cancelled one likewise
 *   (CANCELLED). In pull mode nothing is linted that no request asked for.
 */
export class LintScheduler {
  /** Documents whose newest version should be linted (and, in push mode, published). */
  private readonly wanted = new Set<string>();
  private readonly waiters: Waiter[] = [];
  /** uri -> the version last published (-1 after clearing). */
  private readonly published = new Map<string, { version: number; generation: number; empty: boolean }>();
  private turnScheduled = false;
  private holdTimer: NodeJS.Timeout | undefined;
  private running = false;
  private handled = 0;
  private seen = 0;
  private quiet = 0;
  readonly typing: TypingPolicy;

  constructor(
    private readonly workspace: Workspace,
    /** Push mode: how diagnostics are sent. Undefined in pull mode (a client that pulls asks for each version's diagnostics itself). */
    private readonly publish: Publish | undefined,
    private readonly docs: RuleDocs,
    private readonly log: Logger,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.typing = new TypingPolicy(now);
  }

  get pushes(): boolean {
    return this.publish !== undefined;
  }

  /** The connection handled a message (main.ts tells, for every message). */
  noteMessage(): void {
    this.handled++;
  }

  /** The document changed (already applied to the workspace): requests for older versions are overtaken. */
  changed(uri: string): void {
    this.typing.changed(uri);
    const version = this.workspace.document(uri)?.version;
    this.settleWaiters(uri, (w) => (version === undefined || w.version !== version ? SUPERSEDED : null));
  }

  /** Push mode: lint the document's newest version and publish it. */
  schedule(uri: string): void {
    if (!this.publish) return;
    this.wanted.add(uri);
    this.kick();
  }

  scheduleAll(): void {
    for (const uri of this.workspace.uris()) this.schedule(uri);
  }

  /** The document closed: clear what was published for it. */
  clear(uri: string): void {
    this.wanted.delete(uri);
    this.typing.forget(uri);
    this.settleWaiters(uri, () => undefined);
    if (this.published.has(uri)) {
      this.published.delete(uri);
      this.publish?.(uri, undefined, []);
    }
  }

  /**
   * The state of the document's current version, once linted: at once when
   * it already is, else after the coalesced lint. SUPERSEDED when a change
   * overtakes the version first, CANCELLED when `token` is cancelled first.
   */
  settled(uri: string, options: { urgent?: boolean; token?: CancellationToken } = {}): Promise<Settled> {
    const doc = this.workspace.document(uri);
    if (!doc) return this.workspace.state(uri);
    const fresh = this.workspace.fresh(uri);
    if (fresh) return Promise.resolve(fresh);
    if (options.token?.isCancellationRequested) return Promise.resolve(CANCELLED);
    return new Promise<Settled>((resolve) => {
      const waiter: Waiter = { uri, version: doc.version, urgent: options.urgent === true, resolve };
      this.waiters.push(waiter);
      options.token?.onCancellationRequested(() => this.settleWaiters(uri, (w) => (w === waiter ? CANCELLED : null)));
      this.wanted.add(uri);
      this.kick();
    });
  }

  private settleWaiters(uri: string, outcome: (w: Waiter) => Settled | null): void {
    for (let i = this.waiters.length - 1; i >= 0; i--) {
      const w = this.waiters[i]!;
      if (w.uri !== uri) continue;
      const o = outcome(w);
      if (o === null) continue;
      this.waiters.splice(i, 1);
      w.resolve(o);
    }
    if (this.publish === undefined && !this.waiters.some((w) => w.uri === uri)) this.wanted.delete(uri);
  }

  private kick(): void {
    if (this.turnScheduled || this.running) return;
    this.turnScheduled = true;
    setImmediate(() => void this.turn());
  }

  private async turn(): Promise<void> {
    this.turnScheduled = false;
    if (this.running || this.wanted.size === 0) return;
    if (this.handled !== this.seen) {
      // Messages are still being handled: wait until they are all applied.
      this.seen = this.handled;
      this.quiet = 0;
      this.kick();
      return;
    }
    if (++this.quiet < QUIET_TURNS) {
      this.kick();
      return;
    }
    this.quiet = 0;
    const now = this.now();
    let next: string | undefined;
    let wait = Infinity;
    for (const uri of this.wanted) {
      const urgent = this.waiters.some((w) => w.uri === uri && w.urgent);
      const until = urgent ? 0 : this.typing.holdUntil(uri);
      if (until <= now) {
        next = uri;
        break;
      }
      wait = Math.min(wait, until - now);
    }
    if (next === undefined) {
      if (wait < Infinity) this.holdFor(wait);
      return;
    }
    this.wanted.delete(next);
    this.running = true;
    try {
      await this.lintAndPublish(next);
    } catch (error) {
      this.log.error(`diagnostics for ${this.workspace.label(next)} failed: ${describeError(error)}`);
      this.settleWaiters(next, () => undefined);
    } finally {
      this.running = false;
    }
    if (this.wanted.size > 0) this.kick();
  }

  private holdFor(ms: number): void {
    if (this.holdTimer) clearTimeout(this.holdTimer);
    this.holdTimer = setTimeout(() => {
      this.holdTimer = undefined;
      this.kick();
    }, Math.ceil(ms));
  }

  private async lintAndPublish(uri: string): Promise<void> {
    const generation = this.workspace.generation;
    const before = this.workspace.fresh(uri);
    const state = await this.workspace.state(uri);
    const doc = this.workspace.document(uri);
    if (!doc) {
      this.settleWaiters(uri, () => undefined);
      return;
    }
    if (state && state !== before) this.typing.linted(uri, state.lintMs);
    if (state && state.version !== doc.version) {
      // A change arrived while the settings were fetched: the newer version is wanted instead.
      this.wanted.add(uri);
      return;
    }
    const linted = doc.version;
    if (this.publish) this.publishState(uri, state, linted, generation);
    // Answer the waiting requests on a later turn, so the publish is written first.
    setImmediate(() => {
      const current = this.workspace.document(uri)?.version;
      this.settleWaiters(uri, (w) => (w.version === linted ? state : w.version !== current ? SUPERSEDED : null));
    });
  }

  private publishState(uri: string, state: DocState | undefined, version: number, generation: number): void {
    const last = this.published.get(uri);
    if (!state) {
      // No longer a case document (e.g. its first key changed): clear once.
      if (last && !last.empty) {
        this.publish?.(uri, version, []);
        this.published.set(uri, { version, generation, empty: true });
      }
      return;
    }
    if (last && (last.version > state.version || (last.version === state.version && last.generation === generation))) return;
    const diagnostics = diagnosticsOf(state, this.docs);
    this.publish?.(uri, state.version, diagnostics);
    this.published.set(uri, { version: state.version, generation, empty: diagnostics.length === 0 });
  }
}
