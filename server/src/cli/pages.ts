/**
 * `caselint report <file or folder>` and `caselint render <file>`: the
 * review report and the article preview (docs: README "Pages"). This file
 * reads the cases and writes the pages; the pages themselves come from the
 * engine (core renderReport / renderArticle / renderIndex), the same ones the
 * editor shows.
 *
 * Exit status: 0 the pages were written (whatever they say), 2 a usage
 * error, no case file, a configuration with problems, or a file that could
 * not be read or written.
 */
import * as fs from 'fs';
import * as path from 'path';
import { lint, PAGE_FORMATS, renderArticle, renderIndex, renderReviewModel, reviewModel, type IndexEntry, type PageFormat, type PageLinks } from '../core';
import { didYouMean, nearest } from '../core';
import { eachArg, UsageError } from './args';
import { discoverFiles, type ReadFolder } from './files';
import { describeFolderProblem, makeFolders, shownPath, writeFileInFolders } from './folders';
import { ConfigResolver, formatConfigProblem, readCaseFile } from '../node';
import { ruleDocsLink } from './paths';

/** What the page commands touch (main.ts's CliIo is one). */
export interface PageIo {
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
  cwd: string;
  /** How folders are listed (default: fs.readdirSync). */
  readFolder?: ReadFolder;
}

export type PageCommand = 'report' | 'render';
export const PAGE_COMMANDS: readonly PageCommand[] = ['report', 'render'];

interface PageArgs {
  format?: PageFormat;
  output?: string;
  config?: string;
  help: boolean;
  paths: string[];
}

export function parsePageArgs(argv: readonly string[]): PageArgs {
  const o: PageArgs = { help: false, paths: [] };
  eachArg(argv, { dashIsValue: false }, (p) => o.paths.push(p), ({ name, value }) => {
    switch (name) {
      case '-f':
      case '--format': {
        const v = value();
        if (!(PAGE_FORMATS as readonly string[]).includes(v)) {
          const hint = didYouMean(nearest(v, PAGE_FORMATS, 1));
          throw new UsageError(`unknown page format "${v}"; expected html or md${hint ? ` (${hint})` : ''}`);
        }
        o.format = v as PageFormat;
        break;
      }
      case '-o':
      case '--output':
        o.output = value();
        break;
      case '-c':
      case '--config':
        o.config = value();
        break;
      case '-h':
      case '--help':
        o.help = true;
        break;
      default: {
        const hint = didYouMean(nearest(name, ['--format', '--output', '--config', '--help'], 2));
        throw new UsageError(`unknown option ${name} for this command${hint ? `; ${hint}` : ''}`);
      }
    }
  });
  return o;
}

export function pagesHelp(command: PageCommand): string {
  const usage =
    command === 'report'
      ? ['Usage: caselint report <file or folder ...> [--format html|md] [-o <file or folder>]', '', 'The review report of each case: verdict, CARE checklist, TRD evidence, timeline,', 'de-identification and every finding. For a folder (or several files), -o names a', 'folder that gets one page per case and an index.']
      : ['Usage: caselint render <file> [--format html|md] [-o <file>]', '', 'The case as the article it will become. The Markdown is ready for pandoc:', '  caselint render case.case.yaml --format md -o article.md && pandoc article.md -o article.docx'];
  return [
    ...usage,
    '',
    'Options:',
    '  -f, --format <html|md>  page format (default: html, or the extension of -o)',
    '  -o, --output <path>     write there instead of standard output',
    '  -c, --config <file>     use this configuration file',
    '  -h, --help              print this help',
    '',
    'Exit status: 0 pages written, 2 a usage error, no case file, a bad configuration,',
    'or a file that could not be read or written.',
    '',
  ].join('\n');
}

/** Links from a page written to disk: rule ids to their documentation for this version (the links lint output gives), lines as plain text. */
function fileLinks(): PageLinks {
  return { rule: ruleDocsLink };
}

