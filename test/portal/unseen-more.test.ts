// @vitest-environment happy-dom
// More list and detail pages in markup the reader was not written against (issue 3), each case one
// that read wrongly or not at all before its fix in lib/portal, in the six portal languages.
import { describe, expect, it } from 'vitest';
import { readPortalPage } from '../../lib/portal';
import { COLS, EXPECTED, LANGS, storeBar, type Lang } from './list-pages';
import { readAfterRowChange } from './row-change';

const TZ = 'Europe/Stockholm';
const read = (body: string, tag: string, url: string) =>
  readPortalPage(new DOMParser().parseFromString(`<!doctype html><html lang="${tag}"><body>${body}</body></html>`, 'text/html'), url, { timeZone: TZ });
const LIST_URL = 'https://portal.kustom.co/disputes';
const ALL = ['en', 'de', 'sv', 'fi', 'nb', 'da'] as const;

/** A dispute's page of two terms, its ID and "Respond by" `value`: read as due 26 Jan 2026, 23:59 in Stockholm. */
function readsDueBy(tag: string, idLabel: string, label: string, value: string): void {
  const r = read(`<dl><dt>${idLabel}</dt><dd>DP-1</dd><dt>${label}</dt><dd>${value}</dd></dl>`, tag, `${LIST_URL}/DP-1`);
  expect(r.problems).toEqual([]);
  expect(r.disputes.map((d) => d.facts)).toEqual([{ id: 'DP-1', dueBy: '2026-01-26T22:59:00.000Z' }]);
}

/** A list whose cells are drawn by `cell` (its column's index, the text LANGS gives it). */
const list = (l: Lang, cell: (i: number, text: string) => string, attrs: (i: number, text: string) => string = () => '') =>
  storeBar(l) +
  `<table><thead><tr>${COLS.map((c) => `<th>${l.labels[c]}</th>`).join('')}</tr></thead><tbody>` +
  l.rows.map((r) => `<tr>${r.map((t, i) => `<td${attrs(i, t)}>${cell(i, t)}</td>`).join('')}</tr>`).join('') +
  `</tbody></table>`;

/** "21 Jan 2026, 10:30" → ["21 Jan 2026", "10:30"]; a date without a time → null. */
const dayAndTime = (t: string) => /^(.*?),? (?:klo )?(\d\d?[:.]\d\d)$/.exec(t)?.slice(1) ?? null;

describe('a date and its time in elements of their own with no space between ("<span>21 Jan 2026</span><span>10:30</span>", spaced by CSS)', () => {
  // The DOM text is "21 Jan 202610:30": it was read as its first part, the day alone, and so at the
  // start of that day (a deadline at its end: later than the page says), with no problem.
  it.each(ALL)('%s: a list', (k) => {
    const l = LANGS[k];
    const r = read(list(l, (_i, t) => { const dt = dayAndTime(t); return dt ? `<span>${dt[0]}</span><span class="ml-1 text-muted">${dt[1]}</span>` : t; }), l.tag, LIST_URL);
    expect(r.problems).toEqual([]);
    expect(r.disputes.map((d) => d.facts)).toEqual(EXPECTED);
  });

  it.each([
    ['en-GB', 'Dispute ID', 'Respond by', '26 Jan 2026', '23:59'],
    ['en-GB', 'Dispute ID', 'Respond by', 'Mon, 26 Jan 2026', '11:59 PM'],
    ['en-US', 'Dispute ID', 'Respond by', 'Jan 26, 2026', '11:59 PM'],
    ['de-DE', 'Streitfall-ID', 'Antwort bis', '26. Jan. 2026', '23:59'],
    ['sv-SE', 'Tvist-ID', 'Svara senast', '26 jan. 2026', '23:59'],
    ['sv-SE', 'Tvist-ID', 'Svara senast', '2026-01-26', '23:59'],
    ['fi-FI', 'Kiistan tunnus', 'Vastaa viimeistään', '26.1.2026', 'klo 23.59'],
    ['nb-NO', 'Tvist-ID', 'Svar innen', '26. jan. 2026', '23:59'],
    ['da-DK', 'Tvist-ID', 'Svar senest', '26. jan. 2026', '23.59'],
  ])('%s: "%s" … "%s: %s" + "%s" in a dd and after a label in a line', (tag, idLabel, label, day, time) => {
    for (const body of [
      `<dl><dt>${idLabel}</dt><dd>DP-1</dd><dt>${label}</dt><dd><span>${day}</span><span class="ml-2">${time}</span></dd></dl>`,
      `<p><b>${idLabel}:</b> DP-1</p><p><b>${label}:</b> <span>${day}</span><span class="ml-2">${time}</span></p>`,
    ]) {
      const r = read(body, tag, `${LIST_URL}/DP-1`);
      expect(r.problems).toEqual([]);
      expect(r.disputes.map((d) => d.facts)).toEqual([{ id: 'DP-1', dueBy: '2026-01-26T22:59:00.000Z' }]);
    }
  });
});

