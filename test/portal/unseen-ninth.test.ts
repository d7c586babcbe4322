// @vitest-environment happy-dom
// A ninth probe of list pages and a dispute's own page in markup the reader has not seen, as a
// tester writing from portal-vocabulary.md could write them: the six portal languages, the
// vocabulary's texts, amounts and dates as Intl prints them (list-pages.ts). Each case read wrongly
// or not at all before its fix; the pages beside them that read right already stay as guards.
import { describe, expect, it } from 'vitest';
import { readPortalPage } from '../../lib/portal';
import { COLS, EXPECTED, KEYS, LANGS, parse, readDetail, readList, storeBar, TZ, type Col, type Key, type Lang } from './list-pages';
import { readAfterRowChange } from './row-change';

/** each language's cases, named with its tag */
const perLang = <T extends unknown[]>(cases: [string, ...T][]) => cases.flatMap(([name, ...rest]) => KEYS.map((k) => [`${name} (${LANGS[k].tag})`, k, ...rest] as const));
const valueOf = (l: Lang, i: number, c: Col) => l.rows[i]![COLS.indexOf(c)]!;
const reading = (r: ReturnType<typeof readList>) => ({ page: r.page, problems: r.problems, facts: r.disputes.map((d) => d.facts) });
const LIST = { page: 'dispute_list', problems: [], facts: EXPECTED };
/** the fields of dispute `i` but `but`, as terms and descriptions */
const fieldsOf = (l: Lang, i: number, but: Col[]) => `<dl>${COLS.filter((c) => !but.includes(c)).map((c) => `<dt>${l.labels[c]}</dt><dd>${valueOf(l, i, c)}</dd>`).join('')}</dl>`;
const table = (l: Lang, rows: number[]) =>
  `<table><thead><tr>${COLS.map((c) => `<th>${l.labels[c]}</th>`).join('')}</tr></thead><tbody>${rows.map((i) => `<tr>${COLS.map((c) => `<td>${valueOf(l, i, c)}</td>`).join('')}</tr>`).join('')}</tbody></table>`;

