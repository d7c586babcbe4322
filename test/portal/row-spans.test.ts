// @vitest-environment happy-dom
// Lists whose body cells span rows (rowspan): disputes grouped under one creation date or one
// store, a deadline shared by the rows beside it. A cell from a row above takes its column in the
// rows below, so their own cells start one column further on. Read cell by cell from the left,
// those rows took the amount for the ID: a dispute "€2.00" with the status for its amount.
import { describe, expect, it } from 'vitest';
import { readPortalPage } from '../../lib/portal';

const TZ = 'Europe/Stockholm';
const read = (body: string, tag: string) =>
  readPortalPage(new DOMParser().parseFromString(`<html lang="${tag}"><body><main>${body}</main></body></html>`, 'text/html'), 'https://portal.kustom.co/disputes', { timeZone: TZ });

interface Lang {
  tag: string;
  labels: { id: string; amount: string; status: string; createdAt: string; dueBy: string; store: string };
  amounts: [string, string, string];
  statuses: [string, string, string];
  created: [string, string];
  due: string;
}

// The vocabulary's texts (portal-vocabulary.md), amounts and dates as Intl prints them.
const LANGS: Lang[] = [
  {
    tag: 'en-GB',
    labels: { id: 'Dispute ID', amount: 'Amount', status: 'Status', createdAt: 'Created', dueBy: 'Respond by', store: 'Store ID (MID)' },
    amounts: ['€120.50', '€2.00', '€1,234.50'],
    statuses: ['Response required', 'Won', 'Under review'],
    created: ['19 Jan 2026', '21 Jan 2026'],
    due: '2 Feb 2026',
  },
  {
    tag: 'de-DE',
    labels: { id: 'Streitfall-ID', amount: 'Betrag', status: 'Status', createdAt: 'Erstellt', dueBy: 'Antwort bis', store: 'Shop-ID (MID)' },
    amounts: ['120,50\u00a0€', '2,00\u00a0€', '1.234,50\u00a0€'],
    statuses: ['Antwort erforderlich', 'Gewonnen', 'In Prüfung'],
    created: ['19.01.2026', '21.01.2026'],
    due: '02.02.2026',
  },
  {
    tag: 'fi-FI',
    labels: { id: 'Kiistan tunnus', amount: 'Summa', status: 'Tila', createdAt: 'Luotu', dueBy: 'Vastaa viimeistään', store: 'Kaupan tunnus (MID)' },
    amounts: ['120,50\u00a0€', '2,00\u00a0€', '1\u00a0234,50\u00a0€'],
    statuses: ['Vastaus vaaditaan', 'Voitettu', 'Tarkistettavana'],
    created: ['19.1.2026', '21.1.2026'],
    due: '2.2.2026',
  },
];

const JAN19 = '2026-01-18T23:00:00.000Z';
const JAN21 = '2026-01-20T23:00:00.000Z';
const FEB2_END = '2026-02-02T22:59:59.999Z';
const EUR = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });

const head = (cells: string[]) => `<thead><tr>${cells.map((c) => `<th scope="col">${c}</th>`).join('')}</tr></thead>`;

/** Disputes grouped by the day they were created: the date in the first column (a cell, or a row header), spanning its group. */
function byDay(l: Lang, cell: 'td' | 'th' = 'td'): string {
  const [a1, a2, a3] = l.amounts;
  const [s1, s2, s3] = l.statuses;
  return (
    `<table>${head([l.labels.createdAt, l.labels.id, l.labels.amount, l.labels.status])}<tbody>` +
    `<tr><${cell} rowspan="2">${l.created[0]}</${cell}><td>DP-1001</td><td>${a1}</td><td>${s1}</td></tr>` +
    `<tr><td>DP-1002</td><td>${a2}</td><td>${s2}</td></tr>` +
    `<tr><${cell}>${l.created[1]}</${cell}><td>DP-1003</td><td>${a3}</td><td>${s3}</td></tr>` +
    `</tbody></table>`
  );
}

/** One store's disputes under its ID, spanning them, in the middle of the row. */
function byStore(l: Lang): string {
  const [a1, a2, a3] = l.amounts;
  const [s1, s2, s3] = l.statuses;
  return (
    `<table>${head([l.labels.id, l.labels.store, l.labels.amount, l.labels.status])}<tbody>` +
    `<tr><td>DP-1001</td><td rowspan="3">M-77</td><td>${a1}</td><td>${s1}</td></tr>` +
    `<tr><td>DP-1002</td><td>${a2}</td><td>${s2}</td></tr>` +
    `<tr><td>DP-1003</td><td>${a3}</td><td>${s3}</td></tr>` +
    `</tbody></table>`
  );
}

