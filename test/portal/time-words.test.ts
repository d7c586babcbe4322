// @vitest-environment happy-dom
// A deadline's time of day in an element of its own after the date's, with a word before it as each
// language writes one after a date ("klo 12.00", "kl. 12.00", "um 12:00 Uhr", "at 12:00"): a dd
// after the day's dd, a cell under a header spanning the date's cell and the time's (values.ts
// withTime). Before: a time with a word before it was never joined, the deadline read as the day's
// end, hours later than the page says, nothing said. The words are the ones date.ts reads between a
// date and its time in one text (vocabulary DATE_TIME_JOINERS). Six portal languages; the merchant
// in Helsinki, the pages naming no zone (noon there: 10:00 UTC).
import { describe, expect, it, onTestFinished } from 'vitest';
import { readPortalPage } from '../../lib/portal';
import { releaseRowMemo } from '../../lib/portal/row-memo';
import { COLS, KEYS, LANGS, parse, storeBar, type Key } from './list-pages';
import { AT, HELSINKI, inZone, perLang, readHere, readIn, reading, spanned, terms, undatedCreated, valueOf, want } from './probe-pages';

const HERE = inZone(2);

/** a time of day after a date, with the word each language writes before it (and after it, "Uhr") */
const WORDED: Record<Key, string[]> = {
  en: ['at 12:00', 'At 12:00'],
  de: ['um 12:00 Uhr', 'um 12:00', 'Um 12:00 Uhr'],
  sv: ['kl. 12.00', 'kl 12:00', 'klockan 12.00'],
  fi: ['klo 12.00', 'kello 12.00', 'klo 12:00'],
  nb: ['kl. 12:00', 'kl 12:00', 'klokken 12:00'],
  da: ['kl. 12.00', 'kl 12.00', 'klokken 12.00'],
};
const cases = (pick: (k: Key) => string[]) => KEYS.flatMap((k) => pick(k).map((t) => [`"${t}" (${LANGS[k].tag})`, k, t] as const));

/** the list (three disputes, the second with no deadline) and a dispute's page with `second` after the day */
const readBoth = (k: Key, second: string) => {
  const l = LANGS[k];
  return [
    reading(readIn(spanned(l, (i) => valueOf(l, i, 'dueBy'), (_l, i) => (i === 1 ? '' : second)), l.tag)),
    reading(readHere(terms(l, valueOf(l, 0, 'dueBy'), second), l.tag)),
  ];
};
/** the deadlines at `hhmm` UTC, or (none) at the day's end */
const wantBoth = (hhmm?: string) => (hhmm ? [want(true, AT(hhmm)), want(false, AT(hhmm, HERE))] : [want(true, undatedCreated), want(false, HERE)]);

