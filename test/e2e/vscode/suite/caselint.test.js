// The caselint extension in a real VS Code extension host (code-server or VS Code desktop).
// The workspace is a copy of test/e2e/workspace/ (the launchers copy it, so edits here never touch the repo).
const assert = require('assert');
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const vscode = require('vscode');

const EXT_ID = 'caselint.caselint';
const wsUri = () => vscode.workspace.workspaceFolders[0].uri;
const file = (name) => vscode.Uri.joinPath(wsUri(), name);
const codeOf = (d) => String(typeof d.code === 'object' && d.code !== null ? d.code.value : d.code);
const caselintDiags = (uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'caselint');
const describeDiags = (diags) => diags.map((d) => `${codeOf(d)}@${d.range.start.line}:${d.range.start.character}`).join(', ') || 'none';
const labelOf = (item) => (typeof item.label === 'string' ? item.label : item.label.label);

/** Resolves when `predicate(diagnostics)` holds; re-checked on every diagnostics change of the uri. */
function waitForDiagnostics(uri, predicate, what, timeoutMs = 30000) {
  return new Promise((resolve, reject) => {
    let sub;
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`timed out waiting for ${what}; diagnostics now: ${describeDiags(caselintDiags(uri))}`));
    }, timeoutMs);
    const check = () => {
      const diags = caselintDiags(uri);
      if (!predicate(diags)) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(diags);
    };
    sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    check();
  });
}

/** Resolves with the document once `predicate(document)` holds, re-checked on open and change events. */
function waitForDocument(uri, predicate, what, timeoutMs = 15000) {
  return new Promise((resolve, reject) => {
    const subs = [];
    const finish = (fn) => { clearTimeout(timer); subs.forEach((s) => s.dispose()); fn(); };
    const timer = setTimeout(() => finish(() => reject(new Error(`timed out waiting for ${what}`))), timeoutMs);
    const check = () => {
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      if (doc && predicate(doc)) finish(() => resolve(doc));
    };
    subs.push(vscode.workspace.onDidOpenTextDocument(check), vscode.workspace.onDidChangeTextDocument(check));
    check();
  });
}

/** The 0-based line of the first line containing `text` (after line `after`). */
function lineOf(doc, text, after = -1) {
  for (let i = after + 1; i < doc.lineCount; i++) if (doc.lineAt(i).text.includes(text)) return i;
  throw new Error(`"${text}" not found in ${doc.uri.path}`);
}

function findDiag(diags, code, line) {
  return diags.find((d) => codeOf(d) === code && (line === undefined || d.range.start.line === line));
}

/**
 * Screenshots for the README: when the code-server driver is watching (it creates shots/enabled next to the
 * workspace), ask it for one and wait until it is taken. Otherwise nothing happens.
 */
async function screenshot(name, selector, hoverText, click) {
  const dir = path.join(path.dirname(wsUri().fsPath), 'shots');
  if (!fs.existsSync(path.join(dir, 'enabled'))) return;
  await vscode.commands.executeCommand('notifications.clearAll').then(undefined, () => undefined);
  const done = path.join(dir, `${name}.done`);
  fs.rmSync(done, { force: true });
  console.log(`caselint-e2e:screenshot ${name} ${selector}${click ? ` click=${click}` : ''}${hoverText ? ` hover=${hoverText}` : ''}`);
  for (let i = 0; i < 300 && !fs.existsSync(done); i++) await new Promise((r) => setTimeout(r, 100));
}

async function showFile(name) {
  const doc = await vscode.workspace.openTextDocument(file(name));
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  return { doc, editor };
}

