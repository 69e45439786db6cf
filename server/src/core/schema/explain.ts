/**
 * ajv errors -> one problem per thing a person would fix, each on the smallest
 * node that explains it (yaml-language-server / Spectral style):
 *   missing required key -> the parent (its key; the first key at the top level)
 *   unknown key          -> that key, with the nearest allowed key
 *   wrong type / value   -> the value, listing the allowed values nearest first
 * `oneOf` unions told apart by a key (treatment-history entries) report only
 * the branch the entry's key picks; `if`/`oneOf`/`anyOf` wrappers are dropped
 * whenever a more specific error explains them.
 */
import { clearBest, didYouMean, nearest, swappedPair } from '../text';
import {
  asSchema,
  discriminatedUnion,
  isObject,
  pathToString,
  pointerToPath,
  propertyNames,
  schemaAtPointer,
  valueAt,
  type AjvError,
  type DiscriminatedUnion,
  type JsonSchema,
  type PathSegment,
} from './jsonSchema';
import { calendarProblem, MONTH_NAMES, type CalendarProblem } from '../dates';
import { QUOTE_MAX, quoteValue } from '../phi/quote';
import { isPatientFacing } from '../phi/scan';

export interface Replacement {
  /** Which node the replacement rewrites. */
  target: 'key' | 'value';
  /** A string value (written plain or quoted as YAML needs), YAML source as is, or the existing scalar put in quotes. */
  text: string | { raw: string } | { quote: true };
  title: string;
  preferred: boolean;
  /** "Fix all" and `caselint --fix` may apply it unseen: one clear did-you-mean in a closed set, or a spelling YAML 1.1 meant. */
  safe?: boolean;
}

export interface SchemaProblem {
  /** The instance the problem is about. For a missing key: the parent object. */
  path: PathSegment[];
  /** `key`: the key at `path` (for the document root: its first key); `value`: the value. */
  target: 'key' | 'value';
  message: string;
  keyword: string;
  replacement?: Replacement;
  /** The suggested key or value, when there is one. */
  suggestion?: string;
  /** For a missing required key (`keyword: 'required'`): the key's name. */
  missingKey?: string;
}

const WRAPPERS = new Set(['if', 'then', 'else', 'oneOf', 'anyOf', 'allOf', 'not']);
export interface ExplainOptions {
  /**
   * Keys whose values another rule checks for form (quantities: `quantity-format`):
   * a number there is that rule's finding, not a schema type error.
   */
  formCheckedElsewhere?: ReadonlySet<string>;
  /**
   * Top-level keys whose emptiness another rule reports (`perspectives:` with no
   * value is perspectives-too-few's, `deidentification:` deidentification-missing's).
   */
  emptyCheckedElsewhere?: ReadonlySet<string>;
  /**
   * Keys whose enumerated values are also written as abbreviations (`route: IM`),
   * with each abbreviation and the value it stands for. A value near no allowed
   * value but near an abbreviation (`IMM`) gets that abbreviation as its
   * did-you-mean, offered but never safe: two or three letters one edit from
   * another abbreviation are a guess (`TP` may be topical, not TD).
   */
  abbreviations?: ReadonlyMap<string, ReadonlyMap<string, string>>;
}

/** What each pattern in schemas/ means, for messages. */
const PATTERN_WORDS: Record<string, string> = {
  '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$': 'a date written YYYY-MM-DD (e.g. 2024-03-02)',
  '^[a-z0-9-]+$': 'an id of lower-case letters, digits and hyphens',
  '^[A-Za-z0-9_:.-]+$': 'an id of letters, digits and _ : . - (no spaces)',
  '^90\\+$': 'a whole number of years, or "90+" for ages over 89',
  '^[0-9]+$': 'digits only',
  '\\S': 'non-empty text',
  '^[0-9]+(\\.[0-9]+)? (mg|mcg|g|mg/day|mcg/day|g/day|mEq/L|ng/mL)$': 'a dose written `<number> <unit>` with one of the units mg, mcg, g, mg/day, mcg/day, g/day, mEq/L, ng/mL (e.g. 50 mg/day)',
  '^[0-9]+(\\.[0-9]+)? (mg|mg/kg)$': 'a ceiling written `<number> mg` or `<number> mg/kg` (e.g. 150 mg, 1 mg/kg)',
};

