import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { SEMANTIC_LEGEND } from '../../server/src/lsp/capabilities';
import { repoRoot } from '../support/paths';

const read = (p: string): string => fs.readFileSync(path.join(repoRoot, p), 'utf8');
const pkg = JSON.parse(read('package.json')) as {
  dependencies?: Record<string, string>;
  contributes: {
    commands: { command: string }[];
    configuration: { properties: Record<string, { default?: unknown; enum?: string[]; maximum?: number; exclusiveMinimum?: number }> };
    configurationDefaults: Record<string, Record<string, unknown>>;
    semanticTokenTypes: { id: string }[];
    semanticTokenModifiers: { id: string }[];
  };
};

describe('the extension manifest (package.json) and the editor docs', () => {
  it('has the settings caselint.enable, caselint.run (onType | onSave) and caselint.configFile', () => {
    const props = pkg.contributes.configuration.properties;
    assert.strictEqual(props['caselint.enable']?.default, true);
    assert.deepStrictEqual(props['caselint.run']?.enum, ['onType', 'onSave']);
    assert.strictEqual(props['caselint.configFile']?.default, '');
  });

  it('limits caselint.adequacy.minimumWeeks as the configuration schema limits adequacy.minimum_weeks', () => {
    const schema = JSON.parse(read('schemas/caselintrc.schema.json')) as { properties: { adequacy: { properties: { minimum_weeks: { maximum: number; exclusiveMinimum: number } } } } };
    const weeks = schema.properties.adequacy.properties.minimum_weeks;
    const setting = pkg.contributes.configuration.properties['caselint.adequacy.minimumWeeks']!;
    assert.strictEqual(setting.maximum, weeks.maximum);
    assert.strictEqual(setting.exclusiveMinimum, weeks.exclusiveMinimum);
  });

  it('contributes the Fix all, Redact all and Create configuration commands, and turns word-based suggestions off', () => {
    const ids = pkg.contributes.commands.map((c) => c.command);
    for (const id of ['caselint.fixAll', 'caselint.redactAll', 'caselint.createConfiguration']) assert.ok(ids.includes(id), id);
    assert.strictEqual(pkg.contributes.configurationDefaults['[case-report]']!['editor.wordBasedSuggestions'], 'off');
  });

  it('declares the semantic token types and modifiers the server\'s legend uses', () => {
    assert.deepStrictEqual(pkg.contributes.semanticTokenTypes.map((t) => t.id), SEMANTIC_LEGEND.tokenTypes);
    assert.deepStrictEqual(pkg.contributes.semanticTokenModifiers.map((t) => t.id), SEMANTIC_LEGEND.tokenModifiers);
  });

  it('has no runtime dependencies: the bundles in dist/ hold them, so a global install brings none', () => {
    assert.deepStrictEqual(Object.keys(pkg.dependencies ?? {}), []);
  });

  it('shows the Neovim configuration of docs/editors/neovim.lua (the one the e2e test runs) verbatim in the README', () => {
    assert.ok(read('README.md').includes(read('docs/editors/neovim.lua').trimEnd()), 'README and docs/editors/neovim.lua differ');
  });
});
