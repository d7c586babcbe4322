// @vitest-environment happy-dom
// A dispute whose buyer country nobody knows yet (the page does not show it, the merchant has not
// chosen it) may still cost a fee: the panel says the fee is unknown and why, never "no published
// fee", and the exposure says the fee is left out. Once the country is known, the fee is named. A
// closed dispute has nothing at stake any more: no exposure section.
import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import { DisputePanel } from '../../components/dispute-panel';
import { ruleTexts } from '../../components/rule-texts';
import { assessDispute } from '../../lib/rules';
import { LOCALES, t, type Locale } from '../../lib/i18n';
import type { MerchantInput } from '../../lib/cases/schema';
import type { DisputeFacts } from '../../lib/rules/types';

const NOW = Date.parse('2026-03-10T12:00:00.000Z');
const CARD: DisputeFacts = { id: 'C1', provider: 'card', status: 'open', createdAt: '2026-03-01T10:00:00Z', amount: { amountMinor: 10_000, currency: 'SEK' }, reason: 'Product not received' };
const BILLIE: DisputeFacts = { ...CARD, id: 'B1', provider: 'billie' };

function draw(facts: DisputeFacts, merchant: MerchantInput | null, locale: Locale = 'en'): HTMLElement {
  const vc = { locale, timeZone: 'Europe/Stockholm', now: NOW, scheme: 'light' as const };
  const assessed = { ...facts, ...(merchant?.buyerCountry && !facts.buyerCountry ? { buyerCountry: merchant.buyerCountry } : {}) };
  const assessment = assessDispute(assessed, { now: new Date(NOW), timeZone: vc.timeZone });
  const div = document.createElement('div');
  render(<DisputePanel view={{ key: `M1|${facts.id}`, storeId: 'M1', facts, assessment, missing: [], merchant }} vc={vc} texts={ruleTexts} saveError={null} onChange={() => {}} />, div);
  return div;
}

const fee = (div: HTMLElement) => div.querySelector('[data-part="fee"]')!.textContent;
const note = (div: HTMLElement) => div.querySelector('[data-part="fee-unknown"]')?.textContent ?? null;

describe('the fee of a dispute whose buyer country is not known', () => {
  it.each(LOCALES.map((l) => [l] as const))('%s: a card dispute says the fee is unknown, and the exposure that it leaves it out', (locale) => {
    const div = draw(CARD, null, locale);
    expect(fee(div)).toBe(t(locale, 'content.fee.noCountry'));
    expect(note(div)).toBe(t(locale, 'content.exposure.feeUnknown'));
    if (locale !== 'en') expect(fee(div)).not.toBe(t('en', 'content.fee.noCountry'));
  });

  it.each([
    ['shown on the page', { ...CARD, buyerCountry: 'SE' }, null],
    ['chosen by the merchant', CARD, { ticks: {}, buyerCountry: 'SE' }],
  ] as const)('the country %s: the fee itself, no note', (_name, facts, merchant) => {
    const div = draw(facts, merchant);
    expect(fee(div)!.replace(/\u00a0/g, ' ')).toBe('fee SEK 150.00 if lost');
    expect(note(div)).toBeNull();
  });

  it('a provider that publishes no fee (Billie) says so, country or not', () => {
    const div = draw(BILLIE, null);
    expect(fee(div)).toBe('no published fee');
    expect(note(div)).toBeNull();
  });
});

describe('what is at stake, once the dispute is closed', () => {
  it.each([
    ['won', false],
    ['lost', false],
    ['warning_closed', false],
    ['open', true],
    ['under_review', true],
  ] as const)('%s: the exposure section is %s', (status, shown) => {
    const div = draw({ ...CARD, status, buyerCountry: 'SE' }, null);
    expect(div.querySelector('[data-section="exposure"]') !== null).toBe(shown);
    // the rest of the panel is there either way
    expect(div.querySelector('[data-section="timeline"]')).not.toBeNull();
  });
});
