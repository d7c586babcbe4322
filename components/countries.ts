// Buyer countries offered when the page does not show one: every country with its own row in
// the fee tables and every EEA member (the EEA row), taken from lib/rules' data so the list
// follows the tables. Names come from Intl.DisplayNames in the UI language.
import { EEA_MEMBERS } from '../lib/rules/data/countries';
import { EEA_ROW, FEE_AMOUNTS } from '../lib/rules/data/fees';

export function buyerCountries(): string[] {
  const codes = new Set<string>();
  for (const row of FEE_AMOUNTS) if (row.country !== EEA_ROW && /^[A-Z]{2}$/.test(row.country)) codes.add(row.country);
  for (const row of EEA_MEMBERS) codes.add(row.country);
  return [...codes];
}

/** Country names in the UI language, sorted by name; the code itself where Intl has no name. */
export function countryOptions(localeTag: string): { code: string; name: string }[] {
  let names: Intl.DisplayNames | null = null;
  try {
    names = new Intl.DisplayNames([localeTag], { type: 'region' });
  } catch {
    names = null;
  }
  return buyerCountries()
    .map((code) => ({ code, name: names?.of(code) ?? code }))
    .sort((a, b) => a.name.localeCompare(b.name, localeTag));
}
