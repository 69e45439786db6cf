import { TextDocument } from 'vscode-languageserver-textdocument';
import { knowledgeBaseFor, lintIncremental, type CaseDocument, type LintResult } from '../core';
import { provideCompletion } from './completion';
import { diagnosticsOf, type RuleDocs } from './diagnostics';
import { provideHover } from './hover';
import { DEFAULT_SETTINGS, DocState, type Environment } from './state';
import { WARM_UP_CASE } from './warmUpCase';

/**
 * Until the client opens a document, the server lints an invented case in
 * the background, one short step at a time: an open, then letters typed into
 * its prose, each with its diagnostics, a hover and a completion. The code
 * cache (warmUp.ts) spares the first lint the compiling of bytecode; this
 * spares it the interpreter. V8 optimises a function only once it has run
 * many times, and before that the first open of a long case, and the first
 * keystrokes in any case, run several times slower than they later will.
 *
 * The steps begin only once the client has been quiet for a moment after
 * `initialized` (VS Code opens its documents at once, and they never wait),
 * and they stop for good when the next bytes arrive from the client, so a
 * real document waits at most for the one step already running: the first
 * (the whole case, cold) takes tens of milliseconds, the others a few. The
 * whole warm-up is held to `budgetMs` of main-thread time: a longer one left
 * V8's background compiler busy with optimisations when the first document
 * came, and made that open slower (measured with `npm run bench:lsp`).
 * Nothing is published or kept; the invented case is the whole input.
 */
export interface WarmUpStats {
  /** Steps run (the first is the open). */
  steps: number;
  /** Their main-thread time, in milliseconds. */
  ms: number;
}

const WARM_UP_URI = 'file:///warm-up/a.case.yaml';

export class IdleWarmUp {
  private started = false;
  private stopped = false;
  private steps = 0;
  private spentMs = 0;
  private previous?: LintResult;
  /** Made at the first step, not at the server's start. */
  private env?: Environment;
  /** Where letters are typed, by turns: found in the tree of the first step, the open. */
  private spots: number[] = [];

  constructor(
    private readonly docs: RuleDocs,
    /** Told once, when a started warm-up ends (its budget spent) or is stopped. */
    private readonly onEnd: (stats: WarmUpStats) => void = () => undefined,
    /** The most main-thread time the steps may take, in milliseconds. */
    private readonly budgetMs = 100,
    private readonly text = WARM_UP_CASE,
  ) {}

  /** Begin once `quietMs` pass with no message (a client that opens a document at once never waits behind a step). */
  start(quietMs = 100): void {
    if (this.started || this.stopped) return;
    this.started = true;
    setTimeout(() => this.schedule(), quietMs).unref();
  }

  /** Bytes came from the client: once started, stop (before it, they are the messages that lead up to the start). */
  interrupt(): void {
    if (this.started) this.stop();
  }

  /** Stop for good; a step already running finishes, and no other starts. */
  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.previous = undefined;
    if (this.started) this.onEnd(this.stats);
  }

  /** How many steps ran, and their main-thread time. */
  get stats(): WarmUpStats {
    return { steps: this.steps, ms: this.spentMs };
  }

  private schedule(): void {
    setImmediate(() => {
      if (this.stopped) return;
      const t0 = performance.now();
      this.step();
      this.spentMs += performance.now() - t0;
      this.steps++;
      // With no prose to type into, the open is the whole warm-up.
      if (this.spentMs < this.budgetMs && this.spots.length > 0) this.schedule();
      else this.stop();
    });
  }

  private step(): void {
    // The open (a whole parse, every rule), then a letter typed, then deleted, at one prose line after another.
    const typed = this.steps % 2 === 1;
    const at = this.spots[this.steps % this.spots.length] ?? 0;
    const text = typed ? `${this.text.slice(0, at)}x${this.text.slice(at)}` : this.text;
    this.env ??= { settings: DEFAULT_SETTINGS, config: {}, kb: knowledgeBaseFor({}) };
    const result = lintIncremental(text, { config: this.env.config }, this.previous);
    this.previous = result;
    if (this.steps === 0) this.spots = proseSpots(result.document);
    const state = new DocState(WARM_UP_URI, this.steps, TextDocument.create(WARM_UP_URI, 'case-report', this.steps, text), result, this.env);
    diagnosticsOf(state, this.docs);
    if (!typed) return;
    const position = state.positions.position(at);
    provideHover(state, position);
    provideCompletion(state, position);
  }
}

/** Where typing is the common edit: the first letter of each line of a block scalar's content, read from the engine's own tree. */
function proseSpots(doc: CaseDocument): number[] {
  const spots: number[] = [];
  for (const span of doc.blockScalarSpans) {
    // The span opens at the `|` or `>` header; its content starts on the next line.
    const last = doc.lines.position(span.end).line;
    for (let line = doc.lines.position(span.start).line + 1; line <= last; line++) {
      const text = doc.lines.lineText(line);
      const at = doc.lines.lineStart(line) + text.length - text.trimStart().length;
      if (text.trim() !== '' && at < span.end) spots.push(at);
    }
  }
  return spots;
}
