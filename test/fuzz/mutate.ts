import * as fs from 'fs';
import * as path from 'path';
import { rng } from '../../bench/generate';
import { fixturesDir, repoRoot, samplesDir } from '../support/paths';

/** A small seeded generator (mulberry32): the same seed gives the same documents. */
export type Random = () => number;

export function random(seed: number): Random {
  return rng(seed);
}

/** The seed of document `i` of a campaign seeded `seed`. */
export function documentSeed(seed: number, i: number): number {
  return (Math.imul(seed >>> 0, 0x9e3779b1) ^ Math.imul(i + 1, 0x85ebca6b)) >>> 0;
}

const int = (r: Random, n: number): number => Math.floor(r() * n);
const pick = <T>(r: Random, xs: readonly T[]): T => xs[int(r, xs.length)] as T;

export interface CorpusFile {
  name: string;
  text: string;
}

function yamlFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...yamlFiles(p));
    else if (/\.ya?ml$/.test(e.name)) out.push(p);
  }
  return out.sort();
}

/** The samples, the rule fixtures and the regression inputs: what mutants start from. */
export function loadCorpus(): CorpusFile[] {
  const files = [...yamlFiles(samplesDir), ...yamlFiles(fixturesDir), ...yamlFiles(path.join(repoRoot, 'test', 'robustness', 'inputs'))];
  return files.map((f) => ({ name: path.relative(repoRoot, f), text: fs.readFileSync(f, 'utf8') }));
}

type Mutation = (text: string, r: Random) => string;

const lines = (t: string): string[] => t.split('\n');
const WEIRD = ['\t', '"', "'", ':', '-', '?', '[', ']', '{', '}', '&', '*', '!', '|', '>', '#', '%', '@', '`', ',', '\\', '\r', '\n', ' ', '\u00a0', '\u2028', '\ufeff', '\ud800', '\udc80', '\ufffd', 'é', '😀', '\u0000'];

function atLine(t: string, r: Random, insert: string): string {
  const ls = lines(t);
  ls.splice(int(r, ls.length + 1), 0, insert);
  return ls.join('\n');
}

