import { describe, expect, it } from 'vitest';
import { adviceText, evidenceText, formatInstant, formatMinorUnits, minorUnitDigits } from '../../lib/rules/text';
import { evidenceChecklist } from '../../lib/rules/evidence';
import { CATALOG, LOCALES, PORTAL_LOCALE_TAGS, type Locale } from '../../lib/i18n';
import type { AdviceItem } from '../../lib/rules/types';

// Intl separates some parts with no-break spaces; compare on plain spaces.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

const advice = (textKey: string, params: AdviceItem['params']): AdviceItem => ({
  id: textKey.replace('advice.', ''),
  severity: 'warning',
  textKey,
  params,
  source: 'kustom.kustom_vs_klarna',
});

describe('formatInstant: dates in the merchant’s zone, in the UI language', () => {
  // 2026-03-02 13:05 UTC = 14:05 in Stockholm (CET) and 08:05 in New York (EST);
  // 2026-07-02 13:05 UTC = 15:05 in Stockholm (CEST, after the DST change).
  it.each([
    ['en', '2 Mar 2026, 14:05'],
    ['de', '02.03.2026, 14:05'],
    ['sv', '2 mars 2026 14:05'],
    ['fi', '2.3.2026 klo 14.05'],
    ['nb', '2. mars 2026, 14:05'],
    ['da', '2. mar. 2026, 14.05'],
  ] as const)('%s: %s', (locale, expected) => {
    expect(plain(formatInstant(locale, '2026-03-02T13:05:00Z', 'Europe/Stockholm'))).toBe(expected);
  });

  it.each(LOCALES.map((l) => [l] as const))('%s: follows the zone and its DST change', (locale) => {
    expect(plain(formatInstant(locale, '2026-07-02T13:05:00Z', 'Europe/Stockholm'))).toMatch(/15[:.]05/);
    expect(plain(formatInstant(locale, '2026-03-02T13:05:00Z', 'America/New_York'))).toMatch(/0?8[:.]05/);
    // The same instant is the previous calendar day in New York late at night UTC.
    expect(plain(formatInstant(locale, '2026-03-03T02:00:00Z', 'America/New_York'))).toMatch(/\b0?2\b/);
  });

  it('an unknown zone falls back to UTC instead of throwing', () => {
    expect(plain(formatInstant('en', '2026-03-02T13:05:00Z', 'Mars/Olympus_Mons'))).toBe('2 Mar 2026, 13:05');
  });

  it('an unreadable instant is shown as given', () => {
    expect(formatInstant('de', 'next Tuesday', 'Europe/Berlin')).toBe('next Tuesday');
  });
});

describe('formatMinorUnits: money in the UI language', () => {
  it.each([
    ['en', 1500, 'EUR', '€15.00'],
    ['de', 1500, 'EUR', '15,00 €'],
    ['sv', 20000, 'SEK', '200,00 kr'],
    ['fi', 1500, 'EUR', '15,00 €'],
    ['nb', 1500, 'EUR', '15,00 €'],
    ['da', 1500, 'EUR', '15,00 €'],
    ['en', 1500, 'GBP', '£15.00'],
  ] as const)('%s %i %s → %s', (locale, minor, currency, expected) => {
    expect(plain(formatMinorUnits(locale, minor, currency))).toBe(expected);
  });

  it.each(LOCALES.map((l) => [l] as const))('%s: currencies without minor units are not divided by 100', (locale) => {
    const text = plain(formatMinorUnits(locale, 1500, 'JPY'));
    expect(text.replace(/[^\d]/g, '')).toBe('1500');
  });

  it('HUF 525000 minor units (ISO 4217: 2 digits) is 5 250 forints, though Intl shows no decimals', () => {
    expect(plain(formatMinorUnits('en', 525000, 'HUF'))).toBe('HUF 5,250');
    expect(plain(formatMinorUnits('de', 525000, 'HUF'))).toBe('5.250 HUF');
  });

  it.each([
    ['EUR', 2], ['SEK', 2], ['HUF', 2], ['CZK', 2], ['JPY', 0], ['ISK', 0], ['BHD', 3], ['IDR', 2], ['KPW', 2], ['SLL', 2], ['E1', 2],
  ] as const)('minorUnitDigits(%s) = %i (ISO 4217, not Intl display digits)', (currency, digits) => {
    expect(minorUnitDigits(currency)).toBe(digits);
  });

  it('a malformed currency code is shown as code and minor units', () => {
    expect(formatMinorUnits('fi', 1500, 'E1')).toBe('E1 1500');
  });
});

