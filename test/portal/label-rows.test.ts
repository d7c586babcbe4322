// @vitest-environment happy-dom
// Rows of labels over rows of values (Ant Design's vertical Descriptions, one dispute drawn as a
// table): the header row holding "Dispute ID" took every row below it, and the second label row's
// values became a dispute "Fraudulent", tracked as a case, with problems; then the fields under the
// second row of labels were not read, and the page read as a list of one. Each label's value is
// the cell below it; the same header repeated (DataTables) and a group's heading row across the
// table are still skipped (test/portal/ui-kit-tables, unseen-lists).
import { describe, expect, it } from 'vitest';
import { readPortalPage } from '../../lib/portal';

const LABELS = {
  en: ['Dispute ID', 'Amount', 'Status', 'Reason', 'Payment method', 'Created'],
  de: ['Streitfall-ID', 'Betrag', 'Status', 'Grund', 'Zahlungsart', 'Erstellt'],
  sv: ['Tvist-ID', 'Belopp', 'Status', 'Anledning', 'Betalningsmetod', 'Skapad'],
} as const;
const VALUES = {
  en: ['dp_7Hk2', '€12.00', 'Response required', 'Fraudulent', 'Visa', '12 Jan 2026, 10:00'],
  de: ['dp_7Hk2', '12,00 €', 'Antwort erforderlich', 'Fraudulent', 'Visa', '12.01.2026, 10:00'],
  sv: ['dp_7Hk2', '12,00 €', 'Svar krävs', 'Fraudulent', 'Visa', '12 jan. 2026 10:00'],
} as const;
const LANG = { en: 'en-GB', de: 'de-DE', sv: 'sv-SE' } as const;

function vertical(lang: keyof typeof LABELS): string {
  const th = (i: number) => `<th class="ant-descriptions-item-label"><span>${LABELS[lang][i]}</span></th>`;
  const td = (i: number) => `<td class="ant-descriptions-item-content"><span>${VALUES[lang][i]}</span></td>`;
  const row = (cells: string[]) => `<tr class="ant-descriptions-row">${cells.join('')}</tr>`;
  return `<main><div class="ant-descriptions ant-descriptions-bordered"><table><tbody>${row([th(0), th(1), th(2)])}${row([td(0), td(1), td(2)])}${row([th(3), th(4), th(5)])}${row([td(3), td(4), td(5)])}</tbody></table></div></main>`;
}

describe('rows of labels over rows of values', () => {
  it.each(Object.keys(LABELS) as (keyof typeof LABELS)[])('%s: one dispute, no made-up one, no problem', (lang) => {
    document.documentElement.lang = LANG[lang];
    document.body.innerHTML = vertical(lang);
    const r = readPortalPage(document, 'https://portal.kustom.co/disputes/dp_7Hk2', { timeZone: 'Europe/Stockholm' });
    expect(r.problems).toEqual([]);
    // one dispute's page, every field read: those under the second row of labels too
    expect(r.page).toBe('dispute_detail');
    expect(r.disputes.map((d) => d.facts)).toEqual([
      { id: 'dp_7Hk2', amount: { amountMinor: 1200, currency: 'EUR' }, status: 'open', reason: 'Fraudulent', provider: 'card', network: 'visa', createdAt: '2026-01-12T09:00:00.000Z' },
    ]);
  });
});