// A dispute's status after its ID in the ID's own line, as a card's title or a <details>'
// <summary> shows the two ("Dispute ID: DP-1001 · Won", "Streitfall-ID: DP-1001 — Gewonnen"), the
// other fields below. The ID was read, the rest of its line dropped: the status lost, nothing said
// (a won dispute kept as one that may need a response). The line's text besides the ID, when it is
// a status word, is the dispute's status where nothing else shows one; a note run on after the ID
// (hostile.test.ts: "Dispute ID: DP-1 note … Status: Won") still says nothing.
describe('a status after the ID in the ID\'s own line ("Dispute ID: DP-1001 · Won"), the other fields below', () => {
  const NOT_THESE: Col[] = ['id', 'status'];
  const PAGES: [string, (l: Lang, i: number) => string][] = [
    ['<details open>, "ID label: ID — status" in its <summary>', (l, i) => `<details open><summary>${l.labels.id}: ${valueOf(l, i, 'id')} — ${valueOf(l, i, 'status')}</summary>${fieldsOf(l, i, NOT_THESE)}</details>`],
    ['<details> closed, "ID label: ID · status" in its <summary>', (l, i) => `<details><summary>${l.labels.id}: ${valueOf(l, i, 'id')} · ${valueOf(l, i, 'status')}</summary>${fieldsOf(l, i, NOT_THESE)}</details>`],
    ['<details open>, "ID label ID · status" (no colon) in its <summary>', (l, i) => `<details open><summary>${l.labels.id} ${valueOf(l, i, 'id')} · ${valueOf(l, i, 'status')}</summary>${fieldsOf(l, i, NOT_THESE)}</details>`],
    ['a card titled "ID label: ID · status"', (l, i) => `<li><h3>${l.labels.id}: ${valueOf(l, i, 'id')} · ${valueOf(l, i, 'status')}</h3>${fieldsOf(l, i, NOT_THESE)}</li>`],
    ['a card titled "ID label: ID | status"', (l, i) => `<li><p>${l.labels.id}: ${valueOf(l, i, 'id')} | ${valueOf(l, i, 'status')}</p>${fieldsOf(l, i, NOT_THESE)}</li>`],
    // (read right before: the status in an element of its own beside the ID, or without the ID's label)
    ['<details open>, the status a badge of its own in its <summary>', (l, i) => `<details open><summary>${l.labels.id}: ${valueOf(l, i, 'id')} <span class="badge">${valueOf(l, i, 'status')}</span></summary>${fieldsOf(l, i, NOT_THESE)}</details>`],
    ['<details open>, "ID · status" in its <summary>, every field below', (l, i) => `<details open><summary>${valueOf(l, i, 'id')} · ${valueOf(l, i, 'status')}</summary>${fieldsOf(l, i, [])}</details>`],
  ];
  it.each(perLang(PAGES))('%s', (_, k, dispute) => {
    const l = LANGS[k];
    const list = [0, 1, 2].map((i) => dispute(l, i)).join('');
    expect(reading(readList(storeBar(l) + (list.startsWith('<li>') ? `<ul>${list}</ul>` : list), l.tag))).toEqual(LIST);
  });

  it.each(KEYS)('a dispute\'s own page titled "ID label: ID · status" over its other fields (%s)', (k) => {
    const l = LANGS[k];
    const r = readDetail(`${storeBar(l)}<main><h1>${l.labels.id}: ${valueOf(l, 0, 'id')} · ${valueOf(l, 0, 'status')}</h1>${fieldsOf(l, 0, ['id', 'status'])}</main>`, l.tag);
    expect(reading(r)).toEqual({ page: 'dispute_detail', problems: [], facts: [EXPECTED[0]] });
  });

  it.each(KEYS)('words after the ID that are no status say nothing (%s): "ID label: ID · Copy", "ID label: ID (copy)"', (k) => {
    const l = LANGS[k];
    const cards = [0, 1, 2].map((i) => `<li><p>${l.labels.id}: ${valueOf(l, i, 'id')} ${i === 1 ? '(copy)' : '· Copy'}</p>${fieldsOf(l, i, NOT_THESE)}</li>`).join('');
    expect(reading(readList(storeBar(l) + `<ul>${cards}</ul>`, l.tag))).toEqual({ ...LIST, facts: EXPECTED.map(({ status: _, ...rest }) => rest) });
  });
});

// Tab panels the page hides with aria-hidden="true" alone, its stylesheet hiding them (Foundation's
// tabs: the inactive panel gets aria-hidden, the class hides it): a "Closed" panel's table of other
// disputes behind the open one's. Its disputes were read as the list's (DP-1009, won, a case kept
// for a dispute the merchant was not shown). A tab panel hidden so is not visible text, as one with
// the hidden attribute or display:none was not. (Only a tab panel: aria-hidden alone also marks
// what a modal dialog covers, the list behind a drawer, which stays visible.)
describe('a tab panel hidden by aria-hidden="true" (Foundation\'s tabs): its disputes are not the list\'s', () => {
  /** DP-1002's row as another dispute's, in the hidden panel */
  const other = (l: Lang) => table(l, [1]).replace('DP-1002', 'DP-1008');
  const PAGES: [string, string][] = [
    ['aria-hidden="true"', 'aria-hidden="true"'],
    // (read right before)
    ['hidden', 'hidden'],
    ['style="display:none"', 'style="display:none"'],
  ];
  const page = (l: Lang, hide: string, shown = 0) => {
    const panels = [table(l, [0, 1, 2]), other(l)];
    return `${storeBar(l)}<div role="tablist"><button role="tab" aria-selected="${shown === 0}">${l.rows[0]![2]}</button><button role="tab" aria-selected="${shown === 1}">${l.rows[1]![2]}</button></div>${panels.map((p, n) => `<div role="tabpanel"${n === shown ? '' : ` ${hide}`}>${p}</div>`).join('')}`;
  };
  it.each(perLang(PAGES))('the other panel %s', (_, k, hide) => {
    const l = LANGS[k];
    expect(reading(readList(page(l, hide), l.tag))).toEqual(LIST);
  });

  it.each(KEYS)('read again after the tabs change which panel is aria-hidden, as a fresh copy reads (%s)', (k) => {
    const l = LANGS[k];
    const doc = parse(page(l, 'aria-hidden="true"'), l.tag);
    const read = (d: Document) => reading(readPortalPage(d, 'https://portal.kustom.co/disputes', { timeZone: TZ }));
    expect(read(doc)).toEqual(LIST);
    const [first, second] = Array.from(doc.querySelectorAll('[role=tabpanel]'));
    first!.setAttribute('aria-hidden', 'true');
    second!.removeAttribute('aria-hidden');
    const again = read(doc);
    expect(again).toEqual(read(parse(doc.body.innerHTML, l.tag)));
    expect(again.facts.map((f) => f.id)).toEqual(['DP-1008']);
  });

  it.each(KEYS)('the list behind an open drawer, the page marking it aria-hidden (not a tab panel): still read (%s)', (k) => {
    const l = LANGS[k];
    const r = readList(`<div aria-hidden="true">${storeBar(l)}${table(l, [0, 1, 2])}</div><div role="dialog" aria-modal="true"><h2>Filters</h2></div>`, l.tag);
    expect(reading(r)).toEqual(LIST);
  });

  it.each(KEYS)('the lists above read again after a row changes, as a fresh copy reads (%s)', (k) => {
    const l = LANGS[k];
    expect(readAfterRowChange(page(l, 'aria-hidden="true"'), l, TZ).map((f) => f.id)).toEqual(['DP-1001', 'DP-1002', 'DP-1009']);
  });
});

