/**
 * Ketamine and esketamine per session (docs/rules/ketamine-dose-range.md):
 * a session's administrations of one drug by one route add up, mg/kg doses
 * and ceilings are converted with `patient.weight`, and each total is judged
 * against the route's ceiling (knowledge/ketamine.json, overridden by
 * `ketamine.ceilings` in the configuration). Read by the rule and the summary.
 */
import type { CaselintConfig } from './config';
import type { CaseDocument, PathSegment } from './document';
import { normalizeRoute, type KetamineCeiling, type KnowledgeBase } from './knowledge';
import { parseQuantity, toMg, type QuantityReader } from './quantity';

export interface KetamineDose {
  /** ketamine or esketamine */
  drug: string;
  /** The route value (docs/format.md, Interventions) ("" when not given, for esketamine). */
  route: string;
  /** "session 2", or "one session" when the session has no number. */
  session: string;
  /** The administrations added up, in order. */
  paths: PathSegment[][];
  /** The total: in mg when every dose converts, else in mg/kg when every dose is per kg. */
  total: number;
  unit: 'mg' | 'mg/kg';
  /** The ceiling crossed, as a message shows it ("300 mg", "1 mg/kg (60 mg for 60 kg)"). */
  ceiling?: string;
  /** The administration whose dose takes the total over the ceiling. */
  crossedAt?: PathSegment[];
  /** A note on the dose ("(90 mg)" for a converted mg/kg dose). */
  doseNote?: string;
  /** Doses in mg and mg/kg without a weight: `total` adds up only the doses in `unit`, which alone cross the ceiling. */
  partOnly?: boolean;
  /** Why the total was not judged ("mg/kg without patient.weight, and no mg/kg ceiling for sublingual"). */
  notJudged?: string;
}

const SLACK = 1e-9;

/** The ceilings in force: the knowledge base's, with the configuration's per route. */
export function ketamineCeilings(kb: KnowledgeBase, config: CaselintConfig): Record<string, KetamineCeiling> {
  // Without ceilings in the configuration, the knowledge base's own (only read, never changed).
  if (config.ketamine?.ceilings === undefined) return kb.ketamine().ceilings;
  const ceilings: Record<string, KetamineCeiling> = { ...kb.ketamine().ceilings };
  for (const [route, text] of Object.entries(config.ketamine?.ceilings ?? {})) {
    const c = parseCeiling(text);
    if (c) ceilings[route === 'esketamine' ? route : (normalizeRoute(route) ?? route.toLowerCase())] = c;
  }
  return ceilings;
}

export function analyzeKetamine(
  doc: CaseDocument,
  kb: KnowledgeBase,
  config: CaselintConfig,
  weightKg: number | undefined,
  read: QuantityReader,
): KetamineDose[] {
  let ceilings: Record<string, KetamineCeiling> | undefined;
  const out: KetamineDose[] = [];
  for (const iv of doc.items(['interventions'])) {
    for (const session of doc.items([...iv.path, 'sessions'])) {
      const number = (session.value as Record<string, unknown> | null)?.number;
      const sessionName = typeof number === 'number' || typeof number === 'string' ? `session ${number}` : 'one session';
      const groups = new Map<string, { drug: string; route: string; doses: { path: PathSegment[]; value: number; unit: string; text: string }[] }>();
      for (const adm of doc.items([...session.path, 'administrations'])) {
        if (!adm.value || typeof adm.value !== 'object' || Array.isArray(adm.value)) continue;
        const a = adm.value as Record<string, unknown>;
        if (typeof a.drug !== 'string') continue;
        const generic = kb.drug(a.drug)?.name;
        if (generic !== 'ketamine' && generic !== 'esketamine') continue;
        const route = normalizeRoute(a.route) ?? '';
        if (generic === 'ketamine' && route === '') continue;
        const q = read([...adm.path, 'dose'], 'dose');
        if (!q.ok) continue;
        const key = `${generic}\u0000${route}`;
        let g = groups.get(key);
        if (!g) groups.set(key, (g = { drug: generic, route, doses: [] }));
        g.doses.push({ path: [...adm.path, 'dose'], value: q.quantity.value, unit: q.quantity.unit, text: `${q.quantity.value} ${q.quantity.unit}` });
      }
      for (const g of groups.values()) {
        ceilings ??= ketamineCeilings(kb, config);
        const c = g.drug === 'esketamine' ? ceilings['esketamine'] : ceilings[g.route];
        out.push(judge(g.drug, g.route, sessionName, g.doses, c, weightKg));
      }
    }
  }
  return out;
}

