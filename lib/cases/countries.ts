// The countries a buyer can live in, one list for the popup's "Add a case" form
// (lib/cases/manual-case) and the detail panel's buyer-country choice (components/countries). Its
// own module, free of the form's validation, so the panel's module does not take that in with it.

/**
 * Region codes Intl names that are not countries a buyer lives in: EU, UN, private-use and pseudo
 * regions, and ISO 3166's exceptionally reserved codes for parts of other countries (the Canary
 * Islands IC and Ceuta and Melilla EA are Spain, in the EEA: chosen on their own, they gave "no
 * published fee"; Ascension AC and Tristan da Cunha TA are Saint Helena's, Diego Garcia DG the
 * British Indian Ocean Territory's, Clipperton CP France's, Sark CQ Guernsey's).
 */
export const NOT_COUNTRIES: ReadonlySet<string> = new Set(['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ', 'AC', 'CP', 'CQ', 'DG', 'EA', 'IC', 'TA']);
let countries: string[] | null = null;

/**
 * Every ISO 3166-1 alpha-2 country Intl can name. Retired codes (DD, YU, …) are skipped: Intl
 * canonicalises them to current countries (portal-vocabulary.md, "Pitfalls").
 */
export function countryCodes(): string[] {
  if (countries) return countries;
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
  countries = out;
  return out;
}