function describePattern(pattern: string, schema: JsonSchema | undefined): string {
  const known = PATTERN_WORDS[pattern];
  if (known) return known;
  if (pattern.includes('/') && pattern.startsWith('^[0-9]{4}')) {
    return 'a period written start/end, each YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2021-07/2022-01)';
  }
  const ex = Array.isArray(schema?.examples) ? schema.examples[0] : undefined;
  if (typeof ex === 'string') return `written like "${ex}"`;
  return `text matching ${pattern}`;
}

function typeWords(t: unknown): string {
  const one = (x: unknown): string => {
    switch (x) {
      case 'string':
        return 'text';
      case 'integer':
        return 'a whole number';
      case 'number':
        return 'a number';
      case 'boolean':
        return 'true or false';
      case 'object':
        return 'a map (key: value lines)';
      case 'array':
        return 'a list (`- ` items)';
      case 'null':
        return 'empty';
      default:
        return String(x);
    }
  };
  return Array.isArray(t) ? t.map(one).join(' or ') : one(t);
}

function short(s: string): string {
  return quoteValue(s.replace(/\s+/g, ' ').trim());
}

/** A value outside patient-facing text (the byline, the dates, the references): quoted as written, cut like every quote. */
function cut(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length <= QUOTE_MAX ? t : `${t.slice(0, QUOTE_MAX - 1)}…`;
}

export function describeValue(v: unknown, path?: readonly PathSegment[]): string {
  if (v === null || v === undefined) return 'an empty value';
  // An age is itself an identifier past 89 (phi-age): never quoted, in digits or in words.
  const last = path?.[path.length - 1];
  if (typeof last === 'string' && /(?:^|_)age$/.test(last)) {
    if (typeof v === 'number') return v > 89 ? 'a number over 89' : `the number ${v}`;
    if (typeof v === 'string') return /^\s*\d{1,2}\s*$/.test(v) && Number(v) <= 89 ? `"${v.trim()}"` : 'text';
  }
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a map';
  if (typeof v === 'string') return `"${path !== undefined && !isPatientFacing(path) ? cut(v) : short(v)}"`;
  if (typeof v === 'number') return `the number ${v}`;
  return String(v);
}

function literal(v: unknown): string {
  return typeof v === 'string' ? v : JSON.stringify(v);
}

/** `route`, `keywords[1]`, `the document`. */
function label(path: readonly PathSegment[]): string {
  if (path.length === 0) return 'the document';
  let i = path.length - 1;
  while (i > 0 && typeof path[i] === 'number') i--;
  return `\`${pathToString(path.slice(i))}\``;
}

function article(noun: string): string {
  return /^[aeiou]/i.test(noun) ? `an ${noun}` : `a ${noun}`;
}

/** "at the top level", "in a drug trial", "in `patient`". */
function where(path: readonly PathSegment[], container: JsonSchema | undefined): string {
  if (path.length === 0) return 'at the top level';
  const title = typeof container?.title === 'string' ? container.title : undefined;
  if (typeof path[path.length - 1] === 'number' && title) return `in ${article(title.toLowerCase())}`;
  return `in \`${pathToString(path)}\``;
}

/**
 * The nearest candidate (text.ts `nearest`), or one that differs by letters swapped
 * next to each other (`durg` -> `drug`), which plain edit distance counts as two.
 */
export function closest(input: string, candidates: readonly string[]): string | undefined {
  const near = nearest(input, candidates, 1)[0];
  if (near) return near;
  const a = input.toLowerCase();
  return a.length < 3 ? undefined : candidates.find((c) => swappedPair(a, c.toLowerCase()));
}

function parentPointer(schemaPath: string): string {
  const i = schemaPath.lastIndexOf('/');
  return i <= 0 ? '#' : schemaPath.slice(0, i);
}

function under(instancePath: string, prefix: string): boolean {
  return instancePath === prefix || instancePath.startsWith(prefix + '/');
}

