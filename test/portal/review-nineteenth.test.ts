// @vitest-environment happy-dom
// The nineteenth session's review: markup, plausible on a merchant's pages, around the rules this
// session added (a row expanded under a dispute's row, an ID cut short with an ellipsis, a word's
// gap by the page's style), that those rules read wrongly where the reader before them read it
// right, read a wrong value where they meant to report one, or read again otherwise than a fresh
// copy of the page. Six portal languages (list-pages.ts); the merchant in Helsinki, the pages
// naming no zone (inZone(2)).
import { describe, expect, it } from 'vitest';
import { COLS, KEYS, LANGS, parse, storeBar, type Col, type Lang } from './list-pages';
import { HELSINKI, inZone, perLang, readHere, readIn, reading, table, valueOf, want } from './probe-pages';
import { readAfterRowChange } from './row-change';
import { readPortalPage } from '../../lib/portal';

const HERE = inZone(2);

// A list grouped by a date, each group under a row across the table that names it ("<tr><td
// colspan=5>Created: 19 Jan 2026</td></tr>", the date's column left out), in one tbody. Such a
// row heads the disputes after it (reader.ts groupHead) and did so before 8d2344f; since, a
// labelled value in the row right after a dispute's row was taken for that dispute's details
// (an expanded row): each heading but the first gave its date to the last dispute of the group
// above, and that group's date ran on over the next group's disputes: wrong dates, nothing said.
describe('a list grouped by a date, each group under a row across the table naming it', () => {
  /** the rows of disputes 0, 1, 2 without the `field` column, a heading before each group of `groups` */
  const grouped = (l: Lang, field: Col, groups: number[][], heading: (text: string) => string) => {
    const cols = COLS.filter((c) => c !== field);
    const row = (i: number) => `<tr>${cols.map((c) => `<td>${valueOf(l, i, c)}</td>`).join('')}</tr>`;
    const body = groups.map((g) => heading(`${l.labels[field]}: ${valueOf(l, g[0]!, field)}`) + g.map(row).join('')).join('');
    return `${storeBar(l)}<table><thead><tr>${cols.map((c) => `<th>${l.labels[c]}</th>`).join('')}</tr></thead><tbody>${body}</tbody></table>`;
  };
  const HEADINGS: [string, (text: string) => string][] = [
    ['"<tr><td colspan=5>…</td></tr>"', (t) => `<tr><td colspan="5">${t}</td></tr>`],
    ['"<tr><th colspan=5 scope=colgroup>…</th></tr>"', (t) => `<tr class="group-row"><th colspan="5" scope="colgroup"><strong>${t}</strong></th></tr>`],
  ];
  it.each(perLang(HEADINGS))('by the day it was created, %s', (_, k, heading) => {
    const l = LANGS[k];
    const facts = HERE.map((f, i) => ({ ...f, createdAt: HERE[Math.min(i, 1)]!.createdAt }));
    expect(reading(readIn(grouped(l, 'createdAt', [[0], [1, 2]], heading), l.tag))).toEqual(want(true, facts));
  });
  it.each(perLang(HEADINGS))('by its deadline, %s', (_, k, heading) => {
    const l = LANGS[k];
    const facts = HERE.map((f, i) => ({ ...f, dueBy: HERE[i < 2 ? 0 : 2]!.dueBy }));
    expect(reading(readIn(grouped(l, 'dueBy', [[0, 1], [2]], heading), l.tag))).toEqual(want(true, facts));
  });
  it.each(perLang(HEADINGS))('read again after a row changes, as a fresh copy reads, %s', (_, k, heading) => {
    const l = LANGS[k];
    const facts = readAfterRowChange(grouped(l, 'createdAt', [[0], [1, 2]], heading), l, HELSINKI);
    expect(facts.map((f) => f.createdAt)).toEqual([HERE[0]!.createdAt, HERE[1]!.createdAt, HERE[1]!.createdAt]);
  });
});

