import { SEVERITIES, type SeveritySetting } from '../core';
import { didYouMean, nearest } from '../core';

export const FORMATS = ['stylish', 'json', 'sarif', 'junit', 'github'] as const;
export type FormatName = (typeof FORMATS)[number];

const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['off', ...SEVERITIES];

export interface CliOptions {
  format: FormatName;
  output?: string;
  config?: string;
  /** --rule id=severity, in order (unknown ids are checked against the registry later). */
  rules: { id: string; severity: SeveritySetting }[];
  maxWarnings?: number;
  quiet: boolean;
  stdin: boolean;
  stdinFilename?: string;
  listRules: boolean;
  explain?: string;
  printConfig?: string;
  version: boolean;
  help: boolean;
  summary: boolean;
  /** --fix writes the fixed files; --fix-dry-run only reports them. */
  fix: 'off' | 'write' | 'dry-run';
  cache: boolean;
  cacheLocation?: string;
  /** --ignore-pattern globs, relative to the working folder. */
  ignorePatterns: string[];
  /** false with --no-inline-config. */
  inlineConfig: boolean;
  reportUnusedDisableDirectives: boolean;
  /** --color / --no-color; undefined: follow the terminal and the environment. */
  color?: boolean;
  /** --threads: how many worker threads lint beside the main thread (which lints too), or 'auto'; undefined: CASELINT_WORKERS, else auto. */
  threads?: number | 'auto';
  /** `caselint init`. */
  init: boolean;
  paths: string[];
}

export class UsageError extends Error {}

/** The most worker threads --threads or CASELINT_WORKERS may ask for. */
export const MAX_THREADS_OPTION = 64;

/** What --threads and CASELINT_WORKERS take, for their messages. */
export const THREADS_EXPECTED = `a whole number from 0 to ${MAX_THREADS_OPTION}, or auto`;

/**
 * A thread setting as --threads and CASELINT_WORKERS write it: n worker
 * threads besides the main thread (0 to MAX_THREADS_OPTION), or auto.
 * Undefined when it is neither.
 */
export function parseThreads(v: string): number | 'auto' | undefined {
  if (v === 'auto') return 'auto';
  return /^\d{1,9}$/.test(v) && Number(v) <= MAX_THREADS_OPTION ? Number(v) : undefined;
}

/**
 * The thread setting of the environment, CASELINT_WORKERS (the same values as
 * --threads; unset or empty: undefined). A value that is no setting gives a
 * warning naming the variable, and the default (undefined: auto) is used.
 */
export function threadsFromEnvironment(env: Record<string, string | undefined>): { threads?: number | 'auto'; warning?: string } {
  const raw = env.CASELINT_WORKERS;
  if (raw === undefined || raw.trim() === '') return {};
  const threads = parseThreads(raw.trim());
  if (threads !== undefined) return { threads };
  return { warning: `CASELINT_WORKERS needs ${THREADS_EXPECTED}, not "${raw}"; using the default (auto)` };
}

interface OptionSpec {
  names: string[];
  /** Takes a value. */
  value?: string;
  help: string;
}

export const OPTION_SPECS: OptionSpec[] = [
  { names: ['-f', '--format'], value: 'name', help: `output format: ${FORMATS.join(', ')} (default: stylish)` },
  { names: ['-o', '--output'], value: 'file', help: 'write the report to a file instead of standard output' },
  { names: ['-c', '--config'], value: 'file', help: 'use this configuration file (default: the nearest .caselintrc.yaml/.yml/.json)' },
  { names: ['--rule'], value: 'id=severity', help: 'set a rule to off|error|warning|info|hint; may repeat' },
  { names: ['--max-warnings'], value: 'n', help: 'exit 1 when there are more than n warnings' },
  { names: ['--quiet'], help: 'report errors only' },
  { names: ['--stdin'], help: 'lint standard input' },
  { names: ['--stdin-filename'], value: 'name', help: 'the file name standard input stands for (config lookup, reports)' },
  { names: ['--summary'], help: 'print each file\'s treatment adequacy summary' },
  { names: ['--fix'], help: 'apply every safe fix and write the files, then report what is left' },
  { names: ['--fix-dry-run'], help: 'the same without writing (the json format carries each file\'s output)' },
  { names: ['--cache'], help: 'skip files unchanged since the last run (same bytes, configuration, version)' },
  { names: ['--cache-location'], value: 'path', help: 'the cache file, or a folder to put it in (default: .caselintcache)' },
  { names: ['--ignore-pattern'], value: 'glob', help: 'leave out files matching the glob (relative to the current folder); may repeat' },
  { names: ['--no-inline-config'], help: 'ignore every # caselint-disable comment' },
  { names: ['--report-unused-disable-directives'], help: 'report # caselint-disable comments that silence nothing' },
  { names: ['--color'], help: 'force colours on' },
  { names: ['--no-color'], help: 'force colours off (default: follow the terminal, NO_COLOR and FORCE_COLOR)' },
  { names: ['--threads'], value: 'n|auto', help: `worker threads besides the main thread, which lints too (0 to ${MAX_THREADS_OPTION}; default CASELINT_WORKERS, else auto: none under 100 files, else one per core beyond the first)` },
  { names: ['--list-rules'], help: 'list every rule with its default severity' },
  { names: ['--explain'], value: 'rule-id', help: 'print a rule\'s documentation' },
  { names: ['--print-config'], value: 'file', help: 'print the configuration that applies to a file' },
  { names: ['--version'], help: 'print the version' },
  { names: ['-h', '--help'], help: 'print this help' },
];

