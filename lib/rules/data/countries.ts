// Countries the fee lookup needs to know about: the EEA members (for the fee tables' "EEA" row)
// and the spellings of country codes that are not ISO 3166-1 alpha-2 but appear in the sources.
import type { Effective } from '../types';

export interface EeaMemberRow {
  country: string;
  source: string;
  effective: Effective;
}

const EU = 'eu.countries';
const EEA = 'efta.eea';
// The 27 EU member states, then Iceland, Liechtenstein and Norway (EEA Agreement). Membership
// dates before the disputes this extension can meet (Kustom launched in 2024) are left open.
export const EEA_MEMBERS: readonly EeaMemberRow[] = [
  ...['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE'].map(
    (country) => ({ country, source: EU, effective: {} }),
  ),
  ...['IS', 'LI', 'NO'].map((country) => ({ country, source: EEA, effective: {} })),
];

export interface CountryAliasRow {
  alias: string;
  country: string;
  source: string;
  effective: Effective;
}

export const COUNTRY_ALIASES: readonly CountryAliasRow[] = [
  // The seeds' fee tables say "UK"; ISO reserves UK for the United Kingdom, whose code is GB.
  { alias: 'UK', country: 'GB', source: 'iso.3166_reserved_uk', effective: {} },
  // The EU writes Greece as EL; ISO 3166-1 is GR.
  { alias: 'EL', country: 'GR', source: 'eu.countries', effective: {} },
];
