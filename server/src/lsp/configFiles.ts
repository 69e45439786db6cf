import * as fs from 'fs';
import * as path from 'path';
import { CONFIG_FILE_GLOB, CONFIG_FILE_NAMES, type CaselintConfig } from '../core';
import { parseConfigText } from '../core';
import { describeError, type Logger } from './log';

export { CONFIG_FILE_GLOB, CONFIG_FILE_NAMES };
const MAX_CONFIG_BYTES = 1024 * 1024;

export interface ConfigProblem {
  message: string;
  line: number;
  column: number;
}

export interface ConfigLookup {
  /** The configuration file that applies, if any. */
  file?: string;
  config: CaselintConfig;
  problems: ConfigProblem[];
}

export function isConfigFileName(fileName: string): boolean {
  return (CONFIG_FILE_NAMES as readonly string[]).includes(path.basename(fileName));
}

/**
 * Finds and parses the nearest `.caselintrc.*` at or above a file (cli.md,
 * Configuration file). Results are cached per folder until `invalidate()`,
 * which the server calls when a watched configuration file changes.
 */
export class ConfigFiles {
  private readonly fileForDir = new Map<string, string | null>();
  private readonly parsed = new Map<string, ConfigLookup>();

  constructor(private readonly log: Logger) {}

  lookup(filePath: string): ConfigLookup {
    const file = this.nearest(path.dirname(path.resolve(filePath)));
    if (!file) return { config: {}, problems: [] };
    let hit = this.parsed.get(file);
    if (!hit) {
      hit = this.parse(file);
      this.parsed.set(file, hit);
    }
    return hit;
  }

  /** A configuration file named by the `caselint.configFile` setting (instead of the nearest one). */
  explicit(file: string): ConfigLookup {
    const resolved = path.resolve(file);
    let hit = this.parsed.get(resolved);
    if (!hit) {
      hit = isFile(resolved)
        ? this.parse(resolved)
        : { file: resolved, config: {}, problems: [{ message: 'the file that caselint.configFile names does not exist', line: 1, column: 1 }] };
      this.parsed.set(resolved, hit);
    }
    return hit;
  }

  invalidate(): void {
    this.fileForDir.clear();
    this.parsed.clear();
  }

  private nearest(dir: string): string | null {
    const visited: string[] = [];
    let cur = dir;
    let found: string | null = null;
    for (let depth = 0; depth < 64; depth++) {
      const cached = this.fileForDir.get(cur);
      if (cached !== undefined) {
        found = cached;
        break;
      }
      visited.push(cur);
      const here = CONFIG_FILE_NAMES.map((n) => path.join(cur, n)).find((f) => isFile(f));
      if (here) {
        found = here;
        break;
      }
      const parent = path.dirname(cur);
      if (parent === cur) break;
      cur = parent;
    }
    for (const d of visited) this.fileForDir.set(d, found);
    return found;
  }

  // The log names the file by its base name only (one of CONFIG_FILE_NAMES): its folder could name a patient.
  private parse(file: string): ConfigLookup {
    try {
      const size = fs.statSync(file).size;
      if (size > MAX_CONFIG_BYTES) {
        this.log.warn(`a ${path.basename(file)} is larger than 1 MB; ignored`);
        return { file, config: {}, problems: [{ message: 'the configuration file is larger than 1 MB', line: 1, column: 1 }] };
      }
      const text = fs.readFileSync(file, 'utf8');
      const { config, problems } = parseConfigText(text, path.basename(file));
      if (problems.length > 0) this.log.warn(`a ${path.basename(file)} has ${problems.length} problem(s); see the file for details`);
      return { file, config, problems };
    } catch (error) {
      this.log.warn(`a ${path.basename(file)} could not be read: ${describeError(error)}`);
      return { file, config: {}, problems: [] };
    }
  }
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}
