// The six languages of the Kustom Portal (seed 001 "Localized labels") are the languages we ship.
export const LOCALES = ['en', 'de', 'sv', 'fi', 'nb', 'da'] as const;
export type Locale = (typeof LOCALES)[number];

/** The portal's own language tags for each of our locales. */
export const PORTAL_LOCALE_TAGS: Record<Locale, string> = {
  en: 'en-GB',
  de: 'de-DE',
  sv: 'sv-SE',
  fi: 'fi-FI',
  nb: 'nb-NO',
  da: 'da-DK',
};

/** Language subtags that mean one of our locales ("no" and "nn" are read as Bokmål). */
export const LOCALE_ALIASES: Record<string, Locale> = { no: 'nb', nn: 'nb' };

/** The shipped locale a BCP 47 tag ("de-AT", "nb-NO", "no") means, or null for any other language. */
export function knownLocale(tag: string | null | undefined): Locale | null {
  if (!tag) return null;
  const lang = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  // (an alias only if it is one of ours: "constructor" or "__proto__" find what every object has)
  const known = (LOCALES as readonly string[]).includes(lang) ? lang : LOCALE_ALIASES[lang];
  return (LOCALES as readonly unknown[]).includes(known) ? (known as Locale) : null;
}

/** Maps any BCP 47 tag ("de-AT", "nb-NO", "no") to a shipped locale; English when unknown. */
export function resolveLocale(tag: string | null | undefined): Locale {
  return knownLocale(tag) ?? 'en';
}