const ALL_NAMES = OPTION_SPECS.flatMap((s) => s.names);

export function parseArgs(args: readonly string[]): CliOptions {
  let argv = args;
  const o: CliOptions = {
    format: 'stylish',
    rules: [],
    quiet: false,
    stdin: false,
    listRules: false,
    version: false,
    help: false,
    summary: false,
    fix: 'off',
    cache: false,
    ignorePatterns: [],
    inlineConfig: true,
    reportUnusedDisableDirectives: false,
    init: false,
    paths: [],
  };
  if (argv[0] === 'init') {
    o.init = true;
    argv = argv.slice(1);
  }
  eachArg(argv, { dashIsValue: true }, (p) => o.paths.push(p), ({ name, inline, value }) => {
    const spec = OPTION_SPECS.find((s) => s.names.includes(name));
    if (!spec) {
      const hint = didYouMean(nearest(name, ALL_NAMES, 1));
      throw new UsageError(`unknown option ${name}${hint ? `; ${hint}` : ''}`);
    }
    if (!spec.value && inline !== undefined) throw new UsageError(`${name} takes no value`);
    const long = spec.names[spec.names.length - 1]!;
    switch (long) {
      case '--format': {
        const v = value();
        if (!(FORMATS as readonly string[]).includes(v)) {
          const hint = didYouMean(nearest(v, FORMATS, 1));
          throw new UsageError(`unknown format "${v}"; expected one of ${FORMATS.join(', ')}${hint ? ` (${hint})` : ''}`);
        }
        o.format = v as FormatName;
        break;
      }
      case '--output':
        o.output = value();
        break;
      case '--config':
        o.config = value();
        break;
      case '--rule':
        o.rules.push(parseRuleOption(value()));
        break;
      case '--max-warnings': {
        const v = value();
        if (!/^\d{1,9}$/.test(v)) throw new UsageError(`--max-warnings needs a whole number, 0 or more, not "${v}"`);
        o.maxWarnings = Number(v);
        break;
      }
      case '--quiet':
        o.quiet = true;
        break;
      case '--stdin':
        o.stdin = true;
        break;
      case '--stdin-filename':
        o.stdinFilename = value();
        break;
      case '--summary':
        o.summary = true;
        break;
      case '--list-rules':
        o.listRules = true;
        break;
      case '--explain':
        o.explain = value();
        break;
      case '--print-config':
        o.printConfig = value();
        break;
      case '--version':
        o.version = true;
        break;
      case '--help':
        o.help = true;
        break;
      case '--fix':
        if (o.fix === 'off') o.fix = 'write';
        break;
      case '--fix-dry-run':
        o.fix = 'dry-run';
        break;
      case '--cache':
        o.cache = true;
        break;
      case '--cache-location':
        o.cacheLocation = value();
        break;
      case '--ignore-pattern':
        o.ignorePatterns.push(value());
        break;
      case '--no-inline-config':
        o.inlineConfig = false;
        break;
      case '--report-unused-disable-directives':
        o.reportUnusedDisableDirectives = true;
        break;
      case '--color':
        o.color = true;
        break;
      case '--no-color':
        o.color = false;
        break;
      case '--threads': {
        const v = value();
        const threads = parseThreads(v);
        if (threads === undefined) throw new UsageError(`--threads needs ${THREADS_EXPECTED}, not "${v}"`);
        o.threads = threads;
        break;
      }
    }
  });
  if (o.stdinFilename !== undefined && !o.stdin) throw new UsageError('--stdin-filename goes with --stdin');
  if (o.init && (o.stdin || o.paths.length > 0 || o.fix !== 'off')) throw new UsageError('caselint init takes no paths and no lint options');
  if (o.stdin && o.paths.length > 0) throw new UsageError('--stdin lints standard input; give no paths with it');
  return o;
}

