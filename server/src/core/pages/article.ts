/**
 * The article preview: the case as a reader of the journal would see it,
 * from the de-identified view of the document (safe.ts). References are
 * numbered in order of first citation as the article is read, and the
 * `[@key]` and in-text `@key` citations become those numbers.
 */
import type { LintResult } from '../engine';
import type { CaseDocument, Path } from '../document';
import type { KnowledgeBase } from '../knowledge';
import type { Block, Inline } from './blocks';
import { Citer } from './prose';
import { safeView } from './safe';

type Rec = Record<string, unknown>;
const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '');
const rec = (v: unknown): Rec => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Rec) : {});
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

export interface ArticleMeta {
  title: string;
  subtitle: string;
  authors: string[];
  date: string;
}

export function articleBlocks(result: LintResult, name: string): { blocks: Block[]; meta: ArticleMeta } {
  const safe = safeView(result);
  const doc = safe.doc;
  const kb = safe.analyses.kb;
  const refs = list(doc.get(['references'])).map(rec).filter((r) => str(r.id) !== '');
  const citer = new Citer(new Set(refs.map((r) => str(r.id))));
  const prose = (path: Path): Block[] => {
    const text = str(doc.get(path));
    return text ? [{ t: 'prose', md: citer.numbered(text, true) }] : [];
  };
  const plain = (s: string): string => citer.numbered(s, false);
  const blocks: Block[] = [];
  const title = str(doc.get(['title'])) || name;
  const subtitle = str(doc.get(['subtitle']));
  const journal = [str(doc.get(['journal'])), str(doc.get(['dates', 'published'])) ? `published ${str(doc.get(['dates', 'published']))}` : '', str(doc.get(['doi'])) ? `doi:${str(doc.get(['doi']))}` : '']
    .filter(Boolean)
    .join(' · ');

  // Byline: authors with degrees and numbered affiliations.
  const affMap = rec(doc.get(['affiliations']));
  const affOrder: string[] = [];
  const authors = list(doc.get(['authors'])).map(rec);
  const authorNames = new Map<string, string>();
  const byline: Inline[] = [];
  const metaAuthors: string[] = [];
  authors.forEach((a, i) => {
    const degrees = list(a.degrees).map(str).filter(Boolean);
    const full = `${str(a.name) || str(a.id)}${degrees.length ? `, ${degrees.join(', ')}` : ''}`;
    authorNames.set(str(a.id), full);
    metaAuthors.push(full);
    const marks = list(a.affiliations).map(str).filter((id) => id in affMap).map((id) => {
      if (!affOrder.includes(id)) affOrder.push(id);
      return affOrder.indexOf(id) + 1;
    });
    if (i > 0) byline.push('; ');
    byline.push({ text: full, strong: true });
    if (marks.length) byline.push({ text: marks.join(','), sup: true });
    if (a.corresponding === true) byline.push({ text: '*', sup: true });
  });

  if (journal) blocks.push({ t: 'p', cls: 'muted', parts: [journal] });
  blocks.push({ t: 'h', level: 1, text: title });
  if (subtitle) blocks.push({ t: 'p', cls: 'subtitle', parts: [{ text: subtitle, em: true }] });
  if (byline.length) blocks.push({ t: 'p', cls: 'byline', parts: byline });
  if (affOrder.length) blocks.push({ t: 'list', ordered: true, cls: 'affiliations muted', items: affOrder.map((id) => [str(affMap[id])]) });
  const corresponding = authors.find((a) => a.corresponding === true);
  if (corresponding) {
    blocks.push({ t: 'p', cls: 'muted', parts: [{ text: '*', sup: true }, `Corresponding author: ${str(corresponding.name)}${str(corresponding.email) ? `, ${str(corresponding.email)}` : ''}`] });
  }

  const section = (id: string, heading: string, body: Block[]): void => {
    if (body.length > 0) blocks.push({ t: 'section', id, blocks: [{ t: 'h', level: 2, text: heading }, ...body] });
  };
  const abstract = prose(['abstract']);
  const keywords = list(doc.get(['keywords'])).map(str).filter(Boolean);
  if (keywords.length) abstract.push({ t: 'p', parts: [{ text: 'Keywords: ', strong: true }, keywords.join(', ')] });
  section('abstract', 'Abstract', abstract);
  section('introduction', 'Introduction', prose(['introduction']));

  // The case
  const p = rec(doc.get(['patient']));
  const who = [str(p.alias), str(p.age) ? `${str(p.age)} years old` : '', str(p.sex), str(p.gender) && str(p.gender) !== str(p.sex) ? str(p.gender) : '', str(p.occupation)].filter(Boolean);
  const caseBlocks: Block[] = [];
  if (who.length) caseBlocks.push({ t: 'p', parts: [{ text: 'Patient: ', strong: true }, who.join(', ')] });
  const sub = (heading: string, path: Path): void => {
    const b = prose(path);
    if (b.length) caseBlocks.push({ t: 'h', level: 3, text: heading }, ...b);
  };
  sub('Presentation', ['patient', 'presentation']);
  sub('History', ['patient', 'history']);
  sub('Psychosocial history', ['patient', 'psychosocial_history']);
  const dx = list(doc.get(['diagnoses'])).map(rec).filter((d) => str(d.name));
  if (dx.length) {
    caseBlocks.push({ t: 'h', level: 3, text: 'Diagnoses' });
    caseBlocks.push({ t: 'list', items: dx.map((d) => [plain(str(d.name)), str(d.code) ? ` (${str(d.code)})` : '', str(d.status) && str(d.status) !== 'confirmed' ? `, ${str(d.status)}` : '', d.treatment_resistant === true ? '; treatment-resistant' : '']) });
  }
  section('case', 'Case', caseBlocks);
  section('treatment-history', 'Treatment history', historyTable(doc, kb, plain));
  section('interventions', 'Interventions', interventionBlocks(doc, prose, plain));
  section('course', 'Course', prose(['course']));

  // Perspectives, each under its label with its author.
  const perspectives = list(doc.get(['perspectives'])).map(rec);
  perspectives.forEach((pv, i) => {
    const label = str(pv.label) || kb.framework(str(pv.framework))?.name || `Perspective ${i + 1}`;
    const author = authorNames.get(str(pv.author));
    const body: Block[] = [];
    if (author) body.push({ t: 'p', cls: 'byline', parts: [{ text: author, em: true }] });
    body.push(...prose(['perspectives', i, 'body']));
    blocks.push({ t: 'section', id: `perspective-${i + 1}`, cls: 'perspective', blocks: [{ t: 'h', level: 2, text: label }, ...body] });
  });
  const integ = rec(doc.get(['integrative_discussion']));
  if (str(integ.body)) {
    const author = authorNames.get(str(integ.author));
    section('integrative-discussion', 'Integrative Discussion', [...(author ? [{ t: 'p', cls: 'byline', parts: [{ text: author, em: true }] } as Block] : []), ...prose(['integrative_discussion', 'body'])]);
  }
  section('discussion', 'Discussion', prose(['discussion']));
  section('patient-perspective', 'Patient Perspective', prose(['patient_perspective']));
  const points = list(doc.get(['clinical_points'])).map(str).filter(Boolean);
  if (points.length) section('clinical-points', 'Clinical Points', [{ t: 'list', items: points.map((x) => [plain(x)]) }]);
  const disc = rec(doc.get(['disclosures']));
  const discBlocks: Block[] = [];
  for (const [key, heading] of [['financial_relationships', 'Financial relationships'], ['funding', 'Funding'], ['role_of_sponsor', 'Role of the sponsor']] as const) {
    if (str(disc[key])) discBlocks.push({ t: 'p', parts: [{ text: `${heading}: `, strong: true }, plain(str(disc[key]))] });
  }
  section('disclosures', 'Disclosures', discBlocks);
  const deid = rec(doc.get(['deidentification']));
  const consent: Record<string, string> = { obtained: 'The patient gave informed consent to publication.', waived: 'Consent to publication was waived.', 'not-required': 'Consent to publication was not required.' };
  section('deidentification', 'De-identification', [
    ...(str(deid.statement) ? [{ t: 'p', parts: [str(deid.statement)] } as Block] : []),
    ...(consent[str(deid.consent)] ? [{ t: 'p', parts: [consent[str(deid.consent)]!] } as Block] : []),
  ]);

  // References: cited ones in order of first citation, then the rest.
  const byId = new Map(refs.map((r) => [str(r.id), r]));
  const order = citer.order();
  const cited = new Set(order);
  const uncited = refs.filter((r) => !cited.has(str(r.id)));
  const refItems: Inline[][] = [...order.map((id) => byId.get(id)!), ...uncited].map((r) => {
    const parts: Inline[] = [str(r.text) || str(r.id)];
    if (str(r.doi)) parts.push(' ', { text: `doi:${str(r.doi)}`, href: `https://doi.org/${str(r.doi)}` });
    if (str(r.pmid)) parts.push(` PMID ${str(r.pmid)}.`);
    if (!cited.has(str(r.id))) parts.push({ text: ' (not cited in the text)', em: true });
    return parts;
  });
  if (refItems.length) section('references', 'References', [{ t: 'list', ordered: true, cls: 'references', items: refItems }]);

  const date = str(doc.get(['dates', 'published']));
  return { blocks, meta: { title, subtitle, authors: metaAuthors, date } };
}

