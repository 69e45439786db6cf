import * as assert from 'assert';
import { PassThrough } from 'stream';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { afterAnswer } from '../../server/src/lsp/main';

/** A server connection and a client over in-memory streams; `written` records each message body the server writes. */
function connectionPair(): { server: ReturnType<typeof createConnection>; client: ReturnType<typeof createMessageConnection>; written: string[] } {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  const written: string[] = [];
  const write = toClient.write.bind(toClient) as (chunk: unknown, ...rest: unknown[]) => boolean;
  toClient.write = ((chunk: unknown, ...rest: unknown[]) => {
    const text = Buffer.isBuffer(chunk) ? chunk.toString('utf8') : String(chunk);
    if (!text.startsWith('Content-Length')) written.push(text);
    return write(chunk, ...rest);
  }) as typeof toClient.write;
  const server = createConnection(ProposedFeatures.all, toServer, toClient);
  const client = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  return { server, client, written };
}

async function turns(n: number): Promise<void> {
  for (let i = 0; i < n; i++) await new Promise((r) => setImmediate(r));
}

describe('language server start-up', () => {
  it('writes the initialize answer before it loads the engine (the load never holds the answer back)', async () => {
    const { server, client, written } = connectionPair();
    const order: string[] = [];
    server.onInitialize(() => {
      afterAnswer(() => order.push(written.some((m) => m.includes('"capabilities"')) ? 'load after the answer' : 'load before the answer'));
      return { capabilities: {} };
    });
    server.listen();
    client.listen();
    try {
      const answer = await client.sendRequest<{ capabilities: object }>('initialize', { processId: null, rootUri: null, capabilities: {} });
      assert.ok(typeof answer.capabilities === 'object');
      await turns(10);
      assert.deepStrictEqual(order, ['load after the answer']);
    } finally {
      client.dispose();
      server.dispose();
    }
  });
});
