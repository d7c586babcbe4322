// @vitest-environment happy-dom
// Mends of what the twentieth session found and left alone, each read wrongly or silently on a
// merchant's page: a row in a rowgroup the page hides, a row's cell the page hides, a countdown
// beside a date read as its time of day, a deadline's term with no description, cents drawn in a
// <small>. Six portal languages (list-pages.ts); the merchant in Helsinki, the pages naming no zone
// (inZone(2)). Each case read wrongly before its fix; the pages beside them that read right
// already stay as guards.
import { describe, expect, it, onTestFinished } from 'vitest';
import { readPortalPage, type PortalReading } from '../../lib/portal';
import { releaseRowMemo } from '../../lib/portal/row-memo';
import { COLS, KEYS, LANGS, storeBar, type Col, type Key, type Lang } from './list-pages';
import { AT, HELSINKI, inZone, perLang, readHere, readIn, reading, shownAt, spanned, terms, undatedCreated, valueOf, want } from './probe-pages';

const HERE = inZone(2);
const URL = 'https://portal.kustom.co/disputes';

/** A page parsed in a test, its row memory's observer stopped after it. */
const parsed = (body: string, tag: string): Document => {
  const doc = new DOMParser().parseFromString(`<html lang="${tag}"><body>${body}</body></html>`, 'text/html');
  onTestFinished(() => releaseRowMemo(doc));
  return doc;
};
/** What a reading says, without the elements. */
const said = (r: PortalReading) => ({ ...r, disputes: r.disputes.map(({ anchor: _a, cell: _c, ...d }) => d) });
const read = (doc: Document) => said(readPortalPage(doc, URL, { timeZone: HELSINKI }));

// 1. A row in a rowgroup the page hides (a <tbody> or an ARIA grid's role=rowgroup: the hidden
// attribute, an inline display:none, a rowgroup that is a tab panel marked aria-hidden), the row
// itself not hidden. Before: read as a dispute the merchant cannot see (counted in the list's
// summary, sent to the background); 5a4178d made a hidden row no dispute, not a row in a hidden
// rowgroup. Each dispute's row in a rowgroup of its own (a list grouped or paged by rowgroups).
describe('a row in a rowgroup the page hides is no dispute', () => {
  const TABLES: [string, (l: Lang) => string][] = [
    ['a table, each row in a <tbody> of its own', (l) =>
      `<table><thead><tr>${COLS.map((c) => `<th>${l.labels[c]}</th>`).join('')}</tr></thead>${l.rows.map((r) => `<tbody data-group><tr>${r.map((t) => `<td>${t}</td>`).join('')}</tr></tbody>`).join('')}</table>`],
    ['an ARIA grid, each row in a rowgroup of its own', (l) =>
      `<div role="grid"><div role="rowgroup"><div role="row">${COLS.map((c) => `<div role="columnheader">${l.labels[c]}</div>`).join('')}</div></div>${l.rows.map((r) => `<div role="rowgroup" data-group><div role="row">${r.map((t) => `<div role="gridcell">${t}</div>`).join('')}</div></div>`).join('')}</div>`],
  ];
  const HIDES: [string, (el: Element) => void, (el: Element) => void][] = [
    ['hidden', (el) => el.setAttribute('hidden', ''), (el) => el.removeAttribute('hidden')],
    ['style="display: none"', (el) => el.setAttribute('style', 'display: none'), (el) => el.removeAttribute('style')],
    ['a tab panel marked aria-hidden', (el) => (el.setAttribute('role', 'tabpanel'), el.setAttribute('aria-hidden', 'true')), (el) => el.removeAttribute('aria-hidden')],
  ];
  const WHERE: [string, number][] = [['the first', 0], ['the second', 1], ['the last', 2]];
  const CASES = perLang(TABLES.flatMap(([table, page]) => HIDES.flatMap(([how, hide, show]) => WHERE.map(([where, at]) => [`${table}: ${where} rowgroup, by ${how}`, page, at, hide, show] as [string, typeof page, number, typeof hide, typeof show]))));
  /** the page, its rowgroup `at`, and the same page without that rowgroup */
  const pages = (l: Lang, page: (l: Lang) => string, at: number) => {
    const doc = parsed(storeBar(l) + page(l), l.tag);
    const without = parsed(doc.body.innerHTML, l.tag);
    without.querySelectorAll('[data-group]')[at]!.remove();
    return { doc, group: doc.querySelectorAll('[data-group]')[at]!, without };
  };
  it.each(CASES)('%s: fresh', (_, k, page, at, hide) => {
    const l = LANGS[k];
    const { doc, group, without } = pages(l, page, at);
    hide(group);
    const r = read(doc);
    expect(r.disputes).toHaveLength(2);
    expect(r).toEqual(read(without));
  });
  it.each(CASES)('%s: warm, hidden after a reading and shown again', (_, k, page, at, hide, show) => {
    const l = LANGS[k];
    const { doc, group, without } = pages(l, page, at);
    const before = read(doc);
    hide(group);
    expect(read(doc)).toEqual(read(without));
    show(group);
    const again = read(doc);
    expect(again).toEqual(read(parsed(doc.body.innerHTML, l.tag)));
    // (a tab panel shown keeps its role: read as the page with that role)
    if (group.getAttribute('role') !== 'tabpanel') expect(again).toEqual(before);
  });
  // (guard: a rowgroup shown, the row in it hidden itself, as 5a4178d reads it)
  it.each(KEYS)('the row hidden itself in a rowgroup shown (%s)', (k) => {
    const l = LANGS[k];
    const { doc, group, without } = pages(l, TABLES[0]![1], 1);
    group.firstElementChild!.setAttribute('hidden', '');
    expect(read(doc)).toEqual(read(without));
  });
});

