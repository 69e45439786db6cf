// Runs the mocha suite inside code-server's real extension host, driven by headless Debian Chromium through
// playwright-core, and takes the README screenshots the suite asks for.
//
// The web workbench reads `payload=[["extensionDevelopmentPath",URI],["extensionTestsPath",URI]]` from the
// page URL and calls window.codeAutomationExit(code) when the run ends; extension-host console output
// arrives through window.codeAutomationLog. Both are exposed with page.exposeFunction.
//
// Usage: node run-suite.js <extensionDir> <testsEntry.js> <workspaceDir> [screenshotsOutDir]
// Env: CS_PORT, EXT_TEST_TIMEOUT_MS (default 300000), VERBOSE=1, CHROMIUM (default /usr/bin/chromium).
// Prints "caselint-e2e: N passed, M failed" (from the suite); exit 0 all passed, 1 failures, 2 driver error, 3 timeout.
const { chromium } = require('playwright-core');
const fs = require('fs');
const os = require('os');
const path = require('path');
const util = require('util');

const PORT = process.env.CS_PORT || '18391';
const authority = `127.0.0.1:${PORT}`;
const [extDir, testsEntry, workspace, shotsOut] = process.argv.slice(2).map((p) => p && path.resolve(p));
if (!extDir || !testsEntry || !workspace) {
  console.error('usage: node run-suite.js <extensionDir> <testsEntry.js> <workspaceDir> [screenshotsOutDir]');
  process.exit(2);
}
const TIMEOUT = Number(process.env.EXT_TEST_TIMEOUT_MS || 300000);
const VERBOSE = !!process.env.VERBOSE;
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
// workbench chatter that is not the suite's
const NOISE = /socket|connection token|Service Worker|builtin extensions|ChatSessionStore|AgentHost|AccountPolicyGate|reconnection-grace|open-vsx\.org|^Canceled|CodeExpectedError/;

// The suite asks for screenshots through files in <workspace>/../shots (see screenshot() in the suite).
const handshake = path.join(path.dirname(workspace), 'shots');
fs.rmSync(handshake, { recursive: true, force: true });
if (shotsOut) {
  fs.mkdirSync(handshake, { recursive: true });
  fs.writeFileSync(path.join(handshake, 'enabled'), '');
  fs.mkdirSync(shotsOut, { recursive: true });
}

