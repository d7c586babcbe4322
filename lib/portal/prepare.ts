// Getting the reader ready before a page shows its disputes (optional; for idle time).
//
// A first reading pays for what this runtime's Intl does once: ICU's number and date formatting
// start (~15-25 ms and ~8 ms in a Chromium renderer whose page has not formatted any yet), a time
// zone's rules, the page language's month and country names. A caller with idle time before the
// rows arrive (a portal fetches them after load) can have that done then: the reader reads a few
// texts Intl itself prints in the page's language, which learns exactly what a reading would.
import { currencyDigits, readAmount } from './amount';
import { minorUnitDigits } from '../rules/currency';
import { parseCountry } from './country';
import { readDate } from './date';
import { localeOfTag } from './reader';
import type { ReadOptions } from './types';
import { FEE_TABLE_CURRENCIES, PORTAL_LOCALE_OF } from './vocabulary';

/** Learns now what a first reading of `doc` would learn. Never throws; reads no page content but its lang. */
export function preparePortalReader(doc: Document, opts: ReadOptions = {}): void {
  try {
    const tag = doc.documentElement?.getAttribute('lang')?.trim() || null;
    const locale = localeOfTag(tag)?.intl ?? PORTAL_LOCALE_OF.en; // (a page without a portal language: the portal's English)
    const at = Date.now();
    // ("1,234" asks for the page's decimal separator; each currency's digits are asked once)
    readAmount(new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(1234), locale);
    for (const c of FEE_TABLE_CURRENCIES) {
      minorUnitDigits(c);
      currencyDigits(c);
    }
    for (const dateStyle of ['medium', 'short'] as const) {
      const f = new Intl.DateTimeFormat(locale, { dateStyle, timeStyle: 'short', timeZone: opts.timeZone });
      readDate(f.format(at), locale, opts);
    }
    parseCountry(new Intl.DisplayNames(locale, { type: 'region' }).of('SE') ?? '', locale);
  } catch {
    /* only a head start: a reading learns the same when it needs it */
  }
}