describe('caselint in a real VS Code', function () {
  this.timeout(60000);
  let api;
  let broken;

  before(async () => {
    broken = file('broken.case.yaml');
    const ext = vscode.extensions.getExtension(EXT_ID);
    assert.ok(ext, `${EXT_ID} is installed`);
    api = await ext.activate();
  });

  after(async () => {
    await vscode.workspace.getConfiguration('caselint').update('rules', undefined, vscode.ConfigurationTarget.Global);
  });

  it('activates on a case report and starts the language server', async () => {
    const { doc } = await showFile('broken.case.yaml');
    assert.strictEqual(doc.languageId, 'case-report');
    const ext = vscode.extensions.getExtension(EXT_ID);
    await api.ready();
    assert.ok(ext.isActive);
    assert.ok(api.isRunning(), 'the language client is running');
  });

  it('publishes the broken case\'s diagnostics with their codes and exact ranges', async () => {
    const doc = await vscode.workspace.openTextDocument(broken);
    const classLine = lineOf(doc, 'class: SSRI', lineOf(doc, 'drug: duloxetine'));
    const durationLine = lineOf(doc, 'duration: 3 weeks');
    const frameworkLine = lineOf(doc, 'framework: cbtt');
    const citeLine = lineOf(doc, '[@nobody-2020]');
    const expected = [
      ['drug-class-mismatch', classLine, 'SSRI'],
      ['trial-duration-inadequate', durationLine, '3 weeks'],
      ['framework-unknown', frameworkLine, 'cbtt'],
      ['citation-undefined', citeLine, 'nobody-2020'],
    ];
    const diags = await waitForDiagnostics(broken, (ds) => expected.every(([c, l]) => findDiag(ds, c, l)), 'the expected caselint diagnostics');
    for (const [code, line, text] of expected) {
      const d = findDiag(diags, code, line);
      const covered = doc.getText(d.range);
      assert.ok(covered.includes(text), `${code} covers "${covered}", expected it to cover "${text}"`);
      assert.ok(covered.length <= text.length + 4, `${code} range is the value, not the line: "${covered}"`);
      assert.match(d.message, /\S/);
    }
    assert.strictEqual(findDiag(diags, 'trial-duration-inadequate').severity, vscode.DiagnosticSeverity.Warning);
    assert.match(findDiag(diags, 'trial-duration-inadequate').message, /sertraline/);
    // the clean fixture has none (linted through the server's caselint/lintFiles request)
    const [clean] = await api.lint([file('clean.case.yaml')]);
    assert.deepStrictEqual(clean.diagnostics.map(codeOf), []);
    // the editor shows the diagnostic; the README screenshot shows it with its hover
    const editor = vscode.window.activeTextEditor;
    const d = findDiag(diags, 'trial-duration-inadequate', durationLine);
    editor.selection = new vscode.Selection(d.range.start, d.range.start);
    editor.revealRange(d.range, vscode.TextEditorRevealType.InCenter);
    await screenshot('diagnostic-hover', '.monaco-hover', 'duration: 3 weeks');
  });

  it('hover on a drug names its class', async () => {
    const doc = await vscode.workspace.openTextDocument(broken);
    const line = lineOf(doc, 'drug: duloxetine');
    const pos = new vscode.Position(line, doc.lineAt(line).text.indexOf('duloxetine') + 3);
    const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', broken, pos);
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /duloxetine/i);
    assert.match(text, /SNRI/);
  });

  it('completes class: values', async () => {
    const { doc, editor } = await showFile('broken.case.yaml');
    const line = lineOf(doc, 'class: SSRI', lineOf(doc, 'drug: sertraline'));
    const pos = new vscode.Position(line, doc.lineAt(line).text.indexOf('SSRI'));
    const list = await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', broken, pos);
    const labels = list.items.map(labelOf);
    assert.ok(labels.includes('SSRI'), `completion offers SSRI: ${labels.join(', ')}`);
    assert.ok(labels.includes('SNRI'), `completion offers SNRI: ${labels.join(', ')}`);
    assert.ok(editor);
  });

  it('applies a quick fix through executeCodeActionProvider and workspace.applyEdit', async () => {
    const { doc } = await showFile('broken.case.yaml');
    const before = doc.getText();
    const line = lineOf(doc, 'framework: cbtt');
    const diags = await waitForDiagnostics(broken, (ds) => findDiag(ds, 'framework-unknown', line), 'framework-unknown');
    const diag = findDiag(diags, 'framework-unknown', line);
    const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', broken, diag.range, vscode.CodeActionKind.QuickFix.value);
    // the did-you-mean fix: an edit that is not one of the "Disable <rule> for this line/file" actions
    const fix = actions.find((a) => a.edit && !/^Disable /.test(a.title) && /cbt\b/.test(a.title));
    assert.ok(fix, `a did-you-mean quick fix for framework-unknown; got: ${actions.map((a) => a.title).join(' | ')}`);
    try {
      assert.ok(await vscode.workspace.applyEdit(fix.edit), 'the edit applies');
      if (fix.command) await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments || []));
      assert.notStrictEqual(doc.getText(), before, `"${fix.title}" changed the document`);
      assert.strictEqual(doc.lineAt(line).text.trim(), 'framework: cbt', fix.title);
      await waitForDiagnostics(broken, (ds) => !ds.some((d) => codeOf(d) === 'framework-unknown'), 'framework-unknown to go away after the fix');
    } finally {
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    assert.strictEqual(doc.getText(), before);
  });

  it('turning a rule off in caselint.rules takes effect, and back on', async () => {
    const config = vscode.workspace.getConfiguration('caselint');
    await waitForDiagnostics(broken, (ds) => findDiag(ds, 'drug-class-mismatch'), 'drug-class-mismatch before the change');
    await config.update('rules', { 'drug-class-mismatch': 'off' }, vscode.ConfigurationTarget.Global);
    const off = await waitForDiagnostics(broken, (ds) => !findDiag(ds, 'drug-class-mismatch'), 'drug-class-mismatch to disappear');
    assert.ok(findDiag(off, 'trial-duration-inadequate'), 'other rules still run');
    const oneOff = () => { const m = /(\d+) of (\d+) rules on/.exec(api.status().rules || ''); return m && Number(m[1]) === Number(m[2]) - 1; };
    for (let i = 0; i < 100 && !oneOff(); i++) await new Promise((r) => setTimeout(r, 50));
    assert.ok(oneOff(), `the status item counts one rule off: ${api.status().rules}`);
    await config.update('rules', undefined, vscode.ConfigurationTarget.Global);
    await waitForDiagnostics(broken, (ds) => findDiag(ds, 'drug-class-mismatch'), 'drug-class-mismatch to come back');
  });

  it('"caselint: New case report" opens a complete template whose only findings are its placeholders', async () => {
    const uri = await vscode.commands.executeCommand('caselint.newCaseReport');
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor && editor.document.uri.toString() === uri.toString(), 'the new document is active');
    const doc = editor.document;
    assert.strictEqual(doc.languageId, 'case-report');
    assert.strictEqual(uri.scheme, 'untitled');
    assert.match(uri.path, /\/new-case(-\d+)?\.case\.yaml$/, 'saving proposes a *.case.yaml name');
    assert.match(doc.getText(), /^caselint: 1\ntype: cross-talk\n/);
    // the cursor is on the first field (the title placeholder is selected)
    assert.strictEqual(editor.selection.start.line, lineOf(doc, 'title:'));
    assert.strictEqual(doc.getText(editor.selection), 'Title of the case');
    // until it is filled in, the template's only findings are its placeholders (placeholder-text), checked on disk through the server
    const saved = file('new-from-template.case.yaml');
    await vscode.workspace.fs.writeFile(saved, Buffer.from(doc.getText(), 'utf8'));
    try {
      const [result] = await api.lint([saved]);
      assert.ok(result.diagnostics.length > 0, 'the placeholders are reported');
      assert.deepStrictEqual([...new Set(result.diagnostics.map(codeOf))], ['placeholder-text']);
    } finally {
      await vscode.workspace.fs.delete(saved);
    }
    // and live in the editor: only the placeholders, until the de-identification statement is removed
    await vscode.commands.executeCommand('vscode.executeHoverProvider', uri, new vscode.Position(0, 1)); // round trip
    assert.deepStrictEqual([...new Set(caselintDiags(uri).map(codeOf))], ['placeholder-text']);
    const statement = lineOf(doc, 'statement:');
    assert.ok(await editor.edit((e) => e.delete(doc.lineAt(statement).rangeIncludingLineBreak)), 'the edit applies');
    await waitForDiagnostics(uri, (ds) => findDiag(ds, 'deidentification-missing'), 'deidentification-missing in the edited template');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('"caselint: Lint workspace" reports files that are not open', async () => {
    const unopened = file('unopened.case.yaml');
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === unopened.toString()), 'unopened.case.yaml is not open');
    assert.deepStrictEqual(caselintDiags(unopened), []);
    const summary = await vscode.commands.executeCommand('caselint.lintWorkspace');
    assert.ok(summary.files >= 3, `found ${summary.files} case files`);
    const diags = caselintDiags(unopened);
    const unknown = findDiag(diags, 'drug-unknown');
    assert.ok(unknown, `drug-unknown reported for the unopened file: ${describeDiags(diags)}`);
    assert.match(unknown.message, /duloxetine/);
    // an open file is not reported twice (the live diagnostics cover it)
    const brokenCount = vscode.languages.getDiagnostics(broken).filter((d) => codeOf(d) === 'trial-duration-inadequate').length;
    assert.strictEqual(brokenCount, 1);
  });

  it('"caselint: Show rule documentation" opens the rule\'s page', async () => {
    const page = await vscode.commands.executeCommand('caselint.showRuleDocumentation', 'quantity-format');
    assert.ok(page, 'a page was opened');
    assert.ok(page.path.endsWith('/docs/rules/quantity-format.md'), page.path);
    const text = Buffer.from(await vscode.workspace.fs.readFile(page)).toString('utf8');
    assert.match(text, /quantity-format/);
    const shown = vscode.window.tabGroups.all.flatMap((g) => g.tabs).some((t) => /quantity-format/.test(t.label));
    assert.ok(shown, 'a tab shows the page');
    // every caselint diagnostic offers its documentation in the light bulb
    const diag = findDiag(caselintDiags(broken), 'trial-duration-inadequate');
    const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', broken, diag.range);
    const docs = actions.find((a) => a.title === 'Show documentation for trial-duration-inadequate');
    assert.ok(docs && docs.command && docs.command.command === 'caselint.showRuleDocumentation');
  });

  it('"caselint: Show treatment adequacy summary" shows the trials', async () => {
    await showFile('broken.case.yaml');
    const uri = await vscode.commands.executeCommand('caselint.showAdequacySummary', broken);
    assert.ok(uri, 'a summary document');
    const doc = await vscode.workspace.openTextDocument(uri);
    assert.match(doc.getText(), /sertraline/i);
    assert.match(doc.getText(), /duloxetine/i);
  });

  /** Resolves with the open page of `kind` once `predicate(page)` holds (polled: a page renders asynchronously). */
  async function waitForPage(kind, predicate, what, timeoutMs = 20000) {
    const t0 = Date.now();
    for (;;) {
      const page = api.pages().find((p) => p.kind === kind);
      if (page && predicate(page)) return page;
      if (Date.now() - t0 > timeoutMs) throw new Error(`timed out waiting for ${what}; pages: ${api.pages().map((p) => `${p.kind}@${p.version} ${p.source}`).join(', ') || 'none'}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const webviewTabs = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview);

  it('"caselint: Open review report" shows the report beside the editor and refreshes after an edit', async () => {
    await vscode.commands.executeCommand('notifications.clearAll').then(undefined, () => undefined); // for the screenshot
    const { doc, editor } = await showFile('broken.case.yaml');
    assert.strictEqual(await vscode.commands.executeCommand('caselint.openReport'), true);
    const first = await waitForPage('report', (p) => p.source === broken.toString() && p.version >= 0, 'the report of broken.case.yaml');
    assert.match(first.html, /Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"/);
    assert.doesNotMatch(first.html, /<script/);
    assert.match(first.html, /Needs changes/);
    assert.match(first.html, /id="care-section"[\s\S]*id="trd-section"[\s\S]*id="timeline-section"[\s\S]*id="deid-section"/);
    // The tab model follows the panel's title asynchronously.
    for (let i = 0; i < 100 && !webviewTabs().some((t) => t.label === 'Review: broken.case.yaml'); i++) await new Promise((r) => setTimeout(r, 50));
    assert.ok(webviewTabs().some((t) => t.label === 'Review: broken.case.yaml'), `tabs: ${webviewTabs().map((t) => t.label).join(', ')}`);
    assert.ok(first.html.includes('command:caselint.revealLine?'), 'line references reveal their line');
    // An edit re-renders the page.
    const titleLine = lineOf(doc, 'title:');
    const edit = new vscode.WorkspaceEdit();
    edit.replace(broken, doc.lineAt(titleLine).range, 'title: An Edited Title For The Report');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const after = await waitForPage('report', (p) => p.version > first.version && p.html.includes('An Edited Title For The Report'), 'the report to refresh after the edit');
    assert.ok(after.version > first.version);
    await new Promise((r) => setTimeout(r, 1000)); // the webview paints the new page
    await screenshot('report-webview', 'iframe.webview.ready');
    // A line reference: the command the link runs selects that line.
    await vscode.commands.executeCommand('caselint.revealLine', broken.toString(), titleLine + 1);
    assert.strictEqual(vscode.window.activeTextEditor.document.uri.toString(), broken.toString());
    assert.strictEqual(vscode.window.activeTextEditor.selection.start.line, titleLine);
    await vscode.window.showTextDocument(doc, { viewColumn: editor.viewColumn });
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('"caselint: Open preview" shows the article and follows the active case report', async () => {
    const clean = file('clean.case.yaml');
    const { doc } = await showFile('clean.case.yaml');
    assert.strictEqual(await vscode.commands.executeCommand('caselint.openPreview'), true);
    const page = await waitForPage('preview', (p) => p.source === clean.toString() && p.version >= 0, 'the preview of clean.case.yaml');
    assert.match(page.html, /<h1>An Invented Case of Recurrent Depression<\/h1>/);
    assert.match(page.html, /<section id="perspective-1" class="perspective">\n<h2>[^<]+Perspective<\/h2>/);
    assert.doesNotMatch(page.html, /\[@/);
    const line = lineOf(doc, 'title:');
    const edit = new vscode.WorkspaceEdit();
    edit.replace(clean, doc.lineAt(line).range, 'title: A Retitled Invented Case');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitForPage('preview', (p) => p.html.includes('<h1>A Retitled Invented Case</h1>'), 'the preview to refresh after the edit');
    await vscode.commands.executeCommand('workbench.action.files.revert');
    // Another case report becomes active: both pages follow it.
    await showFile('broken.case.yaml');
    await waitForPage('preview', (p) => p.source === broken.toString() && /<h1>[^<]*<\/h1>/.test(p.html), 'the preview to follow broken.case.yaml');
    await waitForPage('report', (p) => p.source === broken.toString(), 'the report to stay on broken.case.yaml');
    for (const tab of webviewTabs()) await vscode.window.tabGroups.close(tab);
    assert.deepStrictEqual(api.pages(), [], 'closing the tabs disposes the pages');
  });

  it('a .yaml file whose first key is caselint becomes a case report', async () => {
    const uri = file('first-key.yaml');
    await vscode.workspace.openTextDocument(uri);
    const doc = await waitForDocument(uri, (d) => d.languageId === 'case-report', 'first-key.yaml to become case-report');
    assert.strictEqual(doc.languageId, 'case-report');
  });

  it('caselint.selectRange selects the range a quick fix asks for', async () => {
    const { editor } = await showFile('broken.case.yaml');
    const ok = await vscode.commands.executeCommand('caselint.selectRange', broken.toString(), { start: { line: 4, character: 0 }, end: { line: 4, character: 4 } });
    assert.strictEqual(ok, true);
    assert.strictEqual(editor.document.getText(editor.selection), 'type');
  });

  it('restarts the language server when its process dies', async () => {
    const serverPids = () =>
      execFileSync('ps', ['-o', 'pid=,args=', '--ppid', String(process.pid)], { encoding: 'utf8' })
        .split('\n')
        .filter((l) => /dist\/server\.js/.test(l))
        .map((l) => Number(l.trim().split(/\s+/)[0]));
    const [pid] = serverPids();
    assert.ok(pid, 'the server runs as a child process of the extension host');
    process.kill(pid, 'SIGKILL');
    let next = [];
    for (let i = 0; i < 300 && !(next.length > 0 && !next.includes(pid)); i++) {
      await new Promise((r) => setTimeout(r, 100));
      next = serverPids();
    }
    assert.ok(next.length === 1 && next[0] !== pid, `a new server process replaced ${pid}: ${next.join(', ')}`);
    await api.ready();
    assert.ok(api.isRunning());
    const doc = await vscode.workspace.openTextDocument(broken);
    const line = lineOf(doc, 'drug: duloxetine');
    const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', broken, new vscode.Position(line, doc.lineAt(line).text.indexOf('duloxetine') + 2));
    assert.match(hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n'), /SNRI/);
  });

  it('the language status item counts the active file\'s problems', async () => {
    await showFile('broken.case.yaml');
    await waitForDiagnostics(broken, (ds) => ds.length > 0, 'diagnostics');
    // The item updates on the editor and diagnostics events, which may reach it after this test's
    // listener: wait (bounded) for it to count the problems.
    for (let i = 0; i < 100 && !/\d+ problems?/.test(api.status().text); i++) await new Promise((r) => setTimeout(r, 50));
    const { text, detail, rules } = api.status();
    assert.match(text, /\d+ problems?/);
    assert.match(detail, /\d+ errors?, \d+ warnings?, \d+ other · linted in \d+ ms/);
    assert.match(rules, /^\d+ of \d+ rules on$/);
  });

  // ---- issue 12: the editor an author lives in ----

  it('redacts an identifier with "Replace with a generic description", and word-based suggestions are off', async () => {
    const uri = file('phi.case.yaml');
    const { doc } = await showFile('phi.case.yaml');
    const line = lineOf(doc, '555-0142');
    const diags = await waitForDiagnostics(uri, (ds) => findDiag(ds, 'phi-contact', line), 'phi-contact');
    const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', uri, findDiag(diags, 'phi-contact', line).range, vscode.CodeActionKind.QuickFix.value);
    assert.strictEqual(actions[0].title, 'Replace with a generic description', actions.map((a) => a.title).join(' | '));
    assert.ok(actions.some((a) => a.title === 'Disable phi-contact for this line…'), 'the disable action asks for a reason');
    try {
      assert.ok(await vscode.workspace.applyEdit(actions[0].edit));
      assert.match(doc.lineAt(line).text, /librarian, phone \[phone removed\]$/);
      await waitForDiagnostics(uri, (ds) => !findDiag(ds, 'phi-contact'), 'phi-contact to go away');
    } finally {
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    assert.strictEqual(vscode.workspace.getConfiguration('editor', { languageId: 'case-report' }).get('wordBasedSuggestions'), 'off');
    const editor = vscode.window.activeTextEditor;
    const at = new vscode.Position(line, doc.lineAt(line).text.indexOf('555'));
    editor.selection = new vscode.Selection(at, at);
    await waitForDiagnostics(uri, (ds) => findDiag(ds, 'phi-contact', line), 'phi-contact again');
    await vscode.commands.executeCommand('editor.action.quickFix');
    await screenshot('redact-fix', '.action-widget');
    await vscode.commands.executeCommand('hideCodeActionWidget').then(undefined, () => undefined);
  });

  it('"Disable … for this line…" writes the reason after --, and "Redact all identifiers" replaces every one', async () => {
    const uri = file('phi.case.yaml');
    const { doc } = await showFile('phi.case.yaml');
    const line = lineOf(doc, 'March 14');
    const diags = await waitForDiagnostics(uri, (ds) => findDiag(ds, 'phi-date', line), 'phi-date');
    const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', uri, findDiag(diags, 'phi-date', line).range, vscode.CodeActionKind.QuickFix.value);
    const disable = actions.find((a) => a.title === 'Disable phi-date for this line…');
    assert.ok(disable && disable.command, actions.map((a) => a.title).join(' | '));
    try {
      // the 4th argument answers the input box
      assert.strictEqual(await vscode.commands.executeCommand(disable.command.command, ...disable.command.arguments, 'an invented date'), true);
      assert.strictEqual(doc.lineAt(line).text, '  # caselint-disable-next-line phi-date -- an invented date');
      await waitForDiagnostics(uri, (ds) => !findDiag(ds, 'phi-date'), 'phi-date to be disabled');
    } finally {
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    await waitForDiagnostics(uri, (ds) => findDiag(ds, 'phi-date') && findDiag(ds, 'phi-contact'), 'both findings again');
    try {
      assert.strictEqual(await vscode.commands.executeCommand('caselint.redactAll'), true);
      assert.match(doc.getText(), /gender: woman, first seen on 2021\n/);
      assert.match(doc.getText(), /phone \[phone removed\]\n/);
      await waitForDiagnostics(uri, (ds) => !ds.some((d) => codeOf(d).startsWith('phi-')), 'no de-identification findings');
    } finally {
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  });

  it('the language status counts rules on from .caselintrc.yaml and names it; its popup has the links', async () => {
    const { doc } = await showFile('cfg/cfg.case.yaml');
    const ready = () => /^\d+ of \d+ rules on$/.test(api.status().rules) && api.status().status && api.status().status.configFile;
    for (let i = 0; i < 200 && !ready(); i++) await new Promise((r) => setTimeout(r, 50));
    const { rules, config, text, status } = api.status();
    assert.strictEqual(rules, `${status.rulesTotal - 2} of ${status.rulesTotal} rules on`);
    assert.deepStrictEqual(status.rulesOff, ['doi-format', 'reference-order']);
    assert.strictEqual(config, 'config: .caselintrc.yaml');
    assert.match(text, /no problems/);
    assert.strictEqual(doc.languageId, 'case-report');
    await screenshot('status', '.monaco-hover', undefined, '[id="status.languageStatus"]');
  });

  it('links DOIs and PMIDs of references to their resolver pages, and hovers them', async () => {
    const uri = file('cfg/cfg.case.yaml');
    const doc = await vscode.workspace.openTextDocument(uri);
    const links = await vscode.commands.executeCommand('vscode.executeLinkProvider', uri);
    const targets = links.map((l) => l.target && l.target.toString(true));
    assert.ok(targets.includes('https://doi.org/10.1176/appi.ajp.163.11.1905'), targets.join(', '));
    assert.ok(targets.includes('https://pubmed.ncbi.nlm.nih.gov/17074942/'), targets.join(', '));
    const line = lineOf(doc, 'pmid:');
    const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', uri, new vscode.Position(line, doc.lineAt(line).text.indexOf('1707') + 2));
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /pubmed\.ncbi\.nlm\.nih\.gov\/17074942/);
    assert.match(text, /An invented reference about sequenced treatment steps/);
  });

  it('class: completion puts the drug\'s own class first, preselected, with its details', async () => {
    const { doc, editor } = await showFile('broken.case.yaml');
    const line = lineOf(doc, 'class: SSRI', lineOf(doc, 'drug: duloxetine'));
    const pos = new vscode.Position(line, doc.lineAt(line).text.indexOf('SSRI'));
    const list = await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', broken, pos);
    const sorted = [...list.items].sort((a, b) => (a.sortText || labelOf(a)).localeCompare(b.sortText || labelOf(b)));
    assert.strictEqual(labelOf(sorted[0]), 'SNRI');
    assert.deepStrictEqual(list.items.filter((i) => i.preselect).map(labelOf), ['SNRI']);
    editor.selection = new vscode.Selection(pos, pos);
    await vscode.commands.executeCommand('editor.action.triggerSuggest');
    await new Promise((r) => setTimeout(r, 500));
    await vscode.commands.executeCommand('toggleSuggestionDetails').then(undefined, () => undefined);
    await screenshot('completion', '.suggest-widget.visible');
    await vscode.commands.executeCommand('hideSuggestWidget').then(undefined, () => undefined);
  });

  it('the outline shows trials as written with the verdict beside; a drug hover has no boilerplate', async () => {
    const doc = await vscode.workspace.openTextDocument(broken);
    const symbols = await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', broken);
    const history = symbols.find((s) => s.name === 'Treatment history');
    const trial = history.children.find((c) => /^sertraline/.test(c.name));
    assert.match(trial.name, /x 3 weeks$/);
    assert.strictEqual(trial.detail, 'not adequate');
    const line = lineOf(doc, 'drug: duloxetine');
    const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', broken, new vscode.Position(line, doc.lineAt(line).text.indexOf('duloxetine') + 3));
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.doesNotMatch(text, /secondary transcription/);
    await showFile('broken.case.yaml');
    vscode.window.activeTextEditor.revealRange(new vscode.Range(line, 0, line, 0), vscode.TextEditorRevealType.InCenter);
    await screenshot('drug-hover', '.monaco-hover', 'drug: duloxetine');
  });

  it('semantic tokens mark an unknown framework', async () => {
    const doc = await vscode.workspace.openTextDocument(broken);
    const legend = await vscode.commands.executeCommand('vscode.provideDocumentSemanticTokensLegend', broken);
    const tokens = await vscode.commands.executeCommand('vscode.provideDocumentSemanticTokens', broken);
    assert.ok(legend && tokens, 'the server provides semantic tokens');
    const data = tokens.data;
    const found = [];
    let l = 0; let c = 0;
    for (let i = 0; i < data.length; i += 5) {
      l += data[i]; c = data[i] === 0 ? c + data[i + 1] : data[i + 1];
      const mods = legend.tokenModifiers.filter((_, b) => (data[i + 4] & (1 << b)) !== 0);
      found.push(`${doc.getText(new vscode.Range(l, c, l, c + data[i + 2]))}:${legend.tokenTypes[data[i + 3]]}${mods.length ? `.${mods.join('.')}` : ''}`);
    }
    assert.ok(found.includes('cbtt:framework.unknown'), found.join(', '));
    assert.ok(found.includes('duloxetine:drug'), found.join(', '));
  });

  it('a diagnostic code opens the installed rule page rendered (a command link)', async () => {
    const diag = findDiag(caselintDiags(broken), 'trial-duration-inadequate');
    assert.strictEqual(typeof diag.code, 'object');
    const target = diag.code.target;
    assert.strictEqual(target.scheme, 'command');
    assert.strictEqual(target.path, 'caselint.showRuleDocumentation');
    const args = JSON.parse(decodeURIComponent(target.query));
    const page = await vscode.commands.executeCommand(target.path, ...args);
    assert.ok(page.path.endsWith('/docs/rules/trial-duration-inadequate.md'), page.path);
  });

  it('settings: caselint.enable false clears the diagnostics; "Fix all" and "Create configuration" commands', async () => {
    const config = vscode.workspace.getConfiguration('caselint');
    await config.update('enable', false, vscode.ConfigurationTarget.Global);
    try {
      await waitForDiagnostics(broken, (ds) => ds.length === 0, 'no diagnostics with caselint.enable false');
    } finally {
      await config.update('enable', undefined, vscode.ConfigurationTarget.Global);
    }
    await waitForDiagnostics(broken, (ds) => ds.length > 0, 'diagnostics back');
    const commands = await vscode.commands.getCommands(true);
    for (const c of ['caselint.fixAll', 'caselint.createConfiguration', 'caselint.redactAll']) assert.ok(commands.includes(c), c);
    await showFile('broken.case.yaml');
    const created = await vscode.commands.executeCommand('caselint.createConfiguration');
    try {
      assert.ok(created && created.path.endsWith('/.caselintrc.yaml'), String(created));
      const text = Buffer.from(await vscode.workspace.fs.readFile(created)).toString('utf8');
      assert.match(text, /^rules:$/m);
      assert.match(text, /minimum_weeks: 6/);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      if (created) await vscode.workspace.fs.delete(created);
    }
  });
});
