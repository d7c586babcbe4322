// A dispute's shown values → DisputeFacts: each field through its parser, what cannot be read
// into problems (in plain words, naming the dispute).
import { readAmount } from './amount';
import { parseCountry } from './country';
import { namesZone, readDate } from './date';
import { centsOf, ELEMENT_NODE, machineDate, shownName, visibleText } from './dom';
import { isDateField, paymentMethodOfText, REASON_BY_KEY, statusOfText, type StatusValue } from './lexicon';
import type { Value } from './scan';
import { cleanNumberText, cleanText, CUT, labelKey, withoutTail } from './text';
import type { ReadDispute } from './types';
import { disputeProblem, setValue, type Draft } from './draft';
import { BADGE_WORDS, EMPTY_VALUES, FIELD_LABELS, type FieldKey } from './vocabulary';

export function isEmptyValue(text: string): boolean {
  return EMPTY_VALUES.includes(text);
}

export function idFrom(text: string): string {
  // (a number sign before it, "#DP-1001", as lists number their entries, is no part of it)
  // (a typographic dash, a non-breaking hyphen that keeps "DP‑1001" on one line, is the ID's hyphen)
  const t = cleanNumberText(text).replace(/^#/, '');
  // an id cell with a "copy" button, an icon label or words for screen readers beside it ("DP-1
  // Copy", "DP-1(opens in a new tab)", "DP-1, opens in a new tab"): the token with a digit in it, up
  // to a parenthesis or comma, else one with a dash or underscore and a capital ("dp_AbCdEf Copy";
  // "content_copy" is a ligature)
  return ((t.includes(' ') && (/[^\s(,]*\d[^\s(,]*/.exec(t) ?? /\S*(?:[-_]\S*[A-Z]|[A-Z]\S*[-_])\S*/.exec(t))?.[0]) || t).slice(0, 200);
}

/**
 * A value that could not be read, and why, by its field's English label: "the amount could not be
 * read: …", a date's "the respond by date could not be read: it is hidden" (reader.ts readRow too).
 */
export const unreadValue = (field: FieldKey, why: string) =>
  `the ${String(FIELD_LABELS[field].en).toLowerCase()}${isDateField(field) ? ' date' : ''} could not be read: ${why}`;

export interface Ctx {
  intl: string | null;
  timeZone: string | undefined;
  problems: string[];
  /** the orders of day and month the page's numeric dates prove (reader.ts; date.ts orderShown) */
  proofs?: string;
}


export function buildDispute(d: Draft, ctx: Ctx, pageStore: string | null, statusFallback: StatusValue | null): ReadDispute {
  const facts: ReadDispute['facts'] = { id: d.id };
  const out: ReadDispute = { facts, anchor: d.anchor };
  // (only a list row's draft is kept, and its id is its ID cell's)
  if (d.kept) out.cell = d.values.get('id')!.el!;
  // (without an info mark after it, its tooltip's trigger: "€120.50 ⓘ", "2 Feb 2026 (?)")
  const text = (f: FieldKey) => {
    const v = d.values.get(f);
    const t = v && withoutTail(v.text);
    return t && !isEmptyValue(t) ? { ...v!, text: t } : null;
  };
  const short = (t: string) => cleanText(t).slice(0, 200);
  const problem = (said: string) => ctx.problems.push(disputeProblem(d.id, said));

  const order = text('orderId');
  if (order) facts.orderId = idFrom(order.text);
  const ref = text('merchantReference');
  if (ref) facts.merchantReference = short(ref.text);

  const amount = text('amount');
  if (amount) {
    // (not where two digits after its units may be its cents or its last digits: dom.ts centsOf;
    // asked only of a text showing no decimals, "€12050", "€120 50", not of "€120.50". Said as the
    // merchant sees it: one number, "€12050", that may end in its cents, not amount.ts's "holds
    // more than one number")
    const r = !/[.,]\d\d(?!\d)/.test(amount.text) && unsureCents(amount.el) ? { ok: false as const, problem: `"${amount.text}" may end in cents` } : firstReadable(amount, (t) => readAmount(t, ctx.intl));
    // (readAmount's own copy) A dispute's amount shown as a debit ("−€12.50", "(€12.50)") is
    // the amount disputed, €12.50: with its sign, the exposure said the merchant would gain it.
    if (r.ok) (facts.amount = r.money).amountMinor = Math.abs(r.money.amountMinor);
    else problem(unreadValue('amount', r.problem));
  }

  const statusV = text('status');
  let status: StatusValue | null = null;
  if (statusV) {
    // (its parts too: an icon font's ligature before the word, "<i>schedule</i> Response required";
    // its elements before the words of its text, "Lost<br><small>Was: Under review</small>": the
    // status shown first, not one its sub-text names, which read a lost dispute as under review)
    status =
      firstReadable(statusV, (t) => {
        const value = statusOfText(t);
        return { ok: !!value, value };
      }).value ?? statusInParts(statusV.text);
    if (!status) problem(`the status "${short(statusV.text)}" is not one the reader knows`);
  }
  status ??= statusFallback ?? statusAfterId(text('id')?.text, d.id);
  if (status) {
    facts.status = status.status;
    if (status.outcome) out.outcome = status.outcome;
  }

  const method = text('paymentMethod');
  if (method) {
    // (with the name of its logo: "<img alt=Visa> •••• 4242", "<svg role=img …><title>Visa</title></svg> Card")
    const m = paymentMethodOfText(`${method.text} ${shownName(method.el?.querySelector('img,[role=img],title'))}`);
    if (m) {
      facts.provider = m.provider;
      if (m.network) facts.network = m.network;
    } else problem(`the payment method "${short(method.text)}" is not one the reader knows`);
  }

  const code = text('networkReasonCode');
  if (code) facts.networkReasonCode = short(code.text);
  const reason = text('reason');
  // a reason of the vocabulary in its spelling: the value as a whole, else its part that is one
  // ("Fraudulent<br><small>Network reason code: 10.4</small>"); else the value as shown
  if (reason) facts.reason = firstReadable(reason, knownReason).value ?? short(reason.text);
  else if (facts.networkReasonCode) facts.reason = facts.networkReasonCode;

  // (a call for each: a loop over pairs would allocate its arrays and their iterators every row)
  const date = (field: 'createdAt' | 'dueBy', endOfDay: boolean) => {
    const v = text(field);
    if (!v) return;
    // (the merchant's zone and what the page's numeric dates prove: ctx's, those two alone; not
    // ctx spread, a copy of its every field for each date read)
    const opts = { timeZone: ctx.timeZone, proofs: ctx.proofs, endOfDay, zone: v.zone };
    // (the machine-readable date, if any: an empty one is no date)
    const m = readDate(machineDate(v.el) || '', ctx.intl, opts);
    // (a part of it alone only where no other part names a zone: "2 Feb 2026<br><small>MSK</small>")
    let r = m.ok && m.hasTime ? m : firstReadable(v, (t) => readDate(t, ctx.intl, opts), zoneAfterDate);
    // (a machine date of the day alone, "<time datetime=2026-02-02>2 Feb 2026, 14:00</time>": the
    // time shown that day, not the day's end; a day shown otherwise, or none, the machine's)
    let gap;
    if (m.ok && !(r.ok && r.hasTime && (gap = Date.parse(m.iso) - Date.parse(r.iso)) >= 0 && gap < 864e5)) r = m;
    // (else an aria-label in or on the value that is a date, as MUI's Tooltip names the element
    // showing "in 10 days": after the value's own title and its shown text, not before, which an
    // icon's "Info" beside a titled cell, or its other date beside the date shown, would have been)
    if (!r.ok && v.el) r = [...v.el.querySelectorAll('[aria-label]'), v.el].map((e) => readDate(e.getAttribute('aria-label') || '', ctx.intl, opts)).find((d) => d.ok) ?? r;
    if (r.ok) facts[field] = r.iso;
    else problem(unreadValue(field, r.problem));
  };
  date('createdAt', false);
  date('dueBy', true);

  const country = text('buyerCountry');
  if (country) {
    const c = parseCountry(country.text, ctx.intl);
    if (c) facts.buyerCountry = c;
    else problem(`the buyer country "${short(country.text)}" is not a country the reader knows`);
  }

  const store = text('store');
  const storeId = store ? storeText(store.text) : pageStore;
  if (storeId) facts.storeId = storeId;
  return out;
}

/** A dispute as built from a row's values, kept with the row (row-memo.ts) for the next reading. */
export interface Built {
  values: Map<FieldKey, Value>;
  /** the reading's language, zone and store (buildDisputeOnce) */
  key: string;
  fallback: StatusValue | null;
  out: ReadDispute;
  problems: string[];
}

/**
 * A status after the ID in the ID's own text, all that text shows besides it ("Dispute ID: DP-1001
 * · Won", a card's or a <summary>'s title), for a dispute that shows no status elsewhere; not a
 * word of a note run on after the ID.
 */
function statusAfterId(idText: string | undefined, id: string): StatusValue | null {
  return statusOfText(idText?.replace(id, '').replace(/^\P{L}+/u, '') ?? '');
}

/**
 * buildDispute, answered from the last reading where nothing it depends on changed: the same
 * values (a row kept by row-memo.ts gives its draft its own Map of them, unchanged while its cells
 * are, and so its id), language, zone and store (`key`, one per reading) and status. A kept answer
 * is copied, so a caller changing one reading changes no other.
 */
export function buildDisputeOnce(d: Draft, ctx: Ctx, pageStore: string | null, statusFallback: StatusValue | null, key: string): ReadDispute {
  let b = d.kept?.built;
  if (b && b.key === key && b.values === d.values && b.fallback === statusFallback) ctx.problems.push(...b.problems);
  else {
    const from = ctx.problems.length;
    const out = buildDispute(d, ctx, pageStore, statusFallback);
    // (nowhere to keep it: not a list row's, so this reading's own)
    if (!d.kept) return out;
    d.kept.built = b = { values: d.values, key, fallback: statusFallback, out, problems: ctx.problems.slice(from) };
  }
  const { out } = b;
  const facts = { ...out.facts };
  if (facts.amount) facts.amount = { ...facts.amount };
  return { ...out, facts };
}

/**
 * A part of a date's value that may name its zone (date.ts namesZone: two to five capitals, "MSK";
 * a zone's long name or a text shaped as one, "Martian Standard Time"), so that the date is never
 * read without it; not a word of the page's language in capitals the reader knows, which names
 * none: a badge's ("NEW", "NEU", "UUSI": vocabulary BADGE_WORDS) or a status of the vocabulary
 * ("WON", "TAPT"). A zone's name Intl prints is read with the whole value before this is asked
 * ("2 Feb 2026<span>CET</span>", "<small>Moscow Standard Time</small>").
 */
const zoneAfterDate = (t: string) => namesZone(t) && !statusOfText(t) && !BADGE_WORDS.includes(t.replace(/[()]/g, '').toLowerCase());

/**
 * The value as a whole, else its first part that reads: "€12.00 <small>of €20.00</small>",
 * "19.01.26, 11:00 <small>3 days ago</small>"; no part where a part is `kept` (a date's zone). The
 * whole value's problem is the one reported.
 */
function firstReadable<R extends { ok: boolean }>(v: Value, read: (text: string) => R, kept?: (text: string) => boolean): R {
  const whole = read(v.text);
  return (!whole.ok && v.el && !(kept && hasPart(v.el, kept)) && partReadable(v.el, read)) || whole;
}

/**
 * An amount's element, or one inside it, of two digits that may be its cents or its last digits
 * (dom.ts centsOf: "€120<mark>50</mark>", "€120 <span>50</span>"): the amount is not read, nor a part
 * of it ("€120"). Two numbers drawn alike, as "€120 50" shows them.
 */
const unsureCents = (el: Element | null) => el && [el, ...el.querySelectorAll('*')].some((e) => centsOf(e) === false);

/** Whether a text node in the element is one that no reading may drop. */
const hasPart = (el: Node, kept: (text: string) => boolean): boolean =>
  el.nodeType === ELEMENT_NODE ? [...el.childNodes].some((n) => hasPart(n, kept)) : kept(cleanText(el.textContent!));

/**
 * The first part of an element that reads, at any depth: a badge's words for screen readers
 * before its label ("<span><span class=visually-hidden>Attention </span><span>Won</span></span>").
 */
function partReadable<R extends { ok: boolean }>(el: Element, read: (text: string) => R): R | undefined {
  if (el.childElementCount === 0) return;
  for (let n = el.firstChild; n; n = n.nextSibling) {
    const t = cleanText(visibleText(n));
    if (!t) continue;
    const part = read(t);
    if (part.ok) return part;
    const deeper = n.nodeType === ELEMENT_NODE && partReadable(n as Element, read);
    if (deeper) return deeper;
  }
}

/**
 * "Closed · Partially won", "Won (12 Mar)", "● Under review", "Won ✓": a status word among other
 * words, split at anything that is no letter, digit, space or underscore (slugs have them).
 */
function statusInParts(text: string): StatusValue | null {
  for (const part of text.split(/[^\p{L}\p{N}\s_]+/u)) {
    const hit = part && statusOfText(part);
    if (hit) return hit;
  }
  return null;
}

function knownReason(text: string): { ok: boolean; value?: string } {
  const value = REASON_BY_KEY.get(labelKey(text));
  return { ok: !!value, value };
}

export function storeText(text: string): string | null {
  const t = cleanText(text).replace(/[\s▾▼⌄⌵˅∨›»]+$/u, '').slice(0, 200);
  // an ID, as a dispute's: not a picker's "All stores", "Alle Shops" or "Select a store" (no single store)
  return ID_LIKE.test(t) ? t : null;
}

/**
 * What every ID has (a dispute's, a store's): a digit, an underscore, a dash after a letter or digit
 * ("Malmö-Syd"), or a lower-case letter before a capital (a random ID of letters only: "AbCdEfGh").
 * Words ("Total", "All stores", a filter's "Any") have none, nor dashes alone ("—", "--"); an ID of
 * capitals or small letters alone ("QXJPRMTW") neither (reader.ts disputesFromPairs reads it).
 */
export const ID_LIKE = /\d|_|[\p{L}\d]-|\p{Ll}\p{Lu}/u;

/**
 * An ID shown as a link whose text has no digit ("View", "Öffnen", an icon font's ligature
 * "open_in_new", whose underscore an ID may have): the link's name (aria-label, title), what a
 * screen reader says and a hover shows, where that is an ID. Else the text shown.
 */
export function shownId(text: string, el: Element | null | undefined): string {
  // An ID cut short with an ellipsis ("DP-10…": a grid's fixed width, a long ID's short form):
  // whole in the title or name shown on hover that begins with its letters, of an element showing
  // it (not a link beside it to another dispute, "<a title=DP-1003>↗</a>"); else as shown, cut
  // (reader.ts reports it)
  const id = idFrom(text);
  const cut = CUT.exec(id)?.[1];
  if (cut) {
    for (const e of el ? [el, ...el.querySelectorAll('[title],[aria-label]')] : []) {
      for (const t of e.textContent!.includes(id) ? [e.getAttribute('title'), e.getAttribute('aria-label')] : []) if (t?.startsWith(cut) && !CUT.test(t)) return t;
    }
    return text;
  }
  const name = /\d/.test(text) ? '' : shownName(el?.querySelector('a[aria-label],a[title]'));
  return ID_LIKE.test(name) ? name : text;
}

