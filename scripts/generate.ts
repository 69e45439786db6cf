/**
 * What the rule registry (server/src/core/rules) generates, so that no copy
 * of a rule's id, severity, category or description is kept by hand:
 *   - docs/rules/README.md, the index of rule pages;
 *   - the header of each docs/rules/<id>.md (the body below the marker is hand-written);
 *   - the `rules` properties and the severity enum of schemas/caselintrc.schema.json;
 *   - the `caselint.rules` properties of package.json's `contributes.configuration`.
 * `npm run docs` rewrites them; test/core/generated.test.ts fails when one is stale.
 * The config schema is an input of `npm run build` (scripts/build-schema.mjs), so the
 * generated result is committed, never produced at build time.
 */
import * as fs from 'fs';
import * as path from 'path';
import { RULES, docsPath, type RuleCategory, type RuleMeta, type SeveritySetting } from '../server/src/core';

export const CATEGORY_TITLES: Record<RuleCategory, string> = {
  structure: 'Document structure',
  adequacy: 'Treatment adequacy',
  deidentification: 'De-identification',
  perspectives: 'Perspectives and discussion',
  citations: 'Citations',
};

/** Every value of a rule's severity setting, in the order editors list them, with what it does. */
const SEVERITY_SETTINGS: Record<SeveritySetting, string> = {
  off: 'Do not run the rule.',
  error: 'An error: the CLI exits with status 1.',
  warning: 'A warning.',
  info: 'Information.',
  hint: 'A hint (shown faintly in editors).',
};

const metas = (): RuleMeta[] => RULES.map((r) => r.meta);
const sentence = (s: string): string => `${s.charAt(0).toUpperCase()}${s.slice(1)}.`;
const plain = (markdown: string): string => markdown.replace(/`/g, '');

// ---- docs/rules/README.md ----

export const RULE_INDEX_PATH = path.join('docs', 'rules', 'README.md');

export function ruleIndexMarkdown(): string {
  const out = [
    '# Rules',
    '',
    '<!-- Generated from the rule registry by `npm run docs`; do not edit by hand. -->',
    '',
    'Every finding names its rule. Change a rule\'s severity (or turn it off) in `.caselintrc.yaml`',
    '(`rules: { <id>: off }`), with `--rule <id>=<severity>` on the command line, or with the',
    '`caselint.rules` editor setting; silence it for one line with',
    '`# caselint-disable-next-line <id>`.',
  ];
  for (const category of Object.keys(CATEGORY_TITLES) as RuleCategory[]) {
    const rules = metas().filter((m) => m.category === category);
    if (rules.length === 0) continue;
    out.push('', `## ${CATEGORY_TITLES[category]}`, '', '| rule | default | checks that |', '|---|---|---|');
    for (const m of rules) out.push(`| [\`${m.id}\`](${m.id}.md) | ${m.defaultSeverity} | ${m.description} |`);
  }
  return out.join('\n') + '\n';
}

// ---- docs/rules/<id>.md headers ----

/** The line that ends a rule page's generated header. */
export const HEADER_END = '<!-- The lines above are generated from the rule registry by `npm run docs`; edit the text below. -->';

function ruleHeader(m: RuleMeta): string {
  return [
    `# \`${m.id}\``,
    '',
    `Default severity: **${m.defaultSeverity}** · Category: ${CATEGORY_TITLES[m.category].toLowerCase()}`,
    '',
    HEADER_END,
    '',
  ].join('\n');
}

/** A new page's body: the sections the catalogue test asks for, to be written. */
const NEW_PAGE_BODY = '## Why it matters\n\n## Incorrect\n\n```yaml\n```\n\n## Correct\n\n```yaml\n```\n';

/** The hand-written body of a rule page: below the marker, or (before the first run) below the old header. */
export function rulePageBody(page: string): string {
  const text = page.replace(/\r\n/g, '\n');
  const marker = text.indexOf(HEADER_END);
  if (marker >= 0) return text.slice(marker + HEADER_END.length).replace(/^\n+/, '');
  const lines = text.split('\n');
  const severityLine = lines.slice(0, 5).findIndex((l) => l.startsWith('Default severity:'));
  return (severityLine >= 0 ? lines.slice(severityLine + 1) : lines.slice(1)).join('\n').replace(/^\n+/, '');
}

