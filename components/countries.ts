// Buyer countries offered when the page does not show one: every country (a buyer may live
// anywhere, and a country without a fee row means "no published fee", which the merchant must be
// able to state), with every country of the fee tables and every EEA member among them. Names come
// from Intl.DisplayNames in the UI language.
import { EEA_MEMBERS } from '../lib/rules/data/countries';
import { EEA_ROW, FEE_AMOUNTS } from '../lib/rules/data/fees';

/**
 * Region codes Intl names that are not countries a buyer lives in: EU, UN, private-use and pseudo
 * regions, and ISO 3166's exceptionally reserved codes for parts of other countries (the Canary
 * Islands IC and Ceuta and Melilla EA are Spain, in the EEA: offered on their own, they gave "no
 * published fee"; Ascension AC, Tristan da Cunha TA, Diego Garcia DG, Clipperton CP, Sark CQ).
 */
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ', 'AC', 'CP', 'CQ', 'DG', 'EA', 'IC', 'TA']);

/**
 * Every ISO 3166-1 alpha-2 country Intl can name; retired codes (DD, YU, …), which Intl
 * canonicalises to current countries, are left out. The popup's "Add a case" form's list less the
 * reserved codes above (lib/cases/manual-case countryCodes, written out here: importing that module
 * brought the form's whole validation into the panel's module, +1.8 KB gzipped).
 */
function namedCountries(): string[] {
  const names = new Intl.DisplayNames('en', { type: 'region', fallback: 'none' });
  const out: string[] = [];
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      if (NOT_COUNTRIES.has(code) || names.of(code) === undefined) continue;
      if (Intl.getCanonicalLocales(`und-${code}`)[0] !== `und-${code}`) continue;
      out.push(code);
    }
  }
  return out;
}

export function buyerCountries(): string[] {
  const codes = new Set<string>(namedCountries());
  for (const row of FEE_AMOUNTS) if (row.country !== EEA_ROW && /^[A-Z]{2}$/.test(row.country)) codes.add(row.country);
  for (const row of EEA_MEMBERS) codes.add(row.country);
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
