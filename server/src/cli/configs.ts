import * as fs from 'fs';
import * as path from 'path';
import { CONFIG_FILE_NAMES, mergeConfigs, type CaselintConfig } from '../core';
import { parseConfigText } from '../core';

export { CONFIG_FILE_NAMES };

export interface ConfigProblem {
  file: string;
  line: number;
  column: number;
  message: string;
}

export interface ResolvedConfig {
  /** The configuration file that applies, if any. */
  source?: string;
  config: CaselintConfig;
}

/**
 * Finds the configuration of each file: `-c` for every file, else the nearest
 * `.caselintrc.yaml` / `.caselintrc.yml` / `.caselintrc.json` at or above the
 * file's folder (cached per folder). `--rule` overrides merge last. Problems
 * in a configuration file are collected, not thrown: the run exits 2.
 */
export class ConfigResolver {
  private readonly byDir = new Map<string, ResolvedConfig>();
  private readonly loaded = new Map<string, CaselintConfig>();
  readonly problems: ConfigProblem[] = [];
  private explicit?: ResolvedConfig;

  constructor(
    private readonly overrides: CaselintConfig,
    explicitFile?: string,
  ) {
    if (explicitFile !== undefined) this.explicit = { source: explicitFile, config: this.load(explicitFile) };
  }

  forFile(file: string): ResolvedConfig {
    if (this.explicit) return { source: this.explicit.source, config: mergeConfigs(this.explicit.config, this.overrides) };
    return this.forDir(path.dirname(file));
  }

  private forDir(dir: string): ResolvedConfig {
    const known = this.byDir.get(dir);
    if (known) return known;
    let resolved: ResolvedConfig | undefined;
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = path.join(dir, name);
      if (isFile(candidate)) {
        resolved = { source: candidate, config: mergeConfigs(this.load(candidate), this.overrides) };
        break;
      }
    }
    if (!resolved) {
      const parent = path.dirname(dir);
      resolved = parent === dir ? { config: mergeConfigs(this.overrides) } : this.forDir(parent);
    }
    this.byDir.set(dir, resolved);
    return resolved;
  }

  private load(file: string): CaselintConfig {
    const known = this.loaded.get(file);
    if (known) return known;
    let config: CaselintConfig = {};
    try {
      const parsed = parseConfigText(fs.readFileSync(file, 'utf8'), file);
      for (const p of parsed.problems) this.problems.push({ file, line: p.line, column: p.column, message: p.message });
      config = parsed.config;
    } catch (e) {
      const code = (e as { code?: unknown }).code;
      this.problems.push({ file, line: 1, column: 1, message: `cannot read the configuration file: ${typeof code === 'string' ? code : String(e)}` });
    }
    this.loaded.set(file, config);
    return config;
  }
}

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}