// An ID cut short with an ellipsis beside a link to another dispute whose title begins with the
// same letters ("<span>DP-10…</span> <a href=/disputes/DP-1003 title=DP-1003>↗</a>": a merged or
// related dispute's link in the ID's cell). facts.ts shownId took any title inside the cell that
// begins with the shown letters: the other dispute's ID, with nothing said (rows whose linked
// dispute is the same read as one). Only the title or name of the element showing the cut ID, or
// around it, completes it; else it is reported as one no title completes.
describe('an ID cut short beside a link to another dispute', () => {
  const cut = (t: string) => `${t.slice(0, 5)}…`;
  const linked = (t: string) => `<span class="truncate">${cut(t)}</span> <a href="/disputes/DP-1003" title="DP-1003" class="related">↗</a>`;
  it.each(perLang([['"<span>DP-10…</span> <a title=DP-1003>↗</a>"'] as [string]]))('a table, %s, is reported', (_, k) => {
    const l = LANGS[k];
    const r = reading(readIn(storeBar(l) + table(l, (c, t) => (c === 'id' ? linked(t) : t)), l.tag));
    expect(r.facts).toEqual([]);
    expect(r.problems).toEqual([1, 2, 3].map((n) => `Row ${n} of the list: the dispute ID "DP-10…" could not be read: it is cut short.`));
  });
  // (guard: the title of the element showing it, with the same link beside it, completes it)
  it.each(perLang([['"<span title=DP-1001>DP-10…</span> <a title=DP-1003>↗</a>"'] as [string]]))('a table, %s, reads the title', (_, k) => {
    const l = LANGS[k];
    const show = (c: Col, t: string) => (c === 'id' ? linked(t).replace('class="truncate"', `class="truncate" title="${t}"`) : t);
    expect(reading(readIn(storeBar(l) + table(l, show), l.tag))).toEqual(want(true, HERE));
  });
});

// A badge drawn against an ID with no whitespace between ("DP-1001<span class=tag>New</span>"),
// whose class the page changes (a density setting, a row's state): the page's style, by its
// class, now decides whether it is a word apart (dom.ts wordGap), and the row memory kept a row
// whose class changed (row-memo.ts watched no class): read again, the row read as before the
// change, a fresh copy of the page otherwise.
describe('a badge against an ID whose class the page changes', () => {
  const NEW = { en: 'New', de: 'Neu', sv: 'Ny', fi: 'Uusi', nb: 'Ny', da: 'Ny' } as const;
  const STYLE = '<style>.tag { padding: 0 4px; background: #eef } .tag.spaced { margin-left: 6px }</style>';
  it.each(KEYS)('a class giving the badge a margin added, then taken away: read again as a fresh copy reads (%s)', (k) => {
    const l = LANGS[k];
    const doc = parse(STYLE + storeBar(l) + table(l, (c, t) => (c === 'id' ? `${t}<span class="tag">${NEW[k]}</span>` : t)), l.tag);
    const read = (d: Document) => reading(readPortalPage(d, 'https://portal.kustom.co/disputes', { timeZone: HELSINKI }));
    read(doc);
    for (const on of [true, false]) {
      for (const tag of doc.querySelectorAll('.tag')) tag.classList.toggle('spaced', on);
      expect(read(doc)).toEqual(read(parse(doc.body.innerHTML, l.tag)));
    }
    for (const tag of doc.querySelectorAll('.tag')) tag.classList.add('spaced');
    expect(read(doc)).toEqual(want(true, HERE));
  });
});

