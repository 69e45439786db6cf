/**
 * --cache (cli.md): a file's result is reused when its bytes, its effective
 * configuration and lint options, the knowledge base and caselint's version
 * are those of the last run. The cache is one JSON file, written to a
 * temporary file and renamed into place; a corrupt, foreign or older one is
 * ignored and rewritten.
 */
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { knowledgeBaseText } from '../core';
import { writeAtomic } from './fix';
import { describeFolderProblem, makeFolders } from './folders';
import type { FileResult } from './results';

export const DEFAULT_CACHE_NAME = '.caselintcache';
const FORMAT = 'caselint-cache/1';

type Stored = Omit<FileResult, 'filePath' | 'displayPath'>;

interface CacheEntry {
  /** sha256 of the file's bytes. */
  bytes: string;
  /** sha256 of the configuration and lint options. */
  settings: string;
  result: Stored;
}

interface CacheFile {
  format: string;
  /** caselint's version and the knowledge base's hash: any change empties the cache. */
  tool: string;
  entries: Record<string, CacheEntry>;
}

export function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Where the cache file is: --cache-location, a folder getting the default name inside it. */
export function cacheFilePath(cwd: string, location: string | undefined): string {
  if (location === undefined) return path.join(cwd, DEFAULT_CACHE_NAME);
  const abs = path.resolve(cwd, location);
  let isDir = /[\\/]$/.test(location);
  try {
    isDir ||= fs.statSync(abs).isDirectory();
  } catch {
    // not there yet: a file
  }
  return isDir ? path.join(abs, DEFAULT_CACHE_NAME) : abs;
}

export class LintCache {
  private readonly entries: Record<string, CacheEntry>;
  /** The byte hashes of this run's files, taken when they were looked up. */
  private readonly hashes = new Map<string, string>();
  private changed = false;

  private constructor(
    readonly file: string,
    private readonly tool: string,
    entries: Record<string, CacheEntry>,
  ) {
    this.entries = entries;
  }

  /** The cache at `file`, or an empty one when it is missing, corrupt, foreign or of another version. */
  static open(file: string, version: string): LintCache {
    const tool = `${version}:${sha256(knowledgeBaseText())}`;
    let entries: Record<string, CacheEntry> = Object.create(null) as Record<string, CacheEntry>;
    let fresh = true;
    try {
      const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<CacheFile> | null;
      if (parsed && parsed.format === FORMAT && parsed.tool === tool && isRecord(parsed.entries)) {
        entries = Object.assign(Object.create(null) as Record<string, CacheEntry>, parsed.entries);
        fresh = false;
      }
    } catch {
      // missing or unreadable: start empty
    }
    const cache = new LintCache(file, tool, entries);
    cache.changed = fresh;
    return cache;
  }

  /** The stored result of `filePath` under `settings`, if its bytes are unchanged. Never throws. */
  async lookup(filePath: string, settings: string): Promise<Stored | undefined> {
    let bytes: Buffer;
    try {
      bytes = await fs.promises.readFile(filePath);
    } catch {
      return undefined;
    }
    const hash = sha256(bytes);
    this.hashes.set(filePath, hash);
    const entry = this.entries[filePath];
    if (entry && entry.bytes === hash && entry.settings === settings && isRecord(entry.result) && Array.isArray(entry.result.diagnostics)) {
      return entry.result;
    }
    return undefined;
  }

  /** Keep a fresh result (not one that --fix changed, nor one where a rule failed). */
  store(result: FileResult, settings: string): void {
    const bytes = this.hashes.get(result.filePath);
    if (bytes === undefined || result.output !== undefined || result.fixed !== undefined || result.changedMeanwhile || result.failures.length > 0) return;
    const { filePath, displayPath, ...stored } = result;
    void displayPath;
    this.entries[filePath] = { bytes, settings, result: stored };
    this.changed = true;
  }

  /** Write the cache if anything changed; why it could not be written is returned, not thrown. */
  async save(show: (file: string) => string = (f) => f): Promise<string | undefined> {
    if (!this.changed) return undefined;
    const data: CacheFile = { format: FORMAT, tool: this.tool, entries: this.entries };
    const folder = makeFolders(path.dirname(this.file));
    if (folder) return describeFolderProblem(folder, show);
    try {
      await writeAtomic(this.file, JSON.stringify(data));
      return undefined;
    } catch (e) {
      const code = (e as { code?: unknown }).code;
      return typeof code === 'string' ? code : String(e);
    }
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