function historyTable(doc: CaseDocument, kb: KnowledgeBase, plain: (s: string) => string): Block[] {
  const rows: Inline[][][] = [];
  for (const { value } of doc.items(['treatment_history'])) {
    const e = rec(value);
    let treatment = str(e.drug) || str(e.procedure) || str(e.therapy);
    if (!treatment) continue;
    if (str(e.therapy)) treatment = kb.framework(str(e.therapy))?.name ?? treatment;
    const kind = str(e.drug) ? [str(e.class), str(e.role) && str(e.role) !== 'monotherapy' ? str(e.role) : ''].filter(Boolean).join(', ') : str(e.procedure) ? 'procedure' : 'psychotherapy';
    const amount = str(e.dose) || (str(e.sessions) ? `${str(e.sessions)} sessions` : '');
    const when = str(e.period) || (str(e.age) ? `age ${str(e.age)}` : '');
    const outcome = [str(e.outcome), str(e.stopped_because) ? `stopped: ${str(e.stopped_because)}` : ''].filter(Boolean).join('; ');
    rows.push([[plain(treatment)], [kind], [amount], [str(e.duration)], [when], [plain(outcome)]]);
  }
  return rows.length ? [{ t: 'table', cls: 'history', head: ['Treatment', 'Class or kind', 'Dose or sessions', 'Duration', 'When', 'Outcome'], rows }] : [];
}