// A column moved in an ARIA grid that places its cells by their column numbers (0ea179b: a row's
// cells taken in that order), each row's cells kept with their aria-colindex changed, no text nor
// style changed: the header drawn again in the new order, or its cells' numbers changed in place.
// Guards (pass before): the header's columns change, so every row is read again (row-memo.ts
// keeps a row only under the same columns; aria-colindex is not among the attributes it watches).
describe('a column moved in an ARIA grid by its cells\' column numbers', () => {
  const MOVES: [string, (header: Element, head: (order: Col[]) => string) => void][] = [
    ['the header drawn again', (header, head) => (header.innerHTML = head([...COLS.slice(0, 4), 'dueBy', 'createdAt'] as Col[]))],
    ['the header\'s cells renumbered in place', (header) => swap(header.firstElementChild!)],
  ];
  const swap = (row: Element) => {
    row.children[4]!.setAttribute('aria-colindex', '6');
    row.children[5]!.setAttribute('aria-colindex', '5');
  };
  it.each(perLang(MOVES))('the created and deadline columns swapped, %s: read again as a fresh copy reads', (_, k, move) => {
    const l = LANGS[k];
    const head = (order: Col[]) => `<div role="row">${order.map((c, n) => `<div role="columnheader" aria-colindex="${n + 1}">${l.labels[c]}</div>`).join('')}</div>`;
    const rows = [0, 1, 2].map((i) => `<div role="row">${COLS.map((c, n) => `<div role="gridcell" aria-colindex="${n + 1}">${valueOf(l, i, c)}</div>`).join('')}</div>`);
    const doc = parse(`${storeBar(l)}<div role="grid"><div role="rowgroup">${head(COLS)}</div><div role="rowgroup">${rows.join('')}</div></div>`, l.tag);
    const read = (d: Document) => reading(readPortalPage(d, 'https://portal.kustom.co/disputes', { timeZone: HELSINKI }));
    read(doc);
    move(doc.querySelector('[role=rowgroup]')!, head);
    for (const row of doc.querySelectorAll('[role=rowgroup] + [role=rowgroup] > [role=row]')) swap(row);
    expect(read(doc)).toEqual(read(parse(doc.body.innerHTML, l.tag)));
    expect(read(doc)).toEqual(want(true, HERE));
  });
});

// A term with no description of its own before another term the vocabulary does not know ("<dt>Respond
// by</dt><dt>Reminder sent</dt><dd>19 Jan 2026</dd>": React leaves out a dd whose value is absent).
// Since 49ef49b (values.ts resolveValue) a term holding no label was stepped over as a hint under
// the label, so the reminder's date was read as the deadline: a wrong date, nothing said; 433645b
// read no deadline. A plain term names its own value (HTML: each dt names the dd after it), so only
// a term that looks like a hint is stepped over: all its text in a <small>, <em> or <i> or an
// element with role=note, or in parentheses ("(optional)").
describe('a term with no description before an unknown term, or before a hint under it', () => {
  type K = (typeof KEYS)[number];
  const HINT: Record<K, string> = { en: 'Deadline for your evidence', de: 'Frist für Ihre Nachweise', sv: 'Tidsfrist för ditt underlag', fi: 'Todisteiden määräaika', nb: 'Frist for dokumentasjon', da: 'Frist for dokumentation' };
  const OPTIONAL: Record<K, string> = { en: '(optional)', de: '(optional)', sv: '(valfritt)', fi: '(valinnainen)', nb: '(valgfritt)', da: '(valgfrit)' };
  const HINTS: [string, (k: K) => string][] = [
    ['"<dt><small>Deadline for your evidence</small></dt>"', (k) => `<dt><small>${HINT[k]}</small></dt>`],
    ['"<dt><em>Deadline for your evidence</em></dt>"', (k) => `<dt><em>${HINT[k]}</em></dt>`],
    ['"<dt><i>…</i></dt>" after an icon', (k) => `<dt><svg aria-hidden="true"></svg> <i>${HINT[k]}</i></dt>`],
    ['"<dt><span role=note>…</span></dt>"', (k) => `<dt><span role="note">${HINT[k]}</span></dt>`],
    ['"<dt role=note>…</dt>"', (k) => `<dt role="note">${HINT[k]}</dt>`],
    ['"<dt>(optional)</dt>"', (k) => `<dt>${OPTIONAL[k]}</dt>`],
    ['"<dt><small>(optional)</small></dt>"', (k) => `<dt><small>${OPTIONAL[k]}</small></dt>`],
  ];
  const OTHERS: [string, Record<K, string>][] = [
    ['"Reminder sent"', { en: 'Reminder sent', de: 'Erinnerung gesendet', sv: 'Påminnelse skickad', fi: 'Muistutus lähetetty', nb: 'Påminnelse sendt', da: 'Påmindelse sendt' }],
    ['"Evidence submitted"', { en: 'Evidence submitted', de: 'Nachweise eingereicht', sv: 'Underlag inskickat', fi: 'Todisteet toimitettu', nb: 'Dokumentasjon sendt', da: 'Dokumentation indsendt' }],
    ['"Notes"', { en: 'Notes', de: 'Notizen', sv: 'Anteckningar', fi: 'Muistiinpanot', nb: 'Notater', da: 'Noter' }],
  ];
  // (each form of the other term: plain, in a span, in <strong>, and half of it in a <small>)
  const FORMS: [string, (t: string) => string][] = [
    ['plain', (t) => `<dt>${t}</dt>`],
    ['in a span', (t) => `<dt><span>${t}</span></dt>`],
    ['in <strong>', (t) => `<dt><strong>${t}</strong></dt>`],
    ['part in a <small>', (t) => `<dt>${t.replace(/ (\S+)$/, ' <small>$1</small>')}</dt>`],
  ];
  /** a dispute's terms, `second` between the deadline's term and `dd`, the deadline's description */
  const terms = (l: Lang, i: number, second: string, dd: string) => `<dl>${COLS.map((c) => `<dt>${l.labels[c]}</dt>${c === 'dueBy' ? second + `<dd>${dd}</dd>` : `<dd>${valueOf(l, i, c)}</dd>`}`).join('')}</dl>`;
  const noDeadline = HERE.map(({ dueBy: _d, ...f }) => f) as typeof HERE;
  it.each(perLang(HINTS))('a hint under the deadline\'s term, %s: the deadline read', (_, k, hint) => {
    const l = LANGS[k];
    expect(reading(readHere(`${storeBar(l)}<main>${terms(l, 0, hint(k), valueOf(l, 0, 'dueBy'))}</main>`, l.tag))).toEqual(want(false, HERE));
    expect(reading(readIn(`${storeBar(l)}<ul>${[0, 1, 2].map((i) => `<li>${terms(l, i, hint(k), valueOf(l, i, 'dueBy'))}</li>`).join('')}</ul>`, l.tag))).toEqual(want(true, HERE));
  });
  it.each(perLang(OTHERS.flatMap(([name, words]) => FORMS.map(([form, dt]) => [`${name} ${form}`, words, dt] as [string, Record<K, string>, (t: string) => string]))))(
    'another term after the deadline\'s, %s: its date is no deadline',
    (_, k, words, dt) => {
      const l = LANGS[k];
      // (its description the created date: a date the deadline must not take; the deadline's term
      // with no description of its own reported since mend-twentieth)
      const said = ['A "Respond by" label has no value beside it.'];
      expect(reading(readHere(`${storeBar(l)}<main>${terms(l, 0, dt(words[k]), valueOf(l, 0, 'createdAt'))}</main>`, l.tag))).toEqual({ ...want(false, noDeadline), problems: said });
      expect(reading(readIn(`${storeBar(l)}<ul>${[0, 1, 2].map((i) => `<li>${terms(l, i, dt(words[k]), valueOf(l, i, 'createdAt'))}</li>`).join('')}</ul>`, l.tag))).toEqual({ ...want(true, noDeadline), problems: said });
    },
  );
});