export function rulePage(m: RuleMeta, current: string | undefined): string {
  return `${ruleHeader(m)}\n${current === undefined ? NEW_PAGE_BODY : rulePageBody(current)}`;
}

// ---- schemas/caselintrc.schema.json ----

export const CONFIG_SCHEMA_PATH = path.join('schemas', 'caselintrc.schema.json');

type Json = Record<string, unknown>;

function object(parent: Json, key: string, where: string): Json {
  const value = parent[key];
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Error(`${where}: ${key} is not an object`);
  return value as Json;
}

/** The schema with its generated parts replaced; every other key keeps its place and its text. */
export function configSchema(current: Json): Json {
  const schema = structuredClone(current);
  const rules = object(object(schema, 'properties', CONFIG_SCHEMA_PATH), 'rules', CONFIG_SCHEMA_PATH);
  rules.properties = Object.fromEntries(
    metas().map((m) => [
      m.id,
      {
        $ref: '#/$defs/severity',
        title: m.id,
        description: `${plain(sentence(m.description))} Default: ${m.defaultSeverity}.`,
        markdownDescription: `${sentence(m.description)}\n\nDefault: **${m.defaultSeverity}**. [Documentation](${docsPath(m.id)})`,
      },
    ]),
  );
  const severity = object(object(schema, '$defs', CONFIG_SCHEMA_PATH), 'severity', CONFIG_SCHEMA_PATH);
  severity.enum = Object.keys(SEVERITY_SETTINGS);
  severity.enumDescriptions = Object.values(SEVERITY_SETTINGS);
  return schema;
}

// ---- package.json: the caselint.rules setting ----

export const PACKAGE_JSON_PATH = 'package.json';

function severitySetting(): Json {
  return { type: 'string', enum: Object.keys(SEVERITY_SETTINGS), enumDescriptions: Object.values(SEVERITY_SETTINGS) };
}

export function packageJson(current: Json): Json {
  const pkg = structuredClone(current);
  const where = PACKAGE_JSON_PATH;
  const setting = object(object(object(object(pkg, 'contributes', where), 'configuration', where), 'properties', where), 'caselint.rules', where);
  setting.properties = Object.fromEntries(
    metas().map((m) => [
      m.id,
      {
        ...severitySetting(),
        markdownDescription: `\`${m.id}\` checks that ${m.description}. Default: **${m.defaultSeverity}** (\`caselint --explain ${m.id}\`).`,
      },
    ]),
  );
  setting.additionalProperties = severitySetting();
  return pkg;
}

// ---- all of them ----

export interface GeneratedFile {
  /** Relative to the repository root. */
  path: string;
  /** The text the file must hold. */
  expected: string;
}

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

function read(root: string, file: string): string | undefined {
  const p = path.join(root, file);
  return fs.existsSync(p) ? fs.readFileSync(p, 'utf8') : undefined;
}

function readJson(root: string, file: string): Json {
  const text = read(root, file);
  if (text === undefined) throw new Error(`${file} is missing`);
  return JSON.parse(text) as Json;
}

/** Every generated file with the text it must hold, given the files as they are under `root`. */
export function generatedFiles(root: string): GeneratedFile[] {
  return [
    { path: RULE_INDEX_PATH, expected: ruleIndexMarkdown() },
    ...metas().map((m) => ({ path: docsPath(m.id), expected: rulePage(m, read(root, docsPath(m.id))) })),
    { path: CONFIG_SCHEMA_PATH, expected: json(configSchema(readJson(root, CONFIG_SCHEMA_PATH))) },
    { path: PACKAGE_JSON_PATH, expected: json(packageJson(readJson(root, PACKAGE_JSON_PATH))) },
  ];
}

if (require.main === module) {
  const root = path.resolve(__dirname, '..', '..');
  for (const file of generatedFiles(root)) {
    if (read(root, file.path) === file.expected) continue;
    fs.writeFileSync(path.join(root, file.path), file.expected);
    console.log(`wrote ${file.path}`);
    if (file.path === CONFIG_SCHEMA_PATH) console.log('  run npm run build to recompile its validator');
  }
}
