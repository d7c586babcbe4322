import { describe, expect, it } from 'vitest';
import { EMPTY_MANUAL_FORM, parseAmount, parseLocalDate, validateManualCase, type ManualCaseForm } from '../../lib/cases/manual-case';
import { disputeFactsSchema } from '../../lib/rules/schema';
import { hasText, LOCALES } from '../../lib/i18n';
import { NOW } from './fixtures';

const opts = { now: NOW, timeZone: 'Europe/Stockholm', newId: () => 'manual-1' };
const good: ManualCaseForm = {
  ...EMPTY_MANUAL_FORM,
  provider: 'klarna',
  status: 'warning_needs_response',
  disputeId: 'KL-123',
  createdAt: '2026-03-02',
  amount: '1 234,50',
  currency: 'sek',
  buyerCountry: 'se',
  reason: 'Goods not received',
};

describe('parseAmount', () => {
  it.each([
    ['49.90', 'EUR', 4990],
    ['49,90', 'EUR', 4990],
    ['49,9', 'EUR', 4990],
    ['1 234,50', 'SEK', 123450],
    ['1\u00a0234,50', 'SEK', 123450],
    ['1.234,50', 'EUR', 123450],
    ['1,234.50', 'EUR', 123450],
    ["1'234.50", 'CHF', 123450],
    ['1,234', 'EUR', 123400],
    ['1.234.567', 'EUR', 123456700],
    ['12', 'EUR', 1200],
    ['4.999', 'EUR', 499900],
    ['1500', 'JPY', 1500],
    ['0', 'EUR', 0],
    // ISO 4217 minor units: HUF has 2 (Intl says 0), so "5 250" forint is 525000, not 5250.
    ['5 250', 'HUF', 525000],
    ['5250,50', 'HUF', 525050],
  ])('%s %s → %d', (text, currency, minor) => expect(parseAmount(text, currency)).toBe(minor));

  it.each([['abc'], ['-5'], ['1.2.3'], ['12.345.6'], ['1,234,5'], ['1.5'.replace('.', ',') + ',5'], ['']])(
    '%j is not an amount',
    (text) => expect(parseAmount(text, 'EUR')).toBeNull(),
  );
  it('a yen amount has no decimals', () => expect(parseAmount('15.50', 'JPY')).toBeNull());
});

describe('parseLocalDate', () => {
  it.each([
    ['2026-03-02', false, '2026-03-01T23:00:00.000Z'],
    ['2026-03-02', true, '2026-03-02T22:59:59.999Z'],
    ['2026-07-02', false, '2026-07-01T22:00:00.000Z'],
    // 02:30 never shows on Stockholm's clocks that day (02:00 → 03:00): the moment of the change, as
    // the page reader and the rules read it (lib/rules/time), not 03:30 (@date-fns/tz's reading)
    ['2026-03-29T02:30', false, '2026-03-29T01:00:00.000Z'],
    ['2026-03-02T14:05', true, '2026-03-02T13:05:00.000Z'],
  ])('%s (end of day %s) in Stockholm → %s', (text, end, iso) =>
    expect(parseLocalDate(text, 'Europe/Stockholm', end)?.toISOString()).toBe(iso),
  );
  it.each([['2026-02-31'], ['2026-13-01'], ['02/03/2026'], ['2026-03-02T25:00'], ['']])('%j is not a date', (text) =>
    expect(parseLocalDate(text, 'Europe/Stockholm', false)).toBeNull(),
  );
});

describe('validateManualCase', () => {
  it('turns a good form into DisputeFacts the background accepts', () => {
    const result = validateManualCase(good, opts);
    expect(result).toEqual({
      ok: true,
      facts: {
        id: 'KL-123',
        provider: 'klarna',
        status: 'warning_needs_response',
        createdAt: '2026-03-01T23:00:00.000Z',
        amount: { amountMinor: 123450, currency: 'SEK' },
        buyerCountry: 'SE',
        reason: 'Goods not received',
      },
    });
    if (result.ok) expect(disputeFactsSchema.safeParse(result.facts).success).toBe(true);
  });

  it('makes up an id when the e-mail gave none, and keeps optional fields', () => {
    const result = validateManualCase(
      { ...good, disputeId: ' ', dueBy: '2026-03-20', escalatedAt: '2026-03-05T10:00', storeId: 'M-1', orderId: 'O-9', merchantReference: 'R-1' },
      opts,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.facts).toMatchObject({
      id: 'manual-1',
      dueBy: '2026-03-20T22:59:59.999Z',
      escalatedAt: '2026-03-05T09:00:00.000Z',
      storeId: 'M-1',
      orderId: 'O-9',
      merchantReference: 'R-1',
    });
  });

  it.each<[string, Partial<ManualCaseForm>, Record<string, string>]>([
    ['everything missing', { createdAt: '', amount: '', currency: '', buyerCountry: '', reason: '' }, {
      createdAt: 'popup.add.error.required', amount: 'popup.add.error.required', currency: 'popup.add.error.required',
      buyerCountry: 'popup.add.error.required', reason: 'popup.add.error.required',
    }],
    ['unknown provider', { provider: 'paypal' }, { provider: 'popup.add.error.provider' }],
    ['a closed status', { status: 'won' }, { status: 'popup.add.error.status' }],
    ['a bad date', { createdAt: '2026-02-30' }, { createdAt: 'popup.add.error.date' }],
    ['a date next week', { createdAt: '2026-03-17' }, { createdAt: 'popup.add.error.future' }],
    ['escalated before opened', { escalatedAt: '2026-03-01' }, { escalatedAt: 'popup.add.error.beforeCreated' }],
    ['deadline before opened', { dueBy: '2026-02-01' }, { dueBy: 'popup.add.error.beforeCreated' }],
    ['a bad deadline', { dueBy: 'next friday' }, { dueBy: 'popup.add.error.date' }],
    ['words for an amount', { amount: 'fifty' }, { amount: 'popup.add.error.amount' }],
    ['a zero amount', { amount: '0,00' }, { amount: 'popup.add.error.amountPositive' }],
    ['a made-up currency', { currency: 'XYZ1' }, { currency: 'popup.add.error.currency' }],
    ['a made-up country', { buyerCountry: 'QQ' }, { buyerCountry: 'popup.add.error.country' }],
    ['a country name', { buyerCountry: 'Sweden' }, { buyerCountry: 'popup.add.error.country' }],
    ['a long order id', { orderId: 'x'.repeat(201) }, { orderId: 'popup.add.error.tooLong' }],
  ])('%s → one message per wrong field', (_name, change, errors) => {
    expect(validateManualCase({ ...good, ...change }, opts)).toEqual({ ok: false, errors });
  });

  it('every message key exists in every language', () => {
    const keys = ['required', 'date', 'future', 'beforeCreated', 'amount', 'amountPositive', 'currency', 'country', 'provider', 'status', 'tooLong', 'invalid'];
    for (const locale of LOCALES) for (const k of keys) expect(hasText(locale, `popup.add.error.${k}`), `${locale} ${k}`).toBe(true);
  });
});

describe('countryCodes', () => {
  it('holds the countries and none of the retired or pseudo codes', async () => {
    const { countryCodes } = await import('../../lib/cases/countries');
    const codes = countryCodes();
    for (const c of ['SE', 'NO', 'DK', 'FI', 'DE', 'AT', 'NL', 'GB', 'US', 'CH']) expect(codes).toContain(c);
    for (const c of ['DD', 'YU', 'FX', 'EU', 'UN', 'ZZ', 'QQ']) expect(codes).not.toContain(c);
    expect(codes.length).toBeGreaterThan(230);
  });
});