/** Each mutation kind the fuzzing campaign applies (docs in test/fuzz/README.md). */
export const MUTATIONS: Record<string, Mutation> = {
  flip(t, r) {
    if (t.length === 0) return pick(r, WEIRD);
    let out = t;
    for (let n = 1 + int(r, 4); n > 0; n--) {
      const i = int(r, out.length);
      out = out.slice(0, i) + pick(r, WEIRD) + out.slice(i + 1);
    }
    return out;
  },
  truncate: (t, r) => t.slice(0, int(r, t.length + 1)),
  duplicateLine(t, r) {
    const ls = lines(t);
    const i = int(r, ls.length);
    ls.splice(i, 0, ls[i] ?? '');
    return ls.join('\n');
  },
  deleteLine(t, r) {
    const ls = lines(t);
    ls.splice(int(r, ls.length), 1 + int(r, 3));
    return ls.join('\n');
  },
  swapLines(t, r) {
    const ls = lines(t);
    const i = int(r, ls.length);
    const j = int(r, ls.length);
    [ls[i], ls[j]] = [ls[j] ?? '', ls[i] ?? ''];
    return ls.join('\n');
  },
  indent(t, r) {
    const ls = lines(t);
    const i = int(r, ls.length);
    ls[i] = ' '.repeat(int(r, 12)) + (ls[i] ?? '').trimStart();
    return ls.join('\n');
  },
  tabs(t, r) {
    const ls = lines(t);
    const i = int(r, ls.length);
    ls[i] = (ls[i] ?? '').replace(/^ +/, '\t');
    return ls.join('\n');
  },
  deepNesting(t, r) {
    const n = 20 + int(r, 400);
    const kind = int(r, 6);
    if (kind === 0) return atLine(t, r, `deep: ${'['.repeat(n)}x${']'.repeat(int(r, 2) * n)}`);
    if (kind === 1) return atLine(t, r, `deep: ${'{a: '.repeat(n)}x${'}'.repeat(int(r, 2) * n)}`);
    if (kind === 2) return atLine(t, r, `${'- '.repeat(n)}x`);
    if (kind === 3) return atLine(t, r, `${'? '.repeat(Math.min(n, 60))}x`);
    if (kind === 4) return atLine(t, r, `${': '.repeat(n)}x\n  a: l`);
    return atLine(t, r, Array.from({ length: Math.min(n, 120) }, (_, d) => `${' '.repeat(d)}k${d}:`).join('\n'));
  },
  longLine(t, r) {
    const unit = pick(r, ['"', 'word ', 'John Smith ', '555-123-4567 ', '2020-01-01 ', '[@ref] ', 'a: ', '#', '\\', "'"]);
    const n = Math.ceil((1000 + int(r, 60000)) / unit.length);
    return atLine(t, r, `${pick(r, ['title', 'abstract', 'note', '  text', 'x'])}: ${unit.repeat(n)}`);
  },
  aliasBomb(t, r) {
    const w = 2 + int(r, 9);
    const depth = 2 + int(r, 8);
    const out = [`a0: &a0 [${Array(w).fill('lol').join(', ')}]`];
    for (let d = 1; d < depth; d++) out.push(`a${d}: &a${d} [${Array(w).fill(`*a${d - 1}`).join(', ')}]`);
    return atLine(t, r, out.join('\n'));
  },
  oddTag(t, r) {
    const tag = pick(r, ['!!binary aGVsbG8=', '!!js/function "function () { require(\'fs\').writeFileSync(\'x\', 1) }"', '!!js/regexp /x/', '!!set {a, b}', '!!omap [a: 1]', '!custom x', '!!timestamp 2001-12-14', '!!float nan', '!<tag:yaml.org,2002:str> x']);
    const ls = lines(t);
    const i = int(r, ls.length);
    ls[i] = (ls[i] ?? '').replace(/:\s+(.*)$/, `: ${tag}`);
    return ls.join('\n');
  },
  mergeKey: (t, r) => atLine(t, r, pick(r, ['base: &base {drug: sertraline, dose: 50 mg}\nmerged:\n  <<: *base', '<<: *missing', '<<: [*a, *b]', '  <<: {x: 1}'])),
  anchorOnKey: (t, r) => t.replace(/^(\s*)([a-z_]+):/m, (_m, s: string, k: string) => `${s}&${pick(r, ['k', 'x1', 'a'])} ${k}:`),
  invalidUtf8(t, r) {
    const i = int(r, t.length + 1);
    return t.slice(0, i) + pick(r, ['\ud800', '\udfff', '\ufffd\ufffd', '\ud83d']) + t.slice(i);
  },
  nul(t, r) {
    const i = int(r, t.length + 1);
    return t.slice(0, i) + '\u0000' + t.slice(i);
  },
  bom: (t) => '\ufeff' + t,
  crEndings: (t) => t.replace(/\r?\n/g, '\r'),
  crlfEndings: (t) => t.replace(/\r?\n/g, '\r\n'),
  hugeNumbers: (t, r) => t.replace(/\b\d+(\.\d+)?\b/, pick(r, ['1e999', '99999999999999999999999999', '-0', '.inf', '-.nan', '0x7fffffffffffffff', '1_000_000', '0o777', '1e-999'])),
  explicitKeys(t, r) {
    const ls = lines(t);
    const i = int(r, ls.length);
    const m = /^(\s*)([^\s:#][^:#]*):\s+(\S.*)$/.exec(ls[i] ?? '');
    if (m) ls.splice(i, 1, `${m[1]}? ${m[2]}`, `${m[1]}: ${m[3]}`);
    return ls.join('\n');
  },
  protoKeys: (t, r) => atLine(t, r, pick(r, ['__proto__: {polluted: yes}', 'constructor: {prototype: {polluted: yes}}', '"__proto__":\n  polluted: yes', 'patient:\n  __proto__: {polluted: yes}', 'prototype: {polluted: yes}'])),
};

export const MUTATION_KINDS = Object.keys(MUTATIONS);

export interface Mutant {
  /** The corpus file it started from. */
  base: string;
  kinds: string[];
  text: string;
}

/** One mutant: a corpus file, one to three mutations. Deterministic in `seed`. */
export function mutant(corpus: readonly CorpusFile[], seed: number): Mutant {
  const r = random(seed);
  const base = pick(r, corpus);
  let text = base.text;
  const kinds: string[] = [];
  for (let n = 1 + int(r, 3); n > 0; n--) {
    const kind = pick(r, MUTATION_KINDS);
    kinds.push(kind);
    text = (MUTATIONS[kind] as Mutation)(text, r);
  }
  return { base: base.name, kinds, text };
}
