// @vitest-environment happy-dom
// The panel asks for the buyer's country when the page does not show it. A buyer may live in any
// country, not only in one with a fee row: a card dispute from a Japanese or Mexican buyer has no
// published fee, and the merchant must be able to say so. With only the fee tables' countries on
// offer, the panel kept saying "fee unknown: buyer country not known" for such a dispute however
// the merchant answered. Every country is offered (as in the popup's "Add a case" form), named in
// the UI language and sorted by name; choosing one outside the fee tables gives "no published fee".
// Regions that are parts of another country (ISO 3166's exceptionally reserved codes, which Intl
// names: the Canary Islands, Ceuta and Melilla, …) are not offered: "Canary Islands" gave "no
// published fee" for a buyer in Spain, whose fee is the EEA row's.
import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import { DisputePanel } from '../../components/dispute-panel';
import { ruleTexts } from '../../components/rule-texts';
import { assessDispute } from '../../lib/rules';
import { PORTAL_LOCALE_TAGS, LOCALES, t, type Locale } from '../../lib/i18n';
import { countryCodes } from '../../lib/cases/countries';
import { formatMoney } from '../../components/format';
import type { MerchantInput } from '../../lib/cases/schema';
import type { DisputeFacts } from '../../lib/rules/types';

const NOW = Date.parse('2026-03-10T12:00:00.000Z');
const CARD: DisputeFacts = {
  id: 'C1', provider: 'card', status: 'open', createdAt: '2026-03-01T10:00:00Z', amount: { amountMinor: 15_900, currency: 'USD' }, reason: 'Product not received',
};

function draw(merchant: MerchantInput | null, locale: Locale = 'en'): HTMLElement {
  const vc = { locale, timeZone: 'Europe/Stockholm', now: NOW, scheme: 'light' as const };
  const assessed = merchant?.buyerCountry ? { ...CARD, buyerCountry: merchant.buyerCountry } : CARD;
  const assessment = assessDispute(assessed, { now: new Date(NOW), timeZone: vc.timeZone });
  const div = document.createElement('div');
  render(<DisputePanel view={{ key: `M1|${CARD.id}`, storeId: 'M1', facts: CARD, assessment, missing: [], merchant }} vc={vc} texts={ruleTexts} saveError={null} onChange={() => {}} />, div);
  return div;
}

/** The buyer-country select: the one with an option for Sweden. */
function countrySelect(div: HTMLElement): HTMLSelectElement {
  const select = [...div.querySelectorAll('select')].find((s) => s.querySelector('option[value="SE"]'));
  if (!select) throw new Error('no buyer-country select');
  return select;
}

/**
 * ISO 3166's "exceptionally reserved" codes, which Intl names but which are no country of their own:
 * the Canary Islands (IC) and Ceuta and Melilla (EA) are Spain, in the EEA (fee €15 or €20);
 * Ascension (AC) and Tristan da Cunha (TA) are parts of Saint Helena, Diego Garcia (DG) of the British
 * Indian Ocean Territory, Clipperton (CP) of France's overseas lands, Sark (CQ) of Guernsey.
 */
const RESERVED = ['AC', 'CP', 'CQ', 'DG', 'EA', 'IC', 'TA'];

const options = (div: HTMLElement) => [...countrySelect(div).querySelectorAll('option')].filter((o) => o.value !== '');

describe('buyer country in the panel', () => {
  it.each(LOCALES)('%s: offers every country, in the UI language, sorted by name', (locale) => {
    const opts = options(draw(null, locale));
    const codes = opts.map((o) => o.value);
    expect(new Set(codes)).toEqual(new Set(countryCodes().filter((c) => !RESERVED.includes(c))));
    for (const code of ['JP', 'MX', 'IN', 'BR', 'SE', 'DE', 'GB', 'US']) expect(codes).toContain(code);
    const tag = PORTAL_LOCALE_TAGS[locale];
    const names = new Intl.DisplayNames([tag], { type: 'region' });
    expect(opts.find((o) => o.value === 'JP')!.textContent).toBe(names.of('JP'));
    const shown = opts.map((o) => o.textContent!);
    expect(shown).toEqual([...shown].sort((a, b) => a.localeCompare(b, tag)));
  });

  it.each(LOCALES)('%s: a buyer from Japan, once chosen, is shown chosen and gives "no published fee"', (locale) => {
    const div = draw({ buyerCountry: 'JP' } as MerchantInput, locale);
    expect(countrySelect(div).value).toBe('JP');
    expect(div.querySelector('[data-part="fee"]')!.textContent).toBe(t(locale, 'content.fee.none'));
    expect(div.querySelector('[data-part="fee-unknown"]')).toBeNull();
  });

  it.each(LOCALES)('%s: no region that is part of another country (a Canary Islands buyer is chosen as Spain)', (locale) => {
    const codes = options(draw(null, locale)).map((o) => o.value);
    for (const code of RESERVED) expect(codes).not.toContain(code);
    expect(codes).toContain('ES');
    const div = draw({ buyerCountry: 'ES' } as MerchantInput, locale);
    expect(div.querySelector('[data-part="fee"]')!.textContent).toBe(t(locale, 'content.fee.ifLost', { amount: formatMoney(locale, { amountMinor: 1500, currency: 'EUR' }) }));
  });
});
