import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { RULES, docsPath, type Severity } from '../../server/src/core';
import { repoRoot } from '../support/paths';
import { RULE_INDEX_PATH, ruleIndexMarkdown } from '../../scripts/generate';

/**
 * The rule catalogue (the product's contract: every id with its default
 * severity), checked against the registry, the docs and the samples.
 */
const CATALOGUE: [string, Severity][] = [
  ['yaml-syntax', 'error'],
  ['disable-directive', 'warning'],
  ['placeholder-text', 'warning'],
  ['schema', 'error'],
  ['quantity-format', 'error'],
  ['dates-order', 'warning'],
  ['doi-format', 'warning'],
  ['author-undefined', 'error'],
  ['affiliation-undefined', 'error'],
  ['corresponding-author', 'warning'],
  ['trial-duration-inadequate', 'warning'],
  ['trial-dose-inadequate', 'warning'],
  ['trial-dose-above-max', 'warning'],
  ['trial-unassessable', 'info'],
  ['drug-unknown', 'warning'],
  ['drug-class-mismatch', 'warning'],
  ['trd-criteria-unmet', 'warning'],
  ['augmentation-without-antidepressant', 'info'],
  ['procedure-course-short', 'info'],
  ['ketamine-dose-range', 'warning'],
  ['deidentification-missing', 'error'],
  ['consent-missing', 'warning'],
  ['phi-date', 'warning'],
  ['phi-month-year', 'hint'],
  ['phi-age', 'warning'],
  ['phi-contact', 'error'],
  ['phi-identifier', 'error'],
  ['phi-location', 'warning'],
  ['phi-name', 'warning'],
  ['perspective-unlabeled', 'error'],
  ['perspective-unattributed', 'error'],
  ['framework-unknown', 'warning'],
  ['perspective-label-mismatch', 'info'],
  ['perspectives-too-few', 'error'],
  ['perspective-duplicate', 'warning'],
  ['citation-undefined', 'error'],
  ['reference-unused', 'warning'],
  ['reference-duplicate', 'error'],
  ['reference-order', 'hint'],
];

describe('rule catalogue', () => {
  it('registers exactly the catalogue, with its default severities', () => {
    const registered = RULES.map((r) => [r.meta.id, r.meta.defaultSeverity]).sort();
    assert.deepStrictEqual(registered, [...CATALOGUE].sort());
  });

  it('has a documentation page for every rule, with incorrect and correct examples', () => {
    for (const rule of RULES) {
      const file = path.join(repoRoot, docsPath(rule.meta.id));
      assert.ok(fs.existsSync(file), `missing ${docsPath(rule.meta.id)}`);
      const text = fs.readFileSync(file, 'utf8');
      assert.ok(text.startsWith(`# \`${rule.meta.id}\``), `${docsPath(rule.meta.id)} must open with its id as title`);
      assert.match(text, /^## Incorrect/m, `${docsPath(rule.meta.id)} lacks an Incorrect example`);
      assert.match(text, /^## Correct/m, `${docsPath(rule.meta.id)} lacks a Correct example`);
    }
  });

  it('gives every rule a one-line description', () => {
    for (const rule of RULES) {
      assert.ok(rule.meta.description.length > 10 && !rule.meta.description.includes('\n'), rule.meta.id);
    }
  });
});

describe('generated docs', () => {
  it('docs/rules/README.md lists every rule as the registry has it (npm run docs regenerates it)', () => {
    const file = path.join(repoRoot, RULE_INDEX_PATH);
    assert.ok(fs.existsSync(file), `missing ${RULE_INDEX_PATH}: run npm run docs`);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), ruleIndexMarkdown(), `${RULE_INDEX_PATH} is stale: run npm run docs`);
  });
});
