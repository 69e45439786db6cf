import { pathToFileURL } from 'url';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { formatConfigProblem, problemCount, type ConfigFile, type ConfigProblem, type ResolvedConfig } from '../node';
import type { ConfigStatusParams } from '../protocol';
import { SOURCE } from './diagnostics';
import type { Logger } from './log';

/** Where the reporter sends what it has to say (the connection, in the server). */
export interface ConfigSink {
  publish(uri: string, diagnostics: Diagnostic[]): void;
  warn(message: string): void;
  status(params: ConfigStatusParams): void;
}

/**
 * A configuration file with problems is never silent: its problems are
 * published as diagnostics on the file itself (the positions and words of the
 * command line's exit-2 message), a warning names it once per change of the
 * file, and each open document's status says the defaults are in use. Once the
 * file is fixed or gone, its diagnostics are cleared.
 */
export class ConfigReporter {
  /** File -> the problems published on it (as a key), for files with problems. */
  private readonly shown = new Map<string, string>();
  /** File -> the read last looked at (each read is a new object). */
  private readonly seen = new Map<string, ConfigFile>();
  /** Document -> the status last sent. */
  private readonly statusOf = new Map<string, string>();

  constructor(
    private readonly sink: ConfigSink,
    private readonly log: Logger,
  ) {}

  /** A document was linted with this configuration; an open one gets a status when it changed. */
  applied(uri: string, resolved: ResolvedConfig | undefined, open: boolean): void {
    const source = resolved?.source;
    if (source) this.fileRead(source);
    if (!open) return;
    const params: ConfigStatusParams = {
      uri,
      configUri: source ? pathToFileURL(source.file).toString() : null,
      problemCount: source?.problems.length ?? 0,
    };
    const key = `${params.configUri ?? ''}\n${params.problemCount}`;
    if (this.statusOf.get(uri) === key) return;
    this.statusOf.set(uri, key);
    this.sink.status(params);
  }

  closed(uri: string): void {
    this.statusOf.delete(uri);
  }

  /** A configuration file as just read: publish its problems and warn (once per change), or clear them. */
  fileRead(file: ConfigFile): void {
    if (this.seen.get(file.file) === file) return;
    this.seen.set(file.file, file);
    const uri = pathToFileURL(file.file).toString();
    if (file.problems.length === 0) {
      if (this.shown.delete(file.file)) this.sink.publish(uri, []);
      return;
    }
    const key = JSON.stringify(file.problems);
    if (this.shown.get(file.file) === key) return;
    this.shown.set(file.file, key);
    this.sink.publish(uri, file.problems.map(toDiagnostic));
    // Worded as the command line prints it (file:line:column: message).
    const rest = file.problems.length - 1;
    const more = rest > 0 ? ` (and ${rest} more)` : '';
    this.sink.warn(`caselint: ${formatConfigProblem(file.problems[0]!, file.file)}${more}. Case reports are linted with the defaults until this configuration file is fixed.`);
    this.log.warn(`a configuration file has ${problemCount(file.problems.length)}; linting with the defaults`);
  }

  /** A configuration file went away: clear what was published on it. */
  fileGone(file: string): void {
    this.seen.delete(file);
    if (this.shown.delete(file)) this.sink.publish(pathToFileURL(file).toString(), []);
  }

  /** Whether problems are shown on `file` (it is read again when it changes, used or not). */
  isShown(file: string): boolean {
    return this.shown.has(file);
  }
}

function toDiagnostic(p: ConfigProblem): Diagnostic {
  const start = { line: p.line - 1, character: p.column - 1 };
  const end = { line: p.endLine - 1, character: p.endColumn - 1 };
  return { range: { start, end }, severity: DiagnosticSeverity.Error, source: SOURCE, message: p.message };
}
