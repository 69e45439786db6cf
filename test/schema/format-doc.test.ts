import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { lint } from '../../server/src/core';
import { caseSchema } from '../../server/src/core/schema';
import { repoRoot } from '../support/paths';

type Node = Record<string, unknown>;

/** Every key the case schema accepts, at any depth, following $refs, items and oneOf branches. */
function schemaKeys(root: Node): Map<string, string> {
  const defs = (root.$defs ?? {}) as Record<string, Node>;
  const keys = new Map<string, string>();
  const seen = new Set<Node>();
  const visit = (node: unknown, at: string): void => {
    if (!node || typeof node !== 'object' || Array.isArray(node)) return;
    let n = node as Node;
    if (typeof n.$ref === 'string') n = defs[n.$ref.replace('#/$defs/', '')] ?? n;
    if (seen.has(n)) return;
    seen.add(n);
    for (const [key, child] of Object.entries((n.properties ?? {}) as Record<string, unknown>)) {
      if (!keys.has(key)) keys.set(key, `${at}.${key}`);
      visit(child, `${at}.${key}`);
    }
    visit(n.items, `${at}[]`);
    for (const branch of (n.oneOf ?? []) as unknown[]) visit(branch, at);
  };
  visit(root, '');
  return keys;
}

describe('docs/format.md, the format reference', () => {
  const doc = fs.readFileSync(path.join(repoRoot, 'docs', 'format.md'), 'utf8');
  const keys = schemaKeys(caseSchema as Node);

  it('reaches the keys of the schema (top level, nested maps, list entries, every treatment kind)', () => {
    for (const key of ['caselint', 'integrative_discussion', 'alias_is_pseudonym', 'financial_relationships', 'procedure', 'therapy', 'administrations', 'after', 'pmid']) {
      assert.ok(keys.has(key), key);
    }
  });

  it('mentions every key the case schema accepts, as `key`', () => {
    const missing = [...keys].filter(([key]) => !doc.includes(`\`${key}\``)).map(([, at]) => at);
    assert.deepStrictEqual(missing, [], 'document these keys in docs/format.md');
  });

  it('opens with a whole document that lints clean', () => {
    const section = doc.slice(doc.indexOf('## A whole document'));
    const example = /```yaml\n([\s\S]*?)```/.exec(section)?.[1];
    assert.ok(example, 'the "A whole document" section has a YAML example');
    const findings = lint(example).findings.map((f) => `${f.rule} ${f.range.start.line + 1}: ${f.message}`);
    assert.deepStrictEqual(findings, []);
  });

  it('lists every allowed value of every enumerated key', () => {
    const missing: string[] = [];
    const walk = (node: unknown): void => {
      if (!node || typeof node !== 'object') return;
      const n = node as Node;
      if (Array.isArray(n.enum)) for (const v of n.enum) if (!doc.includes(`\`${String(v)}\``)) missing.push(String(v));
      for (const child of Object.values(n)) walk(child);
    };
    walk(caseSchema);
    assert.deepStrictEqual(missing, []);
  });
});
