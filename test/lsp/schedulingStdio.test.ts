import * as assert from 'assert';
import { spawn, type ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { StreamMessageReader } from 'vscode-jsonrpc/node';
import { LSPErrorCodes } from 'vscode-languageserver';
import { SERVER_BIN } from '../support/lspClient';
import { repoRoot } from '../support/paths';

/**
 * The bundled server over stdio, fed messages the way a busy editor sends
 * them: many in one write, so they queue in the server before it handles the
 * first. With CASELINT_LOG_LINTS=1 the server logs each lint ("lint document
 * #1 v21 ..."), which the tests count.
 */
type Message = { id?: number; method?: string; params?: { version?: number; message?: string; uri?: string }; result?: unknown; error?: { code: number } };

class RawClient {
  readonly received: Message[] = [];
  private waiters: { test: (m: Message) => boolean; resolve: (m: Message) => void }[] = [];
  private readonly child: ChildProcess;
  private nextId = 1;

  constructor() {
    this.child = spawn(process.execPath, [SERVER_BIN, '--stdio'], {
      cwd: repoRoot,
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, CASELINT_LOG_LINTS: '1' },
    });
    this.child.stderr!.on('data', () => {});
    new StreamMessageReader(this.child.stdout!).listen((m) => {
      const msg = m as Message;
      this.received.push(msg);
      this.waiters = this.waiters.filter((w) => {
        if (!w.test(msg)) return true;
        w.resolve(msg);
        return false;
      });
    });
  }

  /** Frame and send messages in one write. */
  send(...messages: object[]): void {
    const frames = messages.map((m) => {
      const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...m }), 'utf8');
      return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]);
    });
    this.child.stdin!.write(Buffer.concat(frames));
  }

  request(method: string, params: unknown): { id: number; method: string; params: unknown } {
    return { id: this.nextId++, method, params };
  }

  waitFor(test: (m: Message) => boolean, ms = 20000): Promise<Message> {
    const found = this.received.find(test);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no such message')), ms);
      this.waiters.push({ test, resolve: (m) => { clearTimeout(timer); resolve(m); } });
    });
  }

  lints(): string[] {
    return this.received
      .filter((m) => m.method === 'window/logMessage' && /^lint document #\d+ v\d+ /.test(m.params?.message ?? ''))
      .map((m) => /v(\d+)/.exec(m.params!.message!)![0]);
  }

  async start(): Promise<void> {
    const init = this.request('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: { textDocument: { publishDiagnostics: { versionSupport: true }, documentSymbol: { hierarchicalDocumentSymbolSupport: true } } },
    });
    this.send(init);
    await this.waitFor((m) => m.id === init.id);
    this.send({ method: 'initialized', params: {} });
  }

  async stop(): Promise<void> {
    const shutdown = this.request('shutdown', null);
    this.send(shutdown);
    await this.waitFor((m) => m.id === shutdown.id).catch(() => undefined);
    this.send({ method: 'exit' });
    await new Promise<void>((r) => {
      const t = setTimeout(() => { this.child.kill(); r(); }, 3000);
      this.child.once('exit', () => { clearTimeout(t); r(); });
    });
  }
}

const TEXT = fs.readFileSync(path.join(repoRoot, 'samples', 'clean', 'ketamine-kap-cross-talk.case.yaml'), 'utf8');
const LINES = TEXT.split('\n');
const URI = pathToFileURL(path.join(repoRoot, 'samples', 'clean', 'stdio-burst.case.yaml')).toString();
const persp = LINES.findIndex((l) => /^perspectives:/.test(l));
const proseLine = LINES.findIndex((l, i) => i > persp && /^ {6}[A-Z]/.test(l));
const drugLine = LINES.findIndex((l) => /^ {2}- drug: sert/.test(l));
const doc = { uri: URI };
const whole = { start: { line: 0, character: 0 }, end: { line: LINES.length, character: 0 } };