describe('a date shown relative to today, the date itself in the title of the value\'s own element', () => {
  // ("<td title=\"2 Feb 2026\">in 12 days</td>": a title on an element inside the value was read, the
  // value's own was not, and the date was reported as unreadable)
  const relative = (i: number, t: string) => (i === 4 ? '3 days ago' : i === 5 && t !== '—' ? 'in 12 days' : t);
  const titled = (i: number, t: string) => (i === 4 || (i === 5 && t !== '—') ? ` title="${t}"` : '');
  it.each(ALL)('%s: a list whose cells say "3 days ago" and "in 12 days"', (k) => {
    const l = LANGS[k];
    const r = read(list(l, relative, titled), l.tag, LIST_URL);
    expect(r.problems).toEqual([]);
    expect(r.disputes.map((d) => d.facts)).toEqual(EXPECTED);
  });

  it.each([
    ['en-GB', 'Dispute ID', 'Created', '12 Jan 2026, 10:00', 'Respond by', '26 Jan 2026, 23:59'],
    ['de-DE', 'Streitfall-ID', 'Erstellt', '12.01.2026, 10:00', 'Antwort bis', '26.01.2026, 23:59'],
    ['sv-SE', 'Tvist-ID', 'Skapad', '12 jan. 2026 10:00', 'Svara senast', '26 jan. 2026 23:59'],
    ['fi-FI', 'Kiistan tunnus', 'Luotu', '12.1.2026 klo 10.00', 'Vastaa viimeistään', '26.1.2026 klo 23.59'],
    ['nb-NO', 'Tvist-ID', 'Opprettet', '12. jan. 2026, 10:00', 'Svar innen', '26. jan. 2026, 23:59'],
    ['da-DK', 'Tvist-ID', 'Oprettet', '12. jan. 2026 10.00', 'Svar senest', '26. jan. 2026 23.59'],
  ])('%s: dd elements titled with the date', (tag, idLabel, created, createdAt, due, dueBy) => {
    const r = read(`<dl><dt>${idLabel}</dt><dd>DP-1</dd><dt>${created}</dt><dd title="${createdAt}">14 days ago</dd><dt>${due}</dt><dd title="${dueBy}">today</dd></dl>`, tag, `${LIST_URL}/DP-1`);
    expect(r.problems).toEqual([]);
    expect(r.disputes.map((d) => d.facts)).toEqual([{ id: 'DP-1', createdAt: '2026-01-12T09:00:00.000Z', dueBy: '2026-01-26T22:59:00.000Z' }]);
  });

  it('a title that is no date is no date: the shown date is read', () => {
    const r = read(`<dl><dt>Dispute ID</dt><dd>DP-1</dd><dt>Respond by</dt><dd title="The last day to send evidence">26 Jan 2026, 23:59</dd></dl>`, 'en-GB', `${LIST_URL}/DP-1`);
    expect(r.problems).toEqual([]);
    expect(r.disputes.map((d) => d.facts)).toEqual([{ id: 'DP-1', dueBy: '2026-01-26T22:59:00.000Z' }]);
  });
});

