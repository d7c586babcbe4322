// The summary line's fees at risk name the disputes whose fee is unknown because the buyer's
// country is not shown (the sandbox's cards layout: 7 of 20 on its first page), instead of leaving
// them out as if they cost nothing: "fees at risk: €15.00 + 2 unknown". A Billie dispute (no
// published fee), a country without a fee row (JP), a closed dispute and a country the merchant
// entered are not unknown.
import { describe, expect, it } from 'vitest';
import { summaryModel, type DisputeView, type ViewContext } from '../../components/view-model';
import { formatMoney } from '../../components/format';
import { LOCALES, t, tn, type Locale } from '../../lib/i18n';
import type { DisputeFacts } from '../../lib/rules/types';
import { assessForList } from '../../entrypoints/content/list-assessment';

const NOW = Date.parse('2026-03-02T12:00:00.000Z');
const H = 3_600_000;
const at = (ms: number) => new Date(NOW + ms).toISOString();
const TZ = 'Europe/Stockholm';

const base = { status: 'open', createdAt: at(-48 * H), dueBy: at(72 * H), amount: { amountMinor: 19_675, currency: 'EUR' } } as const;
const card = (id: string, buyerCountry?: string): DisputeFacts => ({ ...base, id, provider: 'card', network: 'visa', reason: '13.1', ...(buyerCountry ? { buyerCountry } : {}) });
const klarna = (id: string): DisputeFacts => ({ ...base, id, provider: 'klarna', reason: 'Goods not received' });
const billie = (id: string): DisputeFacts => ({ ...base, id, provider: 'billie', reason: 'Goods not received' });

function view(facts: DisputeFacts, merchantCountry?: string): DisputeView {
  const assessed = merchantCountry ? { ...facts, buyerCountry: merchantCountry } : facts;
  return {
    key: `M|${facts.id}`,
    storeId: 'M',
    facts,
    assessment: assessForList(assessed, { now: new Date(NOW), timeZone: TZ }),
    missing: [],
    merchant: merchantCountry ? ({ buyerCountry: merchantCountry, ticks: {} } as DisputeView['merchant']) : null,
  };
}
const vc = (locale: Locale): ViewContext => ({ locale, timeZone: TZ, now: NOW, scheme: 'light' });
const eur = (locale: Locale, minor: number) => formatMoney(locale, { amountMinor: minor, currency: 'EUR' });
const fees = (locale: Locale, amounts: string) => t(locale, 'content.summary.fees', { amounts });

describe('the summary line: fees unknown for want of the buyer country', () => {
  it.each(LOCALES)('%s: known fees and the unknown ones counted beside them', (locale) => {
    const s = summaryModel([view(card('A', 'DE')), view(card('B')), view(klarna('C')), view(billie('D'))], vc(locale));
    expect(s.fees).toBe(fees(locale, `${eur(locale, 1500)} + ${tn(locale, 'content.summary.feesUnknown', 2)}`));
    expect(s.label).toContain(s.fees);
  });

  it.each(LOCALES)('%s: only unknown fees: not "no fees at risk"', (locale) => {
    const s = summaryModel([view(card('B')), view(billie('D'))], vc(locale));
    expect(s.fees).toBe(fees(locale, tn(locale, 'content.summary.feesUnknown', 1)));
    expect(s.fees).not.toBe(t(locale, 'content.summary.noFees'));
  });

  it.each(LOCALES)('%s: no fee rule, closed, or the country entered by the merchant: nothing unknown', (locale) => {
    const closed = { ...card('E'), status: 'lost' } as DisputeFacts;
    expect(summaryModel([view(billie('D')), view(card('J', 'JP')), view(closed)], vc(locale)).fees).toBe(t(locale, 'content.summary.noFees'));
    expect(summaryModel([view(card('B'), 'DE')], vc(locale)).fees).toBe(fees(locale, eur(locale, 1500)));
  });

  it('the sandbox\'s first page of cards: 7 of 20 without a country', () => {
    const views = [...Array.from({ length: 13 }, (_, i) => view(card(`K${i}`, 'DE'))), ...Array.from({ length: 7 }, (_, i) => view(card(`U${i}`)))];
    expect(summaryModel(views, vc('en')).fees.replace(/[\u00a0\u202f]/g, ' ')).toBe('fees at risk: €195.00 + 7 unknown');
  });
});
