// @vitest-environment happy-dom
// A seventh probe (issue 3: "Tests outside the project will read pages in markup you have not
// seen, with the vocabulary's texts"): each case read wrongly or not at all before its fix, in the
// six portal languages with the vocabulary's texts and Intl's amounts and dates (list-pages.ts).
import { describe, expect, it } from 'vitest';
import { readPortalPage } from '../../lib/portal';
import { cellsOf, COLS, EXPECTED, KEYS, LANGS, parse, readDetail, readList, storeBar, TZ, type Col, type Key, type Lang } from './list-pages';
import { readAfterRowChange } from './row-change';
import { OWN_HOSTS } from '../../lib/portal/own-hosts';

// A label and its value in one text node with no colon between them ("Respond by 2 Feb 2026",
// "Antwort bis 02.02.2026", "Streitfall-ID DP-1001", "Belopp 120,50 €"), as a card or a banner
// writes a line. Only a value whose first word has a digit (a date, an amount, an ID) is read so:
// "Status changed" is a sentence's words, and the status and reason keep their colon here. Before,
// a card list of such lines read no dispute, and a page with only the deadline so written lost it
// with nothing reported.
describe('a label and its value in one text node with no colon ("Respond by 2 Feb 2026", "Streitfall-ID DP-1001")', () => {
  /** the fields with a digit in their value run into their label; status and reason "label: value" */
  const run = (l: Lang, c: Col, t: string) => (c === 'status' || c === 'reason' ? `${l.labels[c]}: ${t}` : `${l.labels[c]} ${t}`);
  const LINES: [string, (l: Lang, c: Col, t: string) => string][] = [
    ['a <p> per line', (l, c, t) => `<p>${run(l, c, t)}</p>`],
    ['a <div> per line, the ID in a heading', (l, c, t) => (c === 'id' ? `<h3>${run(l, c, t)}</h3>` : `<div class="meta">${run(l, c, t)}</div>`)],
    ['spans with a break after each', (l, c, t) => `<span class="text-sm">${run(l, c, t)}</span><br>`],
  ];
  it.each(LINES.flatMap(([name, line]) => KEYS.map((k) => [`${name} (${LANGS[k].tag})`, line, k] as const)))('a list of cards: %s', (_, line, k) => {
    const l = LANGS[k];
    const html = `${storeBar(l)}<ul class="cards">${l.rows.map((_r, i) => `<li class="card">${cellsOf(l, i, (c, t) => line(l, c, t))}</li>`).join('')}</ul>`;
    const r = readList(html, l.tag);
    expect(r.problems).toEqual([]);
    expect(r.page).toBe('dispute_list');
    expect(r.disputes.map((d) => d.facts)).toEqual(EXPECTED);
    readAfterRowChange(html, l, TZ);
  });

  it.each(LINES.flatMap(([name, line]) => KEYS.map((k) => [`${name} (${LANGS[k].tag})`, line, k] as const)))('a dispute\'s page: %s', (_, line, k) => {
    const l = LANGS[k];
    const r = readDetail(`${storeBar(l)}<main><section class="panel">${cellsOf(l, 0, (c, t) => line(l, c, t))}</section></main>`, l.tag);
    expect(r.problems).toEqual([]);
    expect(r.page).toBe('dispute_detail');
    expect(r.disputes.map((d) => d.facts)).toEqual([EXPECTED[0]]);
  });

  // Only the deadline so written, every other field "label: value" (a card's footer line, a
  // dispute page's line under its title): the deadline was lost, nothing reported.
  it.each(KEYS)('only the deadline so written: a list of cards and a dispute\'s page (%s)', (k) => {
    const l = LANGS[k];
    const line = (c: Col, t: string) => (c === 'dueBy' ? `<small class="due">${l.labels[c]} ${t}</small>` : `<div>${l.labels[c]}: ${t}</div>`);
    const list = readList(`${storeBar(l)}<ul>${l.rows.map((_r, i) => `<li>${cellsOf(l, i, line)}</li>`).join('')}</ul>`, l.tag);
    expect(list.problems).toEqual([]);
    expect(list.disputes.map((d) => d.facts)).toEqual(EXPECTED);
    const detail = readDetail(`${storeBar(l)}<main>${cellsOf(l, 0, line)}</main>`, l.tag);
    expect(detail.problems).toEqual([]);
    expect(detail.disputes.map((d) => d.facts)).toEqual([EXPECTED[0]]);
  });

  // What must not change: such a line where the fields name the same field themselves (a banner
  // above them whose date runs on into words, a timeline's "Created <date>" after them) gives way
  // to the fields, and the panel stays the fields' element; label words starting a sentence
  // ("Amount refunded 19 Jan 2026", "Status changed …") are no label.
  const BANNER: Record<Key, (date: string) => string> = {
    en: (d) => `Respond by ${d} or the dispute is lost`,
    de: (d) => `Antwort bis ${d}, sonst geht der Streitfall verloren`,
    sv: (d) => `Svara senast ${d} annars förloras tvisten`,
    fi: (d) => `Vastaa viimeistään ${d}, muuten kiista hävitään`,
    nb: (d) => `Svar innen ${d}, ellers tapes tvisten`,
    da: (d) => `Svar senest ${d}, ellers tabes tvisten`,
  };
  const SENTENCES: Record<Key, (date: string) => string[]> = {
    en: (d) => [`Amount refunded ${d}`, `Status changed ${d}`],
    de: (d) => [`Betrag erstattet ${d}`, `Status geändert ${d}`],
    sv: (d) => [`Belopp återbetalt ${d}`, `Status ändrad ${d}`],
    fi: (d) => [`Summa hyvitetty ${d}`, `Tila muutettu ${d}`],
    nb: (d) => [`Beløp refundert ${d}`, `Status endret ${d}`],
    da: (d) => [`Beløb refunderet ${d}`, `Status ændret ${d}`],
  };
  it.each(KEYS)('a banner and a timeline beside the fields give way to them (%s)', (k) => {
    const l = LANGS[k];
    const [, , , , created, due] = l.rows[0]!;
    // (the timeline's "Created" names another day than the field: DP-1003's)
    const events = [`${l.labels.createdAt} ${l.rows[2]![4]}`, ...SENTENCES[k](created!)];
    const html =
      `${storeBar(l)}<main><div role="alert">${BANNER[k](due!)}</div>` +
      `<dl>${cellsOf(l, 0, (c, t) => `<dt>${l.labels[c]}</dt><dd>${t}</dd>`)}</dl>` +
      `<ol class="timeline">${events.map((e) => `<li>${e}</li>`).join('')}</ol></main>`;
    const r = readDetail(html, l.tag);
    expect(r.problems).toEqual([]);
    expect(r.disputes.map((d) => d.facts)).toEqual([EXPECTED[0]]);
    expect(r.disputes[0]!.anchor.tagName).toBe('DL');
  });

  it.each(KEYS)('label words starting a sentence are no label (%s)', (k) => {
    const l = LANGS[k];
    const card = (i: number) => `<li><div>${l.labels.id}: ${l.rows[i]![0]}</div>${SENTENCES[k](l.rows[i]![4]!).map((t) => `<p>${t}</p>`).join('')}</li>`;
    const r = readList(`${storeBar(l)}<ul>${card(0)}${card(1)}</ul>`, l.tag);
    expect(r.problems).toEqual([]);
    expect(r.disputes.map((d) => d.facts)).toEqual([{ id: 'DP-1001', storeId: 'M-77' }, { id: 'DP-1002', storeId: 'M-77' }]);
  });
});