// 2. A row's cell the page hides (the hidden attribute, an inline display:none) takes no column, as
// the browser lays the row out: a stale value left hidden in its own cell before the one shown
// ("<td hidden>1 Feb 2026</td><td>2 Feb 2026</td>"), or a column the page hides on a small screen,
// its header hidden too. Before: the row's cells were counted by the DOM, hidden or not, so the
// cell under "Respond by" was the hidden one: the stale date read as the deadline, or the amount's
// column the hidden cell's, nothing said.
describe('a row\'s cell the page hides takes no column', () => {
  const STALE: Record<Key, [date: string, amount: string]> = {
    en: ['1 Feb 2026', '€99.00'], de: ['01.02.2026', '99,00\u00a0€'], sv: ['1 feb. 2026', '99,00\u00a0€'], fi: ['1.2.2026', '99,00\u00a0€'], nb: ['1. feb. 2026', '99,00\u00a0€'], da: ['1. feb. 2026', '99,00\u00a0€'],
  };
  const HIDE: [string, string][] = [['hidden', ' hidden'], ['style="display: none"', ' style="display: none"']];
  /** a table whose rows show `cell(c, t, k)` for each column (a cell or more), under `head(c)` */
  const tableOf = (l: Lang, cell: (c: Col, t: string) => string, head: (c: Col) => string = (c) => `<th>${l.labels[c]}</th>`) =>
    `<table><thead><tr>${COLS.map(head).join('')}</tr></thead><tbody>${l.rows.map((r) => `<tr>${r.map((t, n) => cell(COLS[n]!, t)).join('')}</tr>`).join('')}</tbody></table>`;
  const gridOf = (l: Lang, cell: (c: Col, t: string) => string) =>
    `<div role="grid"><div role="rowgroup"><div role="row">${COLS.map((c) => `<div role="columnheader">${l.labels[c]}</div>`).join('')}</div></div><div role="rowgroup">${l.rows.map((r) => `<div role="row">${r.map((t, n) => cell(COLS[n]!, t)).join('')}</div>`).join('')}</div></div>`;
  const PAGES: [string, (k: Key, attr: string) => string][] = [
    ['a stale date hidden in a cell before the deadline\'s', (k, attr) => tableOf(LANGS[k], (c, t) => (c === 'dueBy' ? `<td${attr}>${STALE[k][0]}</td>` : '') + `<td>${t}</td>`)],
    ['a stale amount hidden in a cell before the amount\'s', (k, attr) => tableOf(LANGS[k], (c, t) => (c === 'amount' ? `<td${attr}>${STALE[k][1]}</td>` : '') + `<td>${t}</td>`)],
    ['a stale date hidden in a cell before the deadline\'s, an ARIA grid', (k, attr) => gridOf(LANGS[k], (c, t) => (c === 'dueBy' ? `<div role="gridcell"${attr}>${STALE[k][0]}</div>` : '') + `<div role="gridcell">${t}</div>`)],
    // (guards: the column hidden, its header too, before the ID's or before the deadline's shown)
    ['a column hidden, its header too, before the deadline\'s', (k, attr) =>
      tableOf(LANGS[k], (c, t) => (c === 'dueBy' ? `<td${attr}>${STALE[k][0]}</td>` : '') + `<td>${t}</td>`, (c) => (c === 'dueBy' ? `<th${attr}>${LANGS[k].labels.dueBy}</th>` : '') + `<th>${LANGS[k].labels[c]}</th>`)],
    ['a column hidden, its header too, before the ID\'s', (k, attr) =>
      tableOf(LANGS[k], (c, t) => (c === 'id' ? `<td${attr}>X-1</td>` : '') + `<td>${t}</td>`, (c) => (c === 'id' ? `<th${attr}>Internal</th>` : '') + `<th>${LANGS[k].labels[c]}</th>`)],
  ];
  it.each(perLang(PAGES.flatMap(([name, page]) => HIDE.map(([how, attr]) => [`${name}, by ${how}`, page, attr] as [string, typeof page, string]))))('%s: the values shown', (_, k, page, attr) => {
    const l = LANGS[k];
    expect(reading(readIn(storeBar(l) + page(k, attr), l.tag))).toEqual(want(true, HERE));
  });
  // (read again after the stale cell is hidden, then shown: as a fresh copy reads)
  it.each(KEYS)('the stale date\'s cell hidden after a reading, then shown (%s)', (k) => {
    const l = LANGS[k];
    const doc = parsed(storeBar(l) + PAGES[0]![1](k, ''), l.tag);
    read(doc);
    for (const hidden of [true, false]) {
      for (const td of doc.querySelectorAll('td')) if (td.textContent === STALE[k][0]) td.toggleAttribute('hidden', hidden);
      expect(read(doc)).toEqual(read(parsed(doc.body.innerHTML, l.tag)));
    }
  });
});

