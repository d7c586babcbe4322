// @vitest-environment happy-dom
// An eleventh probe of list pages and a dispute's own page in markup the reader has not seen, as a
// tester writing from portal-vocabulary.md could write them: the six portal languages, the
// vocabulary's texts, amounts and dates as Intl prints them (list-pages.ts). Each case read wrongly
// or not at all before its fix; the pages beside them that read right already stay as guards.
import { describe, expect, it } from 'vitest';
import { STATUS_LABELS } from '../../lib/portal/vocabulary';
import { readPortalPage } from '../../lib/portal';
import { COLS, EXPECTED, KEYS, LANGS, parse, readDetail, readList, storeBar, TZ, type Col, type Key, type Lang } from './list-pages';
import { bare, DETAIL, fields, LIST, perLang, plain, reading, table, valueOf, type Show } from './probe-pages';
import { readAfterRowChange } from './row-change';


// A card's menu of actions (role=menu, shown open or as a row of menu items) whose items are
// status words ("Won", "Lost": a "Set status" menu): the card's status badge, the only status it
// shows without a label, was cancelled by the menu's other words with nothing said (no status read,
// the card's deadline shown as for a dispute of unknown state). A menu's items are commands, never
// the dispute's state.
describe('a card\'s menu (role=menu) whose items are status words, beside the card\'s status badge', () => {
  const menu = (k: Key) => `<div role="menu" aria-label="Set status"><div role="menuitem">${STATUS_LABELS.won[k]}</div><div role="menuitem">${STATUS_LABELS.lost[k]}</div></div>`;
  /** a card: its ID in its title, its status as a badge, the other fields as terms */
  const card = (l: Lang, k: Key, i: number) =>
    `<h3>${l.labels.id}: ${valueOf(l, i, 'id')}</h3><span class="badge">${valueOf(l, i, 'status')}</span>` +
    `<dl>${COLS.filter((c) => c !== 'id' && c !== 'status').map((c) => `<dt>${l.labels[c]}</dt><dd>${valueOf(l, i, c)}</dd>`).join('')}</dl>${menu(k)}`;
  it.each(KEYS)('cards on a list (%s)', (k) => {
    const l = LANGS[k];
    expect(reading(readList(`${storeBar(l)}<ul>${[0, 1, 2].map((i) => `<li>${card(l, k, i)}</li>`).join('')}</ul>`, l.tag))).toEqual(LIST);
  });
  it.each(KEYS)('a dispute\'s page, the badge by its title, the menu in its header (%s)', (k) => {
    const l = LANGS[k];
    expect(reading(readDetail(`${storeBar(l)}<main>${card(l, k, 0)}</main>`, l.tag))).toEqual(DETAIL);
  });
});

// An amount that shows its currency's sign and then its code after the number ("120,50 € EUR", as
// "€120.50 EUR" reads), and so an amount as Intl prints it in five of the six languages ("120,50 €")
// under a header that names the currency ("Betrag (EUR)", whose code the reader adds after each
// value): "\"€ EUR\" is not a currency the reader knows", every amount lost and reported. A sign
// and its own code after the number are one currency, as they are on either side of it.
describe('an amount with its currency\'s sign and then its code after the number ("120,50 € EUR")', () => {
  it.each(KEYS)('in a table\'s cells, "120,50 € EUR" (%s)', (k) => {
    const l = LANGS[k];
    expect(reading(readList(storeBar(l) + table(l, (c, t) => (c === 'amount' ? `${t} EUR` : t)), l.tag))).toEqual(LIST);
  });
  it.each(KEYS)('under a header naming the currency, "Amount (EUR)" over "120,50 €" (%s)', (k) => {
    const l = LANGS[k];
    expect(reading(readList(storeBar(l) + table(l, plain, (c) => (c === 'amount' ? `${l.labels.amount} (EUR)` : l.labels[c])), l.tag))).toEqual(LIST);
  });
  it.each(KEYS)('a dispute\'s page, "Amount (EUR): 120,50 €" (%s)', (k) => {
    const l = LANGS[k];
    const page = COLS.map((c) => `<p>${c === 'amount' ? `${l.labels.amount} (EUR)` : l.labels[c]}: ${valueOf(l, 0, c)}</p>`).join('');
    expect(reading(readDetail(`${storeBar(l)}<main>${page}</main>`, l.tag))).toEqual(DETAIL);
  });
  it.each(KEYS)('another currency\'s code after the sign is still two currencies, reported (%s)', (k) => {
    const l = LANGS[k];
    const r = readDetail(`${storeBar(l)}<main>${fields(l, 0, (c, t) => (c === 'amount' ? `${t} SEK` : t))}</main>`, l.tag);
    expect(r.disputes[0]!.facts.amount).toBeUndefined();
    expect(r.problems).toEqual([expect.stringMatching(/^Dispute DP-1001: the amount could not be read: .*two currencies/)]);
  });
});

