import { ResponseError } from 'vscode-languageserver';
// The file itself, not the index: the server's start-up must not load the engine (main.ts imports this module).
import { describeError as errorWithFrames } from '../node/errors';

/**
 * Logging for the server. Nothing that could name a patient goes to the log:
 * callers pass rule ids, counts, timings and opaque document numbers
 * (`Workspace.label`), never a URI, a file path or patient text. Errors are
 * logged by name only (a message may quote the text); their stack frames
 * too when `CASELINT_DEBUG=1`, as the command line does.
 */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };

/** An error for the log: its name, plus stack frames with `CASELINT_DEBUG=1`; never its message. */
export function describeError(error: unknown, env: NodeJS.ProcessEnv = process.env): string {
  if (env.CASELINT_DEBUG) return errorWithFrames(error);
  return error instanceof Error ? error.name : typeof error;
}

/**
 * Wrap a handler so that a failure on one document is logged and answered
 * with `fallback`, never thrown at the connection (which would fail the
 * request) and never stopping the other documents.
 */
export function guard<P extends unknown[], R>(
  log: Logger,
  name: string,
  handler: (...args: P) => R | Promise<R>,
  fallback: R,
): (...args: P) => Promise<R> {
  return async (...args: P): Promise<R> => {
    try {
      return await handler(...args);
    } catch (error) {
      // A deliberate answer (e.g. "this cannot be renamed") goes back to the client as is.
      if (error instanceof ResponseError) throw error;
      log.error(`${name} failed: ${describeError(error)}`);
      return fallback;
    }
  };
}
