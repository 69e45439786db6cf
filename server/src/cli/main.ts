/**
 * The `caselint` command line: the only code that touches argv, files and
 * streams. files -> core -> formatter -> exit code. `run` returns the exit
 * code and never calls process.exit() (bin/caselint.js sets process.exitCode).
 *
 * Exit status (README, The command line): 0 no error-level finding and warnings within
 * --max-warnings; 1 an error, or more warnings than allowed; 2 a usage error,
 * a configuration that cannot be read or has problems, no file matched, or an
 * output (-o) that cannot be written.
 */
import * as fs from 'fs';
import * as path from 'path';
import { isMainThread, workerData } from 'worker_threads';
import type { CaselintConfig } from '../core';
import { docsPath, minimumWeeks, requireDifferentClasses, ruleById, ruleMetas, RULES } from '../core';
import { didYouMean, MAX_TEXT_BYTES, nearest } from '../core';
import type { SeveritySetting } from '../core';
import { ConfigResolver, formatConfigProblem, problemCount, type ConfigProblem } from '../node';
import { helpText, parseArgs, threadsFromEnvironment, UsageError, type CliOptions } from './args';
import { cacheFilePath, LintCache, sha256 } from './cache';
import { useColor } from './color';
import { discoverFiles, type ReadFolder } from './files';
import { shownPath, writeFileInFolders } from './folders';
import { Ignores } from './globs';
import { runInit } from './init';
import { FORMATTERS } from './formatters';
import { lintTask, type LintTask } from './lintFile';
import { runPages } from './pages';
import { packageHomepage, packageRoot, packageVersion, ruleDocsLink } from './paths';
import { LintPool, threadCount, type WorkerInit } from './pool';
import { countSeverities, sortResults, type FileResult } from './results';
import { startWorker } from './worker';

export interface OutStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
}

/** Everything run() touches outside itself (tests pass their own). */
export interface CliIo {
  stdout: OutStream;
  stderr: OutStream;
  stdin: AsyncIterable<string | Buffer>;
  cwd: string;
  env: Record<string, string | undefined>;
  /** The script a lint worker runs (default: this module; bin/caselint.js passes the code-cache loader, load.ts). */
  workerScript?: string;
  /** How folders are listed (default: fs.readdirSync; tests pass one that fails). */
  readFolder?: ReadFolder;
}

export function defaultIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, cwd: process.cwd(), env: process.env };
}

export async function run(argv: readonly string[], io: Partial<CliIo> = {}): Promise<number> {
  const full: CliIo = { ...defaultIo(), ...io };
  if (full.stdout === process.stdout) ignoreEpipe();
  try {
    const command = argv[0];
    if (command === 'report' || command === 'render') return await runPages(command, argv.slice(1), full);
    return await runWith(parseArgs(argv), full);
  } catch (e) {
    if (e instanceof UsageError) {
      full.stderr.write(`caselint: ${e.message}\nRun caselint --help for the options.\n`);
      return 2;
    }
    throw e;
  }
}

async function runWith(options: CliOptions, io: CliIo): Promise<number> {
  if (options.help) {
    io.stdout.write(helpText(packageVersion()));
    return 0;
  }
  if (options.version) {
    io.stdout.write(`${packageVersion()}\n`);
    return 0;
  }
  if (options.init) {
    return runInit({ cwd: io.cwd, packageRoot: packageRoot(), out: (t) => io.stdout.write(t), err: (t) => io.stderr.write(t) });
  }
  const overrides = ruleOverrides(options.rules);
  if (options.reportUnusedDisableDirectives) overrides.report_unused_disable_directives = true;
  if (options.listRules) return listRules(options, io);
  if (options.explain !== undefined) return explain(options.explain, io);

  const resolver = new ConfigResolver({ overrides, explicitFile: options.config === undefined ? undefined : path.resolve(io.cwd, options.config) });
  if (options.printConfig !== undefined) {
    const resolved = resolver.forFile(path.resolve(io.cwd, options.printConfig));
    if (resolver.problems().length) return configProblems(resolver.problems(), io);
    // Standard output is the configuration alone (JSON); where it comes from goes to standard error.
    const onTop = Object.keys(overrides).length > 0 ? ', with the command line\'s options on top' : '';
    const source = resolved.source ? `configuration from ${shownPath(resolved.source.file, io.cwd)}` : 'no configuration file; the defaults';
    io.stderr.write(`caselint: ${source}${onTop}\n`);
    io.stdout.write(`${JSON.stringify(effectiveConfig(resolved.config), null, 2)}\n`);
    return 0;
  }

  // --threads, else CASELINT_WORKERS (one that is no setting is said, and auto is used), else auto.
  let threads = options.threads;
  if (threads === undefined) {
    const fromEnv = threadsFromEnvironment(io.env);
    if (fromEnv.warning !== undefined) io.stderr.write(`caselint: ${fromEnv.warning}\n`);
    threads = fromEnv.threads;
  }
  let pool: LintPool | undefined;
  try {
    return await lintRun(options, io, resolver, (files) => (pool ??= startPool(files, threads, io)));
  } finally {
    pool?.close();
  }
}

