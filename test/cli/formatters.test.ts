import * as assert from 'assert';
import { FORMATTERS, type FormatOptions } from '../../server/src/cli/formatters';
import { escapeData, escapeProperty } from '../../server/src/cli/formatters/github';
import { escapeXml } from '../../server/src/cli/formatters/junit';
import { toDiagnostic, type FileResult } from '../../server/src/cli/results';
import { lint, repositoryFilesUrl, repositoryWebUrl, ruleDocsUrl, ruleMetas } from '../../server/src/core';
import { assertWellFormedXml } from './harness';

const options: FormatOptions = { color: false, version: '9.9.9', informationUri: 'https://example.org/caselint', docsUrl: (id) => `https://example.org/caselint/blob/v9.9.9/docs/rules/${id}.md`, rules: ruleMetas() };

const results: FileResult[] = [
  {
    filePath: '/w/cases/a b.case.yaml',
    displayPath: 'cases/a b.case.yaml',
    failures: [],
    suppressed: [],
    diagnostics: [
      { rule: 'doi-format', severity: 'warning', message: 'doi "10.1/x" does not look like 10.<4-9 digits>/<suffix>', line: 3, column: 6, endLine: 3, endColumn: 14 },
      { rule: 'yaml-syntax', severity: 'error', message: 'a <bad> & "odd" key, 100% wrong\nsecond line', line: 10, column: 1, endLine: 11, endColumn: 4 },
      { rule: 'reference-order', severity: 'hint', message: 'out of order', line: 40, column: 3, endLine: 40, endColumn: 9 },
      { rule: 'trial-unassessable', severity: 'info', message: 'no dose', line: 22, column: 5, endLine: 22, endColumn: 9 },
    ],
  },
  { filePath: '/w/z.case.yaml', displayPath: 'z.case.yaml', failures: [], suppressed: [], diagnostics: [] },
];

