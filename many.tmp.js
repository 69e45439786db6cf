const core = require('/work/main/out/server/src/core/index.js');
const cpu = (f) => { const s = process.cpuUsage(); f(); const d = process.cpuUsage(s); return ((d.user + d.system) / 1000).toFixed(0); };
for (const n of [5000, 20000]) {
  const keys = 'caselint: 1\n' + Array.from({ length: n }, (_, i) => `k${i}: value ${i}`).join('\n') + '\n';
  const items = 'caselint: 1\nreferences:\n' + Array.from({ length: n }, (_, i) => `  - id: r${i}`).join('\n') + '\n';
  for (const [name, t] of [['keys', keys], ['items', items]]) {
    console.log(n, name, t.length, 'lint', cpu(() => core.lint(t)), 'inc', cpu(() => core.lintIncremental(t)), JSON.stringify(core.lastIncrementalStats));
  }
}
