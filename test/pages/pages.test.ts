import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { lint, renderArticle, renderIndex, renderReport, reviewModel, type PageFormat } from '../../server/src/core';
import { Citer } from '../../server/src/core/pages/prose';
import { samplesDir } from '../support/paths';
import { CARE, KAP, ONE_VOICE, PROBLEMS, containsWord, identifiers, lintFile, section, visibleText } from '../support/pages';

const name = 'case.case.yaml';

describe('pages: the review report', () => {
  const kap = renderReport(lintFile(KAP), 'html', { name });
  const problems = renderReport(lintFile(PROBLEMS), 'html', { name });

  it('is one self-contained page: no script, nothing loaded, a CSP that allows neither', () => {
    for (const html of [kap, problems]) {
      assert.match(html, /^<!DOCTYPE html>/);
      assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">/);
      assert.doesNotMatch(html, /<script|<link|<img|<iframe|@import|url\((?!#)/i);
      assert.doesNotMatch(html, /\s(src|srcset)=/i);
    }
  });

  it('puts the verdict first, then the CARE checklist, TRD evidence, timeline, de-identification and findings', () => {
    const order = ['verdict-section', 'care-section', 'trd-section', 'timeline-section', 'deid-section', 'findings-section'].map((id) => kap.indexOf(`<section id="${id}"`));
    assert.ok(order.every((i) => i > 0), `sections at ${order.join(', ')}`);
    assert.deepStrictEqual([...order].sort((a, b) => a - b), order);
    assert.match(visibleText(section(kap, 'verdict-section')), /✓ Ready for review .* 0 errors · 0 warnings/);
    assert.match(visibleText(section(problems, 'verdict-section')), /✗ Needs changes — 15 errors and 20 warnings/);
  });

  it('names the three findings that matter most: a de-identification leak first, one per kind of problem', () => {
    const verdict = section(problems, 'verdict-section');
    const items = [...verdict.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => visibleText(m[1]!));
    assert.strictEqual(items.length, 3);
    assert.match(items[0]!, /^error line 41: a phone number/);
    assert.deepStrictEqual(items.map((i) => /\((\S+)\)\s*$/.exec(i)?.[1]), ['phi-contact', 'yaml-syntax', 'perspective-unlabeled']);
  });

  it('reads the 13 CARE items with their key paths and lines, and the Cross Talk structure', () => {
    const care = section(kap, 'care-section');
    const rows = [...care.matchAll(/<tr><td>(\d+)\. ([^<]+)<\/td><td><span class="m-(present|partial|missing)">/g)].map((m) => [m[1], m[2], m[3]]);
    assert.deepStrictEqual(rows.map((r) => r[0]), ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13']);
    assert.deepStrictEqual(rows.find((r) => r[1] === 'Patient perspective'), ['12', 'Patient perspective', 'missing']);
    assert.deepStrictEqual(rows.find((r) => r[1] === 'Informed consent'), ['13', 'Informed consent', 'present']);
    assert.match(visibleText(care), /13\. Informed consent ✓ present consent: not-required deidentification\.consent, line 238/);
    const text = visibleText(care);
    for (const part of ['Psychodynamic Perspective ✓ present Psychodynamic, by Henrik Lindqvist', 'Integrative discussion ✓ present by Maya Okafor', 'Clinical points ✓ present 3 points', 'Disclosures ✓ present']) {
      assert.ok(text.includes(part), part);
    }
    const careReport = renderReport(lintFile(CARE), 'html', { name });
    assert.doesNotMatch(careReport, /Cross Talk structure/, 'a case-report has no Cross Talk structure');
    assert.match(visibleText(section(problems, 'care-section')), /Perspective 1 ◐ partial lacks label line 104/);
  });

  it('tabulates every trial with why it is adequate or not and whether it counts, against the claim', () => {
    const trd = visibleText(section(problems, 'trd-section'));
    assert.match(trd, /✗ Claim not supported — The case claims treatment-resistant depression, but only 1 failed treatment step backs it; the claim needs at least 2\. \(line 49\)/);
    assert.match(trd, /1, line 52 paroxetine SSRI 20 mg\/day 2 weeks no response ✗ inadequate: 2 weeks < 6 weeks not counted: too short: 2 weeks < 6 weeks/);
    assert.match(trd, /bupropion .* \? cannot be judged: no duration not counted: cannot be judged: no duration/);
    assert.match(trd, /mirtazapine .* ✓ adequate ✓ counted: a failed treatment step \(no response\)/);
    assert.match(trd, /Thase-Rush stage: Thase-Rush stage I .* rests on failed adequate antidepressant trials: mirtazapine/);
    assert.match(trd, /Maudsley points: Maudsley Staging Method: 3 points so far .* missing: duration of the current episode/);
    assert.match(visibleText(section(kap, 'trd-section')), /✓ Claim supported — .* 4 failed treatment steps \(at least 2\) support it/);
  });

  it('draws the treatment timeline on lanes, inadequate trials dashed and hatched, with a legend', () => {
    const tl = section(problems, 'timeline-section');
    assert.match(tl, /<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" class="timeline"/);
    const items = [...tl.matchAll(/<g class="item (drug|procedure|therapy|intervention)( [a-z-]+)?"/g)];
    assert.strictEqual(items.length, 10);
    assert.strictEqual(items.filter((m) => m[2] === ' inadequate').length, 2, 'two trials too short or too low (the sertraline not tolerated is adequate, and no failure)');
    assert.match(tl, /<rect class="box inadequate"[^>]*\/><rect [^>]*fill="url\(#hatch\)"/);
    for (const lane of ['Drugs', 'Procedures', 'Therapies', 'Interventions']) assert.ok(tl.includes(`>${lane}</text>`), lane);
    assert.match(tl, /✗ inadequate \(dashed, hatched\)/);
    const kapTl = section(kap, 'timeline-section');
    assert.match(kapTl, />Step 5<\/text><text[^>]*>2018\/2023<\/text>/, 'entries of one period share a step');
    assert.strictEqual([...kapTl.matchAll(/<g class="item/g)].length, 10);
  });

  it('counts identifier findings by category with their lines, and names the statement and consent', () => {
    const d = visibleText(section(problems, 'deid-section'));
    assert.match(d, /Statement: ✗ none/);
    assert.match(d, /Consent: ✗ not stated/);
    const phi = lintFile(PROBLEMS).findings.filter((f) => f.rule.startsWith('phi-')).length;
    assert.ok(phi >= 8);
    assert.match(d, new RegExp(`✗ ${phi} identifier findings`));
    assert.match(d, /phone numbers, emails, URLs, IP addresses phi-contact 2 line 41, line 42/);
    assert.match(d, /identification numbers phi-identifier 2 line 42, line 44/);
    assert.match(visibleText(section(kap, 'deid-section')), /Statement: The patient is a composite.*Consent: not-required \(line 238\) ✓ No identifier found/);
  });

  it('lists every finding grouped by severity, with its rule link and line', () => {
    const result = lintFile(PROBLEMS);
    const html = renderReport(result, 'html', { name, links: { rule: (id) => `https://example.org/rules/${id}`, line: (n) => `#L${n}` } });
    const f = section(html, 'findings-section');
    const rows = [...f.matchAll(/<tr><td><span class="ln"><a href="#L(\d+)">line \d+<\/a><\/span><\/td><td><a href="https:\/\/example\.org\/rules\/([a-z-]+)"><code>/g)];
    assert.strictEqual(rows.length, result.findings.length);
    const count = (sev: string): number => result.findings.filter((x) => x.severity === sev).length;
    const heads = [`Errors (${count('error')})`, `Warnings (${count('warning')})`, `Information (${count('info')})`, `Hints (${count('hint')})`];
    for (const s of heads) assert.ok(f.includes(s), s);
    assert.ok(heads.every((h, i) => i === 0 || f.indexOf(heads[i - 1]!) < f.indexOf(h)), 'errors, warnings, information, hints in that order');
    assert.ok(rows.some((r) => r[1] === '137' && r[2] === 'reference-order'));
  });

  it('shows each category of rule for the broken samples', () => {
    const models = [PROBLEMS, ONE_VOICE].map((f) => reviewModel(lintFile(f), path.basename(f)));
    const categories = new Set(models.flatMap((m) => m.findings.map((f) => f.category)));
    assert.deepStrictEqual([...categories].sort(), ['adequacy', 'citations', 'deidentification', 'perspectives', 'structure']);
    const one = renderReport(lintFile(ONE_VOICE), 'html', { name });
    assert.match(visibleText(section(one, 'care-section')), /Perspectives ◐ partial 1 perspective \(at least 2\)/);
    assert.match(visibleText(section(one, 'findings-section')), /perspectives-too-few/);
  });

  it('calls a file that is not a case document not reviewable', () => {
    for (const text of ['- just\n- a list\n', 'a\u0000b']) {
      const html = renderReport(lint(text), 'html', { name });
      assert.match(visibleText(html), /⚠ Not reviewable/);
      assert.doesNotMatch(html, /care-section/);
    }
  });

  it('writes the same report as Markdown', () => {
    const md = renderReport(lintFile(PROBLEMS), 'md', { name });
    for (const h of ['## Verdict', '## CARE checklist', '### Cross Talk structure', '## Treatment-resistance evidence', '## Treatment timeline', '## De-identification', '## Every finding', '### Errors (15)']) {
      assert.ok(md.includes(`\n${h}\n`), h);
    }
    assert.match(md, /\*\*✗ Needs changes\*\* — 15 errors/);
    assert.match(md, /\| 13\. Informed consent \| ✗ missing \| no consent status \| `deidentification.consent` \|/);
    assert.match(md, /\| 1, line 52 \| paroxetine \| SSRI \| 20 mg\/day \| 2 weeks \| no response \| ✗ inadequate: 2 weeks \\< 6 weeks \|/);
    // The period is to the month: phi-month-year finds it, so the page shows it removed.
    assert.match(md, /\| \d+ \| drug \| mirtazapine \| 30 mg\/day, 8 weeks \| \(month with a year removed\)\/\(month with a year removed\) \| adequate \|/, 'the timeline as a table');
    assert.doesNotMatch(md, /<svg|<table/);
  });
});

describe('pages: the article preview', () => {
  const result = lintFile(KAP);
  const html = renderArticle(result, 'html', { name });
  const md = renderArticle(result, 'md', { name });
  const labels = ['Psychodynamic Perspective', 'Family Systems Perspective', 'Cognitive Behavioral Therapy Perspective', 'Ketamine-Assisted Psychotherapy Perspective'];
  const authors = ['Henrik Lindqvist, PhD', 'Chidi Abara, LICSW', 'Claire Moreau, PhD', 'Rafael Santos, MD'];

  it('has the sections of the article in reading order', () => {
    const ids = ['abstract', 'introduction', 'case', 'treatment-history', 'interventions', 'course', 'perspective-1', 'perspective-4', 'integrative-discussion', 'clinical-points', 'disclosures', 'deidentification', 'references'];
    const at = ids.map((id) => html.indexOf(`<section id="${id}"`));
    assert.ok(at.every((i) => i > 0), `${ids.filter((_, i) => at[i]! < 0).join(', ')} missing`);
    assert.deepStrictEqual([...at].sort((a, b) => a - b), at);
    assert.match(html, /<h1>Pharmacotherapy and Ketamine Assisted Psychotherapy for Treatment-Resistant Depression<\/h1>/);
    assert.match(visibleText(html), /Maya Okafor, MD, MPH1\*; Henrik Lindqvist, PhD2;/);
    assert.match(visibleText(html), /Depression Clinical and Research Program, Example General Hospital/);
  });

  it('puts each perspective under its label with its author', () => {
    const sections = [...html.matchAll(/<section id="perspective-(\d)" class="perspective">\n<h2>([^<]+)<\/h2>\n<p class="byline"><em>([^<]+)<\/em><\/p>/g)];
    assert.deepStrictEqual(sections.map((m) => m[2]), labels);
    assert.deepStrictEqual(sections.map((m) => m[3]), authors);
    assert.match(section(html, 'integrative-discussion'), /<em>Maya Okafor, MD, MPH<\/em>/);
  });

  it('numbers references in order of first citation and renders the citations as those numbers', () => {
    assert.doesNotMatch(html, /\[@/);
    const refs = [...section(html, 'references').matchAll(/<li>([^<]+)/g)].map((m) => m[1]!.slice(0, 12));
    assert.deepStrictEqual(refs, ['Gaynes BN, L', 'Rush AJ, Tri', 'Fava M. Diag', 'Andrade C. K', 'Mathai DS, M', 'Dore J, et a']);
    assert.match(visibleText(section(html, 'abstract')), /have failed \[1\]\. We present/);
    assert.match(visibleText(section(html, 'introduction')), /four treatment steps \[2\].*resistant an illness is \[3\].*antidepressant effects \[4\].*effects last \[5\]/);
    assert.match(visibleText(section(html, 'perspective-4')), /integration \[5\].*stronger \[4\].*lasting effect \[6\]/);
  });

  it('shows the treatment history as a table and the interventions with their sessions', () => {
    const rows = [...section(html, 'treatment-history').matchAll(/<tr><td>([^<]+)<\/td>/g)].map((m) => m[1]);
    assert.deepStrictEqual(rows, ['sertraline', 'escitalopram', 'venlafaxine', 'ECT', 'duloxetine', 'bupropion', 'lamotrigine', 'rTMS', 'Cognitive Behavioral Therapy']);
    const iv = visibleText(section(html, 'interventions'));
    assert.match(iv, /ketamine-assisted psychotherapy .*Preparation sessions: 2.*1 ketamine 100 mg sublingual lozenge; ketamine 100 mg sublingual lozenge after 20 min none/);
    assert.match(visibleText(section(html, 'deidentification')), /The patient is a composite.*Consent to publication was not required/);
    assert.match(visibleText(section(html, 'clinical-points')), /Count adequate trials/);
  });

  it('writes Markdown ready for pandoc: a title block, headings, tables, numbered references', () => {
    assert.match(md, /^---\ntitle: "Pharmacotherapy and Ketamine Assisted Psychotherapy for Treatment-Resistant Depression"\nsubtitle: "A Patient With Lifelong Self-Doubt and Harsh Self-Criticism"\nauthor:\n {2}- "Maya Okafor, MD, MPH"\n/);
    labels.forEach((label, i) => assert.ok(md.includes(`\n## ${label}\n\n*${authors[i]}*\n`), label));
    assert.doesNotMatch(md, /\[@/);
    assert.match(md, /antidepressant trials have failed\n?\s*\\\[1\\\]/);
    assert.match(md, /\n1\. Gaynes BN, Lux L/);
    assert.match(md, /\n6\. Dore J, et al\./);
    assert.match(md, /\n\| Treatment \| Class or kind \| Dose or sessions \| Duration \| When \| Outcome \|\n\| --- \|/);
    assert.doesNotMatch(md, /<[a-z]/i, 'no HTML in the Markdown');
  });

  it('renders prose as CommonMark with raw HTML shown as text and no image loaded', () => {
    const text = fs.readFileSync(KAP, 'utf8').replace(
      'Roughly a third of patients',
      '<script>alert(1)</script> <img src="https://example.org/x.png"> ![chart](https://example.org/c.png) **Roughly** a third of patients',
    );
    const page = renderArticle(lint(text), 'html', { name });
    assert.doesNotMatch(page, /<script|<img/);
    assert.match(section(page, 'introduction'), /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    assert.match(section(page, 'introduction'), /<strong>Roughly<\/strong>/);
  });
});

describe('pages: citations as numbers', () => {
  const citer = (): Citer => new Citer(new Set(['a', 'b', 'c']));

  it('numbers keys on first use, with locators and prefixes kept', () => {
    const c = citer();
    assert.strictEqual(c.numbered('x [@b] y [@a; @b] z [see @c, p. 190] w [@a]', false), 'x [1] y [2, 1] z [see 3, p. 190] w [2]');
    assert.deepStrictEqual(c.order(), ['b', 'a', 'c']);
  });

  it('marks unknown keys, leaves links and escaped brackets alone, escapes for Markdown', () => {
    const c = citer();
    assert.strictEqual(c.numbered('[@zz] [text](https://example.org/@a) \\[\\@a] [plain]', false), '[?] [text](https://example.org/@a) \\[\\@a] [plain]');
    // An escaped bracket is no citation bracket, but Pandoc reads the `@a` in it as an in-text citation.
    assert.strictEqual(c.numbered('\\[@a]', false), '\\[[1]]');
    assert.strictEqual(c.numbered('see [@a]', true), 'see \\[1\\]');
  });
});

describe('pages: the index of a folder', () => {
  it('has one row per submission, sorted by verdict, with other orders reached by anchors', () => {
    const files = [PROBLEMS, ONE_VOICE, KAP, CARE];
    const entries = files.map((f) => ({ model: reviewModel(lintFile(f), path.relative(samplesDir, f)), href: `${path.basename(f)}.html` }));
    const html = renderIndex(entries, 'html');
    const byVerdict = section(html, 'by-verdict');
    const rows = [...byVerdict.matchAll(/<tr><td><a href="([^"]+)">[^<]+<\/a>[^<]*<\/td><td>([^<]+)<\/td><td>(\d+)<\/td><td>(\d+)<\/td><td>([^<]+)<\/td><td>([^<]+)<\/td>/g)];
    assert.deepStrictEqual(rows.map((r) => r[2]), ['✗ Needs changes', '✗ Needs changes', '✓ Ready for review', '✓ Ready for review']);
    assert.deepStrictEqual(rows.map((r) => r[1]), ['cross-talk-problems.case.yaml.html', 'cross-talk-one-perspective.case.yaml.html', 'esketamine-care.case.yaml.html', 'ketamine-kap-cross-talk.case.yaml.html']);
    const phi = lintFile(PROBLEMS).findings.filter((f) => f.rule.startsWith('phi-')).length;
    assert.deepStrictEqual(rows[0]!.slice(3), ['15', '20', '✗ not supported', `✗ no statement; ${phi} identifier findings`]);
    assert.deepStrictEqual(rows[3]!.slice(3), ['0', '0', '✓ supported', '✓ statement, no identifiers']);
    for (const id of ['by-name', 'by-errors', 'by-warnings']) {
      assert.ok(html.includes(`<a href="#${id}">`), id);
      assert.ok(section(html, id).includes('<table'), id);
    }
    assert.match(html, /\.sorted\{display:none\}\.sorted:target\{display:block\}#by-verdict\{display:block\}\.sorted:target~#by-verdict\{display:none\}/);
    const md = renderIndex(entries, 'md');
    assert.match(md, /\| \[broken\/cross-talk-problems\.case\.yaml\]\(<cross-talk-problems\.case\.yaml\.html>\) — A Repeated Title \| ✗ Needs changes \| 15 \| 20 \|/);
  });
});

describe('pages: no identifier leaves the document', () => {
  for (const file of [PROBLEMS, ONE_VOICE]) {
    it(`no identifier the de-identification scan finds in ${path.basename(file)} is in any page`, () => {
      const result = lintFile(file);
      const found = identifiers(result);
      if (file === PROBLEMS) assert.ok(found.length >= 8, `the sample should hold identifiers of every kind; ${found.length} found`);
      const formats: PageFormat[] = ['html', 'md'];
      const pages = formats.flatMap((format) => [renderReport(result, format, { name }), renderArticle(result, format, { name })]);
      pages.push(renderIndex([{ model: reviewModel(result, name), href: 'x.html' }], 'html'));
      for (const page of pages) {
        // HTML: what a reader sees (markup holds SVG coordinates); Markdown: all of it.
        const seen = [page.startsWith('<!DOCTYPE') ? visibleText(page) : page];
        for (const id of found) for (const s of seen) assert.ok(!containsWord(s, id), `an identifier of kind ${result.analyses.deidentification.find((f) => result.document.text.slice(f.start, f.end).replace(/\s+/g, ' ').trim() === id)?.kind} appears in a page`);
      }
    });
  }

  it('replaces identifiers in the preview by what they were, keeping the rest of the text', () => {
    const html = renderArticle(lintFile(PROBLEMS), 'html', { name });
    const history = visibleText(section(html, 'case'));
    assert.match(history, /Peter was admitted on \(full date removed\) after calling the clinic from \(phone number removed\)\./);
    assert.match(history, /Patient: Peter, \(age over 89 removed\) years old, male/);
  });

  it('redacts a finding message that quotes an identifier', () => {
    const text = fs.readFileSync(PROBLEMS, 'utf8').replace('status: confimed ', 'status: 555-867-5309');
    const result = lint(text);
    const schema = result.findings.filter((f) => f.rule === 'schema' && f.message.includes('status'));
    assert.ok(schema.length > 0, 'the enum slip is reported');
    assert.ok(schema.every((f) => !f.message.includes('555-867-5309')), 'the engine masks the identifier in the message');
    const page = renderReport(result, 'html', { name });
    assert.ok(!page.includes('555-867-5309'));
  });
});
