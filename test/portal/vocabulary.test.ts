// The vocabulary's lookups: every label, tab, status and outcome in all six languages, slugs,
// payment methods, countries by code, flag and Intl name (skipping retired codes).
import { describe, expect, it } from 'vitest';
import { parseCountry } from '../../lib/portal/country';
import { fieldOfLabel, paymentMethodOfText, reasonOfText, statusOfText, tabOfText } from '../../lib/portal/lexicon';
import {
  FIELD_LABELS,
  OUTCOME_LABELS,
  PORTAL_LANGS,
  PORTAL_LOCALE_OF,
  STATUS_LABELS,
  TAB_LABELS,
} from '../../lib/portal/vocabulary';

const rows = <T extends string>(table: Record<T, Record<string, string | readonly string[]>>) =>
  (Object.entries(table) as [T, Record<string, string | readonly string[]>][]).flatMap(([key, perLang]) =>
    PORTAL_LANGS.map((lang) => [key, lang, String(perLang[lang])] as const),
  );

describe('labels, tabs and statuses in six languages', () => {
  it.each(rows(FIELD_LABELS))('field %s in %s: "%s"', (field, _lang, text) => {
    expect(fieldOfLabel(text)?.value).toBe(field);
    expect(fieldOfLabel(`  ${text.toUpperCase()}:\u00a0`)?.value).toBe(field);
  });
  it.each(rows(TAB_LABELS))('tab %s in %s: "%s"', (tab, _lang, text) => {
    expect(tabOfText(text)).toMatchObject({ tab, count: null });
    expect(tabOfText(`${text} (12)`)).toMatchObject({ tab, count: 12 });
    expect(tabOfText(`${text}\u00a07`)).toMatchObject({ tab, count: 7 });
  });
  it.each(rows(STATUS_LABELS))('status %s in %s: "%s"', (status, _lang, text) => {
    expect(statusOfText(text)?.status).toBe(status);
    expect(statusOfText(status)?.status).toBe(status);
  });
  it.each(rows(Object.fromEntries(Object.entries(OUTCOME_LABELS).map(([k, v]) => [k, v.labels]))))(
    'outcome %s in %s: "%s"',
    (outcome, _lang, text) => {
      expect(statusOfText(text)).toEqual({ outcome, status: outcome === 'accepted' ? 'lost' : 'won' });
    },
  );
  it('won and lost carry their outcome', () => {
    expect(statusOfText('Vunnen')).toEqual({ status: 'won', outcome: 'won' });
    expect(statusOfText('Tabt')).toEqual({ status: 'lost', outcome: 'lost' });
  });
  it("Stripe's needs_response is the portal's open", () => {
    expect(statusOfText('needs_response')).toEqual({ status: 'open' });
  });
  it('unknown words are not statuses', () => {
    expect(statusOfText('Pending')).toBeNull();
    expect(fieldOfLabel('Customer')).toBeUndefined();
  });
});

describe('payment methods', () => {
  it.each([
    ['Card', { provider: 'card' }],
    ['Karte', { provider: 'card' }],
    ['Kortti', { provider: 'card' }],
    ['kort', { provider: 'card' }],
    ['Visa', { provider: 'card', network: 'visa' }],
    ['Visa •••• 4242', { provider: 'card', network: 'visa' }],
    ['Card (Mastercard)', { provider: 'card', network: 'mastercard' }],
    ['American Express', { provider: 'card', network: 'amex' }],
    ['Amex', { provider: 'card', network: 'amex' }],
    ['Discover', { provider: 'card', network: 'discover' }],
    ['Klarna', { provider: 'klarna' }],
    ['Billie', { provider: 'billie' }],
  ])('%s', (text, expected) => {
    expect(paymentMethodOfText(text)).toEqual(expected);
  });
  it('an unknown method is null', () => expect(paymentMethodOfText('Swish')).toBeNull());
});

describe('reasons', () => {
  it.each([
    ['goods not received', 'Goods not received'],
    ['product_not_received', 'Product not received'],
    ['13.1', '13.1'],
    ['Return', 'Return'],
  ])('%s → %s', (text, reason) => expect(reasonOfText(text)).toBe(reason));
});

describe('buyer countries', () => {
  const countries = ['SE', 'DE', 'FI', 'NO', 'DK', 'GB', 'FR', 'NL', 'PL', 'CZ', 'HU', 'RO', 'BG', 'CH', 'US', 'CA', 'AU', 'NZ', 'AT', 'IE'];
  it.each(PORTAL_LANGS.flatMap((lang) => countries.map((code) => [PORTAL_LOCALE_OF[lang], code] as const)))(
    '%s name of %s reads back',
    (locale, code) => {
      const name = new Intl.DisplayNames(locale, { type: 'region' }).of(code)!;
      expect(parseCountry(name, locale)).toBe(code);
      expect(parseCountry(name.toUpperCase(), null)).toBe(code);
    },
  );
  it.each([
    ['SE', 'SE'],
    ['se', 'SE'],
    ['🇩🇪', 'DE'],
    ['🇸🇪 Sverige', 'SE'],
    ['Sweden (SE)', 'SE'],
    ['Germany', 'DE'],
    ['DD', null],
    ['YU', null],
    ['FX', null],
    ['Atlantis', null],
    ['', null],
  ])('%s → %s', (text, code) => expect(parseCountry(text, 'en-GB')).toBe(code));
});