// A label with the unit its values are in after it, as "Amount (EUR)" reads: the zone of a date's
// ("Respond by (CET)", "Created (UTC)", "Svara senast (UTC+1)") or the currency of an amount's set
// apart by a comma or a short word ("Amount, EUR", "Betrag in EUR", "Belopp i EUR"). The label was
// not recognised and its column or value lost with nothing said: a list's every deadline, or every
// amount. The label names its field; the unit is read after each of its values, as if shown there
// (a date with a zone and no time: the day's end in that zone).
describe('a label with its values\' unit after it: a zone ("Respond by (CET)", "Created (UTC)"), a currency ("Amount, EUR", "Betrag in EUR")', () => {
  const after = (l: Lang, unit: Partial<Record<Col, string>>) => (c: Col) => (unit[c] ? `${l.labels[c]}${unit[c]}` : l.labels[c]);
  const UTC = EXPECTED.map((d, i) => ({ ...d, createdAt: ['2026-01-19T00:00:00.000Z', '2026-01-20T00:00:00.000Z', '2026-01-21T10:30:00.000Z'][i], ...(d.dueBy ? { dueBy: d.dueBy.replace('22:59', '23:59') } : {}) }));
  it.each(perLang([
    ['"Created (CET)", "Respond by (CET)"', ' (CET)', LIST],
    ['"Created (UTC)", "Respond by (UTC)": the day\'s end in UTC', ' (UTC)', { ...LIST, facts: UTC }],
    ['"Created (GMT+1)", "Respond by (GMT+1)"', ' (GMT+1)', LIST],
  ] as [string, string, typeof LIST][]))('a table\'s date headers, %s', (_, k, zone, want) => {
    const l = LANGS[k];
    expect(reading(readList(storeBar(l) + table(l, plain, after(l, { createdAt: zone, dueBy: zone })), l.tag))).toEqual(want);
  });
  it.each(KEYS)('a dispute\'s page, "Respond by (CET)" as a term and as "label: value" (%s)', (k) => {
    const l = LANGS[k];
    expect(reading(readDetail(`${storeBar(l)}<main>${fields(l, 0, plain, after(l, { dueBy: ' (CET)' }))}</main>`, l.tag))).toEqual(DETAIL);
    const lines = COLS.map((c) => `<p>${after(l, { dueBy: ' (UTC)' })(c)}: ${valueOf(l, 0, c)}</p>`).join('');
    expect(reading(readDetail(`${storeBar(l)}<main>${lines}</main>`, l.tag))).toEqual({ ...DETAIL, facts: [{ ...EXPECTED[0], dueBy: '2026-02-02T23:59:59.999Z' }] });
  });
  /** the short word for "in" before a currency ("Amount in EUR"); Finnish says it by a case ending ("Summa euroina") */
  const IN: Record<Key, string> = { en: 'in', de: 'in', sv: 'i', fi: '', nb: 'i', da: 'i' };
  it.each(perLang([
    ['"Amount, EUR" over bare numbers', () => ', EUR'],
    ['"Amount in EUR" (or ", EUR" in Finnish) over bare numbers', (k: Key) => (IN[k] ? ` ${IN[k]} EUR` : ', EUR')],
    ['"Amount (in EUR)" (or "(EUR)" in Finnish) over bare numbers', (k: Key) => (IN[k] ? ` (${IN[k]} EUR)` : ' (EUR)')],
  ] as [string, (k: Key) => string][]))('a table, %s', (_, k, unit) => {
    const l = LANGS[k];
    expect(reading(readList(storeBar(l) + table(l, (c, t) => (c === 'amount' ? bare(t) : t), after(l, { amount: unit(k) })), l.tag))).toEqual(LIST);
  });
  it.each(KEYS)('a dispute\'s page, "Amount, EUR" as a term over a bare number (%s)', (k) => {
    const l = LANGS[k];
    expect(reading(readDetail(`${storeBar(l)}<main>${fields(l, 0, (c, t) => (c === 'amount' ? bare(t) : t), after(l, { amount: ', EUR' }))}</main>`, l.tag))).toEqual(DETAIL);
  });
});

