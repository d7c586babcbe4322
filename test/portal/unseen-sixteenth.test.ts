// @vitest-environment happy-dom
// A sixteenth probe: the decorations real admin UIs put in a list's column headers (sortable,
// filterable, resizable columns), on every column of a table's <th>s and of a header of
// role=columnheader divs, in the six portal languages (list-pages.ts). Each case read wrongly or not
// at all before its fix; the headers beside them that read right already stay as guards. The merchant
// is in Helsinki (probe-pages.ts HELSINKI): a header's words read as a zone would shift its dates.
import { describe, expect, it } from 'vitest';
import { COLS, KEYS, LANGS, storeBar, type Col, type Lang } from './list-pages';
import { EXPECTED } from './list-pages';
import { expectReported, inZone, isDate, perLang, readIn, reading, table, valueOf, want } from './probe-pages';

type K = (typeof KEYS)[number];
/** a header cell's content for a column labelled `label` */
type Head = (label: string, k: K) => string;

/** the three disputes under a header of role=columnheader divs (a div grid), each headed by `head` */
const grid = (l: Lang, head: (c: Col) => string) =>
  `<div role="table"><div role="rowgroup"><div role="row">${COLS.map((c) => `<div role="columnheader">${head(c)}</div>`).join('')}</div></div><div role="rowgroup">${[0, 1, 2]
    .map((i) => `<div role="row">${COLS.map((c) => `<div role="cell">${valueOf(l, i, c)}</div>`).join('')}</div>`)
    .join('')}</div></div>`;
const PLACES: [string, (l: Lang, head: (c: Col) => string) => ReturnType<typeof reading>][] = [
  ['a table\'s <th>s', (l, head) => reading(readIn(storeBar(l) + table(l, undefined, head), l.tag))],
  ['a div grid\'s columnheaders', (l, head) => reading(readIn(storeBar(l) + grid(l, head), l.tag))],
];
/** every column headed by `head`, in each place: the list read as a plain one is */
const readsRight = (cases: [string, Head][]) => {
  for (const [place, read] of PLACES) {
    it.each(perLang(cases))(`${place}, %s`, (_, k, head) => {
      const l = LANGS[k];
      expect(read(l, (c) => head(l.labels[c], k))).toEqual(want(true, inZone(2)));
    });
  }
};
const per = (words: Record<K, string>) => (k: K) => words[k];
const svg = '<svg aria-hidden="true" focusable="false" viewBox="0 0 24 24"><path d="M7 14l5-5 5 5z"></path></svg>';

const SORTED_ASC = per({ en: 'sorted ascending', de: 'aufsteigend sortiert', sv: 'sorterad stigande', fi: 'lajiteltu nousevasti', nb: 'sortert stigende', da: 'sorteret stigende' });
const SORTED_DESC = per({ en: 'sorted descending', de: 'absteigend sortiert', sv: 'sorterad fallande', fi: 'lajiteltu laskevasti', nb: 'sortert synkende', da: 'sorteret faldende' });
const CLICK_TO_SORT = per({ en: 'Click to sort', de: 'Zum Sortieren klicken', sv: 'Klicka för att sortera', fi: 'Lajittele napsauttamalla', nb: 'Klikk for å sortere', da: 'Klik for at sortere' });
const FILTER = per({ en: 'Filter', de: 'Filtern', sv: 'Filtrera', fi: 'Suodata', nb: 'Filtrer', da: 'Filtrér' });
const COLUMN_OPTIONS = per({ en: 'Column options', de: 'Spaltenoptionen', sv: 'Kolumnalternativ', fi: 'Sarakkeen asetukset', nb: 'Kolonnealternativer', da: 'Kolonneindstillinger' });
const SORT_BY = per({ en: 'Sort by', de: 'Sortieren nach', sv: 'Sortera efter', fi: 'Lajittele:', nb: 'Sorter etter', da: 'Sortér efter' });

describe('a sort button around the label', () => {
  readsRight([
    ['"<button>Respond by <svg aria-hidden>…</svg></button>" (aria-sort on the th)', (t) => `<button type="button">${t} ${svg}</button>`],
    ['"<button>Respond by<svg …/></button>" (no space)', (t) => `<button type="button">${t}${svg}</button>`],
    ['"<button title="Sort by Respond by">Respond by</button>"', (t, k) => `<button title="${SORT_BY(k)} ${t}">${t}</button>`],
  ]);
});