describe('adviceText', () => {
  it.each(LOCALES.map((l) => [l] as const))('%s: fills {escalatesAt} with the date in the zone', (locale) => {
    const text = plain(adviceText(advice('advice.register_return_before_escalation', { escalatesAt: '2026-03-02T13:05:00Z' }), locale, 'Europe/Stockholm'));
    expect(text).toContain(plain(formatInstant(locale, '2026-03-02T13:05:00Z', 'Europe/Stockholm')));
    expect(text).not.toMatch(/[{}]/);
    expect(text).not.toContain('2026-03-02T');
  });

  it.each([
    ['en', 'If you lose, a dispute fee of €20.00 is charged.'],
    ['de', 'Verlieren Sie, wird eine Streitfallgebühr von 20,00 € berechnet.'],
    ['sv', 'Förlorar du tas en tvisteavgift på 20,00 € ut.'],
    ['fi', 'Jos häviätte, teiltä veloitetaan kiistamaksu (20,00 €).'],
    ['nb', 'Taper du, belastes et tvistegebyr på 20,00 €.'],
    ['da', 'Taber du, opkræves et tvistgebyr på 20,00 €.'],
  ] as const)('%s: fills {fee} as money', (locale, expected) => {
    expect(plain(adviceText(advice('advice.fee_if_lost', { fee: 2000, feeCurrency: 'EUR' }), locale, 'Europe/Berlin'))).toBe(expected);
  });

  it('fills {amount} with the disputed amount and its own currency', () => {
    const text = plain(adviceText(advice('advice.accept_refunds_full_amount', { amount: 150000, amountCurrency: 'NOK' }), 'nb', 'Europe/Oslo'));
    expect(text).toBe('Godtar du, får kunden refundert hele det omstridte beløpet (1 500,00 kr).');
  });

  it('fills a date range', () => {
    const text = plain(adviceText(advice('advice.deadline_may_have_passed', { dueAt: '2026-03-08T10:00:00Z', latestAt: '2026-03-22T10:00:00Z' }), 'en', 'Europe/Stockholm'));
    expect(text).toContain('between 8 Mar 2026, 11:00 and 22 Mar 2026, 11:00');
  });

  it('advice without params is the catalog text', () => {
    for (const locale of LOCALES) expect(adviceText(advice('advice.one_response', undefined), locale, 'UTC')).toBe(CATALOG[locale]['advice.one_response']);
  });

  it('an unknown text key shows the key rather than throwing', () => {
    expect(adviceText(advice('advice.no_such_advice', { fee: 1, feeCurrency: 'EUR' }), 'de', 'UTC')).toBe('advice.no_such_advice');
  });
});

describe('evidenceText', () => {
  const items = evidenceChecklist('klarna', 'product_not_received', 'physical');

  it.each(LOCALES.map((l) => [l] as const))('%s: title, explanation and acceptance from the catalog', (locale: Locale) => {
    for (const item of items) {
      const text = evidenceText(item, locale);
      expect(text.title).toBe(CATALOG[locale][item.titleKey]);
      expect(text.explanation).toBe(CATALOG[locale][item.explanationKey]);
      expect(text.acceptance).toBe(CATALOG[locale][item.acceptanceKey]);
      expect(text.title).not.toBe(item.titleKey);
    }
  });

  it('the delivery-date acceptance spells the date pattern in each language', () => {
    const item = items.find((i) => i.id === 'pod.delivery_date')!;
    const patterns: Record<Locale, string> = { en: 'YYYY-MM-DD', de: 'JJJJ-MM-TT', sv: 'ÅÅÅÅ-MM-DD', fi: 'VVVV-KK-PP', nb: 'ÅÅÅÅ-MM-DD', da: 'ÅÅÅÅ-MM-DD' };
    for (const locale of LOCALES) expect(evidenceText(item, locale).acceptance).toContain(patterns[locale]);
  });

  it('uses the portal’s language tags', () => {
    expect(PORTAL_LOCALE_TAGS.nb).toBe('nb-NO');
  });
});