// A list whose currency is a column of its own beside bare amounts ("Amount" 120.50 | "Currency"
// EUR), as an export or a generic admin table prints them: every amount reported as naming no
// currency, though its row names it. The vocabulary has no word for "Currency"
// (portal-vocabulary.md), and needs none: a cell of a row showing only a currency's code, in a
// column no label names, is the currency of the row's bare amount.
describe('a list whose currency is a column of its own ("Amount" 120.50 | "Currency" EUR)', () => {
  /** a header for the currency column, in words the vocabulary does not have */
  const CURRENCY: Record<Key, string> = { en: 'Currency', de: 'Währung', sv: 'Valuta', fi: 'Valuutta', nb: 'Valuta', da: 'Valuta' };
  it.each(perLang([
    ['after the amount', (cell: string, code: string) => `${cell}</td><td>${code}`, (h: string, word: string) => `${h}</th><th>${word}`],
    ['before the amount', (cell: string, code: string) => `${code}</td><td>${cell}`, (h: string, word: string) => `${word}</th><th>${h}`],
  ] as [string, (cell: string, code: string) => string, (h: string, word: string) => string][]))('the currency\'s column %s', (_, k, cell, head) => {
    const l = LANGS[k];
    const page = table(l, (c, t) => (c === 'amount' ? cell(bare(t), 'EUR') : t), (c) => (c === 'amount' ? head(l.labels.amount, CURRENCY[k]) : l.labels[c]));
    expect(reading(readList(storeBar(l) + page, l.tag))).toEqual(LIST);
  });
  it.each(KEYS)('a row with no currency in its column still names none, reported (%s)', (k) => {
    const l = LANGS[k];
    const page = table(l, (c, t, i) => (c === 'amount' ? `${bare(t)}</td><td>${i === 1 ? '' : 'EUR'}` : t), (c) => (c === 'amount' ? `${l.labels.amount}</th><th>${CURRENCY[k]}` : l.labels[c]));
    const r = readList(storeBar(l) + page, l.tag);
    expect(r.disputes.map((d) => d.facts.amount)).toEqual([EXPECTED[0]!.amount, undefined, EXPECTED[2]!.amount]);
    expect(r.problems).toEqual([expect.stringMatching(/^Dispute DP-1002: the amount could not be read: .*names no currency/)]);
  });
});

// A dispute ID printed with a non-breaking hyphen (U+2011, so that "DP-1001" never wraps at its
// dash) or another typographic dash: the ID was read with that character, a dispute "DP‑1001" that
// is no other page's, nor the address's, DP-1001 (its case kept twice, its chip's history lost). An
// ID's dashes are read as the hyphen-minus, as a number's and a date's are.
describe('a dispute ID printed with a non-breaking hyphen ("DP\u20111001") or another dash', () => {
  it.each(perLang([
    ['U+2011 in a table\'s ID column', '\u2011'],
    ['U+2010 in a table\'s ID column', '\u2010'],
  ] as [string, string][]))('%s', (_, k, dash) => {
    const l = LANGS[k];
    expect(reading(readList(storeBar(l) + table(l, (c, t) => (c === 'id' ? t.replace('-', dash) : t)), l.tag))).toEqual(LIST);
  });
  it.each(KEYS)('a dispute\'s page, "Dispute ID: DP\u20111001" (%s)', (k) => {
    const l = LANGS[k];
    expect(reading(readDetail(`${storeBar(l)}<main>${fields(l, 0, (c, t) => (c === 'id' ? t.replace('-', '\u2011') : t))}</main>`, l.tag))).toEqual(DETAIL);
  });
});

