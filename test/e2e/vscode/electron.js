// Launcher (a): the same suite in VS Code desktop through @vscode/test-electron, for machines that can
// download VS Code. The extension under test is the repository itself (dist/ must be built).
// Usage: node test/e2e/vscode/electron.js <workspaceDir>
// Prints "caselint-e2e: N passed, M failed" (from the suite); exit code 0 when every test passed.
const path = require('path');
const os = require('os');
const fs = require('fs');
const { runTests } = require('@vscode/test-electron');

const root = path.resolve(__dirname, '../../..');
const workspace = path.resolve(process.argv[2] || path.join(root, '.e2e/workspace'));

(async () => {
  const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'caselint-vscode-'));
  try {
    await runTests({
      version: process.env.CASELINT_VSCODE_VERSION || 'stable',
      cachePath: path.join(root, '.e2e/vscode-test'),
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(__dirname, 'suite/index.js'),
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes', `--user-data-dir=${userData}`],
    });
    process.exitCode = 0;
  } catch (err) {
    console.error('e2e (electron):', err && err.message ? err.message : err);
    process.exitCode = 1;
  } finally {
    fs.rmSync(userData, { recursive: true, force: true });
  }
})();
