// Countries the fee lookup needs to know about: the EEA members and the parts of EU member states
// with ISO codes of their own (for the fee tables' "EEA" row) and the spellings of country codes that are not ISO 3166-1 alpha-2 but appear in the sources.
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
  // Parts of member states with ISO codes of their own (a page names the buyer's country
  // "Réunion", the reader gives RE): inside the EU, so in the EEA. The outermost regions (TFEU
  // art. 349, 355(1)): Guadeloupe, French Guiana, Martinique, Réunion, Mayotte, Saint-Martin
  // (France), the Canary Islands (Spain; IC, reserved by ISO); Ceuta and Melilla (Spain; EA,
  // reserved by ISO); the Åland Islands (Finland, art. 355(4)). The Azores and Madeira have no
  // code of their own. None of their states has a fee row of its own, so the EEA row is theirs;
  // a state that gets one would need its parts as aliases instead. Not here: the overseas
  // countries and territories (Saint-Barthélemy, French Polynesia, New Caledonia, …), the Faroe
  // Islands, Greenland and Svalbard, which are outside the EU and the EEA: no published fee.
  ...['GP', 'GF', 'MQ', 'RE', 'YT', 'MF', 'IC', 'EA', 'AX'].map((country) => ({ country, source: 'eu.tfeu', effective: {} })),
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