interface UnionDecision {
  instancePath: string;
  union: DiscriminatedUnion;
  /** The branch whose errors are kept, or undefined to drop every branch error. */
  keep?: string;
  /** Drop the kept branch's `required` error for its own key (an unknown key near it explains it). */
  dropOwnRequired?: boolean;
  extra?: SchemaProblem;
}

function decideUnion(root: JsonSchema, e: AjvError, value: unknown): UnionDecision | undefined {
  const at = schemaAtPointer(root, parentPointer(e.schemaPath));
  const union = at && discriminatedUnion(root, at);
  if (!union) return undefined;
  const path = pointerToPath(e.instancePath, value);
  const item = valueAt(value, path);
  const keys = union.branches.map((b) => b.key);
  const keyList = keys.map((k) => `\`${k}\``).join(', ').replace(/, ([^,]*)$/, ' or $1');
  const noun = typeof at.title === 'string' ? at.title.toLowerCase() : 'entry';
  const decision: UnionDecision = { instancePath: e.instancePath, union };
  if (!isObject(item)) {
    decision.extra = {
      path,
      target: 'value',
      keyword: 'oneOf',
      message: `${article(noun)} must be a map with ${keyList}; found ${describeValue(item)}`,
    };
    return decision;
  }
  // In the entry's own key order, so a second kind is reported on the later key.
  const present = Object.keys(item).filter((k) => keys.includes(k));
  if (present.length === 1) {
    decision.keep = union.branches.find((b) => b.key === present[0])?.schemaPointer;
    return decision;
  }
  if (present.length > 1) {
    decision.extra = {
      path: [...path, present[1] as string],
      target: 'key',
      keyword: 'oneOf',
      message: `${article(noun)} is exactly one of ${keyList}; this one has ${present.map((k) => `\`${k}\``).join(' and ')} (split it into separate entries)`,
    };
    return decision;
  }
  // None present: a misspelt discriminator picks its branch (its unknown-key error suggests the key).
  for (const k of Object.keys(item)) {
    const near = closest(k, keys);
    if (near) {
      decision.keep = union.branches.find((b) => b.key === near)?.schemaPointer;
      decision.dropOwnRequired = true;
      return decision;
    }
  }
  decision.extra = {
    path,
    target: 'key',
    keyword: 'oneOf',
    message: `${article(noun)} needs one of ${keyList}; this one has none`,
  };
  return decision;
}

/** Turn ajv's errors for `value` (validated against `root`) into problems. */
export function explainErrors(root: JsonSchema, errors: readonly AjvError[], value: unknown, options: ExplainOptions = {}): SchemaProblem[] {
  // 1. Discriminated unions: keep only the chosen branch's errors.
  const decisions: UnionDecision[] = [];
  for (const e of errors) {
    if (e.keyword !== 'oneOf') continue;
    const d = decideUnion(root, e, value);
    if (d) decisions.push(d);
  }
  let kept = errors.filter((e) => {
    for (const d of decisions) {
      if (e.keyword === 'oneOf' && e.instancePath === d.instancePath) return false;
      if (!under(e.instancePath, d.instancePath)) continue;
      const branch = d.union.branches.find((b) => e.schemaPath.startsWith(b.schemaPointer + '/'));
      if (!branch) continue;
      if (branch.schemaPointer !== d.keep) return false;
      if (d.dropOwnRequired && e.keyword === 'required' && e.instancePath === d.instancePath && e.params.missingProperty === branch.key) {
        return false;
      }
    }
    return true;
  });

  // 2. Wrappers (if/oneOf/anyOf...) only when nothing more specific explains them.
  kept = kept.filter((e) => !WRAPPERS.has(e.keyword) || !kept.some((o) => o !== e && !WRAPPERS.has(o.keyword) && under(o.instancePath, e.instancePath)));

  // 3. Numbers where another rule checks the form (a bare `dose: 60`) are that rule's.
  const elsewhere = options.formCheckedElsewhere;
  if (elsewhere) {
    kept = kept.filter((e) => {
      if (e.keyword !== 'type' || e.params.type !== 'string') return true;
      const path = pointerToPath(e.instancePath, value);
      const last = path[path.length - 1];
      return !(typeof last === 'string' && elsewhere.has(last) && typeof valueAt(value, path) === 'number');
    });
  }

  const empty = options.emptyCheckedElsewhere;
  if (empty) {
    kept = kept.filter((e) => {
      if (e.keyword !== 'type') return true;
      const path = pointerToPath(e.instancePath, value);
      return !(path.length === 1 && empty.has(String(path[0])) && valueAt(value, path) === null);
    });
  }

  // 4. A wrong type says it all for that value.
  const typeAt = new Set(kept.filter((e) => e.keyword === 'type').map((e) => e.instancePath));
  kept = kept.filter((e) => e.keyword === 'type' || !typeAt.has(e.instancePath) || e.keyword === 'required' || e.keyword === 'additionalProperties');

  // 5. A date off the calendar (`2021-13-01`) says more than the pattern it also fails.
  const offCalendar = new Set(kept.filter((e) => e.keyword === 'calendarDates').map((e) => e.instancePath));
  kept = kept.filter((e) => e.keyword !== 'pattern' || !offCalendar.has(e.instancePath));

  const out: SchemaProblem[] = decisions.flatMap((d) => (d.extra ? [d.extra] : []));
  for (const e of kept) {
    const p = explainOne(root, e, value, options);
    if (p) out.push(p);
  }
  const seen = new Set<string>();
  return out.filter((p) => {
    const k = `${JSON.stringify(p.path)}|${p.target}|${p.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function explainOne(root: JsonSchema, e: AjvError, value: unknown, options: ExplainOptions = {}): SchemaProblem | undefined {
  const path = pointerToPath(e.instancePath, value);
  const here = valueAt(value, path);
  const schema = schemaAtPointer(root, parentPointer(e.schemaPath));
  const name = label(path);
  switch (e.keyword) {
    case 'required': {
      const key = String(e.params.missingProperty);
      const conditional = e.schemaPath.endsWith('/then/required');
      const owner = conditional ? containerFor(root, e.schemaPath) : schema;
      const why = conditional ? conditionWords(schemaAtPointer(root, e.schemaPath.replace(/\/then\/required$/, '/if'))) : '';
      return { path, target: 'key', keyword: 'required', message: `missing required key \`${key}\` ${where(path, owner)}${why}`, missingKey: key };
    }
    case 'additionalProperties': {
      const key = String(e.params.additionalProperty);
      const shown = quoteValue(key);
      const allowed = propertyNames(schema);
      const suggestion = closest(key, allowed);
      const isRules = schema?.title === 'Rules';
      const head = isRules ? `unknown rule \`${shown}\`` : `unknown key \`${shown}\` ${where(path, schema)}`;
      let tail = '';
      if (suggestion) tail = `; did you mean \`${suggestion}\`?`;
      else if (allowed.length > 0 && allowed.length <= 12) tail = `; allowed keys: ${allowed.join(', ')}`;
      else if (isRules) tail = '; see `caselint --list-rules`';
      return {
        path: [...path, key],
        target: 'key',
        keyword: 'additionalProperties',
        message: head + tail,
        suggestion,
        replacement: suggestion
          ? { target: 'key', text: suggestion, title: `Rename \`${shown}\` to \`${suggestion}\``, preferred: true, safe: clearBest(key, allowed) === suggestion }
          : undefined,
      };
    }
    case 'type': {
      const expected = e.params.type;
      const examples = Array.isArray(schema?.examples) ? schema.examples : [];
      const ex = examples[0];
      const example = expected === 'string' && typeof ex === 'string' && ex.length <= 30 && typeof here !== 'string' ? ` like "${ex}"` : '';
      const pattern = typeof schema?.pattern === 'string' ? schema.pattern : undefined;
      const canQuote = expected === 'string' && (typeof here === 'number' || typeof here === 'boolean') && (!pattern || new RegExp(pattern, 'u').test(String(here)));
      if (expected === 'boolean' && typeof here === 'string' && /^(yes|no|on|off|true|false|y|n)$/i.test(here.trim())) {
        const b = /^(yes|on|true|y)$/i.test(here.trim());
        return {
          path,
          target: 'value',
          keyword: 'type',
          message: `${name} must be true or false; found ${describeValue(here, path)} (YAML 1.2 reads it as text; write ${String(b)})`,
          suggestion: String(b),
          replacement: { target: 'value', text: { raw: String(b) }, title: `Change to ${String(b)}`, preferred: true, safe: true },
        };
      }
      return {
        path,
        target: 'value',
        keyword: 'type',
        message: `${name} must be ${typeWords(expected)}${example}; found ${describeValue(here, path)}${canQuote ? ' (put it in quotes)' : ''}`,
        replacement: canQuote ? { target: 'value', text: { quote: true }, title: 'Put the value in quotes', preferred: true } : undefined,
      };
    }
    case 'enum': {
      const allowed = (Array.isArray(e.params.allowedValues) ? e.params.allowedValues : []).map(literal);
      const near = typeof here === 'string' ? nearOrSwapped(here, allowed) : [];
      const abbreviations = near.length === 0 && typeof here === 'string' ? nearAbbreviations(here, path, options) : [];
      const [first] = abbreviations;
      if (first) {
        const [short, full] = first;
        const fulls = [...new Set(abbreviations.map(([, f]) => f))];
        const ordered = [...fulls, ...allowed.filter((a) => !fulls.includes(a))];
        const dym = abbreviations.length === 1 ? `did you mean ${short}, for ${full}?` : didYouMean(abbreviations.map(([s, f]) => `${s} (${f})`));
        return {
          path,
          target: 'value',
          keyword: 'enum',
          message: `${name} must be one of: ${ordered.join(', ')}; found ${describeValue(here, path)} (${dym})`,
          suggestion: short,
          // Never safe (ExplainOptions.abbreviations); preferred only as the one nearest.
          replacement: { target: 'value', text: short, title: `Change to ${short} (${full})`, preferred: abbreviations.length === 1 },
        };
      }
      const ordered = [...near, ...allowed.filter((a) => !near.includes(a))];
      const suggestion = near[0];
      const dym = suggestion ? ` (${didYouMean([suggestion])})` : '';
      return {
        path,
        target: 'value',
        keyword: 'enum',
        message: `${name} must be one of: ${ordered.join(', ')}; found ${describeValue(here, path)}${dym}`,
        suggestion,
        replacement: suggestion
          ? { target: 'value', text: suggestion, title: `Change to ${suggestion}`, preferred: true, safe: typeof here === 'string' && clearBest(here, allowed) === suggestion }
          : undefined,
      };
    }
    case 'const': {
      const want = e.params.allowedValue;
      const what = typeof schema?.title === 'string' ? ` (the ${schema.title.toLowerCase()})` : '';
      return {
        path,
        target: 'value',
        keyword: 'const',
        message: `${name} must be ${literal(want)}${what}; found ${describeValue(here, path)}`,
        suggestion: literal(want),
        replacement: want === null || typeof want !== 'object'
          ? { target: 'value', text: typeof want === 'string' ? want : { raw: JSON.stringify(want) }, title: `Change to ${literal(want)}`, preferred: true }
          : undefined,
      };
    }
    case 'pattern':
      return { path, target: 'value', keyword: 'pattern', message: `${name} must be ${describePattern(String(e.params.pattern), schema)}; found ${describeValue(here, path)}` };
    case 'calendarDates':
      return typeof here === 'string' ? { path, target: 'value', keyword: 'calendarDates', message: calendarMessage(name, here, path) } : undefined;
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const words = { minimum: 'at least', maximum: 'at most', exclusiveMinimum: 'more than', exclusiveMaximum: 'less than' }[e.keyword];
      return { path, target: 'value', keyword: e.keyword, message: `${name} must be ${words} ${String(e.params.limit)}; found ${describeValue(here, path)}` };
    }
    case 'minItems':
      return { path, target: 'value', keyword: e.keyword, message: `${name} must hold at least ${String(e.params.limit)} item(s)` };
    case 'oneOf':
    case 'anyOf':
      return { path, target: 'value', keyword: e.keyword, message: `${name} does not match any of its allowed forms; found ${describeValue(here, path)}` };
    default:
      return WRAPPERS.has(e.keyword) ? undefined : { path, target: 'value', keyword: e.keyword, message: `${name} is not valid here (${e.keyword})` };
  }
}

/** Why there is no such month or day: "February 2023 has 28 days (2023 is not a leap year)". */
function calendarWhy(p: CalendarProblem, tied: boolean): string {
  if (p.kind === 'month') return 'a year has 12 months';
  if (p.day < 1) return 'days start at 01';
  // Patient-facing: no month or year of the patient's, not even as a month's length.
  if (tied) return 'the day is past the end of its month';
  const month = `${MONTH_NAMES[p.month - 1] as string} ${p.year}`;
  return p.month === 2 && p.day === 29 ? `${month} has 28 days: ${p.year} is not a leap year` : `${month} has ${p.days} days`;
}

/**
 * A date or period off the calendar. An editorial date (not patient text) is
 * quoted as written; a patient-facing period says which end is wrong and why,
 * but never its month or year (docs/rules/README.md: messages never repeat an
 * identifier).
 */
function calendarMessage(name: string, value: string, path: readonly PathSegment[]): string {
  const tied = isPatientFacing(path);
  const ends = value.split('/');
  if (ends.length === 1) {
    const p = calendarProblem(value.trim());
    const why = p ? ` (${calendarWhy(p, tied)})` : '';
    return tied ? `${name} must be a calendar date; this one is not${why}` : `${name} must be a calendar date; ${cut(value)} is not${why}`;
  }
  const bad = ends.map((end, i) => ({ end, i, p: calendarProblem(end.trim()) })).filter((b) => b.p !== undefined);
  const which = (i: number): string => (i === 0 ? 'start' : i === ends.length - 1 ? 'end' : `end ${i + 1}`);
  const parts = bad.map((b) => {
    const why = calendarWhy(b.p as CalendarProblem, tied);
    return tied ? `its ${which(b.i)} is not (${why})` : `${cut(b.end.trim())} is not (${why})`;
  });
  return `${name} must be start/end, each end a calendar date; ${parts.join(', and ') || 'one end is not'}`;
}

/**
 * The abbreviations (each with the value it stands for) nearest to `input`, for a key whose values
 * have abbreviations: the one clear nearest (`IMM`: `IM`), else the nearest few (`I`: `IM`, `IN`, `IV`).
 */
function nearAbbreviations(input: string, path: readonly PathSegment[], options: ExplainOptions): [string, string][] {
  const key = path[path.length - 1];
  const table = typeof key === 'string' ? options.abbreviations?.get(key) : undefined;
  if (!table) return [];
  const written = input.trim().replace(/\./g, '');
  if (written === '') return [];
  const names = [...table.keys()];
  const clear = clearBest(written, names);
  return (clear !== undefined ? [clear] : nearOrSwapped(written, names)).map((s) => [s, table.get(s) as string]);
}

/** The nearest few of `candidates` to `input` (text.ts nearest), else the one with two neighbouring letters swapped, else none. */
function nearOrSwapped(input: string, candidates: readonly string[]): string[] {
  const near = nearest(input, candidates, 3);
  if (near.length === 0) {
    const swapped = closest(input, candidates);
    if (swapped !== undefined) near.push(swapped);
  }
  return near;
}

/** The object schema an `allOf/N/then` belongs to: `#/allOf/0/then/required` -> `#`. */
function containerFor(root: JsonSchema, schemaPath: string): JsonSchema | undefined {
  const m = /^(.*?)\/allOf\/\d+\/then\/required$/.exec(schemaPath);
  return m ? schemaAtPointer(root, m[1] === '' ? '#' : (m[1] as string)) : undefined;
}

/** ": required when `type` is `cross-talk`" from an `if` schema. */
function conditionWords(ifSchema: JsonSchema | undefined): string {
  const props = asSchema(ifSchema?.properties);
  if (!props) return '';
  const parts: string[] = [];
  for (const [k, v] of Object.entries(props)) {
    const s = asSchema(v);
    if (s && 'const' in s) parts.push(`\`${k}\` is \`${literal(s.const)}\``);
  }
  return parts.length ? `: required when ${parts.join(' and ')}` : '';
}
