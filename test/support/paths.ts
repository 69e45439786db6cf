import * as path from 'path';

/** The repository root, from wherever the compiled tests run (out/test/...). */
export const repoRoot = path.resolve(__dirname, '..', '..', '..');
export const fixturesDir = path.join(repoRoot, 'test', 'fixtures');
export const samplesDir = path.join(repoRoot, 'samples');
export const distDir = path.join(repoRoot, 'dist');