describe('a sort state in words for screen readers', () => {
  readsRight([
    ['"Respond by <span class=visually-hidden>(sorted ascending)</span>"', (t, k) => `${t} <span class="visually-hidden">(${SORTED_ASC(k)})</span>`],
    ['"Respond by<span class=visually-hidden>sorted descending</span>" (MUI, no space)', (t, k) => `<span role="button">${t}<span class="visually-hidden">${SORTED_DESC(k)}</span>${svg}</span>`],
    ['"Respond by <span class=sr-only>Click to sort</span>"', (t, k) => `${t} <span class="sr-only">${CLICK_TO_SORT(k)}</span>`],
    ['"Respond by, sorted descending" in one text', (t, k) => `${t}, ${SORTED_DESC(k)}`],
    ['"Respond by (sorted ascending)" in one text', (t, k) => `${t} (${SORTED_ASC(k)})`],
  ]);
});

// A sort state after a date's label with its zone: the zone is still the label's, read as it is
// without the sort state; an unknown zone (one Intl prints in none of the six languages, "HKT", "AEST") still reported,
// never read in the merchant's zone.
describe('a sort state after a date\'s label and its zone, "Respond by (CET), sorted ascending"', () => {
  const HEADS: [string, (t: string, k: K) => string, typeof EXPECTED][] = [
    ['"Respond by (CET), sorted ascending"', (t, k) => `${t} (CET), ${SORTED_ASC(k)}`, EXPECTED],
    ['"Respond by (UTC) (asc)"', (t) => `${t} (UTC) (asc)`, inZone(0)],
    ['"Respond by (JST), sorted ascending" (Tokyo\'s)', (t, k) => `${t} (JST), ${SORTED_ASC(k)}`, inZone(9)],
    ['"Respond by (CET) <span class=sr-only>(sorted ascending)</span>"', (t, k) => `${t} (CET) <span class="sr-only">(${SORTED_ASC(k)})</span>`, EXPECTED],
  ];
  for (const [place, read] of PLACES) {
    it.each(perLang(HEADS))(`${place}, %s`, (_, k, head, facts) => {
      const l = LANGS[k];
      expect(read(l, (c) => (isDate(c) ? head(l.labels[c], k) : l.labels[c]))).toEqual(want(true, facts));
    });
    it.each(perLang([['"(HKT), sorted ascending"', (t: string, k: K) => `${t} (HKT), ${SORTED_ASC(k)}`, /hkt/], ['"(AEST) (desc)"', (t: string) => `${t} (AEST) (desc)`, /aest/]] as [string, Head, RegExp][]))(
      `${place}, an unknown zone with a sort state is reported, %s`,
      (_, k, head, zone) => {
        const l = LANGS[k];
        expectReported(read(l, (c) => (isDate(c) ? head(l.labels[c], k) : l.labels[c])), zone);
      },
    );
  }
  it.each(KEYS)('an amount\'s unit with a sort state, "Amount (EUR), sorted ascending" (%s)', (k) => {
    const l = LANGS[k];
    expect(PLACES[0]![1](l, (c) => (c === 'amount' ? `${l.labels[c]} (EUR), ${SORTED_ASC(k)}` : l.labels[c]))).toEqual(want(true, inZone(2)));
  });
});

describe('a short sort indicator after the label', () => {
  readsRight([
    ['"Created (asc)"', (t) => `${t} (asc)`],
    ['"Created (desc)"', (t) => `${t} (desc)`],
    ['"Created ▲"', (t) => `${t} ▲`],
    ['"Created ↓"', (t) => `${t} ↓`],
    ['"Created ⇅"', (t) => `${t} ⇅`],
    ['"Created <span aria-hidden>▼</span>"', (t) => `${t} <span aria-hidden="true">▼</span>`],
  ]);
});

describe('a column menu or filter button after the label', () => {
  readsRight([
    ['"Respond by <button aria-label="Filter Respond by">⋮</button>"', (t, k) => `${t} <button aria-label="${FILTER(k)} ${t}">⋮</button>`],
    ['"<span>Respond by</span><button aria-label="Column options">…</button>"', (t, k) => `<span>${t}</span><button aria-label="${COLUMN_OPTIONS(k)}">…</button>`],
    ['"Respond by <button title="Sort by Respond by">svg</button>"', (t, k) => `${t} <button title="${SORT_BY(k)} ${t}">${svg}</button>`],
  ]);
});

describe('a resize or drag handle', () => {
  readsRight([
    ['"Respond by <span role=separator aria-orientation=vertical></span>"', (t) => `${t}<span role="separator" aria-orientation="vertical"></span>`],
    ['"<span aria-hidden>⠿</span> Respond by" (a drag handle)', (t) => `<span aria-hidden="true">⠿</span> ${t}`],
    ['"<button aria-label=Drag>⋮⋮</button>Respond by"', (t) => `<button aria-label="Drag">⋮⋮</button>${t}`],
  ]);
});

