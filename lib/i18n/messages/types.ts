import type { Locale } from '../locales';

/** One area's texts: every locale holds the same keys. */
export type Messages = Record<Locale, Record<string, string>>;
