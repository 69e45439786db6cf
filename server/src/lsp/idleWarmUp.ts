import { TextDocument } from 'vscode-languageserver-textdocument';
import { knowledgeBaseFor, lintIncremental, type LintResult } from '../core';
import { provideCompletion } from './completion';
import { diagnosticsOf, type RuleDocs } from './diagnostics';
import { provideHover } from './hover';
import { DEFAULT_SETTINGS, DocState } from './state';
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

export class IdleWarmUp {
  private started = false;
  private stopped = false;
  private steps = 0;
  private spentMs = 0;
  private previous?: LintResult;
  private readonly env = { settings: DEFAULT_SETTINGS, config: {}, kb: knowledgeBaseFor({}) };
  /** Where letters are typed: the start of each prose line's content, by turns. */
  private readonly spots: number[];

  constructor(
    private readonly docs: RuleDocs,
    /** Told once, when a started warm-up ends (its budget spent) or is stopped. */
    private readonly onEnd: (stats: WarmUpStats) => void = () => undefined,
    /** The most main-thread time the steps may take, in milliseconds. */
    private readonly budgetMs = 100,
    private readonly text = WARM_UP_CASE,
  ) {
    this.spots = proseSpots(text);
  }

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
      if (this.spentMs < this.budgetMs && this.spots.length > 0) this.schedule();
      else this.stop();
    });
  }

  private step(): void {
    if (this.steps === 0) {
      // The open: a whole parse, every rule.
      this.previous = lintIncremental(this.text, { config: this.env.config });
      this.publish(this.previous);
      return;
    }
    // A letter typed, then deleted, at one of the prose lines: the text returns to the sample.
    const at = this.spots[this.steps % this.spots.length] ?? 0;
    const typed = this.steps % 2 === 1;
    const text = typed ? `${this.text.slice(0, at)}x${this.text.slice(at)}` : this.text;
    const result = lintIncremental(text, { config: this.env.config }, this.previous);
    this.previous = result;
    this.publish(result);
    if (!typed) return;
    const state = new DocState('file:///warm-up/a.case.yaml', this.steps, TextDocument.create('file:///warm-up/a.case.yaml', 'case-report', this.steps, text), result, this.env);
    const position = state.positions.position(at);
    provideHover(state, position);
    provideCompletion(state, position);
  }

  private publish(result: LintResult): void {
    const state = new DocState('file:///warm-up/a.case.yaml', this.steps, TextDocument.create('file:///warm-up/a.case.yaml', 'case-report', this.steps, ''), result, this.env);
    diagnosticsOf(state, this.docs);
  }
}

/** Offsets of the first letter of each line inside a literal block scalar (`|`), where typing is the common edit. */
function proseSpots(text: string): number[] {
  const spots: number[] = [];
  let inBlock = -1;
  let offset = 0;
  for (const line of text.split('\n')) {
    const indent = line.length - line.trimStart().length;
    if (inBlock >= 0 && line.trim() !== '' && indent <= inBlock) inBlock = -1;
    if (inBlock >= 0 && line.trim() !== '') spots.push(offset + indent);
    if (/:\s*\|\s*$/.test(line)) inBlock = indent;
    offset += line.length + 1;
  }
  return spots;
}