// A date beside the word for yesterday, today or tomorrow in the page's language, as a list shows a
// deadline near at hand ("Today, 2 Feb 2026", "I morgon (4 feb. 2026)", "02.02.2026 (heute)"): the
// date was shown, yet not read, and reported as no date the reader knows (the merchant told a
// dispute went unread, its deadline not counted). The word says no more than the date beside it
// (date.ts learns the words from Intl.RelativeTimeFormat, as weekdays from Intl.DateTimeFormat); a
// word with a time and no date ("Today, 23:59", "Tomorrow 10:00") is still no date, and said so.
describe('a date beside the word for yesterday, today or tomorrow ("Today, 2 Feb 2026", "4 Feb 2026 (tomorrow)")', () => {
  /** yesterday, today and tomorrow as Intl.RelativeTimeFormat prints them, capitalised as a line starts */
  const DAYS: Record<Key, [string, string, string]> = {
    en: ['Yesterday', 'Today', 'Tomorrow'],
    de: ['Gestern', 'Heute', 'Morgen'],
    sv: ['I går', 'I dag', 'I morgon'],
    fi: ['Eilen', 'Tänään', 'Huomenna'],
    nb: ['I går', 'I dag', 'I morgen'],
    da: ['I går', 'I dag', 'I morgen'],
  };
  /** the list with DP-1001's created date and DP-1001's and DP-1003's deadlines drawn by `draw` (DP-1002 shows no deadline) */
  const page = (l: Lang, k: Key, draw: (day: string, date: string) => string) =>
    `<table><thead><tr>${COLS.map((c) => `<th>${l.labels[c]}</th>`).join('')}</tr></thead><tbody>${[0, 1, 2]
      .map((i) => `<tr>${COLS.map((c) => `<td>${(c === 'dueBy' && i !== 1) || (c === 'createdAt' && i === 0) ? draw(DAYS[k][c === 'createdAt' ? 0 : i === 0 ? 1 : 2], valueOf(l, i, c)) : valueOf(l, i, c)}</td>`).join('')}</tr>`)
      .join('')}</tbody></table>`;
  const PAGES: [string, (day: string, date: string) => string][] = [
    ['"Today, 2 Feb 2026"', (day, date) => `${day}, ${date}`],
    ['"Today 2 Feb 2026"', (day, date) => `${day} ${date}`],
    ['"Today (2 Feb 2026)"', (day, date) => `${day} (${date})`],
    ['"2 Feb 2026 (today)"', (day, date) => `${date} (${day.toLowerCase()})`],
    // (read right before: the date in the title of the word's element, or in an element of its own)
    ['"<span title=…>Today</span>", the date its title', (day, date) => `<span title="${date}">${day}</span>`],
    ['"<b>Today</b><br>2 Feb 2026"', (day, date) => `<b>${day}</b><br>${date}`],
  ];
  it.each(perLang(PAGES))('%s', (_, k, draw) => {
    const l = LANGS[k];
    expect(reading(readList(storeBar(l) + page(l, k, draw), l.tag))).toEqual(LIST);
  });

  // (read right before: reported, no date guessed from the word)
  const TIMES: Record<Key, [string, string]> = { en: ['23:59', '10:00'], de: ['23:59', '10:00'], sv: ['23:59', '10:00'], fi: ['klo 23.59', 'klo 10.00'], nb: ['23:59', '10:00'], da: ['23.59', '10.00'] };
  it.each(KEYS)('the word with a time and no date ("Today, 23:59", "Tomorrow 10:00"), or alone: no date, said so (%s)', (k) => {
    const l = LANGS[k];
    for (const draw of [(day: string) => `${day}, ${TIMES[k][0]}`, (day: string) => `${day} ${TIMES[k][1]}`, (day: string) => day]) {
      const r = readList(storeBar(l) + page(l, k, draw), l.tag);
      expect(r.disputes.map((d) => [d.facts.createdAt, d.facts.dueBy])).toEqual([[undefined, undefined], [EXPECTED[1]!.createdAt, undefined], [EXPECTED[2]!.createdAt, undefined]]);
      expect(r.problems).toHaveLength(3);
      expect(r.problems.every((p) => /^Dispute DP-100[13]: the (created|respond by) date could not be read/.test(p))).toBe(true);
    }
  });

  it.each(KEYS)('a dispute\'s own page: "Respond by: Today, 2 Feb 2026" (%s)', (k) => {
    const l = LANGS[k];
    const fields = COLS.map((c) => `<p>${l.labels[c]}: ${c === 'dueBy' ? `${DAYS[k][1]}, ${valueOf(l, 0, c)}` : valueOf(l, 0, c)}</p>`).join('');
    expect(reading(readDetail(`${storeBar(l)}<main>${fields}</main>`, l.tag))).toEqual({ page: 'dispute_detail', problems: [], facts: [EXPECTED[0]] });
  });
});