export async function runPages(command: PageCommand, argv: readonly string[], io: PageIo): Promise<number> {
  const args = parsePageArgs(argv);
  if (args.help) {
    io.stdout.write(pagesHelp(command));
    return 0;
  }
  if (args.paths.length === 0) throw new UsageError(`${command} needs a ${command === 'report' ? 'case file or a folder' : 'case file'}`);
  const format: PageFormat = args.format ?? (args.output !== undefined && /\.(md|markdown)$/i.test(args.output) ? 'md' : 'html');
  const discovery = discoverFiles(args.paths, io.cwd, undefined, io.readFolder);
  for (const u of discovery.unreadable) io.stderr.write(`caselint: cannot read the folder ${shownPath(u.folder, io.cwd)}: ${u.code}\n`);
  if (discovery.unmatched.length > 0 || discovery.files.length === 0) {
    for (const u of discovery.unmatched) io.stderr.write(`caselint: ${u.arg}: ${u.reason}\n`);
    if (discovery.unmatched.length === 0) io.stderr.write('caselint: no case file\n');
    return 2;
  }
  const files = discovery.files;
  const many = files.length > 1 || args.paths.some((p) => isDir(path.resolve(io.cwd, p)));
  if (command === 'render' && files.length !== 1) throw new UsageError('render takes one case file');
  if (command === 'report' && many && args.output === undefined) throw new UsageError('a report of several cases needs -o <folder> (one page per case and an index)');

  // Names as the reader knows them: relative to the working folder, or to the cases' folder when outside it.
  const base = commonFolder(files);
  const nameOf = (file: string): string => {
    const rel = displayPath(file, io.cwd);
    return rel.startsWith('../') && file !== base ? displayPath(file, base) : rel;
  };
  const resolver = new ConfigResolver(args.config === undefined ? {} : { explicitFile: path.resolve(io.cwd, args.config) });
  const links = fileLinks();
  const pages: { file: string; name: string; text: string; model?: ReturnType<typeof reviewModel> }[] = [];
  let failed = false;
  for (const file of files) {
    const config = resolver.forFile(file).config;
    if (resolver.problems().length > 0) break;
    const read = await readCaseFile(file);
    const name = nameOf(file);
    if ('problem' in read) {
      io.stderr.write(`caselint: ${name}: ${read.problem.message}\n`);
      failed = true;
      continue;
    }
    const result = lint(read.text, { config });
    if (command === 'render') {
      pages.push({ file, name, text: renderArticle(result, format, { name, links }) });
    } else {
      const model = reviewModel(result, name);
      pages.push({ file, name, model, text: renderReviewModel(model, format, links) });
    }
  }
  if (resolver.problems().length > 0) {
    for (const p of resolver.problems()) io.stderr.write(`${formatConfigProblem(p, displayPath(p.file, io.cwd))}\n`);
    io.stderr.write('caselint: the configuration has problems; no page was written\n');
    return 2;
  }

  if (!many) {
    const page = pages[0];
    if (!page) return 2;
    if (args.output === undefined) {
      io.stdout.write(page.text);
      return failed ? 2 : 0;
    }
    const out = path.resolve(io.cwd, args.output);
    const target = isDir(out) || /[\\/]$/.test(args.output) ? path.join(out, pageName(page.file, format)) : out;
    return write(target, page.text, io) && !failed ? 0 : 2;
  }

  // A folder of pages and an index.
  const outDir = path.resolve(io.cwd, args.output!);
  // The folder first: when it cannot be made, one message, not one per page.
  const folder = makeFolders(outDir);
  if (folder) {
    io.stderr.write(`caselint: cannot write to ${shownPath(outDir, io.cwd)}: ${describeFolderProblem(folder, (f) => shownPath(f, io.cwd))}\n`);
    return 2;
  }
  const entries: IndexEntry[] = [];
  let ok = true;
  for (const page of pages) {
    const rel = path.relative(base, path.dirname(page.file));
    const href = [...(rel ? rel.split(path.sep) : []), pageName(page.file, format)].join('/');
    ok = write(path.join(outDir, ...href.split('/')), page.text, io) && ok;
    if (page.model) entries.push({ model: page.model, href });
  }
  ok = write(path.join(outDir, `index.${format}`), renderIndex(entries, format, `Submissions: ${displayPath(base, io.cwd).startsWith('../') ? path.basename(base) : displayPath(base, io.cwd)}`), io) && ok;
  if (ok) io.stderr.write(`caselint: wrote ${pages.length} page${pages.length === 1 ? '' : 's'} and index.${format} to ${displayPath(outDir, io.cwd)}\n`);
  return ok && !failed ? 0 : 2;
}

/** john.case.yaml -> john.html */
function pageName(file: string, format: PageFormat): string {
  return `${path.basename(file).replace(/(\.case)?\.ya?ml$/i, '')}.${format}`;
}

function write(file: string, text: string, io: PageIo): boolean {
  const problem = writeFileInFolders(file, text, (f) => shownPath(f, io.cwd));
  if (problem !== undefined) io.stderr.write(`caselint: cannot write ${shownPath(file, io.cwd)}: ${problem}\n`);
  return problem === undefined;
}

function isDir(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

function commonFolder(files: readonly string[]): string {
  let base = path.dirname(files[0]!);
  for (const f of files) {
    while (path.relative(base, f).startsWith('..')) base = path.dirname(base);
  }
  return base;
}

function displayPath(file: string, cwd: string): string {
  const rel = path.relative(cwd, file) || path.basename(file);
  return rel.split(path.sep).join('/');
}
