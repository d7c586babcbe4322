// @vitest-environment happy-dom
// Random disputes (any currency, amount, status, reason, method, country, dates), printed the way
// the portal prints them in a random language and markup, read back exactly.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { currencyDigits } from '../../lib/portal/amount';
import { minorUnitDigits } from '../../lib/rules/currency';
import { readPortalPage } from '../../lib/portal';
import { FEE_TABLE_CURRENCIES, REASONS } from '../../lib/portal/vocabulary';
import type { DisputeStatus } from '../../lib/rules/types';
import { DETAIL_MARKUPS, detailPage, expectedFacts, LANGS, LIST_MARKUPS, listPage, TZ, type Sample } from './pages';

const STATUSES: DisputeStatus[] = ['warning_needs_response', 'warning_under_review', 'warning_closed', 'open', 'under_review', 'won', 'lost'];
const COUNTRIES = ['SE', 'NO', 'DK', 'FI', 'DE', 'AT', 'NL', 'FR', 'GB', 'IE', 'PL', 'CZ', 'HU', 'RO', 'BG', 'CH', 'US', 'CA', 'AU', 'NZ', 'JP', 'ES', 'IT'];
const METHODS: [Sample['method'], Partial<Sample['facts']>][] = [
  [{ en: 'Card' }, { provider: 'card' }],
  [{ en: 'Visa' }, { provider: 'card', network: 'visa' }],
  [{ en: 'Mastercard' }, { provider: 'card', network: 'mastercard' }],
  [{ en: 'American Express' }, { provider: 'card', network: 'amex' }],
  [{ en: 'Discover' }, { provider: 'card', network: 'discover' }],
  [{ en: 'Klarna' }, { provider: 'klarna' }],
  [{ en: 'Billie' }, { provider: 'billie' }],
];
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** A whole minute outside the hour Stockholm repeats in autumn (ambiguous without a zone). */
const minute = fc
  .integer({ min: Date.UTC(2023, 0, 1) / MINUTE, max: Date.UTC(2027, 0, 1) / MINUTE })
  .map((m) => m * MINUTE)
  .filter((at) => {
    const d = new Date(at);
    const lastSunday = (y: number) => 31 - new Date(Date.UTC(y, 9, 31)).getUTCDay();
    return !(d.getUTCMonth() === 9 && d.getUTCDate() === lastSunday(d.getUTCFullYear()) && at % (24 * HOUR) < 2 * HOUR);
  });
const endOfDay = (at: number) => {
  const [y, m, d] = new Intl.DateTimeFormat('en-CA', { timeZone: TZ }).format(at).split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!, 23, 59, 59, 999) - tzOffsetAt(Date.UTC(y!, m! - 1, d!, 22))).toISOString();
};
function tzOffsetAt(at: number): number {
  const s = new Intl.DateTimeFormat('en-US', { timeZone: TZ, timeZoneName: 'longOffset' }).format(at);
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(s);
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) * MINUTE : 0;
}

const sample = fc
  .record({
    n: fc.integer({ min: 1, max: 99999 }),
    currency: fc.constantFrom(...FEE_TABLE_CURRENCIES),
    units: fc.integer({ min: 1, max: 50_000_000 }),
    status: fc.constantFrom(...STATUSES),
    reason: fc.constantFrom(...REASONS),
    method: fc.constantFrom(...METHODS),
    country: fc.constantFrom(...COUNTRIES),
    created: minute,
    due: fc.option(minute, { nil: undefined }),
  })
  .map(({ n, currency, units, status, reason, method, country, created, due }): Sample => {
    const facts: Sample['facts'] = {
      id: `dp_${n.toString(36)}X${n}`,
      provider: 'card',
      ...method[1],
      status,
      createdAt: new Date(created).toISOString(),
      // whole units of the smallest digit Intl shows, at Money's ISO 4217 scale (HUF: ×100)
      amount: { amountMinor: units * 10 ** (minorUnitDigits(currency) - currencyDigits(currency)), currency },
      buyerCountry: country,
      reason,
      orderId: `ord-${n}`,
    } as Sample['facts'];
    if (due !== undefined) facts.dueBy = endOfDay(due);
    return { facts, method: method[0] };
  });

const uniqueSamples = fc.uniqueArray(sample, { minLength: 2, maxLength: 6, selector: (s) => s.facts.id });

describe('random disputes read back from random markup in every language', () => {
  it('lists', () => {
    fc.assert(
      fc.property(uniqueSamples, fc.constantFrom(...LANGS), fc.constantFrom(...LIST_MARKUPS), (samples, lang, markup) => {
        const doc = new DOMParser().parseFromString(listPage(lang, markup, samples), 'text/html');
        const r = readPortalPage(doc, 'https://portal.kustom.co/disputes', { timeZone: TZ });
        expect(r.problems).toEqual([]);
        expect(r.page).toBe('dispute_list');
        expect(r.disputes.map((d) => d.facts)).toEqual(samples.map((s) => expectedFacts(s, 'M-4711')));
      }),
      { numRuns: 60 },
    );
  });

  it('detail pages', () => {
    fc.assert(
      fc.property(sample, fc.constantFrom(...LANGS), fc.constantFrom(...DETAIL_MARKUPS), (s, lang, markup) => {
        const doc = new DOMParser().parseFromString(detailPage(lang, markup, s), 'text/html');
        const r = readPortalPage(doc, `https://portal.kustom.co/disputes/${s.facts.id}`, { timeZone: TZ });
        expect(r.problems).toEqual([]);
        expect(r.page).toBe('dispute_detail');
        expect(r.disputes.map((d) => d.facts)).toEqual([expectedFacts(s, 'M-4711')]);
      }),
      { numRuns: 80 },
    );
  });
});