// A label followed by a footnote's mark, the footnote under the table or the fields ("Respond by¹"
// … "¹ 23:59 CET", "Amount†" … "† incl. fees"): the label was not recognised and its column or
// value lost with nothing said ("Respond by*" and "Respond by<sup>1</sup>" were read). A label's
// trailing superscript digits, dagger and double dagger are dropped, as its asterisk is.
describe('a label followed by a footnote\'s mark ("Respond by¹", "Amount†")', () => {
  const MARKS: [string, string][] = [['¹', '¹'], ['²³', '²³'], ['†', '†'], [' ‡', ' ‡']];
  it.each(perLang(MARKS))('a table\'s headers, each with "%s" after it', (_, k, mark) => {
    const l = LANGS[k];
    expect(reading(readList(`${storeBar(l)}${table(l, plain, (c) => `${l.labels[c]}${mark}`)}<p>${mark.trim()} …</p>`, l.tag))).toEqual(LIST);
  });
  it.each(KEYS)('a dispute\'s page, "Respond by¹" and "Amount†" as terms (%s)', (k) => {
    const l = LANGS[k];
    const term = (c: Col) => (c === 'dueBy' ? `${l.labels.dueBy}¹` : c === 'amount' ? `${l.labels.amount}†` : l.labels[c]);
    expect(reading(readDetail(`${storeBar(l)}<main>${fields(l, 0, plain, term)}</main>`, l.tag))).toEqual(DETAIL);
  });
});

// The unit in square brackets, after a slash or as a sign set apart by a space only ("Amount
// [EUR]", "Respond by [UTC]", "Amount / EUR", "Amount €"), as data tables and exports head their
// columns: the label was not recognised and its column lost with nothing said. (A code set apart by
// a space only, "Amount EUR", stays no label: it reads as "Amount due" does.)
describe('a label\'s unit in square brackets, after a slash, or a sign after a space ("Amount [EUR]", "Amount / EUR", "Amount €")', () => {
  it.each(perLang([['"Amount [EUR]"', ' [EUR]'], ['"Amount / EUR"', ' / EUR'], ['"Amount €"', ' €'], ['"Amount (in €)"', ' (in €)']] as [string, string][]))('a table, %s over bare numbers', (_, k, unit) => {
    const l = LANGS[k];
    expect(reading(readList(storeBar(l) + table(l, (c, t) => (c === 'amount' ? bare(t) : t), (c) => (c === 'amount' ? `${l.labels.amount}${unit}` : l.labels[c])), l.tag))).toEqual(LIST);
  });
  it.each(KEYS)('a table, "Respond by [UTC]" (%s)', (k) => {
    const l = LANGS[k];
    const r = readList(storeBar(l) + table(l, plain, (c) => (c === 'dueBy' ? `${l.labels.dueBy} [UTC]` : l.labels[c])), l.tag);
    expect(r.problems).toEqual([]);
    expect(r.disputes.map((d) => d.facts.dueBy)).toEqual(['2026-02-02T23:59:59.999Z', undefined, '2026-02-04T23:59:59.999Z']);
  });
});

// A date's zone in an element of its own after its label ("<th>Respond by <small>(UTC)</small></th>",
// as "<th>Amount <small>(EUR)</small></th>" was read): the dates were read in the merchant's zone,
// a UTC deadline an hour early on a Stockholm merchant's page, with nothing said. The header cell or
// term holding the label names the zone as its whole text does.
describe('a date\'s zone in an element of its own after its label ("<th>Respond by <small>(UTC)</small></th>")', () => {
  const UTC = EXPECTED.map((d, i) => ({ ...d, createdAt: ['2026-01-19T00:00:00.000Z', '2026-01-20T00:00:00.000Z', '2026-01-21T10:30:00.000Z'][i], ...(d.dueBy ? { dueBy: d.dueBy.replace('22:59', '23:59') } : {}) }));
  const zoned = (l: Lang) => (c: Col) => (c === 'createdAt' || c === 'dueBy' ? `${l.labels[c]} <small>(UTC)</small>` : l.labels[c]);
  it.each(KEYS)('a table\'s headers (%s)', (k) => {
    const l = LANGS[k];
    expect(reading(readList(storeBar(l) + table(l, plain, zoned(l)), l.tag))).toEqual({ ...LIST, facts: UTC });
  });
  it.each(KEYS)('a dispute\'s page, as terms (%s)', (k) => {
    const l = LANGS[k];
    expect(reading(readDetail(`${storeBar(l)}<main>${fields(l, 0, plain, zoned(l))}</main>`, l.tag))).toEqual({ ...DETAIL, facts: [UTC[0]] });
  });
});