// The status after its label with no colon ("Status Won", "Tila Voitettu", "Status Antwort
// erforderlich"), on cards or a dispute's page whose other lines run into their labels too: the
// status was not read, and a dispute with none is taken to need a response (lib/rules), a won
// one's countdown shown. Read as a status word alone is: its dispute's status where no label
// names one. (The reason keeps its colon: a reason has no digit, and free text is a reason too.)
describe('a status after its label with no colon ("Status Won", "Tila Voitettu")', () => {
  const line = (l: Lang, c: Col, t: string) => (c === 'reason' ? `<p>${l.labels[c]}: ${t}</p>` : `<p>${l.labels[c]} ${t}</p>`);
  it.each(KEYS)('a list of cards (%s)', (k) => {
    const l = LANGS[k];
    const html = `${storeBar(l)}<div class="cards">${l.rows.map((_r, i) => `<article class="card">${cellsOf(l, i, (c, t) => line(l, c, t))}</article>`).join('')}</div>`;
    const r = readList(html, l.tag);
    expect(r.problems).toEqual([]);
    expect(r.disputes.map((d) => d.facts)).toEqual(EXPECTED);
  });

  it.each(KEYS)('a dispute\'s page, the status line under the title (%s)', (k) => {
    const l = LANGS[k];
    const r = readDetail(`${storeBar(l)}<main><h1>DP-1001</h1>${cellsOf(l, 0, (c, t) => line(l, c, t))}</main>`, l.tag);
    expect(r.problems).toEqual([]);
    expect(r.page).toBe('dispute_detail');
    expect(r.disputes.map((d) => d.facts)).toEqual([EXPECTED[0]]);
  });

  it.each(KEYS)('a status label before other words is no status ("Status changed", a timeline) (%s)', (k) => {
    const l = LANGS[k];
    const changed = { en: 'Status changed', de: 'Status geändert', sv: 'Status ändrad', fi: 'Tila muutettu', nb: 'Status endret', da: 'Status ændret' }[k];
    const r = readDetail(`${storeBar(l)}<main><p>${l.labels.id}: DP-1001</p><p>${changed}</p><p>${l.labels.status} ${l.labels.amount}</p></main>`, l.tag);
    expect(r.problems).toEqual([]);
    expect(r.disputes.map((d) => d.facts)).toEqual([{ id: 'DP-1001', storeId: 'M-77' }]);
  });
});

