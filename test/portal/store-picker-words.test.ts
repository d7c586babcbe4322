// @vitest-environment happy-dom
// A store picker that shows no single store: "All stores" (a merchant with several stores looking
// at all their disputes at once) or a placeholder ("Select a store"). Its text was read as the
// store's ID, so every dispute on the page was filed under a store called "All stores": the same
// dispute, seen again with its real store selected, became a second case (counted twice on the
// badge, listed twice, notified twice). A store ID (MID) is an ID like a dispute's: a digit, an
// underscore, an inner dash or a lower-case letter before a capital; words are none.
import { describe, expect, it } from 'vitest';
import { readPortalPage } from '../../lib/portal';
import { COLS, EXPECTED, LANGS, STORE, type Lang } from './list-pages';

const TZ = 'Europe/Stockholm';
type Key = keyof typeof LANGS;
const KEYS = Object.keys(LANGS) as Key[];
const read = (body: string, tag: string) =>
  readPortalPage(new DOMParser().parseFromString(`<html lang="${tag}"><body>${body}</body></html>`, 'text/html'), 'https://portal.kustom.co/disputes', { timeZone: TZ });
const table = (l: Lang) =>
  `<table><thead><tr>${COLS.map((c) => `<th>${l.labels[c]}</th>`).join('')}</tr></thead><tbody>` +
  l.rows.map((r) => `<tr>${r.map((t) => `<td>${t}</td>`).join('')}</tr>`).join('') +
  `</tbody></table>`;

// What each language's admin UIs write for all stores at once, and for nothing chosen yet.
const ALL: Record<Key, string> = { en: 'All stores', de: 'Alle Shops', sv: 'Alla butiker', fi: 'Kaikki kaupat', nb: 'Alle butikker', da: 'Alle butikker' };
const CHOOSE: Record<Key, string> = { en: 'Select a store', de: 'Shop auswählen', sv: 'Välj butik', fi: 'Valitse kauppa', nb: 'Velg butikk', da: 'Vælg butik' };

const pickers: [string, (l: Lang, shown: string) => string][] = [
  ['a select with a label', (l, shown) => `<label for="mid">${l.labels.store}</label> <select id="mid"><option selected>${shown}</option><option>${STORE}</option></select>`],
  ['"label: value" in a header', (l, shown) => `<p>${l.labels.store}: <strong>${shown}</strong></p>`],
  ['a definition list', (l, shown) => `<dl><dt>${l.labels.store}</dt><dd>${shown} ▾</dd></dl>`],
];

const noStore = ([['all stores', ALL], ['a placeholder', CHOOSE]] as const).flatMap(([what, words]) =>
  pickers.flatMap(([markup, picker]) => KEYS.map((k) => [what, markup, k, words[k]] as const)),
);

describe('a store picker that shows no single store', () => {
  it.each(noStore)('%s in %s (%s: "%s"): no store for the page or its disputes, the disputes read as ever', (_what, _markup, k, shown) => {
    const l = LANGS[k];
    const markup = pickers.find(([m]) => m === _markup)![1];
    const r = read(markup(l, shown) + table(l), l.tag);
    expect(r.storeId).toBeNull();
    expect(r.problems).toEqual([]);
    expect(r.disputes.map((d) => d.facts)).toEqual(EXPECTED.map(({ storeId: _s, ...facts }) => facts));
  });

  it.each(KEYS.flatMap((k) => pickers.map(([markup]) => [markup, k] as const)))('a store ID in %s (%s) is still the page\'s store', (markup, k) => {
    const l = LANGS[k];
    const r = read(pickers.find(([m]) => m === markup)![1](l, STORE) + table(l), l.tag);
    expect(r.storeId).toBe(STORE);
    expect(r.disputes.map((d) => d.facts)).toEqual(EXPECTED);
  });

  it.each(['K100482', 'PN12345', 'shop_eu', 'nordlys-outlet', 'eStore'])('MID %s is an ID', (mid) => {
    const l = LANGS.en;
    expect(read(pickers[1]![1](l, mid) + table(l), l.tag).storeId).toBe(mid);
  });
});