// A date's header spanning the date's cell and its time's ("<th colspan=2>Respond by</th>" over
// "<td>2 Feb 2026</td><td>12:00</td>", 360eab0): the time's cell was read by its textContent,
// what it holds whether shown or not, not by what the merchant sees (dom.ts visibleText). Before:
// an icon for screen readers to skip before the time ("<span aria-hidden=true>🕛</span> 12:00"),
// or a hidden word, kept the time from being read (the deadline read as the day's end, hours later
// than the page says); a hidden time was read as the deadline's.
describe('a date\'s header spanning its date\'s cell and its time\'s, the time\'s cell with more than it shows', () => {
  const NOON = (l: Lang) => new Intl.DateTimeFormat(l.tag, { timeStyle: 'short', timeZone: 'UTC' }).format(Date.UTC(2026, 0, 1, 12));
  /** the table without the created date, the deadline's header over its date's cell and `second` */
  const spanned = (l: Lang, second: (l: Lang) => string) => {
    const cols = COLS.filter((c) => c !== 'createdAt');
    const cell = (c: Col, i: number) => (c !== 'dueBy' ? `<td>${valueOf(l, i, c)}</td>` : valueOf(l, i, c) === '—' ? '<td>—</td><td></td>' : `<td>${valueOf(l, i, c)}</td><td>${second(l)}</td>`);
    return `${storeBar(l)}<table><thead><tr>${cols.map((c) => `<th${c === 'dueBy' ? ' colspan="2"' : ''}>${l.labels[c]}</th>`).join('')}</tr></thead><tbody>${[0, 1, 2].map((i) => `<tr>${cols.map((c) => cell(c, i)).join('')}</tr>`).join('')}</tbody></table>`;
  };
  const undatedCreated = HERE.map(({ createdAt: _c, ...f }) => f) as typeof HERE;
  const AT_NOON = undatedCreated.map((f, i) => (f.dueBy ? { ...f, dueBy: ['2026-02-02T10:00:00.000Z', , '2026-02-04T10:00:00.000Z'][i] } : f)) as typeof HERE;
  const SHOWN: [string, (l: Lang) => string][] = [
    ['an icon hidden from screen readers before it, "<span aria-hidden=true>🕛</span> 12:00"', (l) => `<span aria-hidden="true">🕛</span> ${NOON(l)}`],
    ['a hidden word before it, "<span style=display:none>Time</span>12:00"', (l) => `<span style="display:none">${l.labels.dueBy}</span>${NOON(l)}`],
  ];
  it.each(perLang(SHOWN))('%s: the deadline at its time', (_, k, second) => {
    const l = LANGS[k];
    expect(reading(readIn(spanned(l, second), l.tag))).toEqual(want(true, AT_NOON));
  });
  it.each(KEYS)('a hidden time, "<span hidden>12:00</span>": the day as shown (%s)', (k) => {
    const l = LANGS[k];
    expect(reading(readIn(spanned(l, (l) => `<span hidden>${NOON(l)}</span>`), l.tag))).toEqual(want(true, undatedCreated));
  });
  // (guard: the time alone, as before)
  it.each(KEYS)('the time alone, as 360eab0 read it (%s)', (k) => {
    const l = LANGS[k];
    expect(reading(readIn(spanned(l, NOON), l.tag))).toEqual(want(true, AT_NOON));
  });
});

