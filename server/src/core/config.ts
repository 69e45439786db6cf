import type { SeveritySetting } from './types';

/** A drug added or overridden by the configuration file (README, Configuration; schemas/caselintrc.schema.json). */
export interface DrugOverride {
  name: string;
  class?: string;
  min_dose?: string;
  max_dose?: string;
  brands?: string[];
  antidepressant?: boolean;
}

/** The configuration file, as written (`.caselintrc.yaml` / `.caselintrc.json`). */
export interface CaselintConfig {
  rules?: Record<string, SeveritySetting>;
  adequacy?: { minimum_weeks?: number };
  drugs?: DrugOverride[];
  frameworks?: string[];
  /** Per-route ceilings for one ketamine administration, e.g. { intramuscular: "150 mg" }. */
  ketamine?: { ceilings?: Record<string, string> };
  /** Globs of files to leave out, relative to the configuration file's folder (README, Configuration). */
  ignores?: string[];
  /** Report directives that silence nothing (docs/rules/disable-directive.md). */
  report_unused_disable_directives?: boolean;
  /** Settings of trd-criteria-unmet. `require_different_classes: true`: a TRD claim needs 2 failed steps of 2 different classes. */
  trd?: { require_different_classes?: boolean };
}

export { CONFIG_FILE_GLOB, CONFIG_FILE_NAMES, repositoryFilesUrl, repositoryWebUrl, ruleDocsUrl, type PackageRepository } from '../protocol';

export const DEFAULT_MINIMUM_WEEKS = 6;

/** Later layers win: rules merge key by key, lists append, scalars replace. */
export function mergeConfigs(...layers: (CaselintConfig | undefined)[]): CaselintConfig {
  const out: CaselintConfig = {};
  for (const layer of layers) {
    if (!layer) continue;
    if (layer.rules) out.rules = { ...out.rules, ...layer.rules };
    if (layer.adequacy) out.adequacy = { ...out.adequacy, ...layer.adequacy };
    if (layer.drugs) out.drugs = [...(out.drugs ?? []), ...layer.drugs];
    if (layer.frameworks) out.frameworks = [...(out.frameworks ?? []), ...layer.frameworks];
    if (layer.ignores) out.ignores = [...(out.ignores ?? []), ...layer.ignores];
    if (layer.report_unused_disable_directives !== undefined) out.report_unused_disable_directives = layer.report_unused_disable_directives;
    if (layer.trd) out.trd = { ...out.trd, ...layer.trd };
    if (layer.ketamine) {
      out.ketamine = { ceilings: { ...out.ketamine?.ceilings, ...layer.ketamine.ceilings } };
    }
  }
  return out;
}

export function minimumWeeks(config: CaselintConfig): number {
  const w = config.adequacy?.minimum_weeks;
  return typeof w === 'number' && w > 0 ? w : DEFAULT_MINIMUM_WEEKS;
}

export function requireDifferentClasses(config: CaselintConfig): boolean {
  return config.trd?.require_different_classes === true;
}
