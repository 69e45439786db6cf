/**
 * The JSON Schemas (schemas/*.schema.json), run through validators that
 * scripts/build-schema.mjs compiled ahead of time (ajv standalone code in
 * ./generated): no run pays ajv's compile cost, and ajv itself is not loaded.
 */
import { isAlias, isScalar } from 'yaml';
import type { CaseDocument } from '../document';
import { normalizeRoute, ROUTE_ABBREVIATION_NAMES, routeOfAbbreviation } from '../knowledge';
import type { Fix, Report, Span } from '../types';
import { validate as compiledCaseValidator } from './generated/caseValidator';
import { validate as compiledConfigValidator } from './generated/configValidator';
import { caseSchemaJson, configSchemaJson, SCHEMA_SOURCE_HASH } from './generated/schemas';
import { explainErrors, type SchemaProblem } from './explain';
import { missingKeyFixes, plainOrQuoted } from './missingKeys';
import { misplacedKeyPlacer } from './misplacedKeys';
import type { CompiledValidator, JsonSchema, PathSegment } from './jsonSchema';
import { subschemaIn, type SchemaInfo } from './subschema';

export type { SchemaInfo } from './subschema';
export type { SchemaProblem } from './explain';
export { pathToString } from './jsonSchema';

/** schemas/case-report.schema.json */
export const caseSchema: JsonSchema = caseSchemaJson as JsonSchema;
/** schemas/caselintrc.schema.json */
export const configSchema: JsonSchema = configSchemaJson as JsonSchema;
/** sha256 of the schema files the validators were compiled from. */
export const schemaSourceHash: string = SCHEMA_SOURCE_HASH;

const validateCaseValue = compiledCaseValidator as unknown as CompiledValidator;
const validateConfig = compiledConfigValidator as unknown as CompiledValidator;

/** Quantities: their form (a bare number included) is the `quantity-format` rule's to report. */
const QUANTITY_KEYS: ReadonlySet<string> = new Set(['dose', 'duration', 'after', 'weight']);

/** An empty `perspectives:` or `deidentification:` is perspectives-too-few's or deidentification-missing's to report. */
const EMPTY_KEYS: ReadonlySet<string> = new Set(['perspectives', 'deidentification']);

/** Routes are also written as abbreviations (`IM`): a near miss of one (`IMM`) is told the abbreviation. */
const ABBREVIATIONS: ReadonlyMap<string, ReadonlyMap<string, string>> = new Map([
  ['route', new Map(ROUTE_ABBREVIATION_NAMES.map((a) => [a, routeOfAbbreviation(a) as string]))],
]);

/** Schema problems of a plain case-document value, by path (no source positions). */
export function caseProblems(value: unknown): SchemaProblem[] {
  return caseReading(value).problems;
}

/** A value accepted in another spelling (`class: ssri`, `route: IM`), with its canonical one (`SSRI`, `intramuscular`). */
export interface CanonicalSpelling {
  path: PathSegment[];
  /** The value's text (inside its quotes, if any). */
  span: Span;
  canonical: string;
}

function caseReading(value: unknown): { problems: SchemaProblem[]; spellings: { path: PathSegment[]; canonical: string }[] } {
  if (validateCaseValue(value)) return { problems: [], spellings: [] };
  const problems: SchemaProblem[] = [];
  const spellings: { path: PathSegment[]; canonical: string }[] = [];
  for (const p of explainErrors(caseSchema, validateCaseValue.errors ?? [], value, {
    formCheckedElsewhere: QUANTITY_KEYS,
    emptyCheckedElsewhere: EMPTY_KEYS,
    abbreviations: ABBREVIATIONS,
  })) {
    const canonical = p.keyword === 'enum' ? matchesInAnyCase(p.path, value) : undefined;
    if (canonical === undefined) problems.push(p);
    else spellings.push({ path: [...p.path], canonical });
  }
  return { problems, spellings };
}

/** Keys whose values match in any case, routes also as abbreviations (docs/format.md, Treatment history). */
const ANY_CASE_KEYS: ReadonlySet<string> = new Set(['class', 'procedure', 'route']);

/** `class: ssri`, `procedure: ect`, `route: IM`: an allowed value but for case (or a route abbreviation); the allowed value it stands for. */
function matchesInAnyCase(path: readonly PathSegment[], docValue: unknown): string | undefined {
  const key = path[path.length - 1];
  if (typeof key !== 'string' || !ANY_CASE_KEYS.has(key)) return undefined;
  let here: unknown = docValue;
  for (const seg of path) here = here !== null && typeof here === 'object' ? (here as Record<string | number, unknown>)[seg] : undefined;
  if (typeof here !== 'string') return undefined;
  const allowed = subschemaAt(path, docValue)?.enum ?? [];
  const written = key === 'route' ? (normalizeRoute(here) ?? here) : here;
  const lower = written.trim().toLowerCase();
  const hit = allowed.find((a): a is string => typeof a === 'string' && a.toLowerCase() === lower);
  return hit;
}

/**
 * Schema problems of a parsed case document, each at the smallest node that
 * explains it; a missing required key carries fixes that insert it.
 */
export function validateCase(doc: CaseDocument): Report[] {
  return schemaAnalysis(doc).reports;
}