describe('an amount whose currency symbol is named in its label ("Amount (€)", "Belopp (kr)")', () => {
  // The label was not recognised: the amounts were lost without a problem (a code, "Amount (EUR)",
  // was read: amount-currency-label.test.ts).
  const CASES = [
    ['en-GB', 'Amount (€)', 'Dispute ID', '1,234.50', 'EUR'],
    ['en-GB', 'Amount (£)', 'Dispute ID', '1,234.50', 'GBP'],
    ['de-DE', 'Betrag (€)', 'Streitfall-ID', '1.234,50', 'EUR'],
    ['sv-SE', 'Belopp (kr)', 'Tvist-ID', '1\u00a0234,50', 'SEK'],
    ['fi-FI', 'Summa (€)', 'Kiistan tunnus', '1\u00a0234,50', 'EUR'],
    ['nb-NO', 'Beløp (kr)', 'Tvist-ID', '1\u00a0234,50', 'NOK'],
    ['da-DK', 'Beløb (kr.)', 'Tvist-ID', '1.234,50', 'DKK'],
  ] as const;
  it.each(CASES)('%s: a column "%s" of bare numbers, a term and "label: value"', (tag, label, idLabel, value, currency) => {
    const amount = { amountMinor: 123450, currency };
    const r = read(`<table><thead><tr><th>${idLabel}</th><th>${label}</th></tr></thead><tbody><tr><td>DP-1</td><td>${value}</td></tr><tr><td>DP-2</td><td>${value}</td></tr></tbody></table>`, tag, LIST_URL);
    expect(r.problems).toEqual([]);
    expect(r.disputes.map((d) => d.facts)).toEqual([{ id: 'DP-1', amount }, { id: 'DP-2', amount }]);
    for (const body of [`<dl><dt>${idLabel}</dt><dd>DP-1</dd><dt>${label}</dt><dd>${value}</dd></dl>`, `<p>${idLabel}: DP-1</p><p>${label}: ${value}</p>`]) {
      const d = read(body, tag, `${LIST_URL}/DP-1`);
      expect(d.problems).toEqual([]);
      expect(d.disputes.map((x) => x.facts)).toEqual([{ id: 'DP-1', amount }]);
    }
  });

  it('a symbol that names several currencies stays a problem: "Amount ($)" is not guessed', () => {
    const r = read(`<dl><dt>Dispute ID</dt><dd>DP-1</dd><dt>Amount ($)</dt><dd>12.00</dd></dl>`, 'en-GB', `${LIST_URL}/DP-1`);
    expect(r.disputes.map((d) => d.facts)).toEqual([{ id: 'DP-1' }]);
    expect(r.problems).toEqual([expect.stringMatching(/^Dispute DP-1: the amount could not be read: .*"\$" could be .*USD/)]);
  });
});

describe('a time shown before its date ("10:30 · 21 Jan 2026", "<span>10:30</span> <span>21 Jan 2026</span>")', () => {
  // The value did not read as a whole, and its first part that did was the day alone: read as the
  // start of that day (a deadline at its end), with no problem.
  it.each(ALL)('%s: a list with the time and the date in spans', (k) => {
    const l = LANGS[k];
    const r = read(list(l, (_i, t) => { const dt = dayAndTime(t); return dt ? `<span>${dt[1]}</span> <span>${dt[0]}</span>` : t; }), l.tag, LIST_URL);
    expect(r.problems).toEqual([]);
    expect(r.disputes.map((d) => d.facts)).toEqual(EXPECTED);
  });

  it.each([
    ['en-GB', 'Dispute ID', 'Respond by', '23:59 · 26 Jan 2026'],
    ['en-GB', 'Dispute ID', 'Respond by', '11:59 pm, Mon, 26 Jan 2026'],
    ['de-DE', 'Streitfall-ID', 'Antwort bis', '23:59, 26.01.2026'],
    ['sv-SE', 'Tvist-ID', 'Svara senast', '23:59 26 jan. 2026'],
    ['fi-FI', 'Kiistan tunnus', 'Vastaa viimeistään', '23.59 26.1.2026'],
    ['nb-NO', 'Tvist-ID', 'Svar innen', '23:59 - 26. jan. 2026'],
    ['da-DK', 'Tvist-ID', 'Svar senest', '23.59 26. jan. 2026'],
  ])('%s: "%s … %s: %s"', readsDueBy);
});