// 3. A date's header spanning its date's cell and a countdown's ("<th colspan=2>Respond by</th>"
// over "2 Feb 2026 | 05:12 left"), and a dispute's day and a countdown in a dd each: a countdown is
// no time of day. Before: a time followed by a word ("05:12 left", "05:12 min") was taken as the
// date's time, the date then unreadable (the deadline lost, reported); a time beside a date that
// shows its own ("2 Feb 2026, 12:00 | 05:12") made it unreadable too; a time beside an empty
// deadline ("— | 05:12") was reported as a date. Now the countdown is left out: the date as shown.
// A bare "05:12" beside a date is read as its time of day (guard): the deadline then is either that
// time or, were it a countdown, the day's end, later: the earlier reading is the safer one.
describe('a countdown beside a date is no time of day', () => {
  const LEFT: Record<Key, string> = { en: 'left', de: 'übrig', sv: 'kvar', fi: 'jäljellä', nb: 'igjen', da: 'tilbage' };
  const COUNTDOWNS: [string, (l: Lang, k: Key) => string][] = [
    ['"05:12 left"', (_l, k) => `05:12 ${LEFT[k]}`],
    ['"05:12 min"', () => '05:12 min'],
    // (guards: no time at its start, as before)
    ['"5 h 12 min"', () => '5 h 12 min'],
    ['"in 5 days"', () => 'in 5 days'],
  ];
  it.each(perLang(COUNTDOWNS))('%s after the date: the date as shown', (_, k, countdown) => {
    const l = LANGS[k];
    expect(reading(readIn(spanned(l, (i) => valueOf(l, i, 'dueBy'), (l) => (countdown(l, k))), l.tag))).toEqual(want(true, undatedCreated));
    expect(reading(readHere(terms(l, valueOf(l, 0, 'dueBy'), countdown(l, k)), l.tag))).toEqual(want(false, HERE));
  });
  it.each(KEYS)('"05:12" after a date that shows its own time, "2 Feb 2026, 12:00": that time (%s)', (k) => {
    const l = LANGS[k];
    const noon = (i: number) => (i === 1 ? '—' : shownAt(l, Date.UTC(2026, 1, i + 2, 12)));
    expect(reading(readIn(spanned(l, noon, () => '05:12'), l.tag))).toEqual(want(true, AT('10:00')));
    expect(reading(readHere(terms(l, noon(0), '05:12'), l.tag))).toEqual(want(false, AT('10:00', HERE)));
  });
  // (a short date whose year ends it in two digits, "02.02.26" as Intl's dateStyle short prints it in
  // German, shows no time: its "2.26" is no "hh.mm". Before the lead's mend the time after it was
  // left out, the deadline read as the day's end, hours later than shown, nothing said)
  it.each(KEYS)('"12:00" after a short date with a two-digit year, "02.02.26": that time (%s)', (k) => {
    const l = LANGS[k];
    const short = (i: number) => (i === 1 ? '—' : new Intl.DateTimeFormat(l.tag, { day: '2-digit', month: '2-digit', year: '2-digit', timeZone: 'UTC' }).format(Date.UTC(2026, 1, i + 2)));
    expect(reading(readIn(spanned(l, short, () => '12:00'), l.tag))).toEqual(want(true, AT('10:00')));
    expect(reading(readHere(terms(l, short(0), '12:00'), l.tag))).toEqual(want(false, AT('10:00', HERE)));
  });
  it.each(KEYS)('"05:12" beside an empty deadline, "—": no deadline, nothing said (%s)', (k) => {
    const l = LANGS[k];
    expect(reading(readIn(spanned(l, (i) => valueOf(l, i, 'dueBy'), (_l, i) => (i === 1 ? '05:12' : '')), l.tag))).toEqual(want(true, undatedCreated));
  });
  // (guard: a bare time beside a date is its time of day, the safer reading)
  it.each(KEYS)('a bare "05:12" after the date: read as its time of day (%s)', (k) => {
    const l = LANGS[k];
    expect(reading(readIn(spanned(l, (i) => valueOf(l, i, 'dueBy'), (_l, i) => (i === 1 ? '' : '05:12')), l.tag))).toEqual(want(true, AT('03:12')));
    expect(reading(readHere(terms(l, valueOf(l, 0, 'dueBy'), '05:12'), l.tag))).toEqual(want(false, AT('03:12', HERE)));
  });
});