/** The schema problems of a document, and the values it accepts in another spelling (a quick fix writes the canonical one). */
export function schemaAnalysis(doc: CaseDocument): { reports: Report[]; spellings: CanonicalSpelling[] } {
  if (doc.value === undefined) return { reports: [], spellings: [] };
  const reading = caseReading(doc.value);
  const problems = reading.problems;
  // One document value, so one answer per path: a document of many unknown keys asks the same few paths each time.
  const answers = new Map<string, SchemaInfo | undefined>();
  const schemaAt = (path: readonly PathSegment[]): SchemaInfo | undefined => {
    const key = JSON.stringify(path);
    if (answers.has(key)) return answers.get(key);
    const info = subschemaAt(path, doc.value);
    answers.set(key, info);
    return info;
  };
  const inserts = missingKeyFixes(doc, problems, schemaAt);
  const placeMisplaced = misplacedKeyPlacer(doc, schemaAt);
  const reports = problems.map((p) => {
    let report = toReport(doc, p);
    if (p.keyword === 'additionalProperties') report = placeMisplaced(report, p.path);
    const added = inserts.get(p);
    if (added) report.fixes = [...(report.fixes ?? []), ...added];
    return report;
  });
  reports.sort((a, b) => a.start - b.start || a.end - b.end || a.message.localeCompare(b.message));
  const spellings: CanonicalSpelling[] = [];
  for (const sp of reading.spellings) {
    const node = doc.node(sp.path);
    if (!node || !isScalar(node) || !node.range) continue;
    const [start, end] = node.range;
    const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
    spellings.push({ path: sp.path, canonical: sp.canonical, span: quoted ? { start: start + 1, end: end - 1 } : { start, end } });
  }
  return { reports, spellings };
}

/** Where a problem goes in the source, and its fix. */
export function toReport(doc: CaseDocument, p: SchemaProblem): Report {
  const span = doc.span(p.path, p.target);
  const report: Report = { ...span, message: p.message, data: { keyword: p.keyword, path: p.path } };
  if (p.suggestion !== undefined) report.data!.suggestion = p.suggestion;
  const fix = p.replacement && fixFor(doc, p);
  if (fix) report.fixes = [fix];
  return report;
}

function fixFor(doc: CaseDocument, p: SchemaProblem): Fix | undefined {
  const r = p.replacement;
  if (!r) return undefined;
  let span: Span | undefined;
  if (r.target === 'key') {
    const key = doc.pair(p.path)?.key;
    if (isScalar(key) && key.range) span = { start: key.range[0], end: key.range[1] };
  } else {
    const node = doc.node(p.path);
    const isBlock = isScalar(node) && (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED');
    if (node && !isAlias(node) && isScalar(node) && !isBlock && node.range) span = { start: node.range[0], end: node.range[1] };
  }
  if (!span) return undefined;
  const source = doc.text.slice(span.start, span.end);
  let newText: string;
  if (typeof r.text === 'string' || 'raw' in r.text) {
    newText = typeof r.text === 'string' ? stringScalar(r.text, source) : r.text.raw;
  } else {
    newText = JSON.stringify(source);
  }
  // A rename onto a key the map already has would repeat that key: offered, never applied unseen.
  const renamesOntoSibling = r.target === 'key' && typeof r.text === 'string' && doc.has([...p.path.slice(0, -1), r.text]);
  const safe = r.safe === true && !renamesOntoSibling;
  return { title: r.title, edits: [{ ...span, newText }], preferred: r.preferred, ...(safe ? { safe } : {}) };
}

/** A string value as YAML source, in the quotes the old text used (plain when it can be). */
function stringScalar(text: string, oldSource: string): string {
  const q = oldSource[0];
  return q === '"' ? JSON.stringify(text) : q === "'" ? `'${text.replace(/'/g, "''")}'` : plainOrQuoted(text);
}

/**
 * The schema of the value at `path` in a case document, for hover and
 * completion; `docValue` (the whole document's value) picks a
 * treatment-history entry's branch by its `drug` / `procedure` / `therapy` key.
 */
export function subschemaAt(path: readonly (string | number)[], docValue?: unknown): SchemaInfo | undefined {
  return subschemaIn(caseSchema, path as readonly PathSegment[], docValue);
}

/** The same for a configuration file. */
export function configSubschemaAt(path: readonly (string | number)[], value?: unknown): SchemaInfo | undefined {
  return subschemaIn(configSchema, path as readonly PathSegment[], value);
}

export interface ConfigProblem {
  path: (string | number)[];
  /** `key` when the problem is the key itself (unknown key) or, for a missing key, the parent. */
  target: 'key' | 'value';
  message: string;
}

/** Schema problems of a configuration value (as read from `.caselintrc.*`). */
export function configProblems(value: unknown): ConfigProblem[] {
  if (validateConfig(value)) return [];
  return explainErrors(configSchema, validateConfig.errors ?? [], value).map((p) => ({ path: p.path, target: p.target, message: p.message }));
}

export function validateConfigValue(value: unknown): { path: (string | number)[]; message: string }[] {
  return configProblems(value).map(({ path, message }) => ({ path, message }));
}
