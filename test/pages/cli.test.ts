import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { caselint, ensureBuilt, tempDir } from '../cli/harness';
import { repoRoot, samplesDir } from '../support/paths';
import { section, visibleText } from '../support/pages';

const version = (JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;

/** `caselint report` and `caselint render` as a user runs them: the built bin, spawned. */
describe('caselint report and caselint render (spawned)', function () {
  this.timeout(60000);
  before(ensureBuilt);

  it('report samples --format html -o report/ writes an index and one page per sample', async () => {
    const dir = tempDir();
    fs.cpSync(samplesDir, path.join(dir, 'samples'), { recursive: true });
    const r = await caselint(['report', 'samples', '--format', 'html', '-o', 'report/'], { cwd: dir });
    assert.strictEqual(r.code, 0, r.stderr);
    assert.match(r.stderr, /wrote 4 pages and index\.html to report/);
    const files = fs.readdirSync(path.join(dir, 'report'), { recursive: true }).map(String).sort();
    assert.deepStrictEqual(files, ['broken', 'broken/cross-talk-one-perspective.html', 'broken/cross-talk-problems.html', 'clean', 'clean/esketamine-care.html', 'clean/ketamine-kap-cross-talk.html', 'index.html']);
    const index = fs.readFileSync(path.join(dir, 'report', 'index.html'), 'utf8');
    const links = [...section(index, 'by-verdict').matchAll(/<td><a href="([^"]+)">/g)].map((m) => m[1]);
    assert.deepStrictEqual(links, ['broken/cross-talk-problems.html', 'broken/cross-talk-one-perspective.html', 'clean/esketamine-care.html', 'clean/ketamine-kap-cross-talk.html']);
    for (const link of links) assert.ok(fs.existsSync(path.join(dir, 'report', link!)), link);
    const page = fs.readFileSync(path.join(dir, 'report', 'broken', 'cross-talk-problems.html'), 'utf8');
    assert.match(visibleText(page), /Review report · samples\/broken\/cross-talk-problems\.case\.yaml/);
    // The link lint output gives (SARIF helpUri, --explain): the rule's page at the version's tag, never at main.
    assert.ok(page.includes(`<a href="https://github.com/caselint/caselint/blob/v${version}/docs/rules/phi-contact.md"><code>phi-contact</code></a>`), 'a rule link at the version tag');
    assert.doesNotMatch(page, /blob\/main\//);
  });

  it('writes Markdown pages with --format md, and a single report to standard output', async () => {
    const dir = tempDir();
    const r = await caselint(['report', samplesDir, '--format', 'md', '-o', 'out'], { cwd: dir });
    assert.strictEqual(r.code, 0, r.stderr);
    assert.match(fs.readFileSync(path.join(dir, 'out', 'index.md'), 'utf8'), /\| \[broken\/cross-talk-problems\.case\.yaml\]\(<broken\/cross-talk-problems\.md>\)/);
    assert.match(fs.readFileSync(path.join(dir, 'out', 'clean', 'esketamine-care.md'), 'utf8'), /^Review report · .*\n\n# Intranasal Esketamine/);
    const broken = fs.readFileSync(path.join(dir, 'out', 'broken', 'cross-talk-problems.md'), 'utf8');
    assert.ok(broken.includes(`(<https://github.com/caselint/caselint/blob/v${version}/docs/rules/phi-contact.md>)`), 'Markdown rule links at the version tag too');
    assert.doesNotMatch(broken, /blob\/main\//);
    const one = await caselint(['report', path.join(samplesDir, 'clean', 'esketamine-care.case.yaml')], { cwd: repoRoot });
    assert.strictEqual(one.code, 0, one.stderr);
    assert.match(one.stdout, /^<!DOCTYPE html>[\s\S]*✓ Ready for review/);
  });

  it('render writes the article with the four perspectives under their labels and the references numbered', async () => {
    const dir = tempDir();
    const r = await caselint(['render', path.join(samplesDir, 'clean', 'ketamine-kap-cross-talk.case.yaml'), '-o', 'article.html'], { cwd: dir });
    assert.strictEqual(r.code, 0, r.stderr);
    const html = fs.readFileSync(path.join(dir, 'article.html'), 'utf8');
    assert.deepStrictEqual([...html.matchAll(/<section id="perspective-\d" class="perspective">\n<h2>([^<]+)<\/h2>/g)].map((m) => m[1]), [
      'Psychodynamic Perspective',
      'Family Systems Perspective',
      'Cognitive Behavioral Therapy Perspective',
      'Ketamine-Assisted Psychotherapy Perspective',
    ]);
    assert.strictEqual([...section(html, 'references').matchAll(/<li>/g)].length, 6);
    assert.doesNotMatch(html, /\[@/);
    const md = await caselint(['render', path.join(samplesDir, 'clean', 'ketamine-kap-cross-talk.case.yaml'), '-o', 'article.md'], { cwd: dir });
    assert.strictEqual(md.code, 0, md.stderr);
    assert.match(fs.readFileSync(path.join(dir, 'article.md'), 'utf8'), /^---\ntitle: /, 'the format follows the extension of -o');
  });

  it('exits 2 on usage errors', async () => {
    const cwd = repoRoot;
    const cases: [string[], RegExp][] = [
      [['render', 'samples'], /render takes one case file/],
      [['report', 'samples'], /needs -o <folder>/],
      [['report', 'samples', '--format', 'pdf', '-o', 'x'], /unknown page format "pdf"; expected html or md/],
      [['report'], /report needs a case file or a folder/],
      [['render', 'samples/clean/esketamine-care.case.yaml', '--quiet'], /unknown option --quiet for this command/],
      [['report', 'no-such-folder', '-o', 'x'], /no-such-folder: no such file or folder/],
    ];
    for (const [args, message] of cases) {
      const r = await caselint(args, { cwd });
      assert.strictEqual(r.code, 2, args.join(' '));
      assert.match(r.stderr, message);
    }
    const help = await caselint(['report', '--help'], { cwd });
    assert.strictEqual(help.code, 0);
    assert.match(help.stdout, /^Usage: caselint report/);
  });
});