describe('a time of day with a word before it, after the date in an element of its own', () => {
  it.each(cases((k) => WORDED[k]))('%s: the deadline at that time', (_, k, t) => {
    expect(readBoth(k, t)).toEqual(wantBoth('10:00'));
  });
  // (a zone after the time, read as it is in the date's text: noon in Central European time, 11:00 UTC)
  it.each(cases((k) => [`${WORDED[k][0]} (CET)`, `${WORDED[k][0]} CET`]))('%s: the deadline at that time in that zone', (_, k, t) => {
    expect(readBoth(k, t)).toEqual(wantBoth('11:00'));
  });
  // (the words in full, "klockan", "kello", "klokken", in the date's own text: before, the date was
  // not read, reported)
  it.each(cases((k) => WORDED[k].filter((t) => /^kl?[oe]\S{3}/.test(t))))('%s in the date\'s own text: the deadline at that time', (_, k, t) => {
    const l = LANGS[k];
    const dated = (i: number) => (i === 1 ? valueOf(l, i, 'dueBy') : `${valueOf(l, i, 'dueBy')} ${t}`);
    expect([reading(readIn(spanned(l, dated, () => ''), l.tag)), reading(readHere(terms(l, dated(0), ''), l.tag))]).toEqual(wantBoth('10:00'));
  });
  // guards, read right already: a time alone and "12:00 Uhr" (noon); a countdown with a word
  // before it, a word that is no date's joiner ("in 05:12", "noch 05:12"), and the countdown rule of
  // 926257d with a joiner before it ("at 05:12 left"): no time of day, the day's end as shown
  it.each(perLang([['"12:00"', '12:00'], ['"12:00 Uhr"', '12:00 Uhr']]))('%s: the deadline at that time', (_, k, t) => {
    expect(readBoth(k, t)).toEqual(wantBoth('10:00'));
  });
  it.each(perLang([['"in 05:12"', 'in 05:12'], ['"noch 05:12"', 'noch 05:12'], ['"at 05:12 left"', 'at 05:12 left'], ['"kl. 05:12 kvar"', 'kl. 05:12 kvar']]))('%s: the date as shown', (_, k, t) => {
    expect(readBoth(k, t)).toEqual(wantBoth());
  });
  // (guard: a date that shows its own time keeps it, a worded time beside it is no time of its)
  it.each(KEYS)('a worded time after a date showing its own, "2 Feb 2026, 12:00": that time (%s)', (k) => {
    const l = LANGS[k];
    const noon = new Intl.DateTimeFormat(l.tag, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(Date.UTC(2026, 1, 2, 12));
    expect(reading(readHere(terms(l, noon, WORDED[k][0]!), l.tag))).toEqual(want(false, AT('10:00', HERE)));
  });
});

// A row whose only cell under a shown "Respond by" header the page hides ("<td hidden>2 Feb
// 2026</td>", display:none): since 961c848 a hidden cell takes no column, as the browser lays the
// row out, so the row shows no deadline there. Before: no deadline and nothing said, a silent loss
// (before 961c848 the hidden date was read). Now reported; where the header is hidden too, the
// column is the page's to hide: nothing said (guard).
describe('a row\'s only cell under a shown deadline\'s header hidden', () => {
  const HIDE: [string, string][] = [['hidden', ' hidden'], ['style="display: none"', ' style="display: none"']];
  /** the list, the first row's deadline cell hidden by `attr` (every row's and the header's where `head`) */
  const hiddenDue = (k: Key, attr: string, head = '') => {
    const l = LANGS[k];
    const row = (r: string[], i: number) => `<tr>${r.map((t, n) => `<td${(i === 0 || head) && COLS[n] === 'dueBy' ? attr : ''}>${t}</td>`).join('')}</tr>`;
    return `${storeBar(l)}<table><thead><tr>${COLS.map((c) => `<th${c === 'dueBy' ? head : ''}>${l.labels[c]}</th>`).join('')}</tr></thead><tbody>${l.rows.map(row).join('')}</tbody></table>`;
  };
  const noFirstDue = HERE.map((f, i) => (i === 0 ? (({ dueBy: _d, ...g }) => g)(f) : f)) as typeof HERE;
  it.each(perLang(HIDE))('by %s: no deadline, reported', (_, k, attr) => {
    const r = reading(readIn(hiddenDue(k, attr), LANGS[k].tag));
    expect(r.facts).toEqual(noFirstDue);
    expect(r.problems).toEqual(['Dispute DP-1001: the respond by date could not be read: it is hidden.']);
  });
  // (read again, the row kept, and after the cell is shown: as a fresh copy reads)
  it.each(KEYS)('read again, then the cell shown (%s)', (k) => {
    const l = LANGS[k];
    const doc = parse(hiddenDue(k, ' hidden'), l.tag);
    onTestFinished(() => releaseRowMemo(doc));
    const read = () => reading(readPortalPage(doc, 'https://portal.kustom.co/disputes', { timeZone: HELSINKI }));
    const first = read();
    expect(read()).toEqual(first);
    doc.querySelector('td[hidden]')!.removeAttribute('hidden');
    expect(read()).toEqual(reading(readIn(doc.body.innerHTML, l.tag)));
    expect(read().problems).toEqual([]);
  });
  it.each(perLang(HIDE))('by %s, the column hidden, its header too: no deadline, nothing said (guard)', (_, k, attr) => {
    expect(reading(readIn(hiddenDue(k, attr, attr), LANGS[k].tag))).toEqual(want(true, HERE.map(({ dueBy: _d, ...f }) => f) as typeof HERE));
  });
});
