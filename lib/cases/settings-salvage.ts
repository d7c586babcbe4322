// Stored settings that do not parse as a whole keep what the merchant chose in every other field.
// The store sets the stored value aside whole (./quarantine.ts) and writes back what this keeps, so
// one bad value (a language or a bound of a newer version the Web Store rolled back from, a hand
// edit) costs only that value: not the chosen zone, thresholds or "notifications off".
import * as z from 'zod/mini';
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from './schema';

/** A stored object's fields (also ./case-salvage.ts's). */
export type Fields = Record<string, unknown>;

export function isRecord(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const parses = (fields: Fields) => settingsSchema.safeParse(fields).success;

/**
 * The fields of `raw` that parse on their own (an object field such as `notifications`, field by
 * field), as stored settings; null when none does. The thresholds are dropped together where only
 * together they break the rule "critical at most soon" (./store.ts updateSettings).
 */
export function salvageSettings(raw: unknown): Fields | null {
  if (!isRecord(raw)) return null;
  const out: Fields = {};
  for (const key of Object.keys(settingsSchema.shape)) {
    if (!Object.prototype.hasOwnProperty.call(raw, key)) continue;
    const value = raw[key];
    if (parses({ [key]: value })) {
      out[key] = value;
    } else if (isRecord(value)) {
      const inner: Fields = {};
      for (const [sub, v] of Object.entries(value)) if (parses({ [key]: { [sub]: v } })) inner[sub] = v;
      if (Object.keys(inner).length > 0) out[key] = inner;
    }
  }
  const kept = settingsSchema.safeParse(out);
  if (kept.success && kept.data.criticalHours > kept.data.soonHours) {
    delete out.criticalHours;
    delete out.soonHours;
  }
  return Object.keys(out).length > 0 && parses(out) ? out : null;
}

/**
 * What the merchant had stored that `kept` (salvageSettings) does not keep: the settings put back
 * to their defaults, as paths ("language", "notifications.hoursBefore"; "notifications" for a
 * value that is no object). Every setting where the stored value is no object at all.
 */
export function resetFields(raw: unknown, kept: Fields | null): string[] {
  const reset: string[] = [];
  for (const key of Object.keys(settingsSchema.shape)) {
    const stored = isRecord(raw) ? raw[key] : null;
    if (isRecord(raw) && !Object.prototype.hasOwnProperty.call(raw, key)) continue;
    const have = kept?.[key];
    if (isRecord(stored) && isRecord((DEFAULT_SETTINGS as Fields)[key])) {
      for (const sub of Object.keys(stored)) if (!isRecord(have) || !Object.prototype.hasOwnProperty.call(have, sub)) reset.push(`${key}.${sub}`);
    } else if (have === undefined) {
      reset.push(key);
    }
  }
  return reset;
}

/**
 * an entry of the stored list: a path `resetFields` wrote ("language", "notifications.hoursBefore"),
 * checked as a short text only; one that names no setting (a hand edit) is shown as it is, the
 * options page naming what it has no label for (components/options/settings-form settingLabels)
 */
const resetPathSchema = z.string().check(z.minLength(1), z.maxLength(200));

/**
 * The stored list of settings put back to their defaults that the options page has not named yet
 * (written by lib/cases/store loadSettings, read by the options page): its paths that parse; an
 * entry that does not (a hand edit) is left out, not the whole list.
 */
export function parseSettingsReset(raw: unknown): string[] {
  return Array.isArray(raw) ? raw.filter((path): path is string => resetPathSchema.safeParse(path).success) : [];
}

/** The settings `salvageSettings` keeps, with the defaults for the rest. */
export function settingsOf(kept: Fields | null, defaults: Settings): Settings {
  return kept ? settingsSchema.parse(kept) : defaults;
}

/**
 * Stored settings as the popup and the options page read them: as a whole where they parse, else
 * field by field as the background keeps them (it writes that back at its next wake). Read whole,
 * one value this version does not accept gave the defaults for all: the browser's language and
 * zone, the test portal's cases listed though it was turned off.
 */
export function parseStoredSettings(raw: unknown): Settings {
  const parsed = settingsSchema.safeParse(raw ?? {});
  return parsed.success ? parsed.data : settingsOf(salvageSettings(raw), DEFAULT_SETTINGS);
}