// Values a web component draws in its own open shadow root, with no text in the page's (light)
// DOM: a status badge given its status as an attribute (Lit, Stencil), a formatted amount
// (Shoelace's <sl-format-number>), a relative time whose words are in its shadow root and whose
// date is its datetime attribute (GitHub's <relative-time>). The status and the amount were not
// read, with nothing reported (a dispute without a status is taken to need a response). Our own
// chips are hosts with open shadow roots too (entrypoints/content/hosts.ts): never read.
describe('values drawn in a web component\'s open shadow root (a status badge, a formatted amount)', () => {
  const CSS = '<style>:host{display:inline-flex}.pill{border-radius:9px}</style>';
  /** attaches an open shadow root drawing `draw(el)` to every element `selector` matches */
  const shadows = (doc: Document, selector: string, draw: (el: Element) => string) => {
    for (const el of doc.querySelectorAll(selector)) el.attachShadow({ mode: 'open' }).innerHTML = draw(el);
  };
  const CREATED = ['2026-01-18T23:00:00Z', '2026-01-19T23:00:00Z', '2026-01-21T09:30:00Z'];
  const drawAll = (doc: Document) => {
    shadows(doc, 'status-badge', (el) => `${CSS}<span class="pill" part="pill"><slot name="icon"></slot>${el.getAttribute('label')}</span>`);
    shadows(doc, 'format-amount', (el) => `${CSS}<span part="base">${el.getAttribute('text')}</span>`);
    shadows(doc, 'relative-time', () => `${CSS}<span>3 days ago</span>`);
    // the content script's chips in the ID cells (open, as hosts.ts makes them; ours, as the manager registers them)
    shadows(doc, 'dispute-radar-chip', () => `${CSS}<span class="chip">Respond in 2 days · €20.00 fee</span>`);
    doc.querySelectorAll('dispute-radar-chip').forEach((el) => OWN_HOSTS.add(el));
  };
  const cell = (c: Col, t: string, i: number) =>
    c === 'status' ? `<status-badge variant="neutral" label="${t}"></status-badge>`
    : c === 'amount' ? `<format-amount type="currency" text="${t}"></format-amount>`
    : c === 'createdAt' ? `<relative-time datetime="${CREATED[i]}"></relative-time>`
    : c === 'id' ? `<a href="/disputes/${t}">${t}</a><dispute-radar-chip data-key="k${i}"></dispute-radar-chip>`
    : t;

  it.each(KEYS)('a list (%s)', (k) => {
    const l = LANGS[k];
    const doc = parse(`${storeBar(l)}<table><thead><tr>${COLS.map((c) => `<th>${l.labels[c]}</th>`).join('')}</tr></thead><tbody>${l.rows.map((_r, i) => `<tr>${cellsOf(l, i, (c, t) => `<td>${cell(c, t, i)}</td>`)}</tr>`).join('')}</tbody></table>`, l.tag);
    drawAll(doc);
    const r = readPortalPage(doc, 'https://portal.kustom.co/disputes', { timeZone: TZ });
    expect(r.problems).toEqual([]);
    expect(r.page).toBe('dispute_list');
    expect(r.disputes.map((d) => d.facts)).toEqual(EXPECTED);
    // read again with nothing changed (its rows kept: row-memo.ts), the same
    const again = readPortalPage(doc, 'https://portal.kustom.co/disputes', { timeZone: TZ });
    expect(again.disputes.map((d) => d.facts)).toEqual(EXPECTED);
  });

  it.each(KEYS)('a dispute\'s page (%s)', (k) => {
    const l = LANGS[k];
    const doc = parse(`${storeBar(l)}<main><dl>${cellsOf(l, 0, (c, t) => `<dt>${l.labels[c]}</dt><dd>${cell(c, t, 0)}</dd>`)}</dl></main>`, l.tag);
    drawAll(doc);
    const r = readPortalPage(doc, 'https://portal.kustom.co/disputes/DP-1001', { timeZone: TZ });
    expect(r.problems).toEqual([]);
    expect(r.page).toBe('dispute_detail');
    expect(r.disputes.map((d) => d.facts)).toEqual([EXPECTED[0]]);
  });
});

