import * as assert from 'assert';
import { spawnSync } from 'child_process';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { caseSchema, configSchema, schemaSourceHash } from '../../server/src/core/schema';
import { repoRoot } from '../support/paths';

const generatedDir = path.join(repoRoot, 'server', 'src', 'core', 'schema', 'generated');

describe('compiled schema validators', () => {
  it('are generated standalone modules, type-check-exempt, for both schemas', () => {
    for (const name of ['caseValidator.ts', 'configValidator.ts', 'schemas.ts']) {
      const file = path.join(generatedDir, name);
      assert.ok(fs.existsSync(file), `${name} is missing: run npm run build`);
      const text = fs.readFileSync(file, 'utf8');
      assert.ok(text.startsWith('// @ts-nocheck\n'), `${name} must start with // @ts-nocheck`);
      assert.doesNotMatch(text, /require\(["']ajv["']\)|from ["']ajv["']/, `${name} must not load ajv itself`);
    }
    assert.match(fs.readFileSync(path.join(generatedDir, 'caseValidator.ts'), 'utf8'), /export const validate\b/);
  });

  it('are current with schemas/*.schema.json (else run npm run build)', () => {
    const h = createHash('sha256');
    for (const name of ['case-report.schema.json', 'caselintrc.schema.json']) {
      h.update(fs.readFileSync(path.join(repoRoot, 'schemas', name), 'utf8').replace(/\r\n/g, '\n')).update('\0');
    }
    assert.strictEqual(schemaSourceHash, h.digest('hex'), 'the generated validators are stale: run npm run build');
    assert.deepStrictEqual(caseSchema, JSON.parse(fs.readFileSync(path.join(repoRoot, 'schemas', 'case-report.schema.json'), 'utf8')));
    assert.deepStrictEqual(configSchema, JSON.parse(fs.readFileSync(path.join(repoRoot, 'schemas', 'caselintrc.schema.json'), 'utf8')));
  });

  it('validate without loading ajv at run time', () => {
    const entry = path.join(repoRoot, 'out', 'server', 'src', 'core', 'schema', 'index.js');
    const script = `
      const s = require(${JSON.stringify(entry)});
      const problems = s.caseProblems({ caselint: 1, type: 'case-report', title: 1 });
      const ajv = Object.keys(require.cache).filter((m) => /[\\\\/]node_modules[\\\\/]ajv[\\\\/]/.test(m));
      process.stdout.write(JSON.stringify({ problems: problems.length, ajv }));`;
    const run = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    assert.strictEqual(run.status, 0, run.stderr);
    const out = JSON.parse(run.stdout) as { problems: number; ajv: string[] };
    assert.ok(out.problems > 0, 'the validator found the problems');
    assert.deepStrictEqual(out.ajv, [], 'no ajv module was loaded');
  });
});

describe('case-report schema', () => {
  /** Every schema node that describes a key (properties, items, $defs), with its pointer. */
  function walk(s: unknown, at: string, visit: (s: Record<string, unknown>, at: string) => void): void {
    if (!s || typeof s !== 'object' || Array.isArray(s)) return;
    const o = s as Record<string, unknown>;
    visit(o, at);
    for (const [k, v] of Object.entries((o.properties as object) ?? {})) walk(v, `${at}/properties/${k}`, visit);
    for (const [k, v] of Object.entries((o.$defs as object) ?? {})) walk(v, `${at}/$defs/${k}`, visit);
    if (o.items) walk(o.items, `${at}/items`, visit);
    if (o.additionalProperties && typeof o.additionalProperties === 'object') walk(o.additionalProperties, `${at}/additionalProperties`, visit);
  }

  for (const [name, schema] of [['case-report', caseSchema], ['caselintrc', configSchema]] as const) {
    it(`${name}: every key has a title, description and markdownDescription, and objects allow no unknown keys`, () => {
      const missing: string[] = [];
      walk(schema, '#', (s, at) => {
        if (s.$ref && !s.title) return; // a reference: the target carries the annotations
        for (const k of ['title', 'description', 'markdownDescription']) if (typeof s[k] !== 'string') missing.push(`${at} lacks ${k}`);
        if (s.properties && s.additionalProperties !== false) missing.push(`${at} allows unknown keys`);
        if (Array.isArray(s.enum) && Array.isArray(s.enumDescriptions)) {
          if (s.enum.length !== s.enumDescriptions.length) missing.push(`${at} enumDescriptions do not match enum`);
        }
      });
      assert.deepStrictEqual(missing, []);
    });
  }

  it('has an $id and draft 2020-12', () => {
    assert.strictEqual(caseSchema.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.match(String(caseSchema.$id), /^https:\/\/caselint\.example\.org\/schemas\/case-report\.schema\.json$/);
    assert.match(String(configSchema.$id), /caselintrc\.schema\.json$/);
  });
});