describe('a dispute\'s page that shows the dispute in a one-row table with a Dispute ID column', () => {
  // A summary table at the top of the dispute's own page (its URL names it) over its other fields:
  // the page was read as a list, and the fields outside the row (reason, dates, country…) were
  // lost, with no problem (the deadline then came from the rules, not the page).
  const D = {
    en: ['en-GB', ['Dispute ID', 'Amount', 'Status', 'Reason', 'Payment method', 'Created', 'Respond by', 'Buyer country', 'Store ID (MID)'], ['€12.50', 'Response required', 'Card', '12 Jan 2026, 10:00', '26 Jan 2026, 23:59', 'Sweden']],
    de: ['de-DE', ['Streitfall-ID', 'Betrag', 'Status', 'Grund', 'Zahlungsart', 'Erstellt', 'Antwort bis', 'Land des Käufers', 'Shop-ID (MID)'], ['12,50\u00a0€', 'Antwort erforderlich', 'Karte', '12.01.2026, 10:00', '26.01.2026, 23:59', 'Schweden']],
    sv: ['sv-SE', ['Tvist-ID', 'Belopp', 'Status', 'Anledning', 'Betalningsmetod', 'Skapad', 'Svara senast', 'Köparens land', 'Butiks-ID (MID)'], ['12,50\u00a0€', 'Svar krävs', 'Kort', '12 jan. 2026 10:00', '26 jan. 2026 23:59', 'Sverige']],
    fi: ['fi-FI', ['Kiistan tunnus', 'Summa', 'Tila', 'Syy', 'Maksutapa', 'Luotu', 'Vastaa viimeistään', 'Ostajan maa', 'Kaupan tunnus (MID)'], ['12,50\u00a0€', 'Vastaus vaaditaan', 'Kortti', '12.1.2026 klo 10.00', '26.1.2026 klo 23.59', 'Ruotsi']],
    nb: ['nb-NO', ['Tvist-ID', 'Beløp', 'Status', 'Årsak', 'Betalingsmetode', 'Opprettet', 'Svar innen', 'Kjøpers land', 'Butikk-ID (MID)'], ['12,50\u00a0€', 'Svar kreves', 'Kort', '12. jan. 2026, 10:00', '26. jan. 2026, 23:59', 'Sverige']],
    da: ['da-DK', ['Tvist-ID', 'Beløb', 'Status', 'Årsag', 'Betalingsmetode', 'Oprettet', 'Svar senest', 'Købers land', 'Butiks-ID (MID)'], ['12,50\u00a0€', 'Svar påkrævet', 'Kort', '12. jan. 2026 10.00', '26. jan. 2026 23.59', 'Sverige']],
  } as const;
  const FACTS = { id: 'DP-7781', amount: { amountMinor: 1250, currency: 'EUR' }, status: 'open', reason: 'Fraudulent', provider: 'card', createdAt: '2026-01-12T09:00:00.000Z', dueBy: '2026-01-26T22:59:00.000Z', buyerCountry: 'SE', storeId: 'M-4711' };
  const pages = (k: keyof typeof D) => {
    const [, L, [amount, status, card, created, due, country]] = D[k];
    const values = ['DP-7781', amount, status, 'Fraudulent', card, created, due, country, 'M-4711'];
    return [
      `<h1>DP-7781</h1><table><thead><tr>${L.slice(0, 3).map((t) => `<th>${t}</th>`).join('')}</tr></thead><tbody><tr>${values.slice(0, 3).map((t) => `<td>${t}</td>`).join('')}</tr></tbody></table>` +
        `<dl>${L.slice(3).map((t, i) => `<div><dt>${t}</dt><dd>${values[i + 3]}</dd></div>`).join('')}</dl>`,
      `<table><thead><tr>${L.map((t) => `<th>${t}</th>`).join('')}</tr></thead><tbody><tr>${values.map((t) => `<td>${t}</td>`).join('')}</tr></tbody></table>`,
    ];
  };
  it.each(ALL)('%s: a summary table over the other fields, and one table of all of them', (k) => {
    for (const body of pages(k)) {
      const r = read(body, D[k][0], `${LIST_URL}/DP-7781`);
      expect(r.problems).toEqual([]);
      expect(r.page).toBe('dispute_detail');
      expect(r.disputes.map((d) => d.facts)).toEqual([FACTS]);
    }
  });

  it.each(ALL)('%s: the same table on the list\'s address, or on another dispute\'s, is a list of one', (k) => {
    for (const url of [LIST_URL, `${LIST_URL}?q=DP-7781`, `${LIST_URL}/open`]) {
      const r = read(pages(k)[1]!, D[k][0], url);
      expect(r.page).toBe('dispute_list');
      expect(r.disputes.map((d) => d.facts)).toEqual([FACTS]);
    }
  });
});

describe('a date with its zone in parentheses ("26 Jan 2026, 23:59 (CET)")', () => {
  // (reported as no date the reader knows: the deadline then came from the rules)
  it.each([
    ['en-GB', 'Dispute ID', 'Respond by', '26 Jan 2026, 23:59 (CET)'],
    ['de-DE', 'Streitfall-ID', 'Antwort bis', '26.01.2026, 23:59 (MEZ)'],
    ['sv-SE', 'Tvist-ID', 'Svara senast', '26 jan. 2026 23:59 (CET)'],
    ['fi-FI', 'Kiistan tunnus', 'Vastaa viimeistään', '26.1.2026 klo 23.59 (UTC+1)'],
    ['nb-NO', 'Tvist-ID', 'Svar innen', '26. jan. 2026, 23:59 (CET)'],
    ['da-DK', 'Tvist-ID', 'Svar senest', '26. jan. 2026, 23.59 (CET)'],
    ['en-GB', 'Dispute ID', 'Respond by', '26 Jan 2026, 22:59 (UTC)'],
  ])('%s: "%s … %s: %s"', readsDueBy);
});