// A header or label naming the currency over amounts as Intl prints them in that currency: a
// Swedish merchant's "Belopp (SEK)" over "1 234,50 kr", "Beløb (DKK)" over "1.234,50 kr.",
// "Betrag (CHF)" over "1.234,50 CHF". The code was read after the value ("1 234,50 kr SEK"), which
// names two currencies or none the reader knows: every amount lost and reported. The code is read
// on the side of the number where the value shows none: before "1 234,50 kr", after "€120.50".
describe('a header naming the currency over amounts as Intl prints them in it ("Belopp (SEK)" over "1 234,50 kr")', () => {
  const CURRENCY: Record<Key, string> = { en: 'GBP', de: 'CHF', sv: 'SEK', fi: 'EUR', nb: 'NOK', da: 'DKK' };
  const shown = (k: Key, i: number) => new Intl.NumberFormat(LANGS[k].tag, { style: 'currency', currency: CURRENCY[k] }).format(EXPECTED[i]!.amount.amountMinor / 100);
  const inCurrency = (k: Key) => EXPECTED.map((d) => ({ ...d, amount: { ...d.amount, currency: CURRENCY[k] } }));
  it.each(KEYS)('a table\'s "Amount (…)" column (%s)', (k) => {
    const l = LANGS[k];
    const page = table(l, (c, t, i) => (c === 'amount' ? shown(k, i) : t), (c) => (c === 'amount' ? `${l.labels.amount} (${CURRENCY[k]})` : l.labels[c]));
    expect(reading(readList(storeBar(l) + page, l.tag))).toEqual({ ...LIST, facts: inCurrency(k) });
  });
  it.each(KEYS)('a dispute\'s page, "Amount (…): value" (%s)', (k) => {
    const l = LANGS[k];
    const lines = COLS.map((c) => (c === 'amount' ? `<p>${l.labels.amount} (${CURRENCY[k]}): ${shown(k, 0)}</p>` : `<p>${l.labels[c]}: ${valueOf(l, 0, c)}</p>`)).join('');
    expect(reading(readDetail(`${storeBar(l)}<main>${lines}</main>`, l.tag))).toEqual({ ...DETAIL, facts: [inCurrency(k)[0]] });
  });
  // (a date's zone is read after it, whatever it ends with: a 12-hour time's "pm"; Swedish and
  // Finnish 12-hour times, "11:59 em", "klo 11.59 ip.", are no Intl default there and not read,
  // with a zone or without: reported)
  it.each(KEYS.filter((k) => k !== 'sv' && k !== 'fi'))('a deadline with a 12-hour time under "Respond by (CET)" (%s)', (k) => {
    const l = LANGS[k];
    const due = new Intl.DateTimeFormat(l.tag, { dateStyle: 'medium', timeStyle: 'short', hour12: true, timeZone: 'UTC' }).format(new Date(Date.UTC(2026, 1, 2, 23, 59)));
    const r = readDetail(`${storeBar(l)}<main>${fields(l, 0, (c, t) => (c === 'dueBy' ? due : t), (c) => (c === 'dueBy' ? `${l.labels.dueBy} (CET)` : l.labels[c]))}</main>`, l.tag);
    expect(reading(r)).toEqual({ ...DETAIL, facts: [{ ...EXPECTED[0], dueBy: '2026-02-02T22:59:00.000Z' }] });
  });
  it.each(KEYS)('another currency\'s sign under the header is still reported (%s)', (k) => {
    const l = LANGS[k];
    const other = k === 'en' ? '¥' : '$';
    const r = readDetail(`${storeBar(l)}<main>${fields(l, 0, (c) => (c === 'amount' ? `${other}120` : valueOf(l, 0, c)), (c) => (c === 'amount' ? `${l.labels.amount} (${CURRENCY[k]})` : l.labels[c]))}</main>`, l.tag);
    expect(r.disputes[0]!.facts.amount).toBeUndefined();
    expect(r.problems).toEqual([expect.stringMatching(/^Dispute DP-1001: the amount could not be read: /)]);
  });
});