// A native <dialog> the page keeps closed (no open attribute: not rendered) until the merchant asks
// for it: a "Quick view" of another dispute, or of one in the list with what it said when it was
// drawn. Its fields were read as shown: another dispute (DP-1008) kept as a case the merchant was
// not shown, or, the dialog first in the page, DP-1001's amount and deadline taken from it (€150.00
// due 10 Jan for €120.50 due 2 Feb). A closed dialog is not visible text, as a hidden element is not;
// an open one (<dialog open>, showModal) is read as before.
describe('a closed <dialog> (no open attribute) holding dispute fields: not the page\'s', () => {
  const OTHER_AMOUNT: Record<Key, string> = { en: '€150.00', de: '150,00\u00a0€', sv: '150,00\u00a0€', fi: '150,00\u00a0€', nb: '150,00\u00a0€', da: '150,00\u00a0€' };
  const OTHER_DATE: Record<Key, string> = { en: '10 Jan 2026', de: '10.01.2026', sv: '10 jan. 2026', fi: '10.1.2026', nb: '10. jan. 2026', da: '10. jan. 2026' };
  const dialog = (l: Lang, k: Key, id: string, open = '') =>
    `<dialog${open}><h2>Quick view</h2><dl><dt>${l.labels.id}</dt><dd>${id}</dd><dt>${l.labels.amount}</dt><dd>${OTHER_AMOUNT[k]}</dd><dt>${l.labels.dueBy}</dt><dd>${OTHER_DATE[k]}</dd></dl><button>Close</button></dialog>`;
  const PAGES: [string, (l: Lang, k: Key) => string][] = [
    ['another dispute\'s, after the list', (l, k) => table(l, [0, 1, 2]) + dialog(l, k, 'DP-1008')],
    ['one of the list\'s, before it, its fields as they were', (l, k) => dialog(l, k, 'DP-1001') + table(l, [0, 1, 2])],
  ];
  it.each(perLang(PAGES))('%s', (_, k, page) => {
    const l = LANGS[k];
    expect(reading(readList(storeBar(l) + page(l, k), l.tag))).toEqual(LIST);
  });

  it.each(KEYS)('a dispute\'s own page with a closed dialog of other values before its fields (%s)', (k) => {
    const l = LANGS[k];
    const r = readDetail(`${storeBar(l)}<main>${dialog(l, k, 'DP-1001')}${fieldsOf(l, 0, [])}</main>`, l.tag);
    expect(reading(r)).toEqual({ page: 'dispute_detail', problems: [], facts: [EXPECTED[0]] });
  });

  // (read right before: an open dialog is the page's, a dispute's details over the list)
  it.each(KEYS)('an open dialog of another dispute over the list: read (%s)', (k) => {
    const l = LANGS[k];
    const r = readList(storeBar(l) + table(l, [0, 1, 2]) + dialog(l, k, 'DP-1008', ' open'), l.tag);
    expect(r.disputes.map((d) => d.facts.id)).toEqual(['DP-1001', 'DP-1002', 'DP-1003', 'DP-1008']);
  });

  it.each(KEYS)('read again after the dialog opens and closes, as a fresh copy reads (%s)', (k) => {
    const l = LANGS[k];
    const doc = parse(storeBar(l) + table(l, [0, 1, 2]) + dialog(l, k, 'DP-1008'), l.tag);
    const read = (d: Document) => reading(readPortalPage(d, 'https://portal.kustom.co/disputes', { timeZone: TZ }));
    expect(read(doc)).toEqual(LIST);
    const box = doc.querySelector('dialog')!;
    box.setAttribute('open', '');
    const opened = read(doc);
    expect(opened).toEqual(read(parse(doc.body.innerHTML, l.tag)));
    expect(opened.facts.map((f) => f.id)).toEqual(['DP-1001', 'DP-1002', 'DP-1003', 'DP-1008']);
    box.removeAttribute('open');
    expect(read(doc)).toEqual(LIST);
  });
});