// A header cut short in the page's text, its whole label only in the tooltip the merchant sees on
// hover ("<span title="Respond by">Respond…</span>", as a grid with fixed column widths prints it):
// the header named no field and the column was lost with nothing said. The merchant reads the
// column by its title: taken where the title starts as the text does.
describe('a header cut short with an ellipsis, its whole label in its title', () => {
  /** the label's first letters (four at least, all but its last four) and `mark` */
  const cut = (t: string, mark = '…') => `${t.slice(0, Math.max(4, t.length - 4))}${mark}`;
  readsRight([
    ['"<span title="Respond by">Respond…</span>"', (t) => `<span title="${t}">${cut(t)}</span>`],
    ['"<span title="Respond by">Respond...</span>" (three dots)', (t) => `<span title="${t}">${cut(t, '...')}</span>`],
    ['"<div title="Respond by"><span>Respond…</span><svg/></div>" (a sort icon after it)', (t) => `<div title="${t}"><span>${cut(t)}</span>${svg}</div>`],
    ['"Respond… ▲" in a titled span', (t) => `<span title="${t}">${cut(t)} ▲</span>`],
  ]);
  // (the th itself titled: the table's <th title=…>)
  it.each(KEYS)('the <th> itself titled, "<th title="Respond by">Respond…</th>" (%s)', (k) => {
    const l = LANGS[k];
    const body = storeBar(l) + table(l, undefined, (c) => `${cut(l.labels[c])}`).replace(/<th>([^<]*)…<\/th>/g, (_, t: string) => `<th title="${COLS.map((c) => l.labels[c]).find((x) => x.startsWith(t))}">${t}…</th>`);
    expect(reading(readIn(body, l.tag))).toEqual(want(true, inZone(2)));
  });
  // (a title that does not start as the text does names no column: "Respond…" titled "Created" is
  // no created date's column, its deadlines no dispute's created dates; the created column here headed "Date")
  it.each(KEYS)('a title that does not start as the text does is not taken (%s)', (k) => {
    const l = LANGS[k];
    const head = (c: Col) => (c === 'dueBy' ? `<span title="${l.labels.createdAt}">${cut(l.labels.dueBy)}</span>` : c === 'createdAt' ? 'Date' : l.labels[c]);
    expect(reading(readIn(storeBar(l) + table(l, undefined, head), l.tag)).facts).toEqual(inZone(2).map(({ dueBy: _d, createdAt: _c, ...f }) => f));
  });
});

// A column's filter in a row of the table's head or foot, a select per column named as its column
// ("<select aria-label="Dispute ID"><option>All</option></select>", DataTables' column search, Django
// admin's): its chosen item was read as the value of the label its name is, a dispute "All" with its
// amount, status and dates reported as unreadable beside the real ones. A select there is the merchant's
// choice, no dispute's value. (An editable input there was none already: what the merchant types.)
describe('a row of column filters in the table\'s head or foot', () => {
  const ALL = per({ en: 'All', de: 'Alle', sv: 'Alla', fi: 'Kaikki', nb: 'Alle', da: 'Alle' });
  const rows = (l: Lang) => [0, 1, 2].map((i) => `<tr>${COLS.map((c) => `<td>${valueOf(l, i, c)}</td>`).join('')}</tr>`).join('');
  const heads = (l: Lang) => `<tr>${COLS.map((c) => `<th>${l.labels[c]}</th>`).join('')}</tr>`;
  const FILTERS: [string, (l: Lang, k: K) => string][] = [
    ['selects named as their columns, in a second head row', (l, k) => `<thead>${heads(l)}<tr>${COLS.map((c) => `<th><select aria-label="${l.labels[c]}"><option>${ALL(k)}</option></select></th>`).join('')}</tr></thead><tbody>${rows(l)}</tbody>`],
    ['selects named as their columns, in the foot', (l, k) => `<thead>${heads(l)}</thead><tbody>${rows(l)}</tbody><tfoot><tr>${COLS.map((c) => `<th><select aria-label="${l.labels[c]}"><option>${ALL(k)}</option></select></th>`).join('')}</tr></tfoot>`],
    ['a select in each header cell under its label', (l, k) => `<thead><tr>${COLS.map((c) => `<th>${l.labels[c]}<br><select aria-label="${l.labels[c]}"><option>${ALL(k)}</option></select></th>`).join('')}</tr></thead><tbody>${rows(l)}</tbody>`],
    ['inputs named as their columns, a value typed (a guard)', (l) => `<thead>${heads(l)}<tr>${COLS.map((c) => `<td><input aria-label="${l.labels[c]}" value="${c === 'id' ? 'DP-100' : ''}"></td>`).join('')}</tr></thead><tbody>${rows(l)}</tbody>`],
  ];
  it.each(perLang(FILTERS))('%s', (_, k, body) => {
    const l = LANGS[k];
    expect(reading(readIn(`${storeBar(l)}<table>${body(l, k)}</table>`, l.tag))).toEqual(want(true, inZone(2)));
  });
});
