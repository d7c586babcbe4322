// The iCalendar export's events say when their fee excludes VAT, as the popup row and the CSV
// export do: Kustom's current card fee table gives its amounts without VAT (article 395539; lib/rules
// marks those rows excludesVat). An event's description said "Fee at stake: SEK 150.00" as if that
// were the whole charge; now "Fee at stake: SEK 150.00 excl. VAT". A fee whose table does not say
// (Klarna's) is shown as before.
import { describe, expect, it } from 'vitest';
import { assessCases, dueRows, groupRows, type AssessFn } from '../../lib/cases/group';
import { casesToIcal } from '../../lib/cases/ical';
import { LOCALES, PORTAL_LOCALE_TAGS, t, type Locale } from '../../lib/i18n';
import { fakeAssess, makeCase, NOW, ZONE } from './fixtures';

/** The DESCRIPTION of each event, unfolded and unescaped (RFC 5545 3.1, 3.3.11). */
function descriptions(text: string): string[] {
  return text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter((l) => l.startsWith('DESCRIPTION:'))
    .map((l) => l.slice('DESCRIPTION:'.length).replace(/\\([\\;,nN])/g, (_m, c: string) => (c === 'n' || c === 'N' ? '\n' : c)));
}

function feeLine(excludesVat: boolean | undefined, locale: Locale): string | undefined {
  const assess: AssessFn = (facts, goods) => {
    const a = fakeAssess(facts, goods);
    return { ...a, fee: { ...a.fee!, fee: { amountMinor: 15_000, currency: 'SEK' }, ...(excludesVat === undefined ? {} : { excludesVat }) } };
  };
  const rows = dueRows(groupRows(assessCases([makeCase('V-1', { hoursLeft: 30 })], assess)));
  const [description] = descriptions(casesToIcal(rows, { locale, timeZone: ZONE, now: NOW, hoursBefore: [24] }));
  const fee = t(locale, 'popup.ical.fee', { fee: '\u0000' }).split('\u0000')[0]!;
  return description!.split('\n').find((l) => l.startsWith(fee));
}

const sek150 = (locale: Locale) => new Intl.NumberFormat(PORTAL_LOCALE_TAGS[locale], { style: 'currency', currency: 'SEK' }).format(150);

describe('an iCalendar event’s fee and VAT', () => {
  it.each(LOCALES)('%s: a fee that excludes VAT says so', (locale) => {
    expect(feeLine(true, locale)).toBe(`${t(locale, 'popup.ical.fee', { fee: sek150(locale) })} ${t(locale, 'popup.row.exclVat')}`);
  });

  it.each([false, undefined])('excludesVat %s: the amount alone', (excludesVat) => {
    expect(feeLine(excludesVat, 'en')).toBe(t('en', 'popup.ical.fee', { fee: sek150('en') }));
  });
});
