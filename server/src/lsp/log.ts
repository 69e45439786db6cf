import { ResponseError } from 'vscode-languageserver';
import { describeError } from '../core';

/**
 * Logging for the server. Patient text never goes to the log: callers pass
 * rule ids, counts, URIs and timings only, and errors are logged by name and
 * stack frames, without their message (a parser message may quote the text).
 */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };

export { describeError };

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
