import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { lint, parseConfigText } from '../../server/src/core';
import { caselint, ensureBuilt, parseJson, tempDir } from '../cli/harness';
import { LspClient } from '../support/lspClient';
import { repoRoot, samplesDir } from '../support/paths';

const PRELOAD = path.join(repoRoot, 'out', 'test', 'robustness', 'noNetwork.js');
const SAMPLES = ['clean', 'broken'].flatMap((d) => fs.readdirSync(path.join(samplesDir, d)).map((f) => path.join(samplesDir, d, f)));

/** Runs `body` with NODE_OPTIONS preloading the no-network patch (children inherit it). */
async function withoutNetwork<T>(log: string, body: () => Promise<T>): Promise<T> {
  const saved = { options: process.env['NODE_OPTIONS'], log: process.env['CASELINT_NETWORK_LOG'] };
  process.env['NODE_OPTIONS'] = `--require ${JSON.stringify(PRELOAD)}`;
  process.env['CASELINT_NETWORK_LOG'] = log;
  try {
    return await body();
  } finally {
    for (const [k, v] of [['NODE_OPTIONS', saved.options], ['CASELINT_NETWORK_LOG', saved.log]] as const) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

describe('the promises (no network, configuration is data, no prototype pollution)', function () {
  this.timeout(60_000);
  before(() => ensureBuilt());

  describe('no network', () => {
    it('the preload works: a connection attempt throws and is logged', async () => {
      const dir = tempDir({});
      const log = path.join(dir, 'network.log');
      const script = path.join(dir, 'try.js');
      fs.writeFileSync(script, "try { require('dns').lookup('example.org', () => {}); } catch { process.exitCode = 3; }");
      const { spawnSync } = await import('child_process');
      const r = spawnSync(process.execPath, ['--require', PRELOAD, script], { env: { ...process.env, CASELINT_NETWORK_LOG: log } });
      assert.strictEqual(r.status, 3);
      assert.match(fs.readFileSync(log, 'utf8'), /dns\.lookup/);
    });

    it('the CLI lints the samples (JSON on the main thread, SARIF in workers) with every socket and DNS function throwing', async () => {
      const dir = tempDir({});
      const log = path.join(dir, 'network.log');
      await withoutNetwork(log, async () => {
        for (const [format, workers] of [['json', '0'], ['sarif', '2']] as const) {
          const r = await caselint(['--format', format, ...SAMPLES], { cwd: dir, env: { CASELINT_WORKERS: workers } });
          assert.strictEqual(r.code, 1, `${format}: ${r.stderr}`);
          if (format === 'json') assert.strictEqual(parseJson(r.stdout).length, SAMPLES.length);
        }
      });
      assert.ok(!fs.existsSync(log), fs.existsSync(log) ? fs.readFileSync(log, 'utf8') : '');
    });

    it('the server answers over the samples with every socket and DNS function throwing', async () => {
      const dir = tempDir({});
      const log = path.join(dir, 'network.log');
      await withoutNetwork(log, async () => {
        const client = await LspClient.start();
        try {
          for (const file of SAMPLES) {
            const uri = pathToFileURL(path.join(client.rootPath, path.basename(file))).toString();
            const diags = await client.open(uri, fs.readFileSync(file, 'utf8'), 1, 'case-report');
            assert.ok(Array.isArray(diags));
            await client.hover(uri, { line: 1, character: 1 });
            await client.completion(uri, { line: 2, character: 0 });
            await client.request('textDocument/documentSymbol', { textDocument: { uri } });
          }
          assert.ok(!client.hasExited);
        } finally {
          await client.stop();
        }
      });
      assert.ok(!fs.existsSync(log), fs.existsSync(log) ? fs.readFileSync(log, 'utf8') : '');
    });
  });

  describe('configuration is data only', () => {
    const evil = (marker: string): string => `require('fs').writeFileSync(${JSON.stringify(marker)}, 'ran'); module.exports = { rules: {} };\n`;

    it('a .caselintrc.js, plugins: and extends: that would write a file if run leave no file (CLI and server)', async () => {
      const dir = tempDir({});
      const markers = ['rc-js', 'plugin', 'extends', 'sub-rc-js'].map((m) => path.join(dir, `${m}.ran`));
      fs.writeFileSync(path.join(dir, '.caselintrc.js'), evil(markers[0]!));
      fs.writeFileSync(path.join(dir, 'plugin.js'), evil(markers[1]!));
      fs.writeFileSync(path.join(dir, 'base.js'), evil(markers[2]!));
      fs.writeFileSync(path.join(dir, '.caselintrc.yaml'), 'plugins: [./plugin.js, caselint-plugin-x]\nextends: ./base.js\nrules:\n  reference-order: off\n');
      fs.mkdirSync(path.join(dir, 'sub'));
      fs.writeFileSync(path.join(dir, 'sub', '.caselintrc.cjs'), evil(markers[3]!));
      fs.writeFileSync(path.join(dir, 'sub', 'a.case.yaml'), fs.readFileSync(SAMPLES[0]!, 'utf8'));
      fs.writeFileSync(path.join(dir, 'b.case.yaml'), fs.readFileSync(SAMPLES[0]!, 'utf8'));

      const r = await caselint(['--format', 'json', '.'], { cwd: dir });
      assert.ok(r.code === 0 || r.code === 1 || r.code === 2, r.stderr);
      const client = await LspClient.start({ rootPath: dir });
      try {
        const uri = pathToFileURL(path.join(dir, 'sub', 'a.case.yaml')).toString();
        await client.open(uri, fs.readFileSync(path.join(dir, 'sub', 'a.case.yaml'), 'utf8'), 1, 'case-report');
      } finally {
        await client.stop();
      }
      for (const m of markers) assert.ok(!fs.existsSync(m), `${path.basename(m)}: configuration code ran`);
    });
  });

  describe('no prototype pollution', () => {
    afterEach(() => {
      for (const k of ['polluted', 'x']) delete (Object.prototype as Record<string, unknown>)[k];
    });
    const clean = (): void => {
      const probe = {} as Record<string, unknown>;
      assert.strictEqual(probe['polluted'], undefined, 'Object.prototype was polluted');
      assert.strictEqual(probe['x'], undefined, 'Object.prototype was polluted');
    };

    it('from __proto__ and constructor keys in a document (lint, analyses, fixes)', () => {
      const base = fs.readFileSync(SAMPLES[0]!, 'utf8');
      for (const extra of [
        '__proto__: {polluted: yes}',
        '"__proto__":\n  polluted: yes',
        'constructor:\n  prototype:\n    polluted: yes',
        'patient:\n  __proto__: {polluted: yes}',
        'x: &a {polluted: yes}\n__proto__: *a',
        '<<: {__proto__: {polluted: yes}}',
      ]) {
        const r = lint(`${base}\n${extra}\n`);
        assert.ok(r.analyses.adequacy);
        JSON.stringify(r.findings);
        clean();
      }
    });

    it('from __proto__ and constructor keys in configuration (YAML and JSON)', () => {
      for (const [name, text] of [
        ['.caselintrc.yaml', '__proto__: {polluted: yes}\nrules:\n  __proto__: {x: error}\n'],
        ['.caselintrc.json', '{"__proto__": {"polluted": true}, "rules": {"__proto__": {"x": "error"}, "constructor": {"prototype": {"x": 1}}}}'],
        ['.caselintrc.yaml', 'constructor:\n  prototype:\n    polluted: yes\nadequacy:\n  __proto__: {polluted: 1}\n'],
      ] as const) {
        const { config } = parseConfigText(text, name);
        lint('caselint: 1\ntitle: x\n', { config });
        clean();
      }
    });

    it('the CLI with such a configuration still runs with the configuration it can read', async () => {
      const dir = tempDir({
        '.caselintrc.yaml': '__proto__: {polluted: yes}\nrules:\n  reference-order: off\n',
        'a.case.yaml': `${fs.readFileSync(SAMPLES[0]!, 'utf8')}\n__proto__: {polluted: yes}\n`,
      });
      const r = await caselint(['--format', 'json', 'a.case.yaml'], { cwd: dir });
      assert.ok(r.code === 0 || r.code === 1 || r.code === 2, r.stderr);
      assert.doesNotMatch(r.stderr, /internal error/i);
    });
  });
});
