import { describe, expect, it } from 'vitest';
import { checkUrgency, hoursListText, parseHours, parseHoursList, parseRetention, timeZones } from '../../components/options/settings-form';
import { DEFAULT_SETTINGS } from '../../lib/cases/schema';
import { LOCALES } from '../../lib/i18n';

describe('options page input', () => {
  it.each([
    ['24', 720, { ok: true, value: 24 }],
    ['2,5', 720, { ok: true, value: 2.5 }],
    [' 0.5 ', 720, { ok: true, value: 0.5 }],
    ['0', 720, { ok: false, error: 'options.error.hours', params: { max: 720 } }],
    ['-3', 720, { ok: false, error: 'options.error.hours', params: { max: 720 } }],
    ['721', 720, { ok: false, error: 'options.error.hours', params: { max: 720 } }],
    ['', 720, { ok: false, error: 'options.error.hours', params: { max: 720 } }],
    ['abc', 720, { ok: false, error: 'options.error.hours', params: { max: 720 } }],
  ])('parseHours(%j, %d)', (text, max, out) => expect(parseHours(text, max)).toEqual(out));

  it.each([
    ['72, 24, 2', [72, 24, 2]],
    ['2 24 72 24', [72, 24, 2]],
    ['0.5;1', [1, 0.5]],
  ])('parseHoursList(%j) → %o', (text, value) => expect(parseHoursList(text)).toEqual({ ok: true, value }));

  it.each([[''], ['72, x'], ['0'], ['1441'], ['1,2,3,4,5,6,7,8,9,10,11']])('parseHoursList(%j) is refused', (text) =>
    expect(parseHoursList(text)).toMatchObject({ ok: false, error: 'options.error.hoursList' }),
  );

  // A German or Nordic merchant writes one and a half hours "1,5": in a list separated by commas
  // that was read as 1 and 5, and saved without a word.
  it.each([
    ['de', '72; 24; 1,5', [72, 24, 1.5]],
    ['de', '72, 24, 1,5', [72, 24, 1.5]],
    ['de', '72,25', [72.25]],
    ['sv', '48;0,5', [48, 0.5]],
    ['fi', '1,5 24', [24, 1.5]],
    ['nb', '72; 24; 2', [72, 24, 2]],
    ['da', '0.5; 12', [12, 0.5]],
    ['en', '72, 24, 1.5', [72, 24, 1.5]],
    ['en', '1,5', [5, 1]],
  ] as const)('in %s, parseHoursList(%j) → %o', (locale, text, value) => expect(parseHoursList(text, locale)).toEqual({ ok: true, value }));

  it.each([['de', '1,5,2'], ['sv', '1,5,2'], ['da', '72,24,2']] as const)('in %s, parseHoursList(%j) is refused, not guessed', (locale, text) =>
    expect(parseHoursList(text, locale)).toMatchObject({ ok: false, error: 'options.error.hoursList' }),
  );

  it.each(LOCALES)('in %s, the stored list shown in the field reads back as itself', (locale) => {
    const settings = { ...DEFAULT_SETTINGS, notifications: { ...DEFAULT_SETTINGS.notifications, hoursBefore: [72, 24, 1.5, 0.25] } };
    const text = hoursListText(settings, locale);
    expect(text).toBe(locale === 'en' ? '72, 24, 1.5, 0.25' : '72; 24; 1,5; 0,25');
    expect(parseHoursList(text, locale)).toEqual({ ok: true, value: [72, 24, 1.5, 0.25] });
  });

  it.each([
    ['90', { ok: true, value: 90 }],
    ['1', { ok: true, value: 1 }],
    ['3650', { ok: true, value: 3650 }],
    ['0', { ok: false, error: 'options.error.retention' }],
    ['3651', { ok: false, error: 'options.error.retention' }],
    ['1.5', { ok: false, error: 'options.error.retention' }],
  ])('parseRetention(%j)', (text, out) => expect(parseRetention(text)).toEqual(out));

  it.each([
    [24, 72, null],
    [24, 24, 'options.error.soonAfterCritical'],
    [48, 24, 'options.error.soonAfterCritical'],
  ])('checkUrgency(%d, %d)', (c, s, out) => expect(checkUrgency(c, s)).toBe(out));

  it('lists the IANA zones, UTC included', () => {
    const zones = timeZones(['Europe/Oslo']);
    expect(zones).toContain('Europe/Stockholm');
    expect(zones).toContain('UTC');
  });
});
