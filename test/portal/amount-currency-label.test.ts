// @vitest-environment happy-dom
// An amount whose currency is in its label, not beside the number: "Amount (EUR)" over a column of
// "12.00", "Betrag (EUR): 12,50". The label was not recognised, and the amounts were lost without a
// problem (a dispute with no amount: no exposure, no fee at stake weighed against it).
import { describe, expect, it } from 'vitest';
import { readPortalPage } from '../../lib/portal';

const TZ = 'Europe/Stockholm';
const read = (body: string, tag: string, url = 'https://portal.kustom.co/disputes') =>
  readPortalPage(new DOMParser().parseFromString(`<html lang="${tag}"><body><main>${body}</main></body></html>`, 'text/html'), url, { timeZone: TZ });

const LANGS = [
  { tag: 'en-GB', id: 'Dispute ID', amount: 'Amount', status: 'Status', won: 'Won', values: ['12.00', '1,234.50'] },
  { tag: 'de-DE', id: 'Streitfall-ID', amount: 'Betrag', status: 'Status', won: 'Gewonnen', values: ['12,00', '1.234,50'] },
  { tag: 'sv-SE', id: 'Tvist-ID', amount: 'Belopp', status: 'Status', won: 'Vunnen', values: ['12,00', '1\u00a0234,50'] },
] as const;

describe('an amount whose currency is named in its label', () => {
  it.each(LANGS.flatMap((l) => (['EUR', 'SEK'] as const).map((c) => [l.tag, c, l] as const)))('%s, a column "… (%s)" of bare numbers', (_tag, currency, l) => {
    const r = read(
      `<table><thead><tr><th>${l.id}</th><th>${l.amount} (${currency})</th><th>${l.status}</th></tr></thead><tbody>` +
        l.values.map((v, i) => `<tr><td>DP-${i + 1}</td><td>${v}</td><td>${l.won}</td></tr>`).join('') +
        `</tbody></table>`,
      l.tag,
    );
    expect(r.problems).toEqual([]);
    expect(r.disputes.map((d) => d.facts.amount)).toEqual([
      { amountMinor: 1200, currency },
      { amountMinor: 123450, currency },
    ]);
  });

  it.each(LANGS.map((l) => [l.tag, l] as const))('%s: on a detail page, as a term and as "label: value"', (_tag, l) => {
    const url = 'https://portal.kustom.co/disputes/DP-1';
    for (const body of [
      `<dl><dt>${l.id}</dt><dd>DP-1</dd><dt>${l.amount} (EUR)</dt><dd>${l.values[1]}</dd></dl>`,
      `<p>${l.id}: DP-1</p><p>${l.amount} (EUR): ${l.values[1]}</p>`,
    ]) {
      const r = read(body, l.tag, url);
      expect(r.problems).toEqual([]);
      expect(r.disputes.map((d) => d.facts)).toEqual([{ id: 'DP-1', amount: { amountMinor: 123450, currency: 'EUR' } }]);
    }
  });

  it('a symbol beside the number that names the same currency is no second currency; another one is reported', () => {
    const page = (cell: string) =>
      read(`<table><thead><tr><th>Dispute ID</th><th>Amount (EUR)</th></tr></thead><tbody><tr><td>DP-1</td><td>${cell}</td></tr><tr><td>DP-2</td><td>€1.00</td></tr></tbody></table>`, 'en-GB');
    expect(page('€12.00').disputes[0]!.facts.amount).toEqual({ amountMinor: 1200, currency: 'EUR' });
    const other = page('£12.00');
    expect(other.disputes[0]!.facts.amount).toBeUndefined();
    expect(other.problems).toEqual([expect.stringMatching(/^Dispute DP-1: the amount could not be read: .*two currencies/)]);
  });

  it('"Store ID (MID)" is still the store (MID is no currency)', () => {
    const r = read(`<p>Store ID (MID): M-1</p><dl><dt>Dispute ID</dt><dd>DP-1</dd><dt>Amount (EUR)</dt><dd>12.00</dd></dl>`, 'en-GB', 'https://portal.kustom.co/disputes/DP-1');
    expect(r.disputes.map((d) => d.facts)).toEqual([{ id: 'DP-1', amount: { amountMinor: 1200, currency: 'EUR' }, storeId: 'M-1' }]);
  });
});
