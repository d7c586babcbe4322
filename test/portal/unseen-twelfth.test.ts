// @vitest-environment happy-dom
// A twelfth probe of list pages and a dispute's own page in markup the reader has not seen, as a
// tester writing from portal-vocabulary.md could write them: the six portal languages, the
// vocabulary's texts, amounts and dates as Intl prints them (list-pages.ts). Each case read wrongly
// or not at all before its fix; the pages beside them that read right already stay as guards.
import { describe, expect, it } from 'vitest';
import { COLS, KEYS, LANGS, readDetail, readList, storeBar, type Col, type Key, type Lang } from './list-pages';
import { bare, DETAIL, fields, inZone, LIST, perLang, plain, reading, table, valueOf, type Show } from './probe-pages';
import { readAfterRowChange } from './row-change';

// A date's label naming a zone west of UTC ("Created (UTC-5)", "Respond by (GMT-3)"), or an offset
// as Windows and Intl print it ("(UTC−05:00)" with a minus sign, "(UTC+01:00)"): the label was not
// recognised (its key reads a hyphen as a space) and its column or value lost with nothing said: a
// list's every deadline. The offset is the zone the label's dates are in, east or west.
describe('a date\'s label naming a zone west of UTC or a full offset ("Respond by (UTC-5)", "Created (UTC\u221205:00)", "(UTC+01:00)")', () => {
  const ZONES: [string, string, number][] = [
    ['"(UTC-5)"', ' (UTC-5)', -5],
    ['"(GMT-3)"', ' (GMT-3)', -3],
    ['"(UTC\u221205:00)" with a minus sign', ' (UTC\u221205:00)', -5],
    ['"(UTC-05:00)"', ' (UTC-05:00)', -5],
    ['"(UTC+01:00)"', ' (UTC+01:00)', 1],
    ['"(GMT+1)"', ' (GMT+1)', 1],
    ['"[UTC-3]"', ' [UTC-3]', -3],
  ];
  const zoned = (l: Lang, zone: string) => (c: Col) => (c === 'createdAt' || c === 'dueBy' ? `${l.labels[c]}${zone}` : l.labels[c]);
  it.each(perLang(ZONES))('a table\'s date headers, %s', (_, k, zone, hours) => {
    const l = LANGS[k];
    expect(reading(readList(storeBar(l) + table(l, plain, zoned(l, zone)), l.tag))).toEqual({ ...LIST, facts: inZone(hours) });
  });
  it.each(perLang(ZONES))('a dispute\'s page, as terms, %s', (_, k, zone, hours) => {
    const l = LANGS[k];
    expect(reading(readDetail(`${storeBar(l)}<main>${fields(l, 0, plain, zoned(l, zone))}</main>`, l.tag))).toEqual({ ...DETAIL, facts: [inZone(hours)[0]] });
  });
  it.each(perLang(ZONES))('a dispute\'s page, as "label: value" lines, %s', (_, k, zone, hours) => {
    const l = LANGS[k];
    const lines = COLS.map((c) => `<p>${zoned(l, zone)(c)}: ${valueOf(l, 0, c)}</p>`).join('');
    expect(reading(readDetail(`${storeBar(l)}<main>${lines}</main>`, l.tag))).toEqual({ ...DETAIL, facts: [inZone(hours)[0]] });
  });
  it.each(perLang(ZONES))('a dispute\'s page, its fields in one line of pairs ("… · Created (UTC-05:00): 19 Jan 2026 · …"), %s', (_, k, zone, hours) => {
    const l = LANGS[k];
    const line = COLS.map((c) => `${zoned(l, zone)(c)}: ${valueOf(l, 0, c)}`).join(' · ');
    expect(reading(readDetail(`${storeBar(l)}<main><p>${line}</p></main>`, l.tag))).toEqual({ ...DETAIL, facts: [inZone(hours)[0]] });
  });
  it.each(KEYS)('a list read again after a row changes, "(UTC-5)" (%s)', (k) => {
    const l = LANGS[k];
    const facts = readAfterRowChange(storeBar(l) + table(l, plain, zoned(l, ' (UTC-5)')), l, 'Europe/Stockholm');
    expect(facts.map((f) => [f.createdAt, f.dueBy])).toEqual(inZone(-5).map((d) => [d.createdAt, d.dueBy]));
  });
});