// A dispute's page as a read-only form whose amount field shows its currency as an add-on beside the
// input (Bootstrap's input group "<span class=input-group-text>€</span><input readonly
// value=120.50>", MUI's InputAdornment in an outlined TextField): the amount was the input's value
// alone, "120.50 names no currency", lost and reported. A control's value is read with the text
// beside it in its own group, where that group holds no other control and not the label.
describe('a read-only form field whose currency is an add-on beside its input (Bootstrap input group, MUI InputAdornment)', () => {
  const form = (l: Lang, amount: (label: string, value: string) => string) =>
    `<form>${COLS.map((c, n) => (c === 'amount' ? amount(l.labels.amount, bare(l.rows[0]![n]!)) : `<div class="mb-3"><label for="f-${c}" class="form-label">${l.labels[c]}</label><input id="f-${c}" class="form-control" readonly value="${l.rows[0]![n]}"></div>`)).join('')}</form>`;
  const KITS: [string, (label: string, value: string) => string][] = [
    ['a Bootstrap input group, "€" before the input', (label, value) => `<div class="mb-3"><label for="f-a" class="form-label">${label}</label><div class="input-group"><span class="input-group-text">€</span><input id="f-a" class="form-control" readonly value="${value}"></div><div class="form-text">…</div></div>`],
    ['a Bootstrap input group, "EUR" after the input', (label, value) => `<div class="mb-3"><label for="f-a" class="form-label">${label}</label><div class="input-group"><input id="f-a" class="form-control" readonly value="${value}"><span class="input-group-text">EUR</span></div></div>`],
    ['an MUI outlined TextField with an InputAdornment', (label, value) => `<div class="MuiFormControl-root MuiTextField-root"><label class="MuiInputLabel-root MuiInputLabel-shrink" for="f-a">${label}</label><div class="MuiInputBase-root MuiOutlinedInput-root MuiInputBase-adornedStart"><div class="MuiInputAdornment-root MuiInputAdornment-positionStart"><p class="MuiTypography-root">€</p></div><input id="f-a" class="MuiInputBase-input" readonly value="${value}"><fieldset aria-hidden="true" class="MuiOutlinedInput-notchedOutline"><legend><span>${label}</span></legend></fieldset></div></div>`],
  ];
  it.each(perLang(KITS))('%s', (_, k, amount) => {
    const l = LANGS[k];
    expect(reading(readDetail(`${storeBar(l)}<main>${form(l, amount)}</main>`, l.tag))).toEqual(DETAIL);
  });
});

