// @vitest-environment happy-dom
// A label with an info mark after it, the trigger of its tooltip ("Respond by ⓘ", "Amount ℹ"), in
// the label's own text: the column or field was lost without a problem (every deadline, here).
import { describe, expect, it } from 'vitest';
import { readPortalPage } from '../../lib/portal';

describe('a label followed by an info mark', () => {
  it.each([
    ['en-GB', ['Dispute ID', 'Amount ℹ', 'Status', 'Payment method', 'Created', 'Respond by ⓘ'], ['dp_i1', '€12.00', 'Response required', 'Visa', '12 Jan 2026, 10:00', '26 Jan 2026, 23:59']],
    ['de-DE', ['Streitfall-ID', 'Betrag ⓘ', 'Status', 'Zahlungsart', 'Erstellt', 'Antwort bis ℹ️'], ['dp_i1', '12,00 €', 'Antwort erforderlich', 'Visa', '12.01.2026, 10:00', '26.01.2026, 23:59']],
  ] as const)('%s: a table whose headers carry one reads every column', (lang, labels, values) => {
    document.documentElement.lang = lang;
    const row = (cells: readonly string[], tag: string) => `<tr>${cells.map((c) => `<${tag}>${c}</${tag}>`).join('')}</tr>`;
    document.body.innerHTML = `<main><table><thead>${row(labels, 'th')}</thead><tbody>${row(values, 'td')}${row(['dp_i2', ...values.slice(1)], 'td')}</tbody></table></main>`;
    const r = readPortalPage(document, 'https://portal.kustom.co/disputes', { timeZone: 'Europe/Stockholm' });
    expect(r.problems).toEqual([]);
    expect(r.disputes.map((d) => d.facts.id)).toEqual(['dp_i1', 'dp_i2']);
    expect(r.disputes[0]!.facts).toMatchObject({ amount: { amountMinor: 1200, currency: 'EUR' }, dueBy: '2026-01-26T22:59:00.000Z' });
  });
});