// A day and its time in a dd each on a dispute's page ("<dt>Respond by</dt><dd>2 Feb 2026</dd><dd>12:00</dd>"):
// the time's dd was read by its textContent, as the spanned header's cell was before c85b255, not
// by what the merchant sees; now one rule for both (values.ts timeShown, since withTime). Before: an icon for screen
// readers to skip before the time, or a hidden word, kept the time from being read (the deadline read
// as the day's end, hours later than the page says); a hidden time was read as the deadline's.
describe('a dispute\'s day and its time in a dd each, the time\'s dd with more than it shows', () => {
  const NOON = (l: Lang) => new Intl.DateTimeFormat(l.tag, { timeStyle: 'short', timeZone: 'UTC' }).format(Date.UTC(2026, 0, 1, 12));
  const page = (l: Lang, second: (l: Lang) => string) =>
    `${storeBar(l)}<main><dl>${COLS.map((c) => `<dt>${l.labels[c]}</dt><dd>${valueOf(l, 0, c)}</dd>${c === 'dueBy' ? `<dd>${second(l)}</dd>` : ''}`).join('')}</dl></main>`;
  const [first] = HERE;
  const SHOWN: [string, (l: Lang) => string, string | undefined][] = [
    ['an icon hidden from screen readers before it, "<span aria-hidden=true>🕛</span> 12:00": the deadline at its time', (l) => `<span aria-hidden="true">🕛</span> ${NOON(l)}`, '2026-02-02T10:00:00.000Z'],
    ['a hidden word before it, "<span style=display:none>Time</span>12:00": the deadline at its time', (l) => `<span style="display:none">${l.labels.dueBy}</span>${NOON(l)}`, '2026-02-02T10:00:00.000Z'],
    ['a hidden time, "<span hidden>12:00</span>": the day as shown', (l) => `<span hidden>${NOON(l)}</span>`, first!.dueBy],
    ['the time alone (guard)', NOON, '2026-02-02T10:00:00.000Z'],
  ];
  it.each(perLang(SHOWN))('%s', (_, k, second, dueBy) => {
    const l = LANGS[k];
    expect(reading(readHere(page(l, second), l.tag))).toEqual(want(false, [{ ...first!, dueBy }]));
  });
});