(async () => {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'caselint-chromium-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 760 }, deviceScaleFactor: 1,
  });
  let exitCode = 2;
  let summary;
  try {
    const page = ctx.pages()[0] || (await ctx.newPage());
    let resolveDone;
    const done = new Promise((resolve) => { resolveDone = resolve; });
    let shots = Promise.resolve();
    const takeShot = async (name, selector, hoverText, clickSelector) => {
      try {
        if (clickSelector) {
          // open a popup by clicking a workbench element (the language status item)
          await page.mouse.move(640, 14);
          await page.locator(`${clickSelector} >> visible=true`).first().click({ timeout: 10000 });
        }
        if (hoverText) {
          // hover the mouse over the value at the end of the editor line that holds hoverText
          // the editor may still be scrolling to the line: wait for it to be rendered
          await page.waitForFunction((text) => [...document.querySelectorAll('.monaco-editor .view-line')]
            .some((l) => (l.textContent || '').replace(/\u00a0/g, ' ').includes(text)), hoverText, { timeout: 10000 }).catch(() => undefined);
          await page.waitForTimeout(300);
          const box = await page.evaluate((text) => {
            const norm = (t) => (t || '').replace(/\u00a0/g, ' ');
            // The same file may be open in two editor groups, scrolled apart: take a line shown whole inside
            // its editor, the focused editor's first (a line at an editor's edge is under the next widget).
            const whole = (l) => {
              const r = l.getBoundingClientRect();
              const e = l.closest('.monaco-editor').getBoundingClientRect();
              return r.height > 0 && r.top >= e.top && r.bottom <= e.bottom;
            };
            const lines = [...document.querySelectorAll('.monaco-editor .view-line')].filter((l) => norm(l.textContent).includes(text) && whole(l));
            const line = lines.find((l) => l.closest('.monaco-editor').classList.contains('focused')) ?? lines[0];
            if (!line) return null;
            const spans = [...line.querySelectorAll('span span')].filter((sp) => norm(sp.textContent).trim() !== '');
            const r = spans[spans.length - 1].getBoundingClientRect();
            return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
          }, hoverText);
          if (!box) throw new Error(`no editor line shows "${hoverText}"`);
          await page.mouse.move(box.x - 40, box.y);
          await page.mouse.move(box.x, box.y, { steps: 5 });
        }
        if (!hoverText && !clickSelector) {
          // park the mouse so that an earlier hover does not cover this shot
          await page.mouse.move(640, 14);
          await page.waitForTimeout(300);
        }
        await page.locator(`${selector} >> visible=true`).first().waitFor({ state: 'visible', timeout: 15000 });
        await page.waitForTimeout(400); // let the widget finish its fade-in
        const file = path.join(shotsOut, `${name}.png`);
        await page.screenshot({ path: file });
        console.log(`e2e: screenshot ${path.relative(process.cwd(), file)}`);
        if (clickSelector) await page.keyboard.press('Escape'); // close the popup for the next shots
      } catch (e) {
        console.error(`e2e: screenshot ${name} failed: ${e.message}`);
        // What the page showed instead, to see why.
        await page.screenshot({ path: path.join(shotsOut, `${name}.failed.png`) }).catch(() => undefined);
      } finally {
        fs.writeFileSync(path.join(handshake, `${name}.done`), '');
      }
    };
    await page.exposeFunction('codeAutomationExit', (code) => resolveDone(code));
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const line = util.format(...(args || []));
      const m = /caselint-e2e: (\d+) passed, (\d+) failed/.exec(line);
      if (m) summary = { passed: Number(m[1]), failed: Number(m[2]) };
      const shot = /caselint-e2e:screenshot (\S+) (\S+)(?: click=(\S+))?(?: hover=(.+))?$/.exec(line);
      if (shot && shotsOut) { shots = shots.then(() => takeShot(shot[1], shot[2], shot[4], shot[3])); return; }
      if (VERBOSE || !NOISE.test(line)) (type === 'error' ? console.error : console.log)(line);
    });
    page.on('pageerror', (e) => { if (VERBOSE) console.log('[pageerror]', e.message); });
    if (VERBOSE) page.on('console', (m) => console.log(`[browser ${m.type()}]`, m.text()));
    const payload = [
      ['extensionDevelopmentPath', `vscode-remote://${authority}${extDir}`],
      ['extensionTestsPath', `vscode-remote://${authority}${testsEntry}`],
    ];
    const url = `http://${authority}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    await page.goto(url);
    let timer;
    const timeout = new Promise((r) => { timer = setTimeout(() => r('timeout'), TIMEOUT); });
    const code = await Promise.race([done, timeout]);
    clearTimeout(timer);
    await shots;
    if (code === 'timeout') {
      console.error(`e2e: the suite did not finish within ${TIMEOUT} ms`);
      try { await page.screenshot({ path: path.join(path.dirname(workspace), 'timeout.png') }); } catch {}
      exitCode = 3;
    } else {
      exitCode = code === 0 ? 0 : 1;
    }
  } catch (e) {
    console.error('e2e: driver error:', e.message);
  } finally {
    await ctx.close().catch(() => undefined);
    fs.rmSync(profile, { recursive: true, force: true });
  }
  if (!summary) summary = { passed: 0, failed: exitCode === 0 ? 0 : 1 };
  console.log(`caselint-e2e: ${summary.passed} passed, ${summary.failed} failed`);
  process.exit(exitCode);
})();
