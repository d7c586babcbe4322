// @vitest-environment happy-dom
// A ninth probe of list pages and a dispute's own page in markup the reader has not seen, as a
// tester writing from portal-vocabulary.md could write them: the six portal languages, the
// vocabulary's texts, amounts and dates as Intl prints them (list-pages.ts). Each case read wrongly
// or not at all before its fix; the pages beside them that read right already stay as guards.
import { describe, expect, it } from 'vitest';
import { COLS, EXPECTED, KEYS, LANGS, readDetail, readList, storeBar, type Col, type Lang } from './list-pages';

/** each language's cases, named with its tag */
const perLang = <T extends unknown[]>(cases: [string, ...T][]) => cases.flatMap(([name, ...rest]) => KEYS.map((k) => [`${name} (${LANGS[k].tag})`, k, ...rest] as const));
const valueOf = (l: Lang, i: number, c: Col) => l.rows[i]![COLS.indexOf(c)]!;
const reading = (r: ReturnType<typeof readList>) => ({ page: r.page, problems: r.problems, facts: r.disputes.map((d) => d.facts) });
const LIST = { page: 'dispute_list', problems: [], facts: EXPECTED };
/** the fields of dispute `i` but `but`, as terms and descriptions */
const fieldsOf = (l: Lang, i: number, but: Col[]) => `<dl>${COLS.filter((c) => !but.includes(c)).map((c) => `<dt>${l.labels[c]}</dt><dd>${valueOf(l, i, c)}</dd>`).join('')}</dl>`;

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