/** A deadline shared by two rows, in the last column; a date spanning two columns and two rows. */
function sharedDeadline(l: Lang): string {
  const [a1, a2, a3] = l.amounts;
  const [s1, s2, s3] = l.statuses;
  return (
    `<table>${head([l.labels.createdAt, '', l.labels.id, l.labels.amount, l.labels.status, l.labels.dueBy])}<tbody>` +
    `<tr><td rowspan="2" colspan="2">${l.created[0]}</td><td>DP-1001</td><td>${a1}</td><td>${s1}</td><td rowspan="2">${l.due}</td></tr>` +
    `<tr><td>DP-1002</td><td>${a2}</td><td>${s2}</td></tr>` +
    `<tr><td colspan="2">${l.created[1]}</td><td>DP-1003</td><td>${a3}</td><td>${s3}</td><td>—</td></tr>` +
    `</tbody></table>`
  );
}

const facts = (r: ReturnType<typeof read>) =>
  r.disputes.map((d) => {
    const { id, amount, status, createdAt, dueBy, storeId } = d.facts;
    return { id, amount, status, createdAt, dueBy, storeId };
  });

describe('list rows under a cell that spans rows (rowspan)', () => {
  const cases = LANGS.flatMap((l) => [
    [`${l.tag}: grouped by creation day`, byDay(l), [
      { id: 'DP-1001', amount: EUR(12050), status: 'open', createdAt: JAN19 },
      { id: 'DP-1002', amount: EUR(200), status: 'won', createdAt: JAN19 },
      { id: 'DP-1003', amount: EUR(123450), status: 'under_review', createdAt: JAN21 },
    ]],
    [`${l.tag}: grouped by creation day, in row headers`, byDay(l, 'th'), [
      { id: 'DP-1001', amount: EUR(12050), status: 'open', createdAt: JAN19 },
      { id: 'DP-1002', amount: EUR(200), status: 'won', createdAt: JAN19 },
      { id: 'DP-1003', amount: EUR(123450), status: 'under_review', createdAt: JAN21 },
    ]],
    [`${l.tag}: grouped by store`, byStore(l), [
      { id: 'DP-1001', amount: EUR(12050), status: 'open', storeId: 'M-77' },
      { id: 'DP-1002', amount: EUR(200), status: 'won', storeId: 'M-77' },
      { id: 'DP-1003', amount: EUR(123450), status: 'under_review', storeId: 'M-77' },
    ]],
    [`${l.tag}: a deadline shared by two rows, a date across two columns`, sharedDeadline(l), [
      { id: 'DP-1001', amount: EUR(12050), status: 'open', createdAt: JAN19, dueBy: FEB2_END },
      { id: 'DP-1002', amount: EUR(200), status: 'won', createdAt: JAN19, dueBy: FEB2_END },
      { id: 'DP-1003', amount: EUR(123450), status: 'under_review', createdAt: JAN21 },
    ]],
  ] as const);

  it.each(cases)('%s', (_name, body, expected) => {
    const r = read(body, _name.slice(0, 5));
    expect(r.page).toBe('dispute_list');
    expect(facts(r)).toEqual(expected.map((e) => ({ createdAt: undefined, dueBy: undefined, storeId: undefined, ...e })));
    expect(r.problems).toEqual([]);
  });

  it('a row read again after the row above it changed keeps taking the spanning cell', () => {
    const doc = new DOMParser().parseFromString(`<html lang="en-GB"><body><main>${byStore(LANGS[0]!)}</main></body></html>`, 'text/html');
    const url = 'https://portal.kustom.co/disputes';
    expect(facts(readPortalPage(doc, url, { timeZone: TZ })).map((d) => d.id)).toEqual(['DP-1001', 'DP-1002', 'DP-1003']);
    doc.querySelector('td[rowspan]')!.textContent = 'M-78';
    expect(facts(readPortalPage(doc, url, { timeZone: TZ })).map((d) => d.storeId)).toEqual(['M-78', 'M-78', 'M-78']);
  });
});