describe('a label beside a read-only control with no <label for> (aria-labelledby, or none)', () => {
  // "<div><span id=l1>Amount</span><input aria-labelledby=l1 readonly value=€12.50></div>": the
  // label's box took in the control (it shows no text), and the label was taken for a search
  // field's: nothing was read, and the page was unknown with no problem.
  const CASES = [
    ['en-GB', 'Dispute ID', 'Amount', '€12.50', 'Respond by', '26 Jan 2026, 23:59', 'Store ID (MID)'],
    ['de-DE', 'Streitfall-ID', 'Betrag', '12,50 €', 'Antwort bis', '26.01.2026, 23:59', 'Shop-ID (MID)'],
    ['sv-SE', 'Tvist-ID', 'Belopp', '12,50 €', 'Svara senast', '26 jan. 2026 23:59', 'Butiks-ID (MID)'],
    ['fi-FI', 'Kiistan tunnus', 'Summa', '12,50 €', 'Vastaa viimeistään', '26.1.2026 klo 23.59', 'Kaupan tunnus (MID)'],
    ['nb-NO', 'Tvist-ID', 'Beløp', '12,50 €', 'Svar innen', '26. jan. 2026, 23:59', 'Butikk-ID (MID)'],
    ['da-DK', 'Tvist-ID', 'Beløb', '12,50 €', 'Svar senest', '26. jan. 2026 23.59', 'Butiks-ID (MID)'],
  ] as const;
  it.each(CASES)('%s: disabled inputs named by aria-labelledby, read-only ones beside their label, a store picker beside its label', (tag, idLabel, amountLabel, amount, dueLabel, due, storeLabel) => {
    const field = (n: number, label: string, value: string, attrs: string) => `<div class="field"><span id="l${n}">${label}</span><input ${attrs.replace('#', `l${n}`)} value="${value}"></div>`;
    for (const attrs of ['aria-labelledby="#" disabled', 'readonly']) {
      const body =
        `<header><span>${storeLabel}</span> <select><option>M-12</option><option selected>M-4711</option></select></header>` +
        `<form>${field(1, idLabel, 'DP-1', attrs)}${field(2, amountLabel, amount, attrs)}${field(3, dueLabel, due, attrs)}</form>`;
      const r = read(body, tag, `${LIST_URL}/DP-1`);
      expect(r.problems).toEqual([]);
      expect(r.page).toBe('dispute_detail');
      expect(r.disputes.map((d) => d.facts)).toEqual([{ id: 'DP-1', amount: { amountMinor: 1250, currency: 'EUR' }, dueBy: '2026-01-26T22:59:00.000Z', storeId: 'M-4711' }]);
    }
  });

  it('a search field beside a label is still no value: an editable input, empty or typed into', () => {
    const r = read(`<form role="search"><div><span>Dispute ID</span><input type="search" value="DP-9"></div></form><table><thead><tr><th>Dispute ID</th><th>Status</th></tr></thead><tbody><tr><td>DP-1</td><td>Won</td></tr></tbody></table>`, 'en-GB', LIST_URL);
    expect(r.problems).toEqual([]);
    expect(r.disputes.map((d) => d.facts)).toEqual([{ id: 'DP-1', status: 'won' }]);
  });
});

describe('the lists above read again after a row changes, as a fresh copy of them reads (row memory)', () => {
  const LISTS: [string, (l: Lang) => string][] = [
    ['a date and its time in spans with no space', (l) => list(l, (_i, t) => { const dt = dayAndTime(t); return dt ? `<span>${dt[0]}</span><span>${dt[1]}</span>` : t; })],
    ['a time before its date', (l) => list(l, (_i, t) => { const dt = dayAndTime(t); return dt ? `<span>${dt[1]}</span> <span>${dt[0]}</span>` : t; })],
    ['relative dates titled with the date', (l) => list(l, (i, t) => (i === 4 ? '3 days ago' : i === 5 && t !== '—' ? 'in 12 days' : t), (i, t) => (i === 4 || (i === 5 && t !== '—') ? ` title="${t}"` : ''))],
  ];
  it.each(ALL.flatMap((k) => LISTS.map(([name, page]) => [k, name, page] as const)))('%s: %s', (k, _name, page) => {
    const facts = readAfterRowChange(page(LANGS[k]), LANGS[k], TZ);
    expect(facts.map((f) => f.dueBy)).toEqual([EXPECTED[0]!.dueBy, undefined, EXPECTED[2]!.dueBy]);
  });
});
