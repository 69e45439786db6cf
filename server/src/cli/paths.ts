import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { docsPath, repositoryWebUrl, ruleDocsUrl, type PackageRepository } from '../core';

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
  repository?: PackageRepository;
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

/** Where people learn about the tool (SARIF informationUri): homepage, else the repository's web page, else a placeholder. */
export function packageHomepage(): string {
  const p = packageJson();
  const url = typeof p.homepage === 'string' && /^https?:\/\//.test(p.homepage) ? p.homepage : repositoryWebUrl(p.repository);
  return url ?? 'https://example.org/caselint';
}

/**
 * A rule's documentation link, wherever the command line shows one (SARIF's
 * helpUri, --explain, the pages of `caselint report`): its public page for
 * the running version (ruleDocsUrl: the repository's docs/rules/<id>.md at
 * the version's tag), else the page shipped in the package.
 */
export function ruleDocsLink(id: string): string {
  return ruleDocsUrl(packageJson().repository, packageVersion(), id) ?? pathToFileURL(path.join(packageRoot(), docsPath(id))).href;
}
