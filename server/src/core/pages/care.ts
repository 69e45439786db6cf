/**
 * The CARE checklist (13 items; docs/SOURCES.md: Gagnier 2013, Riley 2017)
 * read against the format's keys: each item present, partial or missing,
 * with the key it rests on and that key's line. And, for `cross-talk`, the
 * Cross Talk structure: labeled perspectives with framework and author, an
 * integrative discussion, clinical points and disclosures.
 */
import type { CaseDocument, Path } from '../document';
import type { KnowledgeBase } from '../knowledge';
import { findCitations } from '../citations';

export type Mark = 'present' | 'partial' | 'missing';

export interface CheckItem {
  item: string;
  name: string;
  mark: Mark;
  /** What was found, or what is missing. */
  note: string;
  /** The key path it rests on ("patient.history"), and its 1-based line when present. */
  path: string;
  line?: number;
}

const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '');
const words = (s: string): number => (s.match(/\S+/g) ?? []).length;

export function lineOf(doc: CaseDocument, path: Path): number | undefined {
  if (!doc.has(path)) return undefined;
  return doc.lines.position(doc.span(path, 'key').start).line + 1;
}

function pathText(path: Path): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

export function careChecklist(doc: CaseDocument): CheckItem[] {
  const items: CheckItem[] = [];
  const add = (item: string, name: string, mark: Mark, note: string, path: Path, linePath: Path = path): void => {
    const line = lineOf(doc, linePath);
    items.push({ item, name, mark, note, path: pathText(path), ...(line !== undefined ? { line } : {}) });
  };
  const cited = new Set(findCitations(doc).map((c) => String(c.path[0])));

  const title = str(doc.get(['title']));
  add('1', 'Title', !title ? 'missing' : /case report/i.test(`${title} ${str(doc.get(['subtitle']))}`) ? 'present' : 'partial',
    !title ? 'no title' : /case report/i.test(`${title} ${str(doc.get(['subtitle']))}`) ? 'says "case report" and names the focus' : 'the title or subtitle does not say "case report"', ['title']);

  const kw = doc.get(['keywords']);
  const keywords = Array.isArray(kw) ? kw.map(str).filter(Boolean) : [];
  const kwCase = keywords.some((k) => /case report/i.test(k));
  add('2', 'Keywords', keywords.length === 0 ? 'missing' : keywords.length >= 2 && keywords.length <= 5 && kwCase ? 'present' : 'partial',
    keywords.length === 0 ? 'no keywords' : `${keywords.length} keyword${keywords.length === 1 ? '' : 's'}${kwCase ? '' : ', without "case report"'}${keywords.length > 5 ? ' (CARE asks for 2 to 5)' : ''}`, ['keywords']);

  const abstract = str(doc.get(['abstract']));
  add('3', 'Abstract', !abstract ? 'missing' : words(abstract) >= 40 ? 'present' : 'partial',
    !abstract ? 'no abstract' : `${words(abstract)} words${words(abstract) < 40 ? ' (too short to cover background, findings, interventions and lessons)' : ''}`, ['abstract']);

  const intro = str(doc.get(['introduction']));
  add('4', 'Introduction', !intro ? 'missing' : cited.has('introduction') ? 'present' : 'partial',
    !intro ? 'no introduction' : cited.has('introduction') ? 'background with references' : 'background without references', ['introduction']);

  const demo = ['age', 'sex'].filter((k) => str(doc.get(['patient', k])) !== '');
  const parts = [
    demo.length === 2 ? 'demographics' : '',
    str(doc.get(['patient', 'presentation'])) ? 'main concerns' : '',
    str(doc.get(['patient', 'history'])) || str(doc.get(['patient', 'psychosocial_history'])) ? 'history' : '',
    doc.items(['treatment_history']).length > 0 ? 'past interventions' : '',
  ].filter(Boolean);
  add('5', 'Patient information', parts.length === 4 ? 'present' : parts.length === 0 ? 'missing' : 'partial',
    parts.length === 4 ? 'demographics, concerns, history and past interventions' : parts.length === 0 ? 'no patient information' : `has ${parts.join(', ')}; lacks ${['demographics', 'main concerns', 'history', 'past interventions'].filter((p) => !parts.includes(p)).join(', ')}`, ['patient']);

  const presentation = str(doc.get(['patient', 'presentation']));
  add('6', 'Clinical findings', presentation ? 'present' : 'missing', presentation ? 'symptoms and findings at presentation' : 'no patient.presentation', ['patient', 'presentation']);

  const history = doc.items(['treatment_history']);
  const dated = history.filter(({ value }) => value && typeof value === 'object' && ('period' in value || 'age' in value)).length;
  add('7', 'Timeline', history.length === 0 ? 'missing' : dated === history.length ? 'present' : 'partial',
    history.length === 0 ? 'no treatment history' : `${dated} of ${history.length} treatments dated (period or age); the order of the history gives the rest`, ['treatment_history']);

  const dx = doc.items(['diagnoses']);
  const coded = dx.filter(({ value }) => value && typeof value === 'object' && str((value as Record<string, unknown>).status) && str((value as Record<string, unknown>).code)).length;
  add('8', 'Diagnostic assessment', dx.length === 0 ? 'missing' : coded === dx.length ? 'present' : 'partial',
    dx.length === 0 ? 'no diagnoses' : `${dx.length} diagnos${dx.length === 1 ? 'is' : 'es'}, ${coded} with status and code; staging in the TRD evidence below`, ['diagnoses']);

  const iv = doc.items(['interventions']);
  const dosed = iv.filter(({ path }) => doc.items([...path, 'sessions']).some((s) => doc.items([...s.path, 'administrations']).length > 0)).length;
  const course = str(doc.get(['course']));
  add('9', 'Therapeutic intervention', iv.length === 0 ? (course ? 'partial' : 'missing') : dosed === iv.length ? 'present' : 'partial',
    iv.length === 0 ? (course ? 'described in course only' : 'no interventions') : `${iv.length} intervention${iv.length === 1 ? '' : 's'}, ${dosed} with doses per session`, ['interventions']);

  const outcomes = iv.filter(({ path }) => str(doc.get([...path, 'outcome']))).length;
  const follow = [outcomes > 0 ? 'outcome' : '', course ? 'course' : ''].filter(Boolean);
  add('10', 'Follow-up and outcomes', follow.length === 2 ? 'present' : follow.length === 0 ? 'missing' : 'partial',
    follow.length === 0 ? 'no outcome and no course' : `has ${follow.join(' and ')}`, [course ? 'course' : 'interventions']);

  const crossTalk = doc.get(['type']) === 'cross-talk';
  const discussionPath: Path = crossTalk ? ['integrative_discussion', 'body'] : ['discussion'];
  const discussion = str(doc.get(discussionPath));
  const discussionCited = cited.has(String(discussionPath[0])) || (crossTalk && cited.has('perspectives'));
  add('11', 'Discussion', !discussion ? 'missing' : discussionCited ? 'present' : 'partial',
    !discussion ? `no ${pathText(discussionPath)}` : discussionCited ? 'discussion with literature' : 'discussion without references', discussionPath, crossTalk ? ['integrative_discussion'] : discussionPath);

  const pp = str(doc.get(['patient_perspective']));
  add('12', 'Patient perspective', pp ? 'present' : 'missing', pp ? 'in the patient\'s words' : 'no patient_perspective', ['patient_perspective']);

  const consent = str(doc.get(['deidentification', 'consent']));
  add('13', 'Informed consent', ['obtained', 'waived', 'not-required'].includes(consent) ? 'present' : consent ? 'partial' : 'missing',
    consent ? `consent: ${consent}` : 'no consent status', ['deidentification', 'consent']);
  return items;
}