/**
 * Discover, resolve configurations, lint (from the cache, on the pool's
 * threads), report. `poolFor` starts the lint threads for that many files
 * (once; later calls return the same pool): called as soon as the count is
 * known (after discovery, or after the cache lookup), so that workers load
 * the engine while this thread carries on.
 */
async function lintRun(options: CliOptions, io: CliIo, resolver: ConfigResolver, poolFor: (files: number) => LintPool): Promise<number> {
  let tasks: LintTask[];
  const configs: CaselintConfig[] = [];
  const configIndex = new Map<CaselintConfig, number>();
  const indexOf = (c: CaselintConfig): number => {
    let i = configIndex.get(c);
    if (i === undefined) {
      i = configs.push(c) - 1;
      configIndex.set(c, i);
    }
    return i;
  };

  if (options.stdin) {
    const filePath = options.stdinFilename !== undefined ? path.resolve(io.cwd, options.stdinFilename) : path.join(io.cwd, '<stdin>');
    const text = await readAll(io.stdin);
    const { config } = resolver.forFile(filePath);
    const displayPath = options.stdinFilename !== undefined ? displayPathOf(filePath, io.cwd) : '<stdin>';
    tasks = [{ filePath, displayPath, configIndex: indexOf(config), text }];
  } else {
    const ignores = new Ignores();
    ignores.add(io.cwd, options.ignorePatterns);
    const discovery = discoverFiles(options.paths, io.cwd, ignores, io.readFolder);
    for (const u of discovery.unreadable) io.stderr.write(`caselint: cannot read the folder ${shownPath(u.folder, io.cwd)}: ${u.code}\n`);
    if (discovery.unmatched.length > 0 || discovery.files.length === 0) {
      for (const u of discovery.unmatched) io.stderr.write(`caselint: ${u.arg}: ${u.reason}\n`);
      if (discovery.unmatched.length === 0) io.stderr.write('caselint: no case file to lint\n');
      return 2;
    }
    // Workers start now (without --cache, every discovered file is linted, unless ignored).
    if (!options.cache) poolFor(discovery.files.length);
    const configIgnores = new Map<string, Ignores>();
    tasks = [];
    for (const filePath of discovery.files) {
      const resolved = resolver.forFile(filePath);
      const source = resolved.source?.file;
      if (source !== undefined && resolved.config.ignores?.length) {
        let own = configIgnores.get(source);
        if (!own) {
          own = new Ignores();
          own.add(path.dirname(source), resolved.config.ignores);
          configIgnores.set(source, own);
        }
        if (own.ignores(filePath)) continue;
      }
      tasks.push({ filePath, displayPath: displayPathOf(filePath, io.cwd), configIndex: indexOf(resolved.config) });
    }
    if (tasks.length === 0 && !resolver.problems().length) {
      io.stderr.write('caselint: every matching case file is ignored (ignores: in the configuration)\n');
      return 2;
    }
  }
  if (resolver.problems().length) return configProblems(resolver.problems(), io);

  const lintOptions = { summary: options.summary, inlineConfig: options.inlineConfig, fix: options.fix };
  const cache = options.cache && !options.stdin ? LintCache.open(cacheFilePath(io.cwd, options.cacheLocation), packageVersion()) : undefined;
  const settings = configs.map((c) => sha256(JSON.stringify([c, lintOptions])));
  const results: FileResult[] = [];
  let toLint = tasks;
  if (cache) {
    const cached = await Promise.all(tasks.map((t) => cache.lookup(t.filePath, settings[t.configIndex]!)));
    toLint = tasks.filter((t, i) => {
      const hit = cached[i];
      if (hit) results.push({ ...hit, filePath: t.filePath, displayPath: t.displayPath });
      return !hit;
    });
  }
  const pool = poolFor(toLint.length);
  const fresh = await pool.lint(toLint, configs, lintOptions, (t) => lintTask(t, configs[t.configIndex] ?? {}, lintOptions));
  if (cache) {
    const settingsOf = new Map(toLint.map((t) => [t.filePath, settings[t.configIndex]!]));
    for (const r of fresh) cache.store(r, settingsOf.get(r.filePath)!);
    const error = await cache.save((f) => shownPath(f, io.cwd));
    if (error !== undefined) io.stderr.write(`caselint: cannot write the cache ${shownPath(cache.file, io.cwd)}: ${error}\n`);
  }
  results.push(...fresh);
  sortResults(results);

  for (const r of results) {
    if (r.changedMeanwhile) io.stderr.write(`caselint: ${r.displayPath} changed while it was linted; --fix left it alone\n`);
    for (const f of r.failures) {
      // The rule's error text only with CASELINT_DEBUG: it could quote the document.
      const detail = io.env.CASELINT_DEBUG ? `: ${f.message}` : ' (set CASELINT_DEBUG=1 for details)';
      io.stderr.write(`caselint: rule ${f.rule} failed on ${r.displayPath}${detail}\n`);
    }
  }

  const counts = countSeverities(results);
  const shown: FileResult[] = options.quiet
    ? results.map((r) => ({ ...r, diagnostics: r.diagnostics.filter((d) => d.severity === 'error') }))
    : results;
  const color = useColor(options.color, io.env, io.stdout.isTTY === true, options.output !== undefined);
  const report = FORMATTERS[options.format](shown, {
    color,
    version: packageVersion(),
    informationUri: packageHomepage(),
    docsUrl: ruleDocsLink,
    rules: ruleMetas(),
  });

  if (options.output !== undefined) {
    const problem = writeFileInFolders(path.resolve(io.cwd, options.output), report, (f) => shownPath(f, io.cwd));
    if (problem !== undefined) {
      io.stderr.write(`caselint: cannot write ${options.output}: ${problem}\n`);
      return 2;
    }
  } else if (report !== '') {
    io.stdout.write(report);
  }

  if (counts.error > 0) return 1;
  if (options.maxWarnings !== undefined && counts.warning > options.maxWarnings) {
    io.stderr.write(`caselint: too many warnings (${counts.warning}; --max-warnings allows ${options.maxWarnings})\n`);
    return 1;
  }
  return 0;
}