function judge(
  drug: string,
  route: string,
  session: string,
  doses: { path: PathSegment[]; value: number; unit: string; text: string }[],
  c: KetamineCeiling | undefined,
  weight: number | undefined,
): KetamineDose {
  const paths = doses.map((d) => d.path);
  const mgs = doses.map((d) => toMg({ value: d.value, unit: d.unit, text: d.text }, weight));
  const perKg = doses.every((d) => d.unit === 'mg/kg');
  const converted = doses.some((d) => d.unit === 'mg/kg');
  if (mgs.every((m) => m !== undefined)) {
    // Every dose in mg (mg/kg converted with the weight): against the mg ceiling, per kg when the weight is known.
    const limit = c?.perKgMg !== undefined && weight !== undefined ? c.perKgMg * weight : c?.mg;
    const total = sum(mgs as number[]);
    const r: KetamineDose = { drug, route, session, paths, total, unit: 'mg' };
    if (converted) r.doseNote = ` (${fmt(total)} mg)`;
    if (!c || limit === undefined) {
      r.notJudged = `no ceiling for ${route || drug}`;
      return r;
    }
    if (total <= limit + SLACK) return r;
    r.ceiling = c.perKgMg !== undefined && weight !== undefined
      ? `${fmt(c.perKgMg)} mg/kg (${fmt(limit)} mg for ${fmt(weight)} kg)`
      : `${fmt(limit)} mg${c.perKgMg !== undefined ? ' (its ceiling without patient.weight)' : ''}`;
    r.crossedAt = crossing(doses.map((d, i) => ({ path: d.path, value: mgs[i] as number })), limit);
    return r;
  }
  if (perKg) {
    // No weight: per kg against a per-kg ceiling, where the route has one.
    const total = sum(doses.map((d) => d.value));
    const r: KetamineDose = { drug, route, session, paths, total, unit: 'mg/kg' };
    if (!c || c.perKgMg === undefined) {
      r.notJudged = `a dose in mg/kg without patient.weight, and no mg/kg ceiling for ${route || drug}`;
      return r;
    }
    if (total <= c.perKgMg + SLACK) return r;
    r.ceiling = `${fmt(c.perKgMg)} mg/kg`;
    r.crossedAt = crossing(doses.map((d) => ({ path: d.path, value: d.value })), c.perKgMg);
    return r;
  }
  // Doses in mg and in mg/kg, no weight: the total is unknown, but more than either part. A part
  // over its own ceiling (the mg ceiling without a weight, the mg/kg ceiling) is over.
  const parts = [
    { unit: 'mg' as const, doses: doses.flatMap((d, i) => (d.unit === 'mg/kg' ? [] : [{ path: d.path, value: mgs[i] ?? 0 }])), limit: c?.mg },
    { unit: 'mg/kg' as const, doses: doses.flatMap((d) => (d.unit === 'mg/kg' ? [{ path: d.path, value: d.value }] : [])), limit: c?.perKgMg },
  ];
  for (const part of parts) {
    const total = sum(part.doses.map((d) => d.value));
    if (part.limit === undefined || total <= part.limit + SLACK) continue;
    const ceiling = part.unit === 'mg/kg' ? `${fmt(part.limit)} mg/kg` : `${fmt(part.limit)} mg${c?.perKgMg !== undefined ? ' (its ceiling without patient.weight)' : ''}`;
    return { drug, route, session, paths, total, unit: part.unit, ceiling, crossedAt: crossing(part.doses, part.limit), partOnly: true };
  }
  return { drug, route, session, paths, total: 0, unit: 'mg', notJudged: 'doses in mg and mg/kg without patient.weight' };
}

/** The first administration at which the running total passes the limit. */
function crossing(doses: { path: PathSegment[]; value: number }[], limit: number): PathSegment[] | undefined {
  let running = 0;
  for (const d of doses) {
    running += d.value;
    if (running > limit + SLACK) return d.path;
  }
  return undefined;
}

/** "150 mg" -> { mg: 150 }; "1 mg/kg" -> { perKgMg: 1 }. */
export function parseCeiling(text: unknown): KetamineCeiling | undefined {
  const q = parseQuantity(text, 'dose');
  if (!q.ok) return undefined;
  if (q.quantity.unit === 'mg/kg') return { perKgMg: q.quantity.value };
  const mg = toMg(q.quantity);
  return mg === undefined ? undefined : { mg };
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

export function fmt(n: number): string {
  return String(Math.round(n * 100) / 100);
}