// An amount or a deadline shown with what it was before it changed, struck out ("<del>€150.00</del>
// €120.50" after a partial refund, "<s>28 Jan 2026</s> 2 Feb 2026" for an extended deadline): the
// value read was the first that read, the struck-out one, with nothing said (€150.00; a deadline
// five days early). Struck-out text is no longer so, and is not read (dom.ts SKIP_TAGS).
describe('a value shown beside what it was before, struck out ("<del>€150.00</del> €120.50", "<s>28 Jan 2026</s> 2 Feb 2026")', () => {
  const OLD_AMOUNT: Record<Key, string> = { en: '€150.00', de: '150,00\u00a0€', sv: '150,00\u00a0€', fi: '150,00\u00a0€', nb: '150,00\u00a0€', da: '150,00\u00a0€' };
  const OLD_DATE: Record<Key, string> = { en: '28 Jan 2026', de: '28.01.2026', sv: '28 jan. 2026', fi: '28.1.2026', nb: '28. jan. 2026', da: '28. jan. 2026' };
  const struck = (k: Key, c: Col, shown: string, tag: string) => (c === 'amount' ? `<${tag}>${OLD_AMOUNT[k]}</${tag}> ${shown}` : c === 'dueBy' && shown !== '—' ? `<${tag}>${OLD_DATE[k]}</${tag}> ${shown}` : shown);
  it.each(perLang([['<del>'], ['<s>']] as [string][]))('a list, every amount and deadline struck out as %s', (name, k) => {
    const l = LANGS[k];
    const tag = name.includes('del') ? 'del' : 's';
    const html = `<table><thead><tr>${COLS.map((c) => `<th>${l.labels[c]}</th>`).join('')}</tr></thead><tbody>${[0, 1, 2].map((i) => `<tr>${COLS.map((c) => `<td>${struck(k, c, valueOf(l, i, c), tag)}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
    expect(reading(readList(storeBar(l) + html, l.tag))).toEqual(LIST);
  });
  it.each(KEYS)('a dispute\'s own page, "Label: <del>old</del> new" lines (%s)', (k) => {
    const l = LANGS[k];
    const lines = COLS.map((c) => `<p>${l.labels[c]}: ${struck(k, c, valueOf(l, 0, c), 'del')}</p>`).join('');
    expect(reading(readDetail(`${storeBar(l)}<main>${lines}</main>`, l.tag))).toEqual({ page: 'dispute_detail', problems: [], facts: [EXPECTED[0]] });
  });
});