/**
 * The lint threads for `files` files (`--threads`, else CASELINT_WORKERS, else
 * auto; pool.ts threadCount). Workers run io.workerScript (the code-cache
 * loader when the CLI runs from bin/caselint.js) or this bundle.
 */
function startPool(files: number, threads: number | 'auto' | undefined, io: CliIo): LintPool {
  return new LintPool(io.workerScript ?? __filename, threadCount(files, threads) - 1, __filename);
}

/** --rule id=severity, checked against the registry. */
function ruleOverrides(rules: CliOptions['rules']): CaselintConfig {
  if (rules.length === 0) return {};
  const out: Record<string, SeveritySetting> = {};
  for (const { id, severity } of rules) {
    if (!ruleById(id)) throw new UsageError(`--rule: unknown rule "${id}"${suggestRule(id)}`);
    out[id] = severity;
  }
  return { rules: out };
}

function suggestRule(id: string): string {
  const hint = didYouMean(nearest(id, RULES.map((r) => r.meta.id)));
  return hint ? `; ${hint}` : ' (caselint --list-rules lists them)';
}

function listRules(options: CliOptions, io: CliIo): number {
  const metas = ruleMetas();
  if (options.format === 'json') {
    io.stdout.write(`${JSON.stringify(metas, null, 2)}\n`);
    return 0;
  }
  const idW = Math.max(...metas.map((m) => m.id.length));
  const catW = Math.max(...metas.map((m) => m.category.length));
  const lines = metas.map((m) => `${m.id.padEnd(idW)}  ${m.defaultSeverity.padEnd(7)}  ${m.category.padEnd(catW)}  ${m.description}`);
  io.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

function explain(id: string, io: CliIo): number {
  const rule = ruleById(id);
  if (!rule) {
    io.stderr.write(`caselint: --explain: unknown rule "${id}"${suggestRule(id)}\n`);
    return 2;
  }
  let page: string;
  try {
    page = stripHtmlComments(fs.readFileSync(path.join(packageRoot(), docsPath(id)), 'utf8'));
  } catch {
    const m = rule.meta;
    page = `# \`${m.id}\`\nDefault severity: **${m.defaultSeverity}** · Category: ${m.category}\n\n${m.description}\n`;
  }
  io.stdout.write(`${page.replace(/\n*$/, '\n')}\nOnline: ${ruleDocsLink(id)}\n`);
  return 0;
}

/** A rule page as people read it: without the generator's HTML comments (a comment's own line goes with it). */
function stripHtmlComments(page: string): string {
  return page.replace(/\n?<!--[\s\S]*?-->[ \t]*(?=\n|$)/g, '');
}

/**
 * The configuration as a file could state it, every setting spelled out:
 * each rule's severity, and each other setting's value or default (the
 * defaults `caselint init` writes and the schema states).
 */
function effectiveConfig(config: CaselintConfig): CaselintConfig {
  const rules: Record<string, SeveritySetting> = {};
  for (const r of RULES) rules[r.meta.id] = config.rules?.[r.meta.id] ?? r.meta.defaultSeverity;
  for (const [id, s] of Object.entries(config.rules ?? {})) if (!(id in rules)) rules[id] = s;
  return {
    ...config,
    rules,
    adequacy: { ...config.adequacy, minimum_weeks: minimumWeeks(config) },
    trd: { ...config.trd, require_different_classes: requireDifferentClasses(config) },
    report_unused_disable_directives: config.report_unused_disable_directives ?? false,
    ignores: config.ignores ?? [],
    drugs: config.drugs ?? [],
    frameworks: config.frameworks ?? [],
    ketamine: { ...config.ketamine, ceilings: config.ketamine?.ceilings ?? {} },
  };
}

function configProblems(problems: readonly ConfigProblem[], io: CliIo): number {
  for (const p of problems) io.stderr.write(`${formatConfigProblem(p, displayPathOf(p.file, io.cwd))}\n`);
  io.stderr.write(`caselint: the configuration has ${problemCount(problems.length)}; nothing was linted\n`);
  return 2;
}

function displayPathOf(file: string, cwd: string): string {
  const rel = path.relative(cwd, file) || path.basename(file);
  return rel.split(path.sep).join('/');
}

let epipeHandled = false;

/** `caselint | head` closes the pipe early: that is not a crash. */
function ignoreEpipe(): void {
  if (epipeHandled) return;
  epipeHandled = true;
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
  });
}

/** Standard input, up to just past the size limit: the engine refuses a longer text anyway, and stdin may never end. */
async function readAll(stream: AsyncIterable<string | Buffer>): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    chunks.push(bytes);
    size += bytes.length;
    if (size > MAX_TEXT_BYTES) break;
  }
  return Buffer.concat(chunks).toString('utf8');
}

// yaml's node build reads `process.env.LOG_TOKENS` once per token, and each
// read of the live environment is a native lookup. The bundle uses yaml's ES
// module build, which does not (esbuild.mjs), but the compiled tests run the
// node build. The CLI never changes its own environment, so a plain copy
// answers every read the same, faster (the language server does the same in lsp/main.ts).
process.env = { ...process.env };

// A lint worker runs this same file (pool.ts; directly, or through the code-cache loader, load.ts).
if (!isMainThread && (workerData as Partial<WorkerInit> | null)?.caselintLintWorker === true) {
  startWorker();
}
