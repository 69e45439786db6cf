import * as assert from 'assert';
import * as fs from 'fs';
import { renderArticle, renderReport, lint } from '../../server/src/core';
import { LspClient } from '../support/lspClient';
import { KAP, PROBLEMS, section, visibleText } from '../support/pages';

/** caselint/renderPage: the pages the VS Code webviews show, from the server. */
describe('language server: caselint/renderPage', function () {
  this.timeout(30000);
  let client: LspClient;
  before(async () => {
    client = await LspClient.start();
  });
  after(async () => {
    await client?.stop();
  });

  interface Page {
    html: string;
    title: string;
    version: number;
  }

  it('renders the review report of an open document, lines as reveal-line links, and follows its edits', async () => {
    const uri = client.uri('problems.case.yaml');
    const text = fs.readFileSync(PROBLEMS, 'utf8');
    await client.open(uri, text);
    const page = await client.request<Page>('caselint/renderPage', { uri, kind: 'report' });
    assert.strictEqual(page.version, 1);
    assert.strictEqual(page.title, 'Review: A Repeated Title');
    assert.match(visibleText(section(page.html, 'verdict-section')), /✗ Needs changes/);
    const reveal = `command:caselint.revealLine?${encodeURIComponent(JSON.stringify([uri, 41]))}`;
    assert.ok(page.html.includes(`<a href="${reveal.replace(/&/g, '&amp;')}">line 41</a>`), 'line 41 reveals that line');
    assert.ok(page.html.includes(`<a href="command:caselint.showRuleDocumentation?${encodeURIComponent(JSON.stringify(['phi-contact']))}"><code>phi-contact</code></a>`));
    // The same page the CLI writes, but for the links.
    const strip = (h: string) => h.replace(/<a href="[^"]*">|<\/a>/g, '');
    assert.strictEqual(strip(page.html), strip(renderReport(lint(text), 'html', { name: 'problems.case.yaml' })));
    await client.change(uri, text.replace('age: 93 ', 'age: 60 '));
    const after = await client.request<Page>('caselint/renderPage', { uri, kind: 'report' });
    assert.strictEqual(after.version, 2);
    // The age over 89 is gone: one identifier finding fewer than before the edit.
    const phi = (t: string): number => lint(t).findings.filter((f) => f.rule.startsWith('phi-')).length;
    assert.strictEqual(phi(text.replace('age: 93 ', 'age: 60 ')), phi(text) - 1);
    assert.match(visibleText(section(after.html, 'deid-section')), new RegExp(`✗ ${phi(text) - 1} identifier findings`));
    client.close(uri);
  });

  it('renders the article preview, from disk when the document is not open', async () => {
    const uri = client.writeFile('kap.case.yaml', fs.readFileSync(KAP, 'utf8'));
    const page = await client.request<Page>('caselint/renderPage', { uri, kind: 'preview' });
    assert.strictEqual(page.html, renderArticle(lint(fs.readFileSync(KAP, 'utf8')), 'html', { name: 'kap.case.yaml' }));
    assert.match(page.html, /<h2>Ketamine-Assisted Psychotherapy Perspective<\/h2>/);
  });

  it('answers null for a file that is not a case document, or a bad request', async () => {
    assert.strictEqual(await client.request('caselint/renderPage', { uri: client.uri('nothing.case.yaml'), kind: 'report' }), null);
    assert.strictEqual(await client.request('caselint/renderPage', { uri: client.uri('kap.case.yaml'), kind: 'pdf' }), null);
    assert.strictEqual(await client.request('caselint/renderPage', {}), null);
  });
});
