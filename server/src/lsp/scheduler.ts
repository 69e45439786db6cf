import type { Diagnostic } from 'vscode-languageserver';
import { diagnosticsOf, type RuleDocs } from './diagnostics';
import { describeError, type Logger } from './log';
import type { Workspace } from './workspace';

export type Publish = (uri: string, version: number | undefined, diagnostics: Diagnostic[]) => void;

/**
 * Push diagnostics without a fixed debounce: a change schedules a lint on
 * the next turn of the event loop (setImmediate), after the messages already
 * read are handled. Only the newest version is linted, and a result is
 * published only while it is still the newest, so a stale publish never
 * follows a newer one. Push mode only: a client that pulls asks for each
 * version's diagnostics itself, and they are converted then, once.
 */
export class DiagnosticsScheduler {
  private readonly pending = new Set<string>();
  private scheduled = false;
  /** uri -> the version last published (-1 after clearing). */
  private readonly published = new Map<string, { version: number; generation: number; empty: boolean }>();

  constructor(
    private readonly workspace: Workspace,
    private readonly publish: Publish,
    private readonly docs: RuleDocs,
    private readonly log: Logger,
  ) {}

  schedule(uri: string): void {
    this.pending.add(uri);
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => void this.flush());
    }
  }

  scheduleAll(): void {
    for (const uri of this.workspace.uris()) this.schedule(uri);
  }

  /** The document closed: clear what was published for it. */
  clear(uri: string): void {
    this.pending.delete(uri);
    if (this.published.has(uri)) {
      this.published.delete(uri);
      this.publish(uri, undefined, []);
    }
  }

  private async flush(): Promise<void> {
    this.scheduled = false;
    const uris = [...this.pending];
    this.pending.clear();
    for (const uri of uris) {
      try {
        await this.publishOne(uri);
      } catch (error) {
        this.log.error(`diagnostics for ${this.workspace.label(uri)} failed: ${describeError(error)}`);
      }
    }
  }

  private async publishOne(uri: string): Promise<void> {
    const generation = this.workspace.generation;
    const state = await this.workspace.state(uri);
    const doc = this.workspace.document(uri);
    if (!doc) return; // closed meanwhile
    const last = this.published.get(uri);
    if (!state) {
      // No longer a case document (e.g. its first key changed): clear once.
      if (last && !last.empty) {
        this.publish(uri, doc.version, []);
        this.published.set(uri, { version: doc.version, generation, empty: true });
      }
      return;
    }
    if (state.version !== doc.version) return; // a newer version is scheduled
    if (last && (last.version > state.version || (last.version === state.version && last.generation === generation))) return;
    const diagnostics = diagnosticsOf(state, this.docs);
    this.publish(uri, state.version, diagnostics);
    this.published.set(uri, { version: state.version, generation, empty: diagnostics.length === 0 });
  }
}
