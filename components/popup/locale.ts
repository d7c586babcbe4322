// The popup's UI language (no Preact, no browser API: the first frame needs it before either loads).
import { resolveLocale, type Locale } from '../../lib/i18n/locales';
import type { Settings } from '../../lib/cases/schema';

/** The UI language: the one chosen in the options, else the browser's. */
export function popupLocale(settings: Settings, browserLanguage: string | undefined = globalThis.navigator?.language): Locale {
  return settings.language ?? resolveLocale(browserLanguage);
}
