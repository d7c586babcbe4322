import { describe, expect, it } from 'vitest';
import {
  contrastRatio,
  formatCountdown,
  formatDateTime,
  formatDuration,
  currencyDigits,
  formatMoney,
  lineColors,
  surfaceColors,
  urgencyColors,
} from '../../components/format';
import { LOCALES, t } from '../../lib/i18n';

const MIN = 60_000;
const H = 60 * MIN;
const D = 24 * H;

describe('formatCountdown', () => {
  it.each([
    [2 * D + 4 * H + 30 * MIN, 'response', '2 d 4 h to respond'],
    [12 * D, 'escalation', 'escalates in 12 d'],
    [12 * D + 5 * H + 59 * MIN, 'escalation', 'escalates in 12 d 5 h'],
    [-(3 * H + 59_000), 'response', 'overdue by 3 h'],
    [-(1 * D + 2 * H), 'escalation', 'overdue by 1 d 2 h'],
    [5 * H + 7 * MIN + 30_000, 'response', '5 h 7 min to respond'],
    [42 * MIN, 'response', '42 min to respond'],
    [30_000, 'response', '< 1 min to respond'],
    [0, 'response', '< 1 min to respond'],
  ] as const)('%d ms, %s → %s', (ms, kind, text) => {
    expect(formatCountdown('en', ms, kind)).toBe(text);
  });

  it.each([
    ['de', 'noch 2 T. 4 Std. zum Antworten'],
    ['sv', '2 d 4 tim kvar att svara'],
    ['fi', '2 pv 4 t aikaa vastata'],
    ['nb', '2 d 4 t igjen til å svare'],
    ['da', '2 d 4 t tilbage til at svare'],
  ] as const)('is localized in %s', (locale, text) => {
    expect(formatCountdown(locale, 2 * D + 4 * H, 'response')).toBe(text);
  });

  it('rounds down, so it never shows more time than is left', () => {
    expect(formatDuration('en', 2 * H - 1)).toBe('1 h 59 min');
  });
});

describe('formatMoney', () => {
  const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
  it.each([
    ['en', { amountMinor: 1500, currency: 'EUR' }, '€15.00'],
    ['de', { amountMinor: 1500, currency: 'EUR' }, '15,00 €'],
    ['sv', { amountMinor: 15000, currency: 'SEK' }, '150,00 kr'],
    ['en', { amountMinor: 2500, currency: 'GBP' }, '£25.00'],
    ['en', { amountMinor: 1500, currency: 'JPY' }, 'JP¥1,500'],
    ['en', { amountMinor: 1500, currency: 'USD' }, 'US$15.00'],
    // ISO 4217 minor units (HUF 2 digits; Intl displays HUF with 0): seed 001's fee HUF 5 250.
    ['en', { amountMinor: 525000, currency: 'HUF' }, 'HUF 5,250'],
    ['de', { amountMinor: 525000, currency: 'HUF' }, '5.250 HUF'],
    ['en', { amountMinor: 1250, currency: 'BHD' }, 'BHD 1.250'],
  ] as const)('%s %o → %s', (locale, money, text) => {
    expect(nbsp(formatMoney(locale, money))).toBe(text);
  });
  it.each([
    ['HUF', 2],
    ['EUR', 2],
    ['JPY', 0],
    ['ISK', 0],
    ['BHD', 3],
  ])('the scale of %s minor units is ISO 4217 (%i digits)', (currency, digits) => {
    expect(currencyDigits(currency)).toBe(digits);
  });
  it('never throws on an unknown currency', () => {
    expect(formatMoney('en', { amountMinor: 5, currency: 'XX1' })).toBe('XX1 5');
  });
});