function interventionBlocks(doc: CaseDocument, prose: (p: Path) => Block[], plain: (s: string) => string): Block[] {
  const out: Block[] = [];
  doc.items(['interventions']).forEach(({ path, value }, i) => {
    const iv = rec(value);
    out.push({ t: 'h', level: 3, text: plain(str(iv.kind)) || `Intervention ${i + 1}` });
    const facts: Inline[][] = [];
    const concurrent = list(iv.concurrent).map(str).filter(Boolean);
    if (concurrent.length) facts.push([{ text: 'Concurrent treatment: ', strong: true }, plain(concurrent.join(', '))]);
    if (str(iv.preparation_sessions)) facts.push([{ text: 'Preparation sessions: ', strong: true }, str(iv.preparation_sessions)]);
    if (str(iv.integration_sessions)) facts.push([{ text: 'Integration sessions: ', strong: true }, str(iv.integration_sessions)]);
    if (str(iv.outcome)) facts.push([{ text: 'Outcome: ', strong: true }, plain(str(iv.outcome))]);
    if (facts.length) out.push({ t: 'list', items: facts });
    const rows: Inline[][][] = [];
    const notes: Block[] = [];
    doc.items([...path, 'sessions']).forEach((s, k) => {
      const session = rec(s.value);
      const number = str(session.number) || String(k + 1);
      const admins = list(session.administrations).map(rec);
      const given = admins.map((a) => [str(a.drug), str(a.dose), str(a.route), str(a.form), str(a.after) ? `after ${str(a.after)}` : ''].filter(Boolean).join(' ')).join('; ');
      rows.push([[number], [plain(given)], [plain(str(session.adverse_events))]]);
      const n = prose([...s.path, 'notes']);
      if (n.length) notes.push({ t: 'p', parts: [{ text: `Session ${number}`, strong: true }] }, ...n);
    });
    if (rows.length) out.push({ t: 'table', cls: 'sessions', head: ['Session', 'Administrations', 'Adverse events'], rows });
    out.push(...notes);
  });
  return out;
}