// A dispute's fields on one line as "label: <strong>value</strong>" pairs set apart by " · ", a
// value not shown written as a dash or left empty ("Respond by: <strong>—</strong>",
// "<strong></strong>"): the label took the separator after its element for its value and, that
// reading no date, the first date on the line, the created one (a deadline at the end of the day
// the dispute was opened, days before the real one, or for a dispute that has none).
describe('a line of "label: <strong>value</strong>" pairs set apart by " · ", a value not shown ("—" or an empty element)', () => {
  const EMPTY: [string, string][] = [['a dash', '—'], ['an empty element', '']];
  const pairs = (l: Lang, i: number, empty: string) => cellsOf(l, i, (c, t) => `<span class="pair">${l.labels[c]}: <strong>${t === '—' ? empty : t}</strong></span> · `);
  it.each(EMPTY.flatMap(([name, empty]) => KEYS.map((k) => [`${name} (${LANGS[k].tag})`, empty, k] as const)))('a list of such lines: %s', (_, empty, k) => {
    const l = LANGS[k];
    const html = `${storeBar(l)}<ul class="disputes">${l.rows.map((_r, i) => `<li>${pairs(l, i, empty)}</li>`).join('')}</ul>`;
    const r = readList(html, l.tag);
    expect(r.problems).toEqual([]);
    expect(r.disputes.map((d) => d.facts)).toEqual(EXPECTED);
  });

  it.each(EMPTY.flatMap(([name, empty]) => KEYS.map((k) => [`${name} (${LANGS[k].tag})`, empty, k] as const)))('a dispute\'s page: %s', (_, empty, k) => {
    const l = LANGS[k];
    const r = readPortalPage(parse(`${storeBar(l)}<main><p class="summary">${pairs(l, 1, empty)}</p></main>`, l.tag), 'https://portal.kustom.co/disputes/DP-1002', { timeZone: TZ });
    expect(r.problems).toEqual([]);
    expect(r.disputes.map((d) => d.facts)).toEqual([EXPECTED[1]]);
  });
});

// The same line with bare text values after each label's element ("<b>Respond by</b> not set"), a
// deadline in words that are no date: the value's element was taken to be the whole line, and
// the first part of it that reads as a date, the created one, became the deadline. Now the
// words are reported as no date.
describe('a line of "<b>label</b> value" pairs, the deadline in words that are no date ("<b>Respond by</b> not set")', () => {
  const NOT_SET: Record<Key, string> = { en: 'not set', de: 'nicht festgelegt', sv: 'ej angivet', fi: 'ei asetettu', nb: 'ikke angitt', da: 'ikke angivet' };
  const line = (l: Lang, k: Key, i: number, colon: string) => cellsOf(l, i, (c, t) => `<b>${l.labels[c]}${colon}</b> ${c === 'dueBy' ? NOT_SET[k] : t}`.replace(/^/, c === 'id' ? '' : ' · '));
  const { dueBy: _, ...withoutDue } = EXPECTED[0]!;
  it.each(['', ':'].flatMap((colon) => KEYS.map((k) => [`${colon ? 'a colon in the label\'s element' : 'no colon'} (${LANGS[k].tag})`, colon, k] as const)))('a dispute\'s page: %s', (_, colon, k) => {
    const l = LANGS[k];
    const r = readDetail(`${storeBar(l)}<main><p>${line(l, k, 0, colon)}</p></main>`, l.tag);
    expect(r.disputes.map((d) => d.facts)).toEqual([withoutDue]);
    expect(r.problems).toEqual([expect.stringContaining(`Dispute DP-1001: the respond by date could not be read: "${NOT_SET[k]}"`)]);
  });

  it.each(KEYS)('a list of such lines (%s)', (k) => {
    const l = LANGS[k];
    const r = readList(`${storeBar(l)}<ul>${l.rows.map((_r, i) => `<li>${line(l, k, i, ':')}</li>`).join('')}</ul>`, l.tag);
    expect(r.disputes.map((d) => d.facts)).toEqual(EXPECTED.map(({ dueBy: _d, ...f }) => f));
    expect(r.problems).toEqual(l.rows.map((row) => expect.stringContaining(`Dispute ${row[0]}: the respond by date could not be read: "${NOT_SET[k]}"`)));
  });
});

