/**
 * `TypeError at lint (server.js:1:2) <- ...`: an error by its kind and stack
 * frames, without its message. Front ends log errors this way because a
 * parser's or a rule's message may quote the document (patient text).
 */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return typeof error;
  const frames = (error.stack ?? '')
    .split('\n')
    .slice(1)
    .map((l) => l.trim().replace(/^at /, ''))
    .filter(Boolean)
    .slice(0, 4);
  return frames.length ? `${error.name} at ${frames.join(' <- ')}` : error.name;
}
