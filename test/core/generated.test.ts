import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { RULES, docsPath } from '../../server/src/core';
import { CONFIG_SCHEMA_PATH, HEADER_END, PACKAGE_JSON_PATH, generatedFiles, rulePage } from '../../scripts/generate';
import { repoRoot } from '../support/paths';

/** The files `npm run docs` generates from the rule registry must be current. */
describe('generated from the rule registry (npm run docs)', () => {
  for (const file of generatedFiles(repoRoot)) {
    it(`${file.path} is current`, () => {
      const actual = fs.readFileSync(path.join(repoRoot, file.path), 'utf8').replace(/\r\n/g, '\n');
      assert.ok(actual === file.expected, `${file.path} is stale: run npm run docs`);
    });
  }

  it('covers every rule in the config schema, the editor setting and the rule pages', () => {
    const files = new Map(generatedFiles(repoRoot).map((f) => [f.path, f.expected]));
    const schema = JSON.parse(files.get(CONFIG_SCHEMA_PATH)!) as { properties: { rules: { properties: Record<string, { markdownDescription: string }> } } };
    const pkg = JSON.parse(files.get(PACKAGE_JSON_PATH)!) as {
      contributes: { configuration: { properties: { 'caselint.rules': { properties: Record<string, { enum: string[]; markdownDescription: string }> } } } };
    };
    const setting = pkg.contributes.configuration.properties['caselint.rules'].properties;
    for (const { meta } of RULES) {
      assert.match(schema.properties.rules.properties[meta.id]!.markdownDescription, new RegExp(`Default: \\*\\*${meta.defaultSeverity}\\*\\*`), meta.id);
      assert.deepStrictEqual(setting[meta.id]!.enum, ['off', 'error', 'warning', 'info', 'hint'], meta.id);
      assert.ok(setting[meta.id]!.markdownDescription.includes(meta.description), meta.id);
      assert.ok(files.get(docsPath(meta.id))!.includes(`Default severity: **${meta.defaultSeverity}**`), meta.id);
    }
    assert.deepStrictEqual(Object.keys(schema.properties.rules.properties).sort(), RULES.map((r) => r.meta.id).sort());
    assert.deepStrictEqual(Object.keys(setting).sort(), RULES.map((r) => r.meta.id).sort());
  });

  it('a rule page keeps its hand-written body when its header is regenerated', () => {
    const meta = { ...RULES[0]!.meta, defaultSeverity: 'hint' as const };
    const page = rulePage(meta, `# old title\n\nDefault severity: **error** · Category: x\n\nThe body.\n\n## Incorrect\n`);
    assert.ok(page.startsWith(`# \`${meta.id}\`\n`));
    assert.ok(page.includes('Default severity: **hint**'));
    assert.ok(page.endsWith(`${HEADER_END}\n\nThe body.\n\n## Incorrect\n`), page);
    assert.strictEqual(rulePage(meta, page), page, 'regenerating is stable');
    assert.match(rulePage(meta, undefined), /^## Incorrect$/m, 'a new page gets the sections to write');
  });
});
