/**
 * Opens the pages `caselint report` and `caselint render` write in headless
 * Chromium (Debian's, driven by playwright-core, as the e2e run does), takes
 * screenshots and reads what a reader would see. test/pages/browser.test.ts
 * saves the screenshots under .e2e/pages/; `npm run screenshots` runs this
 * file to save the README's in docs/images/.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { repoRoot, samplesDir } from './paths';

export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface PageFacts {
  /** Requests the page made beyond its own file. */
  requests: string[];
  /** Ids of the sections with a visible box. */
  visibleSections: string[];
  headings: string[];
  timeline?: { width: number; height: number; items: number; inadequate: number; dash: string };
  /** Widest content under print media at the width of an A4 and a Letter page, less margins. */
  printOverflow: { a4: boolean; letter: boolean };
  pdf: { a4: number; letter: number };
  /** Background of the body when VS Code's theme variables are set to a dark theme. */
  darkBackground: string;
}

export interface Shots {
  dir: string;
  report: PageFacts;
  /** The report of samples/broken/cross-talk-problems. */
  broken: PageFacts;
  preview: PageFacts;
  index: PageFacts;
  files: string[];
}

/** Write the pages with the built CLI (dist/cli.js). */
export function writePages(into: string): { report: string; broken: string; preview: string; index: string } {
  const bin = path.join(repoRoot, 'bin', 'caselint.js');
  const reportDir = path.join(into, 'report');
  execFileSync(process.execPath, [bin, 'report', samplesDir, '--format', 'html', '-o', reportDir], { stdio: 'pipe' });
  const preview = path.join(into, 'article.html');
  execFileSync(process.execPath, [bin, 'render', path.join(samplesDir, 'clean', 'ketamine-kap-cross-talk.case.yaml'), '-o', preview], { stdio: 'pipe' });
  return {
    report: path.join(reportDir, 'clean', 'ketamine-kap-cross-talk.html'),
    broken: path.join(reportDir, 'broken', 'cross-talk-problems.html'),
    preview,
    index: path.join(reportDir, 'index.html'),
  };
}

async function facts(browser: Browser, file: string, shot: (page: Page) => Promise<void>): Promise<PageFacts> {
  const page = await browser.newPage({ viewport: { width: 1100, height: 1400 } });
  const url = `file://${file}`;
  const requests: string[] = [];
  page.on('request', (r) => {
    if (r.url() !== url) requests.push(r.url());
  });
  await page.goto(url);
  await shot(page);
  // Browser-side code as text: this project compiles without the DOM's types.
  const seen = (await page.evaluate(`(() => {
    const visible = (e) => { const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0; };
    const svg = document.querySelector('svg.timeline');
    const box = svg && svg.getBoundingClientRect();
    const inadequate = document.querySelector('svg.timeline rect.box.inadequate');
    return {
      visibleSections: [...document.querySelectorAll('section[id]')].filter(visible).map((s) => s.id),
      headings: [...document.querySelectorAll('h1, h2')].filter(visible).map((h) => (h.textContent || '').trim()),
      timeline: svg ? {
        width: Math.round(box.width), height: Math.round(box.height),
        items: svg.querySelectorAll('g.item').length,
        inadequate: svg.querySelectorAll('g.item.inadequate').length,
        dash: inadequate ? getComputedStyle(inadequate).strokeDasharray : '',
      } : undefined,
    };
  })()`)) as Pick<PageFacts, 'visibleSections' | 'headings' | 'timeline'>;
  await page.emulateMedia({ media: 'print' });
  const overflowAt = async (width: number): Promise<boolean> => {
    await page.setViewportSize({ width, height: 1000 });
    return (await page.evaluate('document.documentElement.scrollWidth > document.documentElement.clientWidth + 1')) as boolean;
  };
  // Printable width in CSS pixels (96 per inch) with the page's 15 mm side margins.
  const a4 = await overflowAt(Math.floor(((210 - 30) / 25.4) * 96));
  const letter = await overflowAt(Math.floor((8.5 - 30 / 25.4) * 96));
  const pdfA4 = await page.pdf({ format: 'A4' });
  const pdfLetter = await page.pdf({ format: 'Letter' });
  await page.emulateMedia({ media: 'screen' });
  const darkBackground = (await page.evaluate(`(() => {
    document.documentElement.style.setProperty('--vscode-editor-background', 'rgb(30, 30, 30)');
    document.documentElement.style.setProperty('--vscode-editor-foreground', 'rgb(212, 212, 212)');
    return getComputedStyle(document.body).backgroundColor;
  })()`)) as string;
  await page.close();
  const out: PageFacts = { requests, ...seen, printOverflow: { a4, letter }, pdf: { a4: pdfA4.length, letter: pdfLetter.length }, darkBackground };
  if (!seen.timeline) delete out.timeline;
  return out;
}

/** Render the pages, open them, save report-timeline.png (clean sample), report.png and report-broken-timeline.png (broken sample), preview.png and index.png in `dir`. */
export async function shootPages(dir: string): Promise<Shots> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: install it (apt-get install -y chromium) or set CHROMIUM`);
  fs.mkdirSync(dir, { recursive: true });
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'caselint-pages-'));
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
  const files: string[] = [];
  const save = (name: string) => {
    const f = path.join(dir, name);
    files.push(f);
    return f;
  };
  try {
    const pages = writePages(work);
    const report = await facts(browser, pages.report, async (p) => {
      await p.locator('#timeline-section').screenshot({ path: save('report-timeline.png') });
    });
    const broken = await facts(browser, pages.broken, async (p) => {
      await p.screenshot({ path: save('report.png') });
      await p.locator('#timeline-section').screenshot({ path: save('report-broken-timeline.png') });
    });
    const preview = await facts(browser, pages.preview, async (p) => {
      await p.screenshot({ path: save('preview.png') });
    });
    const index = await facts(browser, pages.index, async (p) => {
      await p.setViewportSize({ width: 1100, height: 520 });
      await p.screenshot({ path: save('index.png') });
    });
    return { dir, report, broken, preview, index, files };
  } finally {
    await browser.close();
    fs.rmSync(work, { recursive: true, force: true });
  }
}

// `node out/test/support/pageShots.js <dir>` (npm run screenshots).
if (require.main === module) {
  const dir = path.resolve(process.argv[2] ?? path.join(repoRoot, 'docs', 'images'));
  shootPages(dir).then(
    (s) => {
      for (const f of s.files) console.log(`saved ${path.relative(process.cwd(), f)}`);
    },
    (e: unknown) => {
      console.error(String(e));
      process.exitCode = 1;
    },
  );
}