describe('formatters (in-process)', () => {
  it('stylish: header, aligned rows, summary line; nothing for clean files', () => {
    const out = FORMATTERS.stylish(results, options);
    const lines = out.split('\n');
    assert.strictEqual(lines[1], 'cases/a b.case.yaml');
    assert.match(lines[2]!, /^  3:6   warning  doi "10\.1\/x" does not look like .* {2}doi-format$/);
    assert.match(lines[3]!, /^  10:1  error    a <bad> & "odd" key, 100% wrong second line +yaml-syntax$/, 'a multi-line message stays on one row');
    assert.ok(!out.includes('z.case.yaml'), 'clean files print nothing');
    assert.match(out, /\n✖ 4 problems \(1 error, 1 warning, 1 info, 1 hint\)\n$/);
    assert.strictEqual(FORMATTERS.stylish([results[1]!], options), '');
    assert.doesNotMatch(out, /\u001b/);
    assert.match(FORMATTERS.stylish(results, { ...options, color: true }), /\u001b\[31merror/);
  });

  it('json: every file, the documented fields only', () => {
    const out = JSON.parse(FORMATTERS.json(results, options));
    assert.deepStrictEqual(out[1], { file: 'z.case.yaml', diagnostics: [] });
    assert.deepStrictEqual(out[0].diagnostics[0], {
      rule: 'doi-format', severity: 'warning', message: 'doi "10.1/x" does not look like 10.<4-9 digits>/<suffix>', line: 3, column: 6, endLine: 3, endColumn: 14,
    });
  });

  it('github: escapes messages (% CR LF) and properties (also : and ,); info and hint are notices', () => {
    assert.strictEqual(escapeData('100% a\r\nb'), '100%25 a%0D%0Ab');
    assert.strictEqual(escapeProperty('a:b,c%'), 'a%3Ab%2Cc%25');
    const lines = FORMATTERS.github(results, options).trimEnd().split('\n');
    assert.deepStrictEqual(lines.map((l) => l.slice(0, l.indexOf(' '))), ['::warning', '::error', '::notice', '::notice']);
    assert.strictEqual(lines[1], '::error file=cases/a b.case.yaml,line=10,col=1,endLine=11,endColumn=4,title=yaml-syntax::a <bad> & "odd" key, 100%25 wrong%0Asecond line');
    assert.strictEqual(FORMATTERS.github([results[1]!], options), '');
  });

  it('junit: escapes text and attributes, and stays well-formed with control characters', () => {
    assert.strictEqual(escapeXml(`<a href="x">&'\u0001\n`), '&lt;a href=&quot;x&quot;&gt;&amp;&apos;\uFFFD&#10;');
    const out = FORMATTERS.junit(results, options);
    assertWellFormedXml(out);
    assert.match(out, /<testsuites name="caselint" tests="5" failures="4"/);
    assert.match(out, /<testcase classname="z\.case\.yaml" name="z\.case\.yaml" time="0" \/>/);
    assert.match(out, /type="hint"/);
  });

  it('sarif: levels (hint and info are notes), rule indexes, https help pages, encoded relative URIs', () => {
    const sarif = JSON.parse(FORMATTERS.sarif(results, options));
    const run = sarif.runs[0];
    assert.strictEqual(run.tool.driver.version, '9.9.9');
    assert.deepStrictEqual(run.results.map((r: { level: string }) => r.level), ['warning', 'error', 'note', 'note']);
    for (const r of run.results) assert.strictEqual(run.tool.driver.rules[r.ruleIndex].id, r.ruleId);
    assert.strictEqual(run.results[0].locations[0].physicalLocation.artifactLocation.uri, 'cases/a%20b.case.yaml');
    assert.deepStrictEqual(run.results[1].locations[0].physicalLocation.region, { startLine: 10, startColumn: 1, endLine: 11, endColumn: 4 });
    const doi = run.tool.driver.rules.find((r: { id: string }) => r.id === 'doi-format');
    assert.strictEqual(doi.helpUri, 'https://example.org/caselint/blob/v9.9.9/docs/rules/doi-format.md');
    assert.strictEqual(doi.defaultConfiguration.level, 'warning');
  });

  it('columns are 1-based UTF-16 code units, end exclusive (an emoji counts 2)', () => {
    const text = 'caselint: 1\nx: {"\u{1F600}": 1, b: 2, b: 3}\n';
    const finding = lint(text).findings.find((f) => f.rule === 'yaml-syntax');
    assert.ok(finding, 'the repeated key is found');
    const d = toDiagnostic(finding);
    const secondB = text.split('\n')[1]!.lastIndexOf('b:');
    assert.strictEqual(d.line, 2);
    assert.strictEqual(d.column, secondB + 1);
    assert.strictEqual(secondB, [...'x: {"\u{1F600}": 1, b: 2, '].length + 1, 'the emoji is two code units');
  });
});

describe('ruleDocsUrl (server/src/protocol): the one place rule links are made', () => {
  it('is the repository\'s docs/rules/<id>.md at the version\'s tag, from package.json\'s repository', () => {
    const url = 'https://github.com/caselint/caselint/blob/v0.2.0/docs/rules/phi-date.md';
    assert.strictEqual(ruleDocsUrl({ type: 'git', url: 'https://github.com/caselint/caselint.git' }, '0.2.0', 'phi-date'), url);
    assert.strictEqual(ruleDocsUrl('git+https://github.com/caselint/caselint.git', '0.2.0', 'phi-date'), url);
    assert.strictEqual(ruleDocsUrl('https://github.com/caselint/caselint/', '0.2.0', 'phi-date'), url);
    assert.strictEqual(ruleDocsUrl('git@github.com:caselint/caselint.git', '0.2.0', 'phi-date'), url, 'ssh: the same web page');
    assert.strictEqual(ruleDocsUrl(undefined, '0.2.0', 'phi-date'), undefined);
  });
});

describe('repositoryFilesUrl (server/src/protocol): package.json repository + version -> where the files are at the tag', () => {
  const github = 'https://github.com/owner/repo/blob/v0.2.0/';
  it('reads every form npm accepts for GitHub: shorthands, ssh, git, https, a string or { url }', () => {
    for (const repository of [
      'owner/repo',
      'github:owner/repo',
      'git@github.com:owner/repo.git',
      'git+ssh://git@github.com/owner/repo.git',
      'ssh://git@github.com:22/owner/repo.git',
      'git://github.com/owner/repo.git',
      'git+https://github.com/owner/repo.git',
      'https://github.com/owner/repo',
      'https://github.com/owner/repo/',
      'http://github.com/owner/repo.git',
      'https://github.com/owner/repo.git#main',
      ' github:owner/repo ',
      { url: 'github:owner/repo' },
      { type: 'git', url: 'git@github.com:owner/repo.git' },
    ]) {
      assert.strictEqual(repositoryFilesUrl(repository, '0.2.0'), github, JSON.stringify(repository));
    }
  });

  it('GitLab and Bitbucket: their shorthands and addresses, each with its own path to a file at a tag', () => {
    for (const repository of ['gitlab:owner/repo', 'git@gitlab.com:owner/repo.git', 'git+ssh://git@gitlab.com/owner/repo.git', 'https://gitlab.com/owner/repo.git', { url: 'gitlab:owner/repo' }]) {
      assert.strictEqual(repositoryFilesUrl(repository, '0.2.0'), 'https://gitlab.com/owner/repo/-/blob/v0.2.0/', JSON.stringify(repository));
    }
    assert.strictEqual(repositoryFilesUrl('gitlab:group/subgroup/repo', '0.2.0'), 'https://gitlab.com/group/subgroup/repo/-/blob/v0.2.0/');
    for (const repository of ['bitbucket:owner/repo', 'git@bitbucket.org:owner/repo.git', 'https://bitbucket.org/owner/repo']) {
      assert.strictEqual(repositoryFilesUrl(repository, '0.2.0'), 'https://bitbucket.org/owner/repo/src/v0.2.0/', repository);
    }
  });

  it('another host only by its https address; a package in a folder of its repository; nothing usable gives undefined', () => {
    assert.strictEqual(repositoryFilesUrl('https://git.example.org/team/caselint.git', '0.2.0'), 'https://git.example.org/team/caselint/blob/v0.2.0/');
    assert.strictEqual(repositoryFilesUrl({ type: 'git', url: 'https://github.com/owner/repo.git', directory: 'packages/caselint' }, '0.2.0'), `${github}packages/caselint/`);
    for (const repository of [undefined, '', {}, 'git@git.example.org:team/caselint.git', 'http://git.example.org/team/caselint', 'gist:11081aaa', 'a/b/c', 'https://github.com/', 'file:../caselint', 'constructor:a/b']) {
      assert.strictEqual(repositoryFilesUrl(repository, '0.2.0'), undefined, JSON.stringify(repository));
    }
  });

  it('ruleDocsUrl is the files address plus docs/rules/<id>.md; repositoryWebUrl the repository\'s page', () => {
    assert.strictEqual(ruleDocsUrl('gitlab:owner/repo', '1.0.0', 'phi-date'), 'https://gitlab.com/owner/repo/-/blob/v1.0.0/docs/rules/phi-date.md');
    assert.strictEqual(ruleDocsUrl('bitbucket:owner/repo', '1.0.0', 'phi-date'), 'https://bitbucket.org/owner/repo/src/v1.0.0/docs/rules/phi-date.md');
    assert.strictEqual(repositoryWebUrl('git@github.com:owner/repo.git'), 'https://github.com/owner/repo');
    assert.strictEqual(repositoryWebUrl('owner/repo'), 'https://github.com/owner/repo');
  });
});
