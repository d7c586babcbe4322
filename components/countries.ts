// Buyer countries offered when the page does not show one: the EEA members (the EEA fee row,
// Kustom "Dispute fees" seed) and the other countries Kustom merchants commonly sell to.
// Names come from Intl.DisplayNames in the UI language, so this list holds codes only.
export const BUYER_COUNTRIES = [
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IS', 'IE', 'IT',
  'LV', 'LI', 'LT', 'LU', 'MT', 'NL', 'NO', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
  'GB', 'CH', 'US', 'CA', 'AU', 'NZ',
] as const;

/** Country names in the UI language, sorted by name; the code itself where Intl has no name. */
export function countryOptions(localeTag: string): { code: string; name: string }[] {
  let names: Intl.DisplayNames | null = null;
  try {
    names = new Intl.DisplayNames([localeTag], { type: 'region' });
  } catch {
    names = null;
  }
  return BUYER_COUNTRIES.map((code) => ({ code, name: names?.of(code) ?? code })).sort((a, b) =>
    a.name.localeCompare(b.name, localeTag),
  );
}
