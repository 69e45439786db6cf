import type { CaselintConfig, DrugOverride } from '../config';
import { parseQuantity, toMg } from '../quantity';
import { editDistance, nearest } from '../text';
import classesData from './classes.json';
import drugsData from './drugs.json';
import frameworksData from './frameworks.json';
import ketamineData from './ketamine.json';
import mechanismsData from './mechanisms.json';
import proceduresData from './procedures.json';
import sourcesData from './sources.json';
import stagingData from './staging.json';
import trdData from './trd-definitions.json';
import type {
  ClassInfo,
  DrugInfo,
  DrugMatch,
  FrameworkInfo,
  KetamineInfo,
  MechanismInfo,
  ProcedureInfo,
  StagingModel,
  TrdDefinition,
} from './types';

export type {
  ClassInfo,
  DrugInfo,
  DrugMatch,
  FormulationInfo,
  FrameworkInfo,
  KetamineCeiling,
  KetamineInfo,
  MechanismInfo,
  ProcedureInfo,
  RouteBioavailability,
  Sourced,
  StagingLevel,
  StagingModel,
  TrdDefinition,
} from './types';

/** The base data, read once per process (bundled as JSON modules). */
const BASE_DRUGS = drugsData.drugs as unknown as DrugInfo[];
const CLASSES = classesData.classes as ClassInfo[];
const PROCEDURES = proceduresData.procedures as unknown as ProcedureInfo[];
const KETAMINE = ketamineData as unknown as KetamineInfo;
const MECHANISMS = mechanismsData.mechanisms as MechanismInfo[];
const SOURCES = sourcesData.sources as Record<string, { text: string; tier: string; caveat?: string }>;
const TRD_DEFINITIONS = trdData.definitions as TrdDefinition[];
const TRD_CLAIM = trdClaim(trdData.claim);
const STAGING = stagingData.models as StagingModel[];

/** The definition a treatment-resistance claim is held to, and its number of trials (a JSON mistake fails at load, in every test). */
function trdClaim(id: string): { definition: TrdDefinition; minTrials: number } {
  const definition = TRD_DEFINITIONS.find((d) => d.id === id);
  if (!definition || !/^[1-9]\d*$/.test(definition.minFailedTrials)) {
    throw new Error(`trd-definitions.json: claim "${id}" needs a definition whose minFailedTrials is a number`);
  }
  return { definition, minTrials: Number(definition.minFailedTrials) };
}

/** The source key a configuration file's drug values carry. */
export const CONFIG_SOURCE = 'config';

/**
 * A lookup key: lower case, hyphens, slashes and underscores read as spaces,
 * runs of spaces collapsed ("Dextromethorphan-Bupropion" = "dextromethorphan bupropion").
 */