/** One option as written: its name (`--format`, `-f`), a value given as `--name=value`, and the value it takes. */
export interface ArgOption {
  name: string;
  inline: string | undefined;
  /** The inline value, else the next argument (a usage error when there is none, or it is an option; a negative number is a value). */
  value(): string;
}

/**
 * Walk an argument list: paths (and everything after `--`) go to `onPath`,
 * options to `onOption`. `dashIsValue`: a lone `-` may be an option's value.
 */
export function eachArg(
  argv: readonly string[],
  rules: { dashIsValue: boolean },
  onPath: (path: string) => void,
  onOption: (option: ArgOption) => void,
): void {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      for (const p of argv.slice(i + 1)) onPath(p);
      return;
    }
    if (!arg.startsWith('-') || arg === '-') {
      onPath(arg);
      continue;
    }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq === -1 ? arg : arg.slice(0, eq);
    const inline = eq === -1 ? undefined : arg.slice(eq + 1);
    onOption({
      name,
      inline,
      value(): string {
        if (inline !== undefined) return inline;
        const v = argv[++i];
        // A negative number is a (wrong) value, never an option: `--max-warnings -1` is told what it needs.
        if (v === undefined || (v.startsWith('-') && !(rules.dashIsValue && v === '-') && !/^-\d/.test(v))) throw new UsageError(`${name} needs a value`);
        return v;
      },
    });
  }
}

function parseRuleOption(value: string): { id: string; severity: SeveritySetting } {
  const eq = value.indexOf('=');
  if (eq <= 0) throw new UsageError(`--rule needs <rule-id>=<${SEVERITY_SETTINGS.join('|')}>, not "${value}"`);
  const id = value.slice(0, eq).trim();
  const severity = value.slice(eq + 1).trim();
  if (!(SEVERITY_SETTINGS as readonly string[]).includes(severity)) {
    const hint = didYouMean(nearest(severity, SEVERITY_SETTINGS, 1));
    throw new UsageError(`--rule ${id}: "${severity}" is not a severity; expected ${SEVERITY_SETTINGS.join(', ')}${hint ? ` (${hint})` : ''}`);
  }
  return { id, severity: severity as SeveritySetting };
}

export function helpText(version: string): string {
  const rows = OPTION_SPECS.map((s) => [`${s.names.join(', ')}${s.value ? ` <${s.value}>` : ''}`, s.help] as const);
  const width = Math.max(...rows.map((r) => r[0].length));
  return [
    `caselint ${version}: lint structured psychiatric case reports (*.case.yaml)`,
    '',
    'Usage: caselint [options] [paths or globs ...]     (default: the current folder)',
    '       caselint report <file or folder> [--format html|md] [-o <file or folder>]',
    '       caselint render <file> [--format html|md] [-o <file>]',
    '       caselint init                               (a commented .caselintrc.yaml, and a sample case)',
    '',
    'A folder is searched for *.case.yaml and *.case.yml, honouring .gitignore and',
    'skipping node_modules; a file named explicitly is linted as given. Globs follow',
    "the usual shell forms: *, **, ?, [...], braces ('*.case.{yaml,yml}',",
    "'{clean,broken}/') and a leading ! to exclude ('!drafts/**'). Quote them.",
    '',
    'Options:',
    ...rows.map(([a, b]) => `  ${a.padEnd(width)}  ${b}`),
    '',
    'Exit status: 0 no error-level diagnostic (and warnings within --max-warnings),',
    '1 at least one error, or more warnings than allowed, 2 a usage error, an',
    'unreadable configuration, or no file matched. Silenced findings do not count.',
    'Positions are 1-based; a column counts UTF-16 code units (as editors do).',
    'Each rule: caselint --explain <rule-id>.',
    '',
  ].join('\n');
}
