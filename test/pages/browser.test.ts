import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { ensureBuilt } from '../cli/harness';
import { repoRoot } from '../support/paths';
import { shootPages, type Shots } from '../support/pageShots';

/** The pages in a real browser: what a reader sees, on screen and printed. Screenshots go to .e2e/pages/. */
describe('pages in headless Chromium', function () {
  this.timeout(120000);
  let shots: Shots;

  before(async () => {
    ensureBuilt();
    shots = await shootPages(path.join(repoRoot, '.e2e', 'pages'));
  });

  it('saves the screenshots', () => {
    for (const f of shots.files) assert.ok(fs.statSync(f).size > 10000, `${f} is a real picture`);
    assert.deepStrictEqual(shots.files.map((f) => path.basename(f)), ['report-timeline.png', 'report.png', 'report-broken-timeline.png', 'preview.png', 'index.png']);
  });

  it('loads nothing beyond the page itself', () => {
    for (const f of [shots.report, shots.broken, shots.preview, shots.index]) assert.deepStrictEqual(f.requests, []);
  });

  it('shows every section of the review report, and the timeline at a readable size', () => {
    for (const id of ['verdict-section', 'care-section', 'trd-section', 'timeline-section', 'deid-section', 'findings-section']) {
      assert.ok(shots.report.visibleSections.includes(id), id);
    }
    const t = shots.report.timeline;
    assert.ok(t, 'a timeline');
    assert.strictEqual(t.items, 10);
    assert.ok(t.width >= 600 && t.height >= 400, `${t.width} x ${t.height}`);
    assert.strictEqual(t.inadequate, 0, 'the clean sample has no inadequate trial');
  });

  it('marks inadequate trials in the timeline by line style, not colour alone', () => {
    const t = shots.broken.timeline;
    assert.ok(t);
    // Two trials too short or too low; the sertraline that was not tolerated is adequate, though it counts for nothing.
    assert.strictEqual(t.inadequate, 2);
    assert.match(t.dash, /^6(px)?,? 3(px)?$/);
    assert.ok(shots.broken.visibleSections.includes('deid-section'));
  });

  it('shows the article with its perspectives under their labels', () => {
    const h = shots.preview.headings;
    assert.strictEqual(h[0], 'Pharmacotherapy and Ketamine Assisted Psychotherapy for Treatment-Resistant Depression');
    const labels = ['Psychodynamic Perspective', 'Family Systems Perspective', 'Cognitive Behavioral Therapy Perspective', 'Ketamine-Assisted Psychotherapy Perspective'];
    assert.deepStrictEqual(h.filter((x) => labels.includes(x)), labels);
    for (const s of ['Abstract', 'Case', 'Treatment history', 'Interventions', 'Integrative Discussion', 'Clinical Points', 'Disclosures', 'De-identification', 'References']) assert.ok(h.includes(s), s);
  });

  it('shows the index with one sort order at a time', () => {
    assert.ok(shots.index.visibleSections.includes('by-verdict'));
    assert.ok(!shots.index.visibleSections.includes('by-name'), 'other orders wait for their anchor');
  });

  it('prints on A4 and Letter without running off the page', () => {
    for (const f of [shots.report, shots.broken, shots.preview, shots.index]) {
      assert.deepStrictEqual(f.printOverflow, { a4: false, letter: false });
      assert.ok(f.pdf.a4 > 1000 && f.pdf.letter > 1000);
    }
  });

  it('follows the editor theme through its CSS variables', () => {
    for (const f of [shots.report, shots.preview]) assert.strictEqual(f.darkBackground, 'rgb(30, 30, 30)');
  });
});
