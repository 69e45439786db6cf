import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { pageSummary } from '../../client/src/ruleSummary';
import { RULES, docsPath } from '../../server/src/core';
import { repoRoot } from '../support/paths';

describe('"caselint: Show rule documentation" summaries', () => {
  it('summarise each rule page by its first line of text, past the generated header', () => {
    for (const { meta } of RULES) {
      const page = fs.readFileSync(path.join(repoRoot, docsPath(meta.id)), 'utf8');
      const summary = pageSummary(page);
      assert.ok(summary.length > 20, meta.id);
      assert.doesNotMatch(summary, /^(<!--|#|Default severity)/, meta.id);
      assert.ok(page.includes(summary.replace(/\.\.\.$/, '')), meta.id);
    }
  });

  it('shortens a long first line and reads CRLF pages', () => {
    assert.strictEqual(pageSummary(`# \`x\`\r\n\r\nDefault severity: **error**\r\n<!-- generated -->\r\n\r\n${'a'.repeat(200)}\r\n`), `${'a'.repeat(157)}...`);
    assert.strictEqual(pageSummary('# only a title\n'), '');
  });
});