// 4. A deadline's term with no description of its own (React draws no dd for an absent value):
// before a term the vocabulary does not know ("<dt>Respond by</dt><dt>Reminder sent</dt><dd>…</dd>",
// 92e50ca: no deadline), before another field's term, or last. Before: no deadline and nothing
// said. Now said: the label has no value beside it.
describe('a deadline\'s term with no description is reported', () => {
  const REMINDER: Record<Key, string> = { en: 'Reminder sent', de: 'Erinnerung gesendet', sv: 'Påminnelse skickad', fi: 'Muistutus lähetetty', nb: 'Påminnelse sendt', da: 'Påmindelse sendt' };
  const SAID = 'A "Respond by" label has no value beside it.';
  const noDeadline = HERE.map(({ dueBy: _d, ...f }) => f) as typeof HERE;
  /** dispute `i`'s terms in `order`, the deadline's followed by `after` and no dd of its own */
  const terms = (l: Lang, i: number, after: string, order: Col[] = COLS) => `<dl>${order.map((c) => `<dt>${l.labels[c]}</dt>${c === 'dueBy' ? after : `<dd>${valueOf(l, i, c)}</dd>`}`).join('')}</dl>`;
  const PLACES: [string, (l: Lang, k: Key, i: number) => string][] = [
    ['before a term the vocabulary does not know', (l, k, i) => terms(l, i, `<dt>${REMINDER[k]}</dt><dd>${valueOf(l, i, 'createdAt')}</dd>`)],
    ['last', (l, _k, i) => terms(l, i, '')],
    ['before the created date\'s term', (l, _k, i) => terms(l, i, '', ['id', 'amount', 'status', 'reason', 'dueBy', 'createdAt'])],
  ];
  it.each(perLang(PLACES))('%s: a dispute\'s page and a list of cards', (_, k, page) => {
    const l = LANGS[k];
    expect(reading(readHere(`${storeBar(l)}<main>${page(l, k, 0)}</main>`, l.tag))).toEqual({ ...want(false, noDeadline), problems: [SAID] });
    expect(reading(readIn(`${storeBar(l)}<ul>${[0, 1, 2].map((i) => `<li>${page(l, k, i)}</li>`).join('')}</ul>`, l.tag))).toEqual({ ...want(true, noDeadline), problems: [SAID] });
  });
  // (guard: an empty description, "—", is a value: no deadline, nothing said)
  it.each(KEYS)('an empty description, "—" (%s)', (k) => {
    const l = LANGS[k];
    expect(reading(readHere(`${storeBar(l)}<main>${terms(l, 1, '<dd>—</dd>')}</main>`, l.tag)).problems).toEqual([]);
  });
});

