// Turning what the merchant typed on the options page into a settings patch, with one message key
// per wrong field. Limits are the stored schema's (lib/cases/schema.ts), so what passes here is
// what the background accepts.
import type { Settings } from '../../lib/cases/schema';
import { PORTAL_LOCALE_TAGS, type Locale } from '../../lib/i18n';

export const MAX_URGENCY_HOURS = { critical: 24 * 30, soon: 24 * 60 } as const;
export const MAX_NOTIFY_HOURS = 24 * 60;
const MAX_NOTIFY_THRESHOLDS = 10;

/**
 * Each setting's label on this page, by its path in the stored settings (lib/cases/settings-salvage
 * resetFields), in the page's order: the settings put back to their defaults are named with them.
 */
export const SETTING_LABELS: Readonly<Record<string, string>> = {
  timeZone: 'options.timeZone',
  language: 'options.language',
  criticalHours: 'options.criticalHours',
  soonHours: 'options.soonHours',
  notifications: 'options.section.notifications',
  'notifications.enabled': 'options.notifications.enabled',
  'notifications.hoursBefore': 'options.notifications.hoursBefore',
  retentionDays: 'options.retentionDays',
  hosts: 'options.section.hosts',
  'hosts.production': 'options.hosts.production',
  'hosts.playground': 'options.hosts.playground',
};

/** `paths` in the page's order (a path with no label last); the popup names them in this order too. */
export function inPageOrder(paths: readonly string[]): string[] {
  const order = Object.keys(SETTING_LABELS);
  const rank = (path: string) => (order.includes(path) ? order.indexOf(path) : order.length);
  return [...paths].sort((a, b) => rank(a) - rank(b));
}

/** The labels of `paths` in the page's order; a path with no label of its own is named as it is. */
export function settingLabels(paths: readonly string[]): string[] {
  return inPageOrder(paths).map((path) => SETTING_LABELS[path] ?? path);
}

export type FieldCheck<T> = { ok: true; value: T } | { ok: false; error: string; params?: Record<string, number> };

/** "24", "2,5" or "2.5" hours: above 0, at most max. */
export function parseHours(text: string, max: number): FieldCheck<number> {
  const v = Number(text.trim().replace(',', '.'));
  if (text.trim() === '' || !Number.isFinite(v) || v <= 0 || v > max) return { ok: false, error: 'options.error.hours', params: { max } };
  return { ok: true, value: v };
}

/**
 * Stored hours as the field shows them: with the language's decimal mark ("2,5" in German, as the
 * merchant typed it; parseHours reads both marks), no digit grouping (at most 1440 hours).
 */
export function hoursText(hours: number, locale: Locale): string {
  return new Intl.NumberFormat(PORTAL_LOCALE_TAGS[locale], { useGrouping: false, maximumFractionDigits: 20 }).format(hours);
}

/**
 * How the hours list separates its numbers: "; " in a language that writes "1,5" (German and the
 * Nordic languages), else ", ". With commas only, a German "72, 24, 1,5" was read as 72, 24, 1 and 5.
 */
export function hoursListSeparator(locale: Locale): string {
  return hoursText(1.5, locale).includes(',') ? '; ' : ', ';
}

/**
 * "72, 24, 2" → [72, 24, 2]: distinct, largest first. In a language that writes "1,5", a comma
 * between two digits is its decimal mark ("72; 24; 1,5" and "72, 24, 1,5" are 72, 24 and 1.5, "72,25"
 * is 72.25 as that language writes it, "1,5,2" is refused); elsewhere commas, semicolons and
 * spaces all separate.
 */
export function parseHoursList(text: string, locale: Locale = 'en'): FieldCheck<number[]> {
  const bad = { ok: false as const, error: 'options.error.hoursList', params: { max: MAX_NOTIFY_HOURS } };
  const decimalComma = hoursListSeparator(locale) === '; ';
  const parts = (decimalComma ? text.replace(/(\d),(?=\d)/g, '$1.') : text)
    .split(/[;,\s]+/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  if (parts.length === 0 || parts.length > MAX_NOTIFY_THRESHOLDS) return bad;
  const values: number[] = [];
  for (const p of parts) {
    const v = Number(p);
    if (!Number.isFinite(v) || v <= 0 || v > MAX_NOTIFY_HOURS) return bad;
    values.push(v);
  }
  return { ok: true, value: [...new Set(values)].sort((a, b) => b - a) };
}

export function parseRetention(text: string): FieldCheck<number> {
  const v = Number(text.trim());
  if (text.trim() === '' || !Number.isInteger(v) || v < 1 || v > 3650) return { ok: false, error: 'options.error.retention' };
  return { ok: true, value: v };
}

/** The urgency pair must stay ordered: "soon" starts before "critical". */
export function checkUrgency(critical: number, soon: number): string | null {
  return soon > critical ? null : 'options.error.soonAfterCritical';
}

/** The stored hours as the field shows them: the language's decimal mark and list separator. */
export function hoursListText(settings: Settings, locale: Locale): string {
  return settings.notifications.hoursBefore.map((h) => hoursText(h, locale)).join(hoursListSeparator(locale));
}

/** Every IANA zone the browser knows, or just the given ones when Intl cannot list them. */
export function timeZones(fallback: string[]): string[] {
  const intl = Intl as typeof Intl & { supportedValuesOf?: (key: string) => string[] };
  try {
    const zones = intl.supportedValuesOf?.('timeZone');
    if (zones && zones.length > 0) return zones.includes('UTC') ? zones : ['UTC', ...zones];
  } catch {
    // older engines
  }
  return [...new Set(fallback)];
}