export interface CrossTalkItem {
  name: string;
  mark: Mark;
  note: string;
  line?: number;
}

export function crossTalkStructure(doc: CaseDocument, kb: KnowledgeBase): CrossTalkItem[] {
  const out: CrossTalkItem[] = [];
  const authors = new Map<string, string>();
  for (const { value } of doc.items(['authors'])) {
    if (value && typeof value === 'object') {
      const a = value as Record<string, unknown>;
      if (str(a.id)) authors.set(str(a.id), str(a.name) || str(a.id));
    }
  }
  const perspectives = doc.items(['perspectives']);
  perspectives.forEach(({ path, value }, i) => {
    const p = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
    const label = str(p.label);
    const framework = str(p.framework);
    const known = framework !== '' && kb.framework(framework) !== undefined;
    const author = authors.get(str(p.author));
    const lacks = [label ? '' : 'label', known ? '' : framework ? `known framework (${framework})` : 'framework', author ? '' : str(p.author) ? `known author (${str(p.author)})` : 'author'].filter(Boolean);
    const line = lineOf(doc, path);
    out.push({
      name: label || `Perspective ${i + 1}`,
      mark: lacks.length === 0 ? 'present' : lacks.length === 3 ? 'missing' : 'partial',
      note: lacks.length === 0 ? `${kb.framework(framework)?.name ?? framework}, by ${author}` : `lacks ${lacks.join(', ')}`,
      ...(line !== undefined ? { line } : {}),
    });
  });
  const n = perspectives.length;
  const countLine = lineOf(doc, ['perspectives']);
  out.unshift({ name: 'Perspectives', mark: n >= 2 ? 'present' : n === 1 ? 'partial' : 'missing', note: `${n} perspective${n === 1 ? '' : 's'} (at least 2)`, ...(countLine !== undefined ? { line: countLine } : {}) });
  const idAuthor = authors.get(str(doc.get(['integrative_discussion', 'author'])));
  const idBody = str(doc.get(['integrative_discussion', 'body']));
  const idLine = lineOf(doc, ['integrative_discussion']);
  out.push({ name: 'Integrative discussion', mark: idBody && idAuthor ? 'present' : idBody || idAuthor ? 'partial' : 'missing', note: idBody && idAuthor ? `by ${idAuthor}` : idBody ? 'no known author' : idAuthor ? 'no body' : 'none', ...(idLine !== undefined ? { line: idLine } : {}) });
  const cp = doc.get(['clinical_points']);
  const points = Array.isArray(cp) ? cp.filter((x) => str(x)).length : 0;
  const cpLine = lineOf(doc, ['clinical_points']);
  out.push({ name: 'Clinical points', mark: points > 0 ? 'present' : 'missing', note: `${points} point${points === 1 ? '' : 's'}`, ...(cpLine !== undefined ? { line: cpLine } : {}) });
  const disclosures = ['financial_relationships', 'funding', 'role_of_sponsor'].filter((k) => str(doc.get(['disclosures', k])));
  const dLine = lineOf(doc, ['disclosures']);
  out.push({ name: 'Disclosures', mark: disclosures.length > 0 ? 'present' : 'missing', note: disclosures.length > 0 ? disclosures.join(', ').replace(/_/g, ' ') : 'no disclosures', ...(dLine !== undefined ? { line: dLine } : {}) });
  return out;
}
