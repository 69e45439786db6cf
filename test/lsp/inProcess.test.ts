import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { ClientCapabilities, Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver';
import { ruleById } from '../../server/src/core';
import type { Logger } from '../../server/src/lsp/log';
import { CaselintServer } from '../../server/src/lsp/server';
import { fakeConnection } from '../support/fakeConnection';
import { DEFAULT_CAPABILITIES, pullCapabilities } from '../support/lspClient';
import { repoRoot } from '../support/paths';

/**
 * The server driven in-process, through a stand-in connection: what it
 * publishes, what it logs, and which diagnostics arrays it hands out.
 */
interface Harness {
  server: CaselintServer;
  published: PublishDiagnosticsParams[];
  logs: string[];
}

function start(capabilities: ClientCapabilities, getConfiguration: () => Promise<unknown> = () => Promise.resolve({})): Harness {
  const published: PublishDiagnosticsParams[] = [];
  const logs: string[] = [];
  const log: Logger = {
    info: (m) => logs.push(`info ${m}`),
    warn: (m) => logs.push(`warn ${m}`),
    error: (m) => logs.push(`error ${m}`),
  };
  const connection = fakeConnection((p) => published.push(p), getConfiguration);
  return { server: new CaselintServer(connection, log, { packageRoot: repoRoot }, capabilities), published, logs };
}

/** Let the scheduler's setImmediate turns run. */
async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r));
}

// A folder and file name that could name a patient: neither may reach the log.
const FOLDER = path.join(os.tmpdir(), 'caselint-Jane-Roe-ward-3');
const URI = pathToFileURL(path.join(FOLDER, 'jane-roe.case.yaml')).toString();
const CASE = `caselint: 1
type: case-report
title: A Test Case
abstract: |
  Two adequate trials failed [@star-d].
references:
  - id: star-d
    text: An invented reference about a large trial.
`;
const TEXT = CASE.replace('failed [@star-d]', 'failed [@star-dd]');

function open(h: Harness, text = TEXT, version = 1): void {
  h.server.didOpen({ textDocument: { uri: URI, languageId: 'yaml', version, text } });
}

async function pull(h: Harness): Promise<Diagnostic[]> {
  const report = await h.server.diagnostic({ textDocument: { uri: URI } });
  assert.strictEqual(report.kind, 'full');
  return (report as { items: Diagnostic[] }).items;
}

describe('language server, in process', () => {
  describe('diagnostics are converted once per version', () => {
    it('in pull mode nothing is published and two pulls of one version get the same array', async () => {
      const h = start(pullCapabilities());
      open(h);
      await settle();
      assert.deepStrictEqual(h.published, [], 'a pulling client is never pushed to');
      const first = await pull(h);
      assert.ok(first.some((d) => d.code === 'citation-undefined'), JSON.stringify(first));
      const second = await pull(h);
      assert.strictEqual(second, first, 'the second pull reuses the first conversion');
      h.server.didChange({ textDocument: { uri: URI, version: 2 }, contentChanges: [{ text: CASE }] });
      const third = await pull(h);
      assert.notStrictEqual(third, first);
      assert.ok(!third.some((d) => d.code === 'citation-undefined'), 'the new version was converted');
      assert.deepStrictEqual(h.published, []);
    });

    it('in push mode the published array is the one a later request for that version gets', async () => {
      const h = start(DEFAULT_CAPABILITIES);
      open(h);
      await settle();
      assert.strictEqual(h.published.length, 1);
      const files = await h.server.lintFiles({ uris: [URI] });
      assert.strictEqual(files.files[0]!.diagnostics, h.published[0]!.diagnostics);
      assert.strictEqual(await pull(h), h.published[0]!.diagnostics);
    });
  });

  describe('the log names no document', () => {
    let debug: string | undefined;
    beforeEach(() => {
      debug = process.env.CASELINT_DEBUG;
      delete process.env.CASELINT_DEBUG;
    });
    afterEach(() => {
      if (debug === undefined) delete process.env.CASELINT_DEBUG;
      else process.env.CASELINT_DEBUG = debug;
    });

    const noDocument = (logs: string[]): void => {
      assert.ok(logs.length > 0);
      for (const line of logs) {
        assert.ok(!/file:|jane|roe|ward-3|[/\\]tmp|\.case\.yaml/i.test(line), `the log names the document: ${line}`);
        assert.ok(!/ at |\.js:\d/.test(line), `stack frames without CASELINT_DEBUG: ${line}`);
      }
    };

    it('logs a rule that throws by rule id and document number only', async () => {
      const rule = ruleById('citation-undefined')!;
      const check = rule.check;
      rule.check = () => {
        throw new TypeError('cannot read Jane Roe of file:///tmp/jane-roe.case.yaml');
      };
      try {
        const h = start(DEFAULT_CAPABILITIES);
        open(h);
        await settle();
        assert.strictEqual(h.published.length, 1, 'the other rules still publish');
        assert.deepStrictEqual(h.logs, ['error rule citation-undefined failed on document #1: TypeError']);
        noDocument(h.logs);
      } finally {
        rule.check = check;
      }
    });

    it('logs settings that cannot be read without the document', async () => {
      const h = start(DEFAULT_CAPABILITIES, () => Promise.reject(new Error(`no settings for ${URI}`)));
      open(h);
      await settle();
      assert.strictEqual(h.published.length, 1, 'linted with the defaults');
      assert.deepStrictEqual(h.logs, ['warn settings for document #1 could not be read (Error); using defaults']);
      noDocument(h.logs);
    });

    it('logs a broken configuration file without its folder', async () => {
      fs.mkdirSync(FOLDER, { recursive: true });
      try {
        fs.writeFileSync(path.join(FOLDER, '.caselintrc.yaml'), 'rules: [unclosed\n');
        const h = start(DEFAULT_CAPABILITIES);
        open(h);
        await settle();
        // The document's diagnostics, and the configuration file's own.
        assert.deepStrictEqual(h.published.map((p) => path.basename(p.uri)).sort(), ['.caselintrc.yaml', 'jane-roe.case.yaml']);
        assert.ok(h.logs.some((l) => l.startsWith('warn ')), JSON.stringify(h.logs));
        noDocument(h.logs);
      } finally {
        fs.rmSync(FOLDER, { recursive: true, force: true });
      }
    });

    it('adds stack frames, still without the document, only with CASELINT_DEBUG=1', async () => {
      process.env.CASELINT_DEBUG = '1';
      const h = start(DEFAULT_CAPABILITIES, () => Promise.reject(new Error(`no settings for ${URI}`)));
      open(h);
      await settle();
      assert.strictEqual(h.logs.length, 1);
      assert.match(h.logs[0]!, /^warn settings for document #1 could not be read \(Error at .+\); using defaults$/);
      assert.ok(!/jane|roe|file:/i.test(h.logs[0]!), h.logs[0]);
    });
  });
});
