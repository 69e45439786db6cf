import type { CaselintConfig } from '../core';
import { SEVERITIES, type SeveritySetting } from '../core';
import { DEFAULT_SETTINGS, type ServerSettings } from './state';

/**
 * The `caselint` settings section as the client sent it, checked field by
 * field: anything malformed falls back to its default rather than failing.
 */
export function normalizeSettings(raw: unknown): ServerSettings {
  const r = isObject(raw) ? raw : {};
  const rules: Record<string, SeveritySetting> = {};
  if (isObject(r.rules)) {
    for (const [id, sev] of Object.entries(r.rules)) {
      if (typeof sev === 'string' && (sev === 'off' || (SEVERITIES as readonly string[]).includes(sev))) {
        rules[id] = sev as SeveritySetting;
      }
    }
  }
  const adequacy: ServerSettings['adequacy'] = {};
  if (isObject(r.adequacy)) {
    const w = r.adequacy.minimumWeeks ?? r.adequacy.minimum_weeks;
    if (typeof w === 'number' && Number.isFinite(w) && w > 0) adequacy.minimumWeeks = w;
  }
  const settings: ServerSettings = {
    enable: typeof r.enable === 'boolean' ? r.enable : DEFAULT_SETTINGS.enable,
    run: r.run === 'onSave' ? 'onSave' : 'onType',
    rules,
    adequacy,
    inlayHints: typeof r.inlayHints === 'boolean' ? r.inlayHints : DEFAULT_SETTINGS.inlayHints,
    codeLens: typeof r.codeLens === 'boolean' ? r.codeLens : DEFAULT_SETTINGS.codeLens,
  };
  if (typeof r.configFile === 'string' && r.configFile.trim() !== '' && !r.configFile.includes('\0')) settings.configFile = r.configFile.trim();
  if (isObject(r.trace) && typeof r.trace.server === 'string' && ['off', 'messages', 'verbose'].includes(r.trace.server)) {
    settings.trace = { server: r.trace.server as 'off' | 'messages' | 'verbose' };
  }
  return settings;
}

/** The configuration layer the editor settings make (it goes over the `.caselintrc` file). */
export function settingsLayer(settings: ServerSettings): CaselintConfig {
  const layer: CaselintConfig = {};
  if (Object.keys(settings.rules).length > 0) layer.rules = { ...settings.rules };
  if (settings.adequacy.minimumWeeks !== undefined) layer.adequacy = { minimum_weeks: settings.adequacy.minimumWeeks };
  return layer;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
