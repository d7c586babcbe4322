export { LOCALES, PORTAL_LOCALE_TAGS, resolveLocale } from './locales';
export type { Locale } from './locales';
export { t, tn, formatCount, hasText } from './translate';
export type { Params } from './translate';
export { CATALOG } from './catalog';
