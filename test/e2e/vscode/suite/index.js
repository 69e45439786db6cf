// Entry point of the end-to-end suite inside the VS Code extension host (extensionTestsPath).
// Both launchers (code-server + Chromium, and @vscode/test-electron) load this file; it runs mocha and
// prints one line "caselint-e2e: N passed, M failed" that the launchers read.
const path = require('path');

function loadMocha() {
  try {
    return require('mocha/lib/mocha.cjs'); // mocha >= 11 ships an ESM entry point; this is its CommonJS build
  } catch {
    const m = require('mocha');
    return m.default || m;
  }
}

exports.run = () =>
  new Promise((resolve, reject) => {
    const Mocha = loadMocha();
    const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60000, reporter: 'spec' });
    if (process.env.CASELINT_E2E_GREP) mocha.grep(process.env.CASELINT_E2E_GREP);
    mocha.addFile(path.join(__dirname, 'caselint.test.js'));
    let passed = 0;
    let failed = 0;
    try {
      const runner = mocha.run((failures) => {
        console.log(`caselint-e2e: ${passed} passed, ${failed} failed`);
        if (failures) reject(new Error(`${failures} test(s) failed`));
        else resolve();
      });
      runner.on('pass', () => passed++);
      runner.on('fail', () => failed++);
    } catch (err) {
      console.error(err);
      console.log(`caselint-e2e: ${passed} passed, ${failed + 1} failed`);
      reject(err);
    }
  });
