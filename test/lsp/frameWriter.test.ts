import * as assert from 'assert';
import { spawn } from 'child_process';
import type { PassThrough } from 'stream';
import { StreamMessageReader, type Message } from 'vscode-jsonrpc/node';
import { FrameWriter, routeConsole } from '../../server/src/lsp/frameWriter';
import { SERVER_BIN } from '../support/lspClient';
import { repoRoot } from '../support/paths';
import { recordedStream } from '../support/streams';

/** A FrameWriter over a stream that records each write. */
function recorded(): { writer: FrameWriter; out: PassThrough; writes: Buffer[] } {
  const { stream: out, writes } = recordedStream();
  return { writer: new FrameWriter(out), out, writes };
}

function frame(msg: object): string {
  const body = Buffer.from(JSON.stringify(msg), 'utf8');
  return `Content-Length: ${body.length}\r\n\r\n${body.toString('utf8')}`;
}

describe('FrameWriter: one write per message over stdio', () => {
  it('writes each message as one whole frame, its length in bytes, that a client reads back in order', async () => {
    const { writer, out, writes } = recorded();
    const messages: Message[] = [
      { jsonrpc: '2.0', method: 'window/logMessage', params: { type: 3, message: 'plain' } } as Message,
      { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///a.case.yaml', diagnostics: [{ message: 'Zoë — 😀 “quoted”' }] } } as Message,
      { jsonrpc: '2.0', id: 1, result: null } as Message,
    ];
    const read: Message[] = [];
    const reader = new StreamMessageReader(out);
    reader.listen((m) => read.push(m));
    for (const m of messages) await writer.write(m);
    await new Promise((r) => setImmediate(r));
    assert.deepStrictEqual(
      writes.map((w) => w.toString('utf8')),
      messages.map(frame),
    );
    assert.deepStrictEqual(read, messages);
    reader.dispose();
  });

  it('rejects a message it cannot serialise, reports it, and goes on writing the next', async () => {
    const { writer, writes } = recorded();
    const errors: unknown[] = [];
    writer.onError((e) => errors.push(e));
    await assert.rejects(writer.write({ jsonrpc: '2.0', method: 'x', params: { n: BigInt(1) } } as unknown as Message));
    assert.strictEqual(errors.length, 1);
    assert.strictEqual(writes.length, 0);
    await writer.write({ jsonrpc: '2.0', method: 'y' } as Message);
    assert.deepStrictEqual(writes.map((w) => w.toString('utf8')), [frame({ jsonrpc: '2.0', method: 'y' })]);
  });

  it('sends console output to the client log, not to stdout', () => {
    const saved = { log: console.log, debug: console.debug, trace: console.trace, dir: console.dir, info: console.info, warn: console.warn, error: console.error };
    const got: string[] = [];
    try {
      routeConsole({
        log: (m) => got.push(`log ${m}`),
        info: (m) => got.push(`info ${m}`),
        warn: (m) => got.push(`warn ${m}`),
        error: (m) => got.push(`error ${m}`),
      });
      console.log('a %d', 1);
      console.info('b', { c: 2 });
      console.warn('w');
      console.error('e');
      console.debug('d');
    } finally {
      Object.assign(console, saved);
    }
    assert.deepStrictEqual(got, ['log a 1', 'info b { c: 2 }', 'warn w', 'error e', 'log d']);
  });
});

describe('language server over stdio: the end of stdin', () => {
  /** Spawn the server, initialize it, optionally shut it down, close its stdin; resolves with its exit code. */
  function exitAfterStdinEnds(shutdown: boolean): Promise<number | null> {
    const child = spawn(process.execPath, [SERVER_BIN, '--stdio'], { cwd: repoRoot, stdio: ['pipe', 'pipe', 'ignore'] });
    const send = (m: object): boolean => child.stdin.write(frame({ jsonrpc: '2.0', ...m }));
    const answered = new Set<number>();
    let onAnswer: (() => void) | undefined;
    new StreamMessageReader(child.stdout).listen((m) => {
      const id = (m as { id?: number }).id;
      if (typeof id === 'number') answered.add(id);
      onAnswer?.();
    });
    const answer = (id: number): Promise<void> =>
      new Promise((resolve) => {
        onAnswer = () => answered.has(id) && resolve();
        onAnswer();
      });
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        child.kill();
        reject(new Error('the server did not exit after its stdin ended'));
      }, 20000);
      child.on('exit', (code) => {
        clearTimeout(timer);
        resolve(code);
      });
      void (async () => {
        send({ id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
        await answer(1);
        send({ method: 'initialized', params: {} });
        if (shutdown) {
          send({ id: 2, method: 'shutdown' });
          await answer(2);
        }
        child.stdin.end();
      })();
    });
  }

  it('exits when the editor goes away without a shutdown (exit code 1), and after a shutdown with 0', async () => {
    assert.strictEqual(await exitAfterStdinEnds(false), 1);
    assert.strictEqual(await exitAfterStdinEnds(true), 0);
  });
});
