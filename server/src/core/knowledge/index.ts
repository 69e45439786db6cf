import type { CaselintConfig } from '../config';
import frameworksData from './frameworks.json';
import type { FrameworkInfo, DrugInfo } from './types';

export type { FrameworkInfo, DrugInfo, Sourced } from './types';

/**
 * Lookups over the clinical data files in this folder. Built once per
 * configuration (the base data is loaded once per process).
 */
export class KnowledgeBase {
  private readonly frameworksById = new Map<string, FrameworkInfo>();

  constructor(config: CaselintConfig = {}) {
    for (const f of frameworksData.frameworks as FrameworkInfo[]) this.frameworksById.set(f.id, f);
    for (const id of config.frameworks ?? []) {
      if (!this.frameworksById.has(id)) {
        this.frameworksById.set(id, { id, name: titleCase(id), aliases: [], summary: 'A framework added by the configuration file.', src: [] });
      }
    }
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

  /** A drug by generic or brand name, case-insensitive. (Filled in by the knowledge-base work.) */
  drug(_name: string): DrugInfo | undefined {
    return undefined;
  }
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
