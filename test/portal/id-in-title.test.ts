// @vitest-environment happy-dom
// A dispute's page that shows its ID only in its title ("Dispute dp_7Hk2") and in its URL, with
// its other fields labelled: read as that dispute. Before, with no "Dispute ID" label on the page,
// nothing was read and the page got the "could not read" marker. The URL's ID is taken only where
// the page shows it too: an ID in the URL alone (an internal one) reads nothing, as before.
import { describe, expect, it } from 'vitest';
import { readPortalPage } from '../../lib/portal';

const TZ = 'Europe/Stockholm';
const read = (body: string, tag: string, path: string) =>
  readPortalPage(new DOMParser().parseFromString(`<html lang="${tag}"><body><main>${body}</main></body></html>`, 'text/html'), `https://portal.kustom.co${path}`, { timeZone: TZ });

const LANGS = [
  { tag: 'en-GB', title: 'Dispute', amount: 'Amount', status: 'Status', reason: 'Reason', amountText: '€12.50', statusText: 'Response required' },
  { tag: 'de-DE', title: 'Streitfall', amount: 'Betrag', status: 'Status', reason: 'Grund', amountText: '12,50\u00a0€', statusText: 'Antwort erforderlich' },
  { tag: 'sv-SE', title: 'Tvist', amount: 'Belopp', status: 'Status', reason: 'Anledning', amountText: '12,50\u00a0€', statusText: 'Svar krävs' },
] as const;
type Lang = (typeof LANGS)[number];

const fields = (l: Lang) => `<dl><dt>${l.amount}</dt><dd>${l.amountText}</dd><dt>${l.status}</dt><dd>${l.statusText}</dd><dt>${l.reason}</dt><dd>Fraudulent</dd></dl>`;
const FACTS = { id: 'dp_7Hk2', amount: { amountMinor: 1250, currency: 'EUR' }, status: 'open', reason: 'Fraudulent' };

describe('a dispute page with its ID in the title and the URL only', () => {
  it.each(LANGS.map((l) => [l.tag, l] as const))('%s', (_tag, l) => {
    for (const path of ['/disputes/dp_7Hk2', '/disputes/dp_7Hk2/evidence', '/#/disputes/dp_7Hk2']) {
      const r = read(`<h1>${l.title} dp_7Hk2</h1>${fields(l)}`, l.tag, path);
      expect(r.page).toBe('dispute_detail');
      expect(r.disputes.map((d) => d.facts)).toEqual([FACTS]);
      expect(r.problems).toEqual([]);
    }
  });

  it.each(LANGS.map((l) => [l.tag, l] as const))('%s: an ID in the URL that the page does not show reads nothing', (_tag, l) => {
    const r = read(`<h1>${l.title}</h1>${fields(l)}`, l.tag, '/disputes/5f1c2a9e-0b7d-4c1e-9a55-1e2f3a4b5c6d');
    expect(r.disputes).toEqual([]);
  });

  it('a list page\'s URL, or a page of one field, reads nothing from the URL', () => {
    const l = LANGS[0];
    expect(read(`<h1>Dispute dp_7Hk2</h1>${fields(l)}`, l.tag, '/disputes').disputes).toEqual([]);
    expect(read(`<h1>Dispute dp_7Hk2</h1><p>${l.amount}: ${l.amountText}</p>`, l.tag, '/disputes/dp_7Hk2').disputes).toEqual([]);
  });
});