describe('language server scheduling over stdio (queued messages)', function () {
  this.timeout(60000);
  let client: RawClient;
  beforeEach(async () => {
    client = new RawClient();
    await client.start();
  });
  afterEach(async () => client.stop());

  it('publishes the first diagnostics before answering the requests sent with didOpen', async () => {
    const asks = [
      client.request('textDocument/semanticTokens/full', { textDocument: doc }),
      client.request('textDocument/foldingRange', { textDocument: doc }),
      client.request('textDocument/documentSymbol', { textDocument: doc }),
      client.request('textDocument/codeLens', { textDocument: doc }),
      client.request('textDocument/inlayHint', { textDocument: doc, range: whole }),
      client.request('textDocument/documentLink', { textDocument: doc }),
    ];
    client.send({ method: 'textDocument/didOpen', params: { textDocument: { ...doc, languageId: 'case-report', version: 1, text: TEXT } } }, ...asks);
    await Promise.all(asks.map((a) => client.waitFor((m) => m.id === a.id)));
    const order = client.received.filter((m) => m.method === 'textDocument/publishDiagnostics' || asks.some((a) => a.id === m.id));
    assert.strictEqual(order[0]!.method, 'textDocument/publishDiagnostics', JSON.stringify(order.map((m) => m.method ?? m.id)));
    assert.ok(asks.every((a) => !client.received.find((m) => m.id === a.id)!.error), 'every request was answered');
    assert.deepStrictEqual(client.lints(), ['v1']);
  });

  it('20 queued changes with hovers between them: one lint, of the last version; the hovers are answered', async () => {
    client.send({ method: 'textDocument/didOpen', params: { textDocument: { ...doc, languageId: 'case-report', version: 1, text: TEXT } } });
    await client.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && m.params?.version === 1);
    const messages: object[] = [];
    const hovers: number[] = [];
    for (let i = 0; i < 20; i++) {
      const p = { line: proseLine, character: 7 + i };
      messages.push({ method: 'textDocument/didChange', params: { textDocument: { ...doc, version: i + 2 }, contentChanges: [{ range: { start: p, end: p }, text: 'x' }] } });
      const hover = client.request('textDocument/hover', { textDocument: doc, position: { line: drugLine, character: 12 } });
      hovers.push(hover.id);
      messages.push(hover, client.request('textDocument/semanticTokens/full', { textDocument: doc }));
    }
    client.send(...messages);
    await client.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && m.params?.version === 21);
    const answers = await Promise.all(hovers.map((id) => client.waitFor((m) => m.id === id)));
    for (const a of answers) assert.ok(JSON.stringify(a.result).includes('sertraline'), JSON.stringify(a));
    assert.deepStrictEqual(client.lints(), ['v1', 'v21']);
    const versions = client.received.filter((m) => m.method === 'textDocument/publishDiagnostics').map((m) => m.params!.version);
    assert.deepStrictEqual(versions, [1, 21]);
  });

  it('a request cancelled before the server handled it answers RequestCancelled', async () => {
    client.send({ method: 'textDocument/didOpen', params: { textDocument: { ...doc, languageId: 'case-report', version: 1, text: TEXT } } });
    await client.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && m.params?.version === 1);
    const p = { line: proseLine, character: 7 };
    const tokens = client.request('textDocument/semanticTokens/full', { textDocument: doc });
    client.send(
      { method: 'textDocument/didChange', params: { textDocument: { ...doc, version: 2 }, contentChanges: [{ range: { start: p, end: p }, text: 'x' }] } },
      tokens,
      { method: '$/cancelRequest', params: { id: tokens.id } },
    );
    const answer = await client.waitFor((m) => m.id === tokens.id);
    assert.strictEqual(answer.error?.code, LSPErrorCodes.RequestCancelled);
    await client.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && m.params?.version === 2);
    assert.deepStrictEqual(client.lints(), ['v1', 'v2']);
  });
});