// The lists of this probe's fixes read again after a row changes (an ID, an amount), and after a
// header's unit changes, as a fresh copy of them reads (the row memory keeps a row's values by its
// columns and their units).
describe('the lists above read again after a row changes, as a fresh copy of them reads (row memory)', () => {
  const CURRENCY = { en: 'GBP', de: 'CHF', sv: 'SEK', fi: 'EUR', nb: 'NOK', da: 'DKK' } as Record<Key, string>;
  const PAGES: [string, (l: Lang, k: Key) => [Lang, string]][] = [
    ['"Created (UTC)", "Respond by (UTC)"', (l) => [l, table(l, plain, (c) => (c === 'createdAt' || c === 'dueBy' ? `${l.labels[c]} (UTC)` : l.labels[c]))]],
    ['"Amount, EUR" over bare numbers', (l) => {
      const b = { ...l, rows: l.rows.map((r) => r.map((t, n) => (COLS[n] === 'amount' ? bare(t) : t))) };
      return [b, table(b, plain, (c) => (c === 'amount' ? `${l.labels.amount}, EUR` : l.labels[c]))];
    }],
    ['a currency column', (l) => {
      const b = { ...l, rows: l.rows.map((r) => r.map((t, n) => (COLS[n] === 'amount' ? bare(t) : t))) };
      return [b, table(b, (c, t) => (c === 'amount' ? `${t}</td><td>EUR` : t), (c) => (c === 'amount' ? `${l.labels.amount}</th><th>Currency` : l.labels[c]))];
    }],
    ['"Amount (…)" over amounts in that currency', (l, k) => {
      const b = { ...l, rows: l.rows.map((r, i) => r.map((t, n) => (COLS[n] === 'amount' ? new Intl.NumberFormat(l.tag, { style: 'currency', currency: CURRENCY[k] }).format(EXPECTED[i]!.amount.amountMinor / 100) : t))) };
      return [b, table(b, plain, (c) => (c === 'amount' ? `${l.labels.amount} (${CURRENCY[k]})` : l.labels[c]))];
    }],
    ['headers with a footnote\'s mark', (l) => [l, table(l, plain, (c) => `${l.labels[c]}¹`)]],
  ];
  it.each(perLang(PAGES))('%s', (_, k, page) => {
    const [l, html] = page(LANGS[k], k);
    const facts = readAfterRowChange(storeBar(l) + html, l, TZ);
    expect(facts.map((f) => f.amount)).toEqual([0, 0, 2].map((i) => expect.objectContaining({ amountMinor: EXPECTED[i]!.amount.amountMinor })));
  });
  it.each(KEYS)('a header\'s zone changed from CET to UTC between readings (%s)', (k) => {
    const l = LANGS[k];
    const doc = parse(storeBar(l) + table(l, plain, (c) => (c === 'dueBy' ? `${l.labels.dueBy} (CET)` : l.labels[c])), l.tag);
    const read = (d: Document) => readPortalPage(d, 'https://portal.kustom.co/disputes', { timeZone: TZ }).disputes.map((x) => x.facts);
    expect(read(doc)).toEqual(EXPECTED);
    const th = Array.from(doc.querySelectorAll('th')).find((h) => h.textContent!.includes('(CET)'))!;
    th.textContent = `${l.labels.dueBy} (UTC)`;
    const again = read(doc);
    expect(again).toEqual(read(parse(doc.body.innerHTML, l.tag)));
    expect(again.map((f) => f.dueBy)).toEqual(['2026-02-02T23:59:59.999Z', undefined, '2026-02-04T23:59:59.999Z']);
  });
});

