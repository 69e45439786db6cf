import { PassThrough } from 'stream';

/** A stream that keeps a copy of every chunk written to it, in order (what a peer would read, write by write). */
export function recordedStream(): { stream: PassThrough; writes: Buffer[] } {
  const stream = new PassThrough();
  const writes: Buffer[] = [];
  const write = stream.write.bind(stream) as (chunk: unknown, ...rest: unknown[]) => boolean;
  stream.write = ((chunk: unknown, ...rest: unknown[]) => {
    writes.push(Buffer.isBuffer(chunk) ? Buffer.from(chunk) : Buffer.from(String(chunk), 'utf8'));
    return write(chunk, ...rest);
  }) as typeof stream.write;
  return { stream, writes };
}
