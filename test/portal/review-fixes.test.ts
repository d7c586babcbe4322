// @vitest-environment happy-dom
// Defects found by reviewing the session's reader fixes (e043c05..d3d3745): cases the fixes read wrongly.
import { describe, expect, it } from 'vitest';
import { readPortalPage } from '../../lib/portal';
import { readDate } from '../../lib/portal/date';
import { COLS, EXPECTED, LANGS, storeBar, type Col, type Lang } from './list-pages';

const TZ = 'Europe/Stockholm';
type Key = keyof typeof LANGS;
const KEYS = Object.keys(LANGS) as Key[];
const parse = (body: string, tag: string) => new DOMParser().parseFromString(`<html lang="${tag}"><body>${body}</body></html>`, 'text/html');
const readList = (body: string, tag: string) => readPortalPage(parse(body, tag), 'https://portal.kustom.co/disputes', { timeZone: TZ });
const cellsOf = (l: Lang, i: number, f: (c: Col, t: string) => string) => l.rows[i]!.map((t, n) => f(COLS[n]!, t)).join('');

// feb5f6d drops the time left after a date ("(in 14 days)"); a time of day written as a number and
// a word is no time left: dropped, the date was read without its time (the day's end, hours later
// than the portal's deadline) where it had been reported as unread.
describe('a date with a time of day in words after it stays unread, not read as the day\'s end', () => {
  it.each([
    ['02.02.2026 (14 Uhr)', 'de'],
    ['02.02.2026 (14 Uhr MEZ)', 'de'],
    ['2 Feb 2026 (12 noon)', 'en'],
    ['2 Feb 2026 (12 midnight)', 'en'],
    ['2 feb. 2026 (kl. 14 CET)', 'sv'],
    ['2.2.2026 (klo 14 EET)', 'fi'],
    ['02.02.2026 (um 14 MEZ)', 'de'],
    ['2 Feb 2026 · 14 CET', 'en'],
  ])('%s', (text, locale) => {
    expect(readDate(text, locale, { timeZone: TZ }).ok).toBe(false);
  });

  // (the time left is still dropped)
  it.each([
    ['2 Feb 2026 (in 14 days)', 'en'],
    ['02.02.2026 (noch 14 Tage)', 'de'],
    ['14:00 · 2 Feb 2026 (in 14 days)', 'en', '2026-02-02T13:00:00.000Z'],
  ])('%s is a date', (text, locale, iso = '2026-02-01T23:00:00.000Z') => {
    expect(readDate(text, locale, { timeZone: TZ })).toMatchObject({ ok: true, iso });
  });
});

// 7d10ddb places a head cell spanning rows in its section's last row: where the head's rows are the
// first rows of the tbody (a table written without thead), that is the last dispute's row, and the
// grouped columns' dates were not read.
const GROUP: Record<Key, string> = { en: 'Dates', de: 'Daten', sv: 'Datum', fi: 'Päivämäärät', nb: 'Datoer', da: 'Datoer' };
describe('a head of two rows without thead: column groups over their columns, the other headers spanning both rows', () => {
  it.each(KEYS)('%s', (k) => {
    const l = LANGS[k];
    const th = (text: string, span = '') => `<th${span}>${text}</th>`;
    const rows = l.rows.map((_, i) => `<tr>${cellsOf(l, i, (_c, t) => `<td>${t}</td>`)}</tr>`).join('');
    const html = storeBar(l) + `<table><tr>${COLS.slice(0, 4).map((c) => th(l.labels[c], ' rowspan="2"')).join('')}${th(GROUP[k], ' colspan="2"')}</tr><tr>${th(l.labels.createdAt)}${th(l.labels.dueBy)}</tr>${rows}</table>`;
    const r = readList(html, l.tag);
    expect(r.problems).toEqual([]);
    expect(r.page).toBe('dispute_list');
    expect(r.disputes.map((d) => d.facts)).toEqual(EXPECTED);
  });
});

// 9b35bd7 reads the element whose aria-labelledby names a label with nothing beside it (MUI's
// Select). An empty control so named is a search or filter field, as the label's for= or a control
// beside it says: read as no value, the label was no form field's and a dispute page with a search
// by ID ("<label id=q>Dispute ID</label><input aria-labelledby=q>") reported two problems (the
// marker "could not read this page").
describe('a search field named by its label\'s id (aria-labelledby) is a form field, no problem', () => {
  const forms: [string, (label: string) => string][] = [
    ['a label and a search input', (label) => `<form role="search"><label id="q-label">${label}</label><input aria-labelledby="q-label" type="search"></form>`],
    ['a label and an empty MUI Select', (label) => `<div class="MuiFormControl-root"><label id=":r1:-label">${label}</label><div role="combobox" id=":r1:" aria-labelledby=":r1:-label :r1:" aria-expanded="false" tabindex="0"></div><input aria-hidden="true" tabindex="-1" value=""></div>`],
  ];
  it.each(forms.flatMap(([name, form]) => KEYS.map((k) => [`${name} (${LANGS[k].tag})`, k, form] as const)))('%s', (_, k, form) => {
    const l = LANGS[k];
    const r = readList(storeBar(l) + `<main>${form(l.labels.id)}</main>`, l.tag);
    expect(r.problems).toEqual([]);
    expect(r.disputes).toEqual([]);
  });
});