// Pages this probe wrote that read right already, kept as guards: amounts grouped by a thin or a
// narrow no-break space, deadlines with a weekday, as ISO 8601 text with a time and an offset, in a
// <time> whose text is relative or has no year beside its exact datetime; cards that are links,
// each with a heading and "<p>Label: value</p>" lines; a table with a "Select all" checkbox, an
// actions column of "⋯" buttons, a totals row and the IDs in <th scope=row>; headers with a
// footnote's asterisk or <sup>; a card whose Status
// term names its status beside a menu of status words; a dispute's page as a table of <th> labels
// and <td> values above a timeline table of dates that are no deadlines.
describe('pages of this probe that read right already', () => {
  const day = (i: number) => [2, 0, 4][i]!;
  const fmt = (l: Lang, i: number, o: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(l.tag, { ...o, timeZone: 'UTC' }).format(new Date(Date.UTC(2026, 1, day(i), 12)));
  const due = (f: (l: Lang, t: string, i: number) => string) => (l: Lang): Show => (c, t, i) => (c === 'dueBy' && t !== '—' ? f(l, t, i) : t);
  const LISTS: [string, (l: Lang, k: Key) => string][] = [
    ['amounts grouped by a thin space (U+2009)', (l) => table(l, (c, t) => (c === 'amount' ? t.replace(/(\d)[.,\u00a0](\d{3})/, '$1\u2009$2') : t))],
    ['amounts grouped by a narrow no-break space (U+202F)', (l) => table(l, (c, t) => (c === 'amount' ? t.replace(/(\d)[.,\u00a0](\d{3})/, '$1\u202f$2') : t))],
    ['deadlines with a short weekday ("Mon, 2 Feb 2026", "ma 2. helmik. 2026")', (l) => table(l, due((l, _t, i) => fmt(l, i, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }))(l))],
    ['deadlines with a weekday, all numeric ("ma 2.2.2026")', (l) => table(l, due((l, _t, i) => fmt(l, i, { weekday: 'short', day: 'numeric', month: 'numeric', year: 'numeric' }))(l))],
    ['deadlines in dateStyle full', (l) => table(l, due((l, _t, i) => fmt(l, i, { dateStyle: 'full' }))(l))],
    ['deadlines as ISO 8601 text with a time and an offset', (l) => table(l, due((_l, _t, i) => `2026-02-0${day(i)}T23:59:59.999+01:00`)(l))],
    ['deadlines in a <time> reading "in 3 days", its datetime exact', (l) => table(l, due((_l, _t, i) => `<time datetime="2026-02-0${day(i)}">in 3 days</time>`)(l))],
    ['deadlines in a <time> showing no year, its datetime exact', (l) => table(l, due((l, _t, i) => `<time datetime="2026-02-0${day(i)}">${fmt(l, i, { day: 'numeric', month: 'short' })}</time>`)(l))],
    ['cards that are links, a heading and "<p>Label: value</p>" lines each', (l) => `<div>${[0, 1, 2].map((i) => `<a href="/disputes/${valueOf(l, i, 'id')}" style="display:block"><h3>${valueOf(l, i, 'id')}</h3>${COLS.map((c) => `<p>${l.labels[c]}: ${valueOf(l, i, c)}</p>`).join('')}</a>`).join('')}</div>`],
    ['a "Select all" checkbox, an actions column of "⋯" buttons, a totals row, the IDs in <th scope=row>', (l) =>
      table(l).replace('<tr><th>', '<tr><th><input type="checkbox" aria-label="Select all"></th><th>').replace(/<tr><td>(DP-\d+)<\/td>/g, '<tr><td><input type="checkbox" aria-label="Select row"></td><th scope="row">$1</th>')
        .replace(/<\/th><\/tr><\/thead>/, '</th><th><span class="sr-only">Actions</span></th></tr></thead>').replace(/<\/td><\/tr>/g, '</td><td style="position:sticky;right:0"><button aria-label="More actions">⋯</button></td></tr>')
        .replace('</tbody>', `<tr><td></td><td colspan="2">Total: ${valueOf(l, 2, 'amount')}</td><td></td><td></td><td></td><td></td><td></td></tr></tbody>`)],
    ['headers with a footnote\'s asterisk or <sup> ("Respond by*", "Amount<sup>1</sup>")', (l) => table(l, plain, (c) => (c === 'dueBy' ? `${l.labels.dueBy}*` : c === 'amount' ? `${l.labels.amount}<sup>1</sup>` : l.labels[c]))],
    ['cards whose Status term names the status, beside a menu of status words', (l, k) => `<ul>${[0, 1, 2].map((i) => `<li>${fields(l, i)}<div role="menu"><div role="menuitem">${STATUS_LABELS.won[k]}</div><div role="menuitem">${STATUS_LABELS.lost[k]}</div></div></li>`).join('')}</ul>`],
  ];
  it.each(perLang(LISTS))('a list, %s', (_, k, page) => {
    const l = LANGS[k];
    expect(reading(readList(storeBar(l) + page(l, k), l.tag))).toEqual(LIST);
  });
  it.each(KEYS)('a dispute\'s page, a table of <th> labels and <td> values above a timeline table of dates and events (%s)', (k) => {
    const l = LANGS[k];
    const timeline = `<table><thead><tr><th>Date</th><th>Event</th></tr></thead><tbody><tr><td>${valueOf(l, 1, 'createdAt')}</td><td>Evidence uploaded</td></tr><tr><td>${valueOf(l, 2, 'dueBy')}</td><td>Reminder sent</td></tr></tbody></table>`;
    expect(reading(readDetail(`${storeBar(l)}<main><table>${COLS.map((c) => `<tr><th>${l.labels[c]}</th><td>${valueOf(l, 0, c)}</td></tr>`).join('')}</table>${timeline}</main>`, l.tag))).toEqual(DETAIL);
  });
});