// A dispute's fields as "Label: value" lines in one element, set apart by line breaks, the created
// date in a <time datetime> ("Respond by: 2 Feb 2026<br>Created: <time datetime=…>19 Jan
// 2026</time>"): a value in its label's text node took the whole element for its own, so the
// deadline's machine-readable date was the created date's <time> (the deadline the end of the day
// the dispute was opened, nothing reported). Now such a value's element is its text's own only
// when the text stands alone in it ("<span title=…>Respond by: in 14 days</span>" keeps its title).
describe('"Label: value" lines in one element set apart by <br>, the created date in a <time datetime>', () => {
  const CREATED = ['2026-01-18T23:00:00Z', '2026-01-19T23:00:00Z', '2026-01-21T09:30:00Z'];
  const block = (l: Lang, i: number) => l.rows[i]!.map((t, n) => (COLS[n] === 'createdAt' ? `${l.labels.createdAt}: <time datetime="${CREATED[i]}">${t}</time>` : `${l.labels[COLS[n]!]}: ${t}`)).join('<br>');
  it.each(KEYS)('a list of cards (%s)', (k) => {
    const l = LANGS[k];
    const r = readList(`${storeBar(l)}<ul>${l.rows.map((_r, i) => `<li class="card"><p>${block(l, i)}</p></li>`).join('')}</ul>`, l.tag);
    expect(r.problems).toEqual([]);
    expect(r.disputes.map((d) => d.facts)).toEqual(EXPECTED);
  });

  it.each(KEYS)('a dispute\'s page (%s)', (k) => {
    const l = LANGS[k];
    const r = readDetail(`${storeBar(l)}<main><p class="details">${block(l, 0)}</p></main>`, l.tag);
    expect(r.problems).toEqual([]);
    expect(r.disputes.map((d) => d.facts)).toEqual([EXPECTED[0]]);
  });

  const IN_14_DAYS: Record<Key, string> = { en: 'in 14 days', de: 'in 14 Tagen', sv: 'om 14 dagar', fi: '14 päivän päästä', nb: 'om 14 dager', da: 'om 14 dage' };
  it.each(KEYS)('a deadline shown as the time left, its date in the title of the line\'s own element (%s)', (k) => {
    const l = LANGS[k];
    const r = readDetail(`${storeBar(l)}<main>${cellsOf(l, 0, (c, t) => (c === 'dueBy' ? `<div><span title="${t}">${l.labels.dueBy}: ${IN_14_DAYS[k]}</span></div>` : `<div>${l.labels[c]}: ${t}</div>`))}</main>`, l.tag);
    expect(r.problems).toEqual([]);
    expect(r.disputes.map((d) => d.facts)).toEqual([EXPECTED[0]]);
  });
});

// A dispute ID shown with a number sign before it ("#DP-1001"), as admin lists number their
// entries: the ID was read with the sign, so the same dispute shown without it elsewhere (its own
// page at /disputes/DP-1001, a notification) was another case, counted and notified twice.
describe('a dispute ID shown with a number sign before it ("#DP-1001")', () => {
  it.each(KEYS)('a list and a dispute\'s page (%s)', (k) => {
    const l = LANGS[k];
    const list = readList(`${storeBar(l)}<table><thead><tr>${COLS.map((c) => `<th>${l.labels[c]}</th>`).join('')}</tr></thead><tbody>${l.rows.map((_r, i) => `<tr>${cellsOf(l, i, (c, t) => `<td>${c === 'id' ? `<a href="/disputes/${t}">#${t}</a>` : t}</td>`)}</tr>`).join('')}</tbody></table>`, l.tag);
    expect(list.problems).toEqual([]);
    expect(list.disputes.map((d) => d.facts)).toEqual(EXPECTED);
    const detail = readDetail(`${storeBar(l)}<main><h1>#DP-1001</h1><dl>${cellsOf(l, 0, (c, t) => `<dt>${l.labels[c]}</dt><dd>${c === 'id' ? '#' : ''}${t}</dd>`)}</dl></main>`, l.tag);
    expect(detail.problems).toEqual([]);
    expect(detail.disputes.map((d) => d.facts)).toEqual([EXPECTED[0]]);
  });
});
