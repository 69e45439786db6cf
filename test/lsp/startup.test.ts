import * as assert from 'assert';
import { PassThrough } from 'stream';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { afterAnswer } from '../../server/src/lsp/main';
import { recordedStream } from '../support/streams';

/** A server connection and a client over in-memory streams; `writes` records each chunk the server writes. */
function connectionPair(): { server: ReturnType<typeof createConnection>; client: ReturnType<typeof createMessageConnection>; writes: Buffer[] } {
  const toServer = new PassThrough();
  const { stream: toClient, writes } = recordedStream();
  const server = createConnection(ProposedFeatures.all, toServer, toClient);
  const client = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  return { server, client, writes };
}

async function turns(n: number): Promise<void> {
  for (let i = 0; i < n; i++) await new Promise((r) => setImmediate(r));
}

describe('language server start-up', () => {
  it('writes the initialize answer before it loads the engine (the load never holds the answer back)', async () => {
    const { server, client, writes } = connectionPair();
    const order: string[] = [];
    server.onInitialize(() => {
      afterAnswer(() => order.push(writes.some((w) => w.includes('"capabilities"')) ? 'load after the answer' : 'load before the answer'));
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