export function drugKey(name: string): string {
  return name.toLowerCase().replace(/[-/_]/g, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * Formulation suffixes and salts that follow a drug name and leave the drug
 * the same (docs/rules/drug-unknown.md): "bupropion XL", "escitalopram
 * oxalate", "venlafaxine hydrochloride XR". Keys as drugKey writes them.
 */
const NAME_SUFFIXES = [
  'xr', 'xl', 'sr', 'cr', 'er', 'ir', 'la', 'dr', 'odt', 'extended release', 'controlled release', 'sustained release',
  'delayed release', 'immediate release', 'nasal spray', 'transdermal', 'patch',
  'hydrochloride', 'hcl', 'hydrobromide', 'hbr', 'oxalate', 'succinate', 'fumarate', 'carbonate', 'citrate', 'mesylate',
  'maleate', 'tartrate', 'sulfate', 'sulphate', 'sodium',
].sort((a, b) => b.length - a.length);

/** The route values (docs/format.md, Interventions), and the abbreviations that name them. */
export const ROUTES = ['intravenous', 'intramuscular', 'intranasal', 'oral', 'sublingual', 'rectal', 'subcutaneous', 'transdermal'] as const;
// A Map, not an object: a route written `constructor` or `__proto__` must find nothing.
const ROUTE_ABBREVIATIONS = new Map<string, string>(Object.entries({
  iv: 'intravenous', im: 'intramuscular', in: 'intranasal', po: 'oral', sl: 'sublingual', pr: 'rectal', sc: 'subcutaneous', sq: 'subcutaneous', td: 'transdermal',
}));

/** The route abbreviations, as people write them (`IV`, `IM`, ...): a did-you-mean's candidates for a near miss (`IMM`). */
export const ROUTE_ABBREVIATION_NAMES: readonly string[] = [...ROUTE_ABBREVIATIONS.keys()].map((k) => k.toUpperCase());

/** The route value an abbreviation stands for (`IM`: `intramuscular`), in any case and with or without dots. */
export function routeOfAbbreviation(abbreviation: string): string | undefined {
  return ROUTE_ABBREVIATIONS.get(abbreviation.trim().toLowerCase().replace(/\./g, ''));
}

/** A route value in any case, or its abbreviation (`IM`, `IV`, `SL`, `IN`, `PO`), as the route value of docs/format.md. */
export function normalizeRoute(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const k = value.trim().toLowerCase().replace(/\./g, '');
  return (ROUTES as readonly string[]).includes(k) ? k : ROUTE_ABBREVIATIONS.get(k);
}

/** Class keys: lower case, hyphens as spaces, collapsed ("Second-generation antipsychotic"). */
function classKey(value: string): string {
  return value.toLowerCase().replace(/[-_]/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Mechanism keys ignore case, spaces and punctuation ("5-HT2A" = "5ht2a"). */
function termKey(value: string): string {
  return value.toLowerCase().replace(/[^a-z0-9αβσ]/g, '');
}

/**
 * Lookups over the clinical data files in this folder. Built once per
 * configuration (the base data is loaded once per process).
 */
export class KnowledgeBase {
  private readonly frameworksById = new Map<string, FrameworkInfo>();
  private readonly drugsByName = new Map<string, DrugInfo>();
  /** generic, brand, alias keys -> generic name */
  private readonly drugIndex = new Map<string, string>();
  private readonly brandList: { brand: string; generic: string }[] = [];
  private readonly classIndex = new Map<string, string>();
  private readonly mechanismIndex = new Map<string, MechanismInfo>();
  private readonly procedureIndex = new Map<string, ProcedureInfo>();
  private readonly resolved = new Map<string, DrugMatch | null>();
  /** A whole-class synonym's key -> the first class that lists it (classMatches). */
  private readonly synonymClass = new Map<string, string>();
  /** Per drug, the keys of the class names it is accepted under: its class, other classes and subclass names (classMatches). */
  private readonly acceptedKeys = new WeakMap<DrugInfo, Set<string>>();
  private classList?: readonly { id: string; synonyms: readonly string[]; description: string }[];

  constructor(config: CaselintConfig = {}) {
    for (const f of frameworksData.frameworks as FrameworkInfo[]) this.frameworksById.set(f.id, f);
    for (const id of config.frameworks ?? []) {
      if (!this.frameworksById.has(id)) {
        this.frameworksById.set(id, { id, name: titleCase(id), aliases: [], summary: 'A framework added by the configuration file.', src: [] });
      }
    }
    for (const c of CLASSES) {
      for (const syn of c.synonyms) if (!this.synonymClass.has(classKey(syn))) this.synonymClass.set(classKey(syn), c.id);
      this.classIndex.set(classKey(c.id), c.id);
      for (const s of c.synonyms) if (!this.classIndex.has(classKey(s))) this.classIndex.set(classKey(s), c.id);
    }
    // Drug-specific subclass names (NDRI, SARI, TeCA...): the class of the first drug that names it.
    for (const d of BASE_DRUGS) {
      for (const s of d.classSynonyms ?? []) if (!this.classIndex.has(classKey(s))) this.classIndex.set(classKey(s), d.class);
    }
    for (const d of BASE_DRUGS) this.addDrug({ ...d, origin: 'data' });
    for (const o of config.drugs ?? []) this.applyOverride(o);
    for (const m of MECHANISMS) {
      for (const t of [m.id, m.term, ...m.aliases]) {
        const k = termKey(t);
        if (k && !this.mechanismIndex.has(k)) this.mechanismIndex.set(k, m);
      }
    }
    for (const p of PROCEDURES) {
      for (const t of [p.id, p.name, ...p.aliases]) {
        const k = classKey(t);
        if (!this.procedureIndex.has(k)) this.procedureIndex.set(k, p);
      }
    }
  }

  private addDrug(d: DrugInfo): void {
    const old = this.drugsByName.get(d.name);
    if (old) this.brandList.splice(0, this.brandList.length, ...this.brandList.filter((b) => b.generic !== d.name));
    this.drugsByName.set(d.name, d);
    this.drugIndex.set(drugKey(d.name), d.name);
    for (const b of d.brands) {
      this.drugIndex.set(drugKey(b), d.name);
      this.brandList.push({ brand: b, generic: d.name });
    }
    for (const a of d.aliases ?? []) this.drugIndex.set(drugKey(a), d.name);
  }

  private applyOverride(o: DrugOverride): void {
    if (!o || typeof o.name !== 'string' || o.name.trim() === '') return;
    const existingName = this.drugIndex.get(drugKey(o.name));
    const existing = existingName ? this.drugsByName.get(existingName) : undefined;
    const cls = typeof o.class === 'string' ? (this.normalizeClass(o.class) ?? 'other') : undefined;
    const base: DrugInfo = existing
      ? { ...existing, src: [...existing.src] }
      : { name: o.name.trim().toLowerCase(), brands: [], class: cls ?? 'other', mechanisms: [], antidepressant: false, src: [CONFIG_SOURCE] };
    base.origin = 'config';
    if (cls) base.class = cls;
    if (Array.isArray(o.brands)) base.brands = [...new Set([...base.brands, ...o.brands.filter((b) => typeof b === 'string')])];
    const min = configMg(o.min_dose);
    if (min !== undefined) base.minDoseMg = { value: min, src: [CONFIG_SOURCE] };
    const max = configMg(o.max_dose);
    if (max !== undefined) base.maxDoseMg = { value: max, src: [CONFIG_SOURCE] };
    if (typeof o.antidepressant === 'boolean') base.antidepressant = o.antidepressant;
    else if (!existing || cls) base.antidepressant = this.classIsAntidepressant(base.class) && !['ketamine', 'esketamine'].includes(base.name);
    if (!base.src.includes(CONFIG_SOURCE)) base.src.push(CONFIG_SOURCE);
    this.addDrug(base);
  }

  framework(id: string): FrameworkInfo | undefined {
    return this.frameworksById.get(id);
  }

  frameworks(): FrameworkInfo[] {
    return [...this.frameworksById.values()];
  }

  frameworkIds(): string[] {
    return [...this.frameworksById.keys()];
  }

  // ---- drugs ----

  /** A drug by generic name, brand or alias, case-insensitive; hyphens, slashes and spaces are interchangeable. */
  drug(nameOrBrand: string): DrugInfo | undefined {
    return this.resolveDrug(nameOrBrand)?.info;
  }

  /**
   * A drug by name as authors write it: generic, brand or alias, then with
   * formulation suffixes and salts taken off the end ("venlafaxine
   * hydrochloride XR" is venlafaxine); the formulation is the one the name's
   * suffix names when the drug has figures for it.
   */
  resolveDrug(nameOrBrand: string): DrugMatch | undefined {
    if (typeof nameOrBrand !== 'string') return undefined;
    const key = drugKey(nameOrBrand);
    const memo = this.resolved.get(key);
    if (memo !== undefined) return memo ?? undefined;
    let k = key;
    let generic = this.drugIndex.get(k);
    while (generic === undefined) {
      const suffix = NAME_SUFFIXES.find((x) => k.endsWith(' ' + x));
      if (!suffix) break;
      k = k.slice(0, k.length - suffix.length - 1).trim();
      generic = this.drugIndex.get(k);
    }
    const info = generic === undefined ? undefined : this.drugsByName.get(generic);
    let match: DrugMatch | undefined;
    if (info) {
      const words = ` ${key} `;
      const formulation = info.formulations?.find((f) => [f.id, ...f.aliases].some((a) => words.includes(` ${drugKey(a)} `)));
      match = formulation ? { info, formulation } : { info };
    }
    if (this.resolved.size > 4096) this.resolved.clear();
    this.resolved.set(key, match ?? null);
    return match;
  }

  drugs(): DrugInfo[] {
    return [...this.drugsByName.values()];
  }

  /** Generic names. */
  drugNames(): string[] {
    return [...this.drugsByName.keys()];
  }

  brandNames(): { brand: string; generic: string }[] {
    return [...this.brandList];
  }

  /** The generic names (brands resolve to theirs) nearest to a misspelt name, best first. */
  nearestDrugs(name: string, limit = 3): string[] {
    if (typeof name !== 'string' || name.trim() === '') return [];
    const candidates = new Map<string, string>();
    for (const g of this.drugsByName.keys()) candidates.set(g, g);
    for (const b of this.brandList) if (!candidates.has(b.brand)) candidates.set(b.brand, b.generic);
    const needle = name.trim().toLowerCase();
    const found = nearest(needle, candidates.keys(), limit * 2);
    // Keep only the closest (a clear best match is offered alone: "did you mean escitalopram?").
    const dist = found.map((c) => editDistance(needle, c.toLowerCase()));
    const best = Math.min(...dist);
    const out: string[] = [];
    found.forEach((c, i) => {
      if ((dist[i] ?? Infinity) > best) return;
      const g = candidates.get(c) ?? c;
      if (!out.includes(g) && out.length < limit) out.push(g);
    });
    return out;
  }

  augmentationAgents(): DrugInfo[] {
    return this.drugs().filter((d) => d.augmentationAgent);
  }

  // ---- classes ----

  /** A class value or synonym -> the class value of docs/format.md ("NDRI" -> "atypical antidepressant"). */
  normalizeClass(value: string): string | undefined {
    if (typeof value !== 'string') return undefined;
    return this.classIndex.get(classKey(value));
  }

  /** True when `stated` names the drug's class (or a class or subclass it is accepted under). "other" always matches. */
  classMatches(drug: DrugInfo, stated: string): boolean {
    if (typeof stated !== 'string') return false;
    const k = classKey(stated);
    if (k === 'other' || drug.class === 'other') return true;
    let keys = this.acceptedKeys.get(drug);
    if (!keys) {
      keys = new Set([drug.class, ...(drug.alsoClasses ?? []), ...(drug.classSynonyms ?? [])].map(classKey));
      this.acceptedKeys.set(drug, keys);
    }
    if (keys.has(k)) return true;
    // A whole-class synonym ("selective serotonin reuptake inhibitor", "SGA"): the first class that lists it.
    const cls = this.synonymClass.get(k);
    return cls !== undefined && (drug.class === cls || (drug.alsoClasses ?? []).includes(cls));
  }

  /** The classes with their synonyms and subclass names, in data order: built once (shared, so never changed by a reader). */
  classes(): readonly { id: string; synonyms: readonly string[]; description: string }[] {
    return (this.classList ??= CLASSES.map((c) => {
      const subclasses = BASE_DRUGS.filter((d) => d.class === c.id || (d.alsoClasses ?? []).includes(c.id)).flatMap((d) => d.classSynonyms ?? []);
      return { id: c.id, synonyms: [...new Set([...c.synonyms, ...subclasses])], description: c.description };
    }));
  }

  classIsAntidepressant(cls: string): boolean {
    return CLASSES.some((c) => c.id === cls && c.antidepressant);
  }

  // ---- procedures, ketamine, mechanisms ----

  /** A procedure by its value in docs/format.md, name or alias, case-insensitive ("ect", "TMS", "theta burst"). */
  procedure(name: string): ProcedureInfo | undefined {
    if (typeof name !== 'string') return undefined;
    return this.procedureIndex.get(classKey(name));
  }

  procedures(): ProcedureInfo[] {
    return [...PROCEDURES];
  }

  ketamine(): KetamineInfo {
    return KETAMINE;
  }

  /** A mechanism by id, term or alias, ignoring case and punctuation ("NMDA", "5-HT2A", "mTOR"). */
  mechanism(term: string): MechanismInfo | undefined {
    if (typeof term !== 'string') return undefined;
    return this.mechanismIndex.get(termKey(term));
  }

  mechanisms(): MechanismInfo[] {
    return [...MECHANISMS];
  }

  /** Every mechanism term and alias as written, longest first (for scanning prose). */
  mechanismTerms(): string[] {
    const terms = new Set<string>();
    for (const m of MECHANISMS) for (const t of [m.term, ...m.aliases]) terms.add(t);
    return [...terms].sort((a, b) => b.length - a.length || a.localeCompare(b));
  }

  // ---- sources, definitions, staging ----

  /** The citation a source key stands for. */
  source(key: string): string | undefined {
    if (key === CONFIG_SOURCE) return 'the project configuration file (.caselintrc)';
    return SOURCES[key]?.text;
  }

  /** What a reader should know about a source's reliability, when the knowledge base records it (shown where a value from it is uncertain). */
  sourceCaveat(key: string): string | undefined {
    return SOURCES[key]?.caveat;
  }

  sourceKeys(): string[] {
    return Object.keys(SOURCES);
  }

  trdDefinitions(): TrdDefinition[] {
    return [...TRD_DEFINITIONS];
  }

  stagingModels(): StagingModel[] {
    return [...STAGING];
  }

  /** A staging model by id ('thase-rush', 'maudsley', ...). */
  stagingModel(id: string): StagingModel | undefined {
    return STAGING.find((m) => m.id === id);
  }

  /** What a treatment-resistance claim needs: the definition applied (trd-definitions.json `claim`) and its minimum number of trials. */
  trdClaim(): { definition: TrdDefinition; minTrials: number } {
    return TRD_CLAIM;
  }
}

/** "50 mg/day", "0.5 g", "25 mcg" -> mg; undefined when it does not parse as a dose. */
function configMg(value: unknown): number | undefined {
  if (typeof value === 'number' && value > 0) return value;
  const q = parseQuantity(value, 'dose');
  return q.ok ? toMg(q.quantity) : undefined;
}

function titleCase(id: string): string {
  return id.split(/[-_ ]/).filter(Boolean).map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' ');
}

const cache = new Map<string, KnowledgeBase>();

/** The knowledge base for a configuration; the same object for equal configurations. */
export function knowledgeBaseFor(config: CaselintConfig = {}): KnowledgeBase {
  const key = JSON.stringify({ d: config.drugs ?? [], f: config.frameworks ?? [] });
  let kb = cache.get(key);
  if (!kb) {
    if (cache.size > 32) cache.clear();
    kb = new KnowledgeBase(config);
    cache.set(key, kb);
  }
  return kb;
}

/** The bundled knowledge base as one text: caches key on it (a changed fact changes it). */
export function knowledgeBaseText(): string {
  return JSON.stringify([classesData, drugsData, frameworksData, ketamineData, mechanismsData, proceduresData, sourcesData, stagingData, trdData]);
}
