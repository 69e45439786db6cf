import * as fs from 'fs';
import * as path from 'path';

let root: string | undefined;

/**
 * The installed package's root: the nearest folder at or above this module
 * that holds caselint's package.json (dist/cli.js when bundled, out/server/src/cli
 * when run from the compiled tests).
 */
export function packageRoot(): string {
  if (root !== undefined) return root;
  let dir = __dirname;
  while (true) {
    try {
      const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string };
      if (pkg.name === 'caselint') return (root = dir);
    } catch {
      // keep looking
    }
    const parent = path.dirname(dir);
    if (parent === dir) return (root = path.join(__dirname, '..'));
    dir = parent;
  }
}

interface PackageJson {
  version?: string;
  homepage?: string;
  repository?: string | { url?: string };
}

let pkg: PackageJson | undefined;

function packageJson(): PackageJson {
  if (pkg) return pkg;
  try {
    pkg = JSON.parse(fs.readFileSync(path.join(packageRoot(), 'package.json'), 'utf8')) as PackageJson;
  } catch {
    pkg = {};
  }
  return pkg;
}

export function packageVersion(): string {
  return packageJson().version ?? '0.0.0';
}

/** Where people learn about the tool (SARIF informationUri): homepage, else repository, else a placeholder. */
export function packageHomepage(): string {
  const p = packageJson();
  const repo = typeof p.repository === 'string' ? p.repository : p.repository?.url;
  const url = p.homepage ?? repo?.replace(/^git\+/, '').replace(/\.git$/, '');
  return url && /^https?:\/\//.test(url) ? url : 'https://example.org/caselint';
}

/** package.json's `repository` (rule pages link to it, cli.md). */
export function packageRepository(): string | { url?: string } | undefined {
  return packageJson().repository;
}