// 5. Cents drawn in a <small> after the units with no decimal mark, as shops draw a price
// ("€120<small>50</small>", "120<small>50</small> €"), as a <sup> was read already (unseen-eighth-
// details, "cents drawn as a superscript"). Before: read as €12,050.00 (€123,450.00 for
// €1,234.50), nothing said. Only two digits right after the units' digits: anything else in a
// <small> stays as it read (guards).
describe('cents drawn in a <small>', () => {
  /** `n` euros as language `k` prints them, its cents in `small`, the decimal mark left out */
  const drawn = (k: Key, n: number, small: (cents: string) => string) =>
    new Intl.NumberFormat(LANGS[k].tag, { style: 'currency', currency: 'EUR' }).formatToParts(n).map((p) => (p.type === 'decimal' ? '' : p.type === 'fraction' ? small(p.value) : p.value)).join('');
  const amountOf = (n: number) => HERE.map((f) => ({ ...f, amount: { amountMinor: Math.round(n * 100), currency: 'EUR' } })) as typeof HERE;
  const DRAWN: [string, (k: Key, n: number) => string, number][] = [
    ['"€120<small>50</small>"', (k, n) => drawn(k, n, (c) => `<small>${c}</small>`), 120.5],
    ['"€1,234<small>50</small>"', (k, n) => drawn(k, n, (c) => `<small>${c}</small>`), 1234.5],
    ['a span around it, "<span>€120<small>50</small></span>"', (k, n) => `<span class="price">${drawn(k, n, (c) => `<small>${c}</small>`)}</span>`, 120.5],
    // (guards: a <sup> as before, the mark inside the <small>)
    ['"€120<sup>50</sup>"', (k, n) => drawn(k, n, (c) => `<sup>${c}</sup>`), 120.5],
    ['the mark inside it, "€120<small>.50</small>"', (k, n) => new Intl.NumberFormat(LANGS[k].tag, { style: 'currency', currency: 'EUR' }).formatToParts(n).map((p) => (p.type === 'decimal' ? `<small>${p.value}` : p.type === 'fraction' ? `${p.value}</small>` : p.value)).join(''), 120.5],
  ];
  const PLACES: [string, (l: Lang, amount: string) => ReturnType<typeof reading>, boolean][] = [
    ['a table', (l, amount) => reading(readIn(`${storeBar(l)}<table><thead><tr>${COLS.map((c) => `<th>${l.labels[c]}</th>`).join('')}</tr></thead><tbody>${[0, 1, 2].map((i) => `<tr>${COLS.map((c) => `<td>${c === 'amount' ? amount : valueOf(l, i, c)}</td>`).join('')}</tr>`).join('')}</tbody></table>`, l.tag)), true],
    ['a dispute\'s terms', (l, amount) => reading(readHere(`${storeBar(l)}<main><dl>${COLS.map((c) => `<dt>${l.labels[c]}</dt><dd>${c === 'amount' ? amount : valueOf(l, 0, c)}</dd>`).join('')}</dl></main>`, l.tag)), false],
    ['a dispute\'s "label: value" lines', (l, amount) => reading(readHere(`${storeBar(l)}<main>${COLS.map((c) => `<p>${l.labels[c]}: ${c === 'amount' ? amount : valueOf(l, 0, c)}</p>`).join('')}</main>`, l.tag)), false],
  ];
  it.each(perLang(DRAWN.flatMap(([name, draw, n]) => PLACES.map(([place, readWith, list]) => [`${name} in ${place}`, draw, n, readWith, list] as [string, typeof draw, number, typeof readWith, boolean]))))('%s', (_, k, draw, n, readWith, list) => {
    const l = LANGS[k];
    expect(readWith(l, draw(k, n))).toEqual(want(list, amountOf(n)));
  });
});