describe('formatDateTime', () => {
  it('uses the given zone', () => {
    const iso = '2026-03-02T13:05:00Z';
    expect(formatDateTime('en', iso, 'Europe/Stockholm').replace(/[\u00a0\u202f]/g, ' ')).toBe('2 Mar 2026, 14:05');
    expect(formatDateTime('en', iso, 'UTC').replace(/[\u00a0\u202f]/g, ' ')).toBe('2 Mar 2026, 13:05');
  });
  it('returns "" for an unreadable date and survives an unknown zone', () => {
    expect(formatDateTime('en', 'not a date', 'UTC')).toBe('');
    expect(formatDateTime('en', '2026-03-02T13:05:00Z', 'Mars/Olympus')).toContain('2026');
  });
  it('formats in every locale', () => {
    for (const locale of LOCALES) expect(formatDateTime(locale, '2026-03-02T13:05:00Z', 'UTC')).toMatch(/2026/);
  });
});

describe('colours', () => {
  const rows = (['light', 'dark'] as const).flatMap((scheme) =>
    Object.entries(urgencyColors[scheme]).map(([urgency, c]) => [scheme, urgency, c.fg, c.bg] as const),
  );
  it.each(rows)('%s %s meets AA (4.5:1)', (_scheme, _urgency, fg, bg) => {
    expect(contrastRatio(fg, bg)).toBeGreaterThanOrEqual(4.5);
  });
  it.each(['light', 'dark'] as const)('%s surface text and muted text meet AA', (scheme) => {
    const s = surfaceColors[scheme];
    expect(contrastRatio(s.fg, s.bg)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(s.muted, s.bg)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(s.accent, s.bg)).toBeGreaterThanOrEqual(4.5);
  });
  it.each([
    ['light', { fg: '#101828', muted: '#475467', bg: '#ffffff', border: '#d0d5dd', accent: '#175cd3', focus: '#175cd3' }],
    ['dark', { fg: '#f2f4f7', muted: '#c0c6d0', bg: '#161b26', border: '#475467', accent: '#84adff', focus: '#84adff' }],
  ] as const)('%s: the chips\' and summary\'s surface (lineColors) is the panel\'s and popup\'s (surfaceColors)', (scheme, colors) => {
    expect(surfaceColors[scheme]).toEqual(colors);
    expect(lineColors[scheme]).toEqual({ fg: colors.fg, bg: colors.bg, border: colors.border });
  });
});

describe('formatDuration written as one walk over its units (content script bytes)', () => {
  // the former three branches, word for word: the two largest non-zero units, from days down
  function reference(locale: (typeof LOCALES)[number], ms: number): string {
    const abs = Math.abs(ms);
    if (abs < MIN) return t(locale, 'fmt.unit.underMinute');
    const days = Math.floor(abs / D);
    const hours = Math.floor((abs % D) / H);
    const minutes = Math.floor((abs % H) / MIN);
    const parts: string[] = [];
    if (days > 0) {
      parts.push(t(locale, 'fmt.unit.d', { n: days }));
      if (hours > 0) parts.push(t(locale, 'fmt.unit.h', { n: hours }));
    } else if (hours > 0) {
      parts.push(t(locale, 'fmt.unit.h', { n: hours }));
      if (minutes > 0) parts.push(t(locale, 'fmt.unit.min', { n: minutes }));
    } else {
      parts.push(t(locale, 'fmt.unit.min', { n: minutes }));
    }
    return parts.join(' ');
  }

  it.each(LOCALES)('%s: the same words as before at every edge and across 400 days', (locale) => {
    const edges = [0, 1, MIN - 1, MIN, MIN + 1, H - 1, H, H + MIN, D - 1, D, D + MIN, D + H, D + H + MIN, 2 * D - 1, 100 * D + 23 * H + 59 * MIN];
    for (const ms of [...edges, ...edges.map((e) => -e)]) expect(formatDuration(locale, ms), String(ms)).toBe(reference(locale, ms));
    for (let ms = 0; ms < 400 * D; ms += 97 * MIN + 13_001) {
      expect(formatDuration(locale, ms)).toBe(reference(locale, ms));
      expect(formatDuration(locale, -ms)).toBe(reference(locale, -ms));
    }
  });
});
