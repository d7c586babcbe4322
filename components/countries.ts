// Buyer countries offered when the page does not show one: every country (a buyer may live
// anywhere, and a country without a fee row means "no published fee", which the merchant must be
// able to state), with every country of the fee tables and every EEA member among them. Names come
// from Intl.DisplayNames in the UI language. The countries are the popup's "Add a case" form's
// (lib/cases/countries: its own module, as importing lib/cases/manual-case brought the form's whole
// validation into the panel's module, +1.8 KB gzipped).
import { EEA_MEMBERS } from '../lib/rules/data/countries';
import { EEA_ROW, FEE_AMOUNTS } from '../lib/rules/data/fees';
import { countryCodes, NOT_COUNTRIES } from '../lib/cases/countries';

export function buyerCountries(): string[] {
  const codes = new Set<string>(countryCodes());
  for (const row of FEE_AMOUNTS) if (row.country !== EEA_ROW && /^[A-Z]{2}$/.test(row.country)) codes.add(row.country);
  // (not the EEA's parts that ISO reserves a code for, the Canary Islands IC and Ceuta and Melilla
  // EA: they are Spain, and offered as Spain)
  for (const row of EEA_MEMBERS) if (!NOT_COUNTRIES.has(row.country)) codes.add(row.country);
  return [...codes];
}

// Some 250 names per language: built once per language, not on every render of the panel.
const options = new Map<string, { code: string; name: string }[]>();

/** Country names in the UI language, sorted by name; the code itself where Intl has no name. */
export function countryOptions(localeTag: string): { code: string; name: string }[] {
  let list = options.get(localeTag);
  if (list) return list;
  let names: Intl.DisplayNames | null = null;
  try {
    names = new Intl.DisplayNames([localeTag], { type: 'region' });
  } catch {
    names = null;
  }
  list = buyerCountries()
    .map((code) => ({ code, name: names?.of(code) ?? code }))
    .sort((a, b) => a.name.localeCompare(b.name, localeTag));
  options.set(localeTag, list);
  return list;
}
