// readPortalPage: a portal page → the disputes on it, read the way a person reads them — from the
// visible labels and values, never from class names, ids or one markup (portal-vocabulary.md).
//
// One pass over the text nodes finds every vocabulary text (field labels, tabs, statuses, the
// section title). Labels then find their values: column headers map the cells of each row below
// them; `label: value` in one text node; a label followed by its value (sibling nodes, the next
// cell, dd after dt, the control a <label> names). A dispute is the largest element holding
// exactly one dispute ID; everything labelled inside it belongs to it.
import type { DisputeFacts, Network, Outcome, PortalTab, Provider } from '../rules/types';
import { readAmount } from './amount';
import { parseCountry } from './country';
import { readDate } from './date';
import {
  BLOCK_TAGS,
  cellsByColumn,
  columnCount,
  columnOf,
  controlText,
  ELEMENT_NODE,
  isHidden,
  machineDate,
  TEXT_NODE,
  visibleText,
} from './dom';
import {
  fieldOfKey,
  isSectionTitleKey,
  mayBeVocabulary,
  MAX_LABEL_LENGTH,
  paymentMethodOfText,
  portalLangOfTag,
  portalLocaleOf,
  reasonOfText,
  statusOfKey,
  tabOfText,
  type StatusValue,
} from './lexicon';
import { cleanText, labelKey } from './text';
import { EMPTY_VALUES, FIELD_LABELS, type FieldKey, type PortalLang } from './vocabulary';

// ---- contract -------------------------------------------------------------------------------

export interface ReadOptions {
  /** the merchant's zone for dates the page shows without one (default: the runtime's) */
  timeZone?: string;
}

/** contract (architecture.md); `tab`, `tabCounts` added */
export interface PortalReading {
  page: 'dispute_list' | 'dispute_detail' | 'unknown';
  storeId: string | null;
  locale: string | null;
  /** in page order */
  disputes: ReadDispute[];
  /** what could not be read, in plain words; never thrown */
  problems: string[];
  /** the list tab shown as selected, where the page marks one */
  tab: PortalTab | 'all' | null;
  /** the counters shown on the list tabs */
  tabCounts: Partial<Record<PortalTab | 'all', number>>;
}

/** contract; `outcome` and `networkReasonCode` added */
export interface ReadDispute {
  facts: Partial<DisputeFacts> & { id: string };
  /** the row, card or panel the dispute was read from */
  anchor: Element;
  /** closed disputes: Won, Partially won, Accepted or Lost, as the page shows it */
  outcome?: Outcome;
  /** a card network's reason code shown under its own label ("13.1", "4855") */
  networkReasonCode?: string;
}

// ---- what the pass over the page finds --------------------------------------------------------

interface Hit {
  key: string;
  langs: PortalLang[];
  node: Node;
  order: number;
}
interface LabelHit extends Hit {
  field: FieldKey;
  /** the element that holds the label and nothing else */
  box: Element;
  /** `label: value` in one text node, or an aria-label on the value itself */
  inline: boolean;
  value: Value | null;
  header: boolean;
}
interface Value {
  text: string;
  el: Element | null;
  /** `label: value` in one text node: the value may go on in the nodes after it */
  rest?: boolean;
}
interface TabHit extends Hit {
  tab: PortalTab | 'all';
  count: number | null;
}
interface StatusHit extends Hit {
  status: StatusValue;
}

interface Scan {
  labels: LabelHit[];
  tabs: TabHit[];
  statuses: StatusHit[];
  sectionLangs: PortalLang[][];
  /** every element holding a label text */
  labelHolders: Set<Element>;
  textNodes: number;
}

const MAX_TEXT_FOR_LOOKUP = MAX_LABEL_LENGTH + 24;

/** Where text is never visible page text: scripts, styles, form internals, hidden subtrees. */
const INVISIBLE =
  'script,style,noscript,template,svg,select,textarea,title,[hidden],[style*="display:none"],[style*="display: none"],[style*="visibility:hidden"],[style*="visibility: hidden"]';
// the same, cheap to match (substring selectors on every element are not): inline styles are
// checked in JS on the few elements that have one
const INVISIBLE_CHEAP = 'script,style,noscript,template,svg,select,textarea,title,[hidden],[style]';

const INVISIBLE_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'svg', 'SVG', 'SELECT', 'TEXTAREA', 'TITLE']);

/**
 * Whether an element's text is visible. The page's invisible subtrees are found once with one
 * native query; a candidate is then checked against those few with native `contains`.
 */
function visibility(root: Element): (el: Element) => boolean {
  const hidden = Array.from(root.querySelectorAll(INVISIBLE_CHEAP)).filter(
    (el) => !el.hasAttribute('style') || INVISIBLE_TAGS.has(el.tagName) || isHidden(el),
  );
  if (hidden.length > 48) {
    // many hidden bits (a tooltip per row): ask each candidate's ancestors once, natively
    const known = new Map<Element, boolean>();
    return (el) => {
      let v = known.get(el);
      if (v === undefined) known.set(el, (v = el.closest(INVISIBLE) === null));
      return v;
    };
  }
  const top = hidden.filter((el) => !hidden.some((other) => other !== el && other.contains(el)));
  return (el) => {
    for (const h of top) if (h.contains(el)) return false;
    return true;
  };
}

function scan(root: Element): Scan {
  const s: Scan = { labels: [], tabs: [], statuses: [], sectionLangs: [], labelHolders: new Set(), textNodes: 0 };
  let order = 0;
  const markHolders = (from: Element | null) => {
    for (let el = from; el && !s.labelHolders.has(el); el = el.parentElement) s.labelHolders.add(el);
  };
  const visible = visibility(root);
  // A native walk over text nodes; only the few that may be vocabulary are looked at closer.
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const raw = (node as Text).data;
    if (!s.textNodes && /\S/.test(raw)) s.textNodes++;
    if (!mayBeVocabulary(raw)) continue;
    const parent = node.parentElement;
    if (!parent || !visible(parent)) continue;
    s.textNodes++;
    const before = s.labels.length;
    textHit(node as Text, s, order++);
    if (s.labels.length > before) markHolders(parent);
  }
  for (const el of Array.from(root.querySelectorAll('[aria-label]'))) {
    const aria = el.getAttribute('aria-label') ?? '';
    if (aria.length > MAX_TEXT_FOR_LOOKUP * 2 || !mayBeVocabulary(aria)) continue;
    if (!(el.tagName === 'SELECT' ? !isHidden(el) && (!el.parentElement || visible(el.parentElement)) : visible(el))) continue;
    ariaHit(el, aria, s, order++);
  }
  return s;
}

function textHit(node: Text, s: Scan, order: number): void {
  const raw = node.data;
  const colon = raw.indexOf(':');
  if (raw.length > MAX_TEXT_FOR_LOOKUP && (colon < 0 || colon > MAX_TEXT_FOR_LOOKUP)) return;
  const key = labelKey(raw);
  if (!key) return;
  const parent = node.parentElement;
  if (!parent) return;
  const field = fieldOfKey(key);
  if (field) {
    s.labels.push({ key, langs: field.langs, node, order, field: field.value, box: parent, inline: false, value: null, header: false });
    return;
  }
  if (colon > 0) {
    const prefix = labelKey(raw.slice(0, colon));
    const inline = fieldOfKey(prefix);
    if (inline) {
      const rest = cleanText(raw.slice(colon + 1));
      s.labels.push({
        key: prefix,
        langs: inline.langs,
        node,
        order,
        field: inline.value,
        box: parent,
        inline: rest !== '',
        value: rest !== '' ? { text: rest, el: parent, rest: true } : null,
        header: false,
      });
      return;
    }
  }
  const status = statusOfKey(key);
  if (status) s.statuses.push({ key, langs: status.langs, node, order, status: status.value });
  const tab = tabOfText(key);
  if (tab) s.tabs.push({ key, langs: tab.langs, node, order, tab: tab.tab, count: tab.count });
  const section = isSectionTitleKey(key);
  if (section) s.sectionLangs.push(section.langs);
}

/** `<td aria-label="Amount">€12</td>`, `<select aria-label="Store ID (MID)">`, "Dispute ID: DP-1". */
function ariaHit(el: Element, aria: string, s: Scan, order: number): void {
  const colon = aria.indexOf(':');
  const key = labelKey(aria);
  const field = fieldOfKey(key) ?? (colon > 0 ? fieldOfKey(labelKey(aria.slice(0, colon))) : undefined);
  if (!field) return;
  const inlineText = colon > 0 && !fieldOfKey(key) ? cleanText(aria.slice(colon + 1)) : '';
  const text = inlineText || cleanText(controlText(el) ?? visibleText(el));
  if (!text || fieldOfKey(labelKey(text))) return;
  s.labels.push({ key, langs: field.langs, node: el, order, field: field.value, box: el, inline: true, value: { text, el }, header: false });
}

// ---- labels → values ------------------------------------------------------------------------

/** Climbs from a label's parent while the ancestor shows nothing but the label. */
function labelBox(hit: LabelHit, root: Element): Element {
  let box = hit.box;
  for (let i = 0; i < 6; i++) {
    const up = box.parentElement;
    if (!up || up === root) break;
    // a wrapper around the label alone; an element with several others holds more than the label
    if (up.childElementCount > 2) break;
    const text = up.textContent ?? '';
    if (text.length > hit.key.length * 2 + 16 || labelKey(text) !== hit.key) break;
    box = up;
  }
  return box;
}

function isColumnHeader(box: Element): boolean {
  const role = box.getAttribute('role');
  if (role === 'columnheader') return true;
  if (box.tagName === 'TD') return box.parentElement?.parentElement?.tagName === 'THEAD';
  if (box.tagName !== 'TH') return box.parentElement?.getAttribute('role') === 'columnheader';
  if (box.getAttribute('scope') === 'col' || box.closest('thead')) return true;
  const row = box.parentElement;
  if (!row || row.childElementCount < 2) return false;
  for (let c = row.firstElementChild; c; c = c.nextElementSibling) if (c.tagName !== 'TH') return false;
  return true;
}

function valueOf(el: Element | null): Value | null {
  if (!el) return null;
  const text = cleanText(visibleText(el));
  return text ? { text, el } : null;
}

/**
 * Text after a label (its text node, or its element) among its siblings: up to a line break, the
 * next label, or the end of the first block-level element ("<dt>…</dt><dd>value</dd>",
 * "Amount: 1 234,50 <abbr>kr</abbr>", "<span>Amount</span> €12 <small>…</small>").
 */
function textAfter(node: Node, s: Scan): { text: string; first: Element | null } {
  let text = '';
  let first: Element | null = null;
  for (let n = node.nextSibling; n; n = n.nextSibling) {
    if (n.nodeType === ELEMENT_NODE) {
      const el = n as Element;
      const hasText = /\S/.test(text);
      if (el.tagName === 'BR') {
        if (hasText) break;
        continue;
      }
      if (s.labelHolders.has(el)) break;
      const block = BLOCK_TAGS.has(el.tagName);
      if (block && hasText) break;
      const t = visibleText(el);
      if (/\S/.test(t)) first ??= el;
      text += t;
      if (block && /\S/.test(t)) break;
    } else if (n.nodeType === TEXT_NODE) {
      if (isLabelNode(n)) break;
      text += (n as Text).data;
    }
  }
  return { text: cleanText(text), first };
}

/** The value beside a label that stands alone in its element. */
function resolveValue(hit: LabelHit, s: Scan, root: Element): Value | null {
  // 1. the label text is followed by more nodes in the same element: "Shop-ID (MID): <strong>M-1</strong>"
  const after = textAfter(hit.node, s);
  if (after.text) return { text: after.text, el: after.first ?? hit.box };

  // 2. the label's element stands alone: its value is the next cell, dd, control or sibling
  const box = hit.box;
  const tag = box.tagName;
  if (tag === 'LABEL') {
    const id = box.getAttribute('for');
    const control = id ? box.ownerDocument.getElementById(id) : box.querySelector('select,input,output,textarea');
    if (control) return valueOf(control);
  }
  if (tag === 'DT') {
    for (let n = box.nextElementSibling; n; n = n.nextElementSibling) {
      if (n.tagName === 'DD') return valueOf(n);
      if (n.tagName === 'DT') break;
    }
    return null;
  }
  if (box !== hit.node.parentElement || hit.node.nextSibling === null) {
    const next = textAfter(box, s);
    if (next.text) return { text: next.text, el: next.first ?? box.parentElement };
  }
  // a caption under its value ("€12.50" above "Amount") in a two-part element
  const parent = box.parentElement;
  if (parent && parent !== root && parent.childElementCount === 2 && !box.nextSibling) {
    const other = box.previousElementSibling;
    if (other && !s.labelHolders.has(other)) return valueOf(other);
  }
  return null;
}

function isLabelNode(n: Node): boolean {
  const raw = (n as Text).data;
  if (raw.length > MAX_TEXT_FOR_LOOKUP) return false;
  const key = labelKey(raw);
  if (fieldOfKey(key)) return true;
  const colon = raw.indexOf(':');
  return colon > 0 && fieldOfKey(labelKey(raw.slice(0, colon))) !== undefined;
}

// ---- column headers ---------------------------------------------------------------------------

interface HeaderGroup {
  row: Element;
  columns: Map<number, FieldKey>;
  rows: Element[];
}

/**
 * Rows like `row` (same tag, same number of columns) after it: its siblings, else the children of
 * its following siblings (a header row then a body), else of its parent's (thead, then tbody).
 */
function rowsLike(row: Element): Element[] {
  const width = columnCount(row);
  const same = (el: Element) => el.tagName === row.tagName && columnCount(el) === width;
  const out: Element[] = [];
  for (let n = row.nextElementSibling; n; n = n.nextElementSibling) if (same(n)) out.push(n);
  if (out.length > 0) return out;
  for (const start of [row.nextElementSibling, row.parentElement?.nextElementSibling ?? null]) {
    for (let p = start; p; p = p.nextElementSibling) {
      for (let n = p.firstElementChild; n; n = n.nextElementSibling) if (same(n)) out.push(n);
    }
    if (out.length > 0) return out;
  }
  return out;
}

/**
 * A header in a table of its own (sticky headers): the rows of the next table after it, within a
 * few levels, with as many columns.
 */
function rowsOfNextTable(headerRow: Element): Element[] {
  const table = headerRow.closest('table');
  const width = columnCount(headerRow);
  let level: Element | null = table;
  for (let depth = 0; level && depth < 4; depth++, level = level.parentElement) {
    for (let n = level.nextElementSibling; n; n = n.nextElementSibling) {
      const next = n.tagName === 'TABLE' ? n : n.querySelector('table');
      if (!next) continue;
      const rows = Array.from(next.querySelectorAll('tr')).filter((r) => r.closest('table') === next && columnCount(r) === width);
      if (rows.length > 0) return rows;
    }
  }
  return [];
}

/** Body rows of a table whose header row is `headerRow`, whatever their width (broken rows are reported). */
function tableRows(headerRow: Element): Element[] {
  const table = headerRow.closest('table');
  if (!table) return [];
  const out: Element[] = [];
  const allHeaders = (tr: Element) => {
    for (let c = tr.firstElementChild; c; c = c.nextElementSibling) if (c.tagName !== 'TH') return false;
    return true;
  };
  const collect = (container: Element) => {
    for (let n = container.firstElementChild; n; n = n.nextElementSibling) {
      if (n.tagName === 'TR') {
        if (n !== headerRow && !allHeaders(n)) out.push(n);
      } else if (n.tagName === 'TBODY' || n.tagName === 'TFOOT') collect(n);
    }
  };
  collect(table);
  return out;
}

/** Cell of a row that holds `box` (the row's child on the way up). */
function cellIn(row: Element, box: Element): Element | null {
  let el: Element | null = box;
  while (el && el.parentElement !== row) el = el.parentElement;
  return el;
}

function findHeaderGroups(labels: LabelHit[], s: Scan): HeaderGroup[] {
  const byRow = new Map<Element, LabelHit[]>();
  for (const h of labels) {
    if (h.inline) continue;
    const cellRow =
      h.box.tagName === 'TH' || h.box.tagName === 'TD'
        ? h.box.parentElement
        : h.box.getAttribute('role') === 'columnheader'
          ? (h.box.closest('[role="row"]') ?? h.box.parentElement)
          : h.box.parentElement;
    if (!cellRow) continue;
    let list = byRow.get(cellRow);
    if (!list) byRow.set(cellRow, (list = []));
    list.push(h);
  }
  const groups: HeaderGroup[] = [];
  for (const [row, hits] of byRow) {
    const declared = hits.some((h) => isColumnHeader(h.box));
    if (!declared && hits.length < 2) continue;
    const isTableRow = row.tagName === 'TR';
    let rows = isTableRow && declared ? tableRows(row) : rowsLike(row);
    if (rows.length === 0 && isTableRow) rows = rowsOfNextTable(row);
    // labels side by side with no rows like theirs after them: one dispute's fields (cards, panels)
    if (!declared && rows.length === 0) continue;
    const cells = hits.map((h) => cellIn(row, h.box));
    if (cells.some((c) => !c)) continue;
    const columns = new Map<number, FieldKey>();
    cells.forEach((c, i) => {
      const col = columnOf(c!);
      if (!columns.has(col)) columns.set(col, hits[i]!.field);
    });
    if (!declared) {
      // Without <th>/columnheader: a header row only if rows below it show values, not labels,
      // where it shows labels — and it is not a label/value/label/value run with one such row.
      const dataRows = rows.filter((r) => {
        const byCol = cellsByColumn(r);
        return [...columns.keys()].every((col) => {
          const cell = byCol[col];
          return cell !== undefined && !s.labelHolders.has(cell);
        });
      });
      if (dataRows.length === 0) continue;
      if (dataRows.length < 2 && alternates(row, s)) continue;
      groups.push({ row, columns, rows: dataRows });
    } else groups.push({ row, columns, rows });
    for (const h of hits) h.header = true;
  }
  return groups;
}

/** label, value, label, value, …: the pattern of one dispute's fields, not of a header row. */
function alternates(row: Element, s: Scan): boolean {
  let i = 0;
  let labelParity = -1;
  for (let c = row.firstElementChild; c; c = c.nextElementSibling, i++) {
    const isLabel = s.labelHolders.has(c);
    if (isLabel) {
      if (labelParity === -1) labelParity = i % 2;
      else if (i % 2 !== labelParity) return false;
    } else if (labelParity !== -1 && i % 2 === labelParity) return false;
  }
  return labelParity !== -1;
}

// ---- the page ---------------------------------------------------------------------------------

interface Draft {
  id: string;
  anchor: Element;
  values: Map<FieldKey, Value>;
  /** values read through column headers: a label inside the cell says it more exactly */
  fromColumns: Set<FieldKey>;
  order: number;
}

function urlHint(url: string): 'list' | 'detail' | 'other' {
  let path = url;
  try {
    const u = new URL(url);
    path = u.pathname + (u.hash.startsWith('#/') ? u.hash.slice(1) : '');
  } catch {
    /* a bare path */
  }
  const parts = path.split('/').filter(Boolean);
  const at = parts.findIndex((p) => /disput/i.test(p));
  if (at < 0) return 'other';
  return at === parts.length - 1 ? 'list' : 'detail';
}

const supported = new Map<string, boolean>();
function supportedTag(tag: string): boolean {
  let ok = supported.get(tag);
  if (ok === undefined) {
    try {
      ok = Intl.DateTimeFormat.supportedLocalesOf([tag]).length > 0 && Intl.getCanonicalLocales(tag).length > 0;
    } catch {
      ok = false;
    }
    supported.set(tag, ok);
  }
  return ok;
}

function pickLocale(doc: Document, s: Scan, problems: string[]): { lang: PortalLang | null; intl: string | null } {
  const tag = doc.documentElement?.getAttribute('lang')?.trim() || null;
  const fromTag = portalLangOfTag(tag);
  if (fromTag) {
    let intl = portalLocaleOf(fromTag);
    // The page's own regional variant ("en-US", "de-AT") for its dates and numbers; a bare
    // language ("en") means the portal's own (en-GB), not Intl's default region for it.
    if (tag && /^[a-z]{2,3}[-_][a-z]{2}\b/i.test(tag) && supportedTag(tag)) intl = tag;
    return { lang: fromTag, intl };
  }
  const score = new Map<PortalLang, number>();
  const count = (langs: PortalLang[]) => {
    for (const l of langs) score.set(l, (score.get(l) ?? 0) + 1 / langs.length);
  };
  s.labels.forEach((h) => count(h.langs));
  s.sectionLangs.forEach(count);
  s.statuses.forEach((h) => h.langs.length > 0 && count(h.langs));
  s.tabs.forEach((h) => count(h.langs));
  const ranked = [...score.entries()].sort((a, b) => b[1] - a[1]);
  const best = ranked[0];
  if (tag) {
    problems.push(
      best
        ? `The page says its language is "${tag}", which is not a portal language; it was read by its labels (${portalLocaleOf(best[0])}).`
        : `The page's language "${tag}" is not one of the portal's languages.`,
    );
  }
  if (!best) return { lang: null, intl: null };
  if (ranked[1] && Math.abs(ranked[1][1] - best[1]) < 1e-9) {
    const tied = ranked.filter((r) => Math.abs(r[1] - best[1]) < 1e-9).map((r) => portalLocaleOf(r[0]));
    problems.push(`The page's language could be ${tied.join(' or ')}; its labels do not tell which.`);
    return { lang: null, intl: null };
  }
  return { lang: best[0], intl: portalLocaleOf(best[0]) };
}

function isEmptyValue(text: string): boolean {
  return EMPTY_VALUES.includes(text);
}

const ID_TOKEN = /\S*\d\S*/;
function idFrom(text: string): string {
  const t = cleanText(text);
  if (!t.includes(' ')) return t.slice(0, 200);
  // an id cell with a "copy" button or an icon label beside it: the token with a digit in it
  return (ID_TOKEN.exec(t)?.[0] ?? t).slice(0, 200);
}

interface Ctx {
  intl: string | null;
  timeZone: string | undefined;
  problems: string[];
}

function who(d: Draft): string {
  return `Dispute ${d.id}`;
}

function fieldName(field: FieldKey): string {
  return String(FIELD_LABELS[field].en).toLowerCase();
}

function buildDispute(d: Draft, ctx: Ctx, pageStore: string | null, statusFallback: StatusValue | null): ReadDispute {
  const facts: ReadDispute['facts'] = { id: d.id };
  const out: ReadDispute = { facts, anchor: d.anchor };
  const text = (f: FieldKey) => {
    const v = d.values.get(f);
    return v && !isEmptyValue(v.text) ? v : null;
  };
  const short = (t: string) => cleanText(t).slice(0, 200);

  const order = text('orderId');
  if (order) facts.orderId = idFrom(order.text);
  const ref = text('merchantReference');
  if (ref) facts.merchantReference = short(ref.text);

  const amount = text('amount');
  if (amount) {
    const r = readAmount(amount.text, ctx.intl);
    if (r.ok) facts.amount = r.money;
    else ctx.problems.push(`${who(d)}: the amount could not be read: ${r.problem}.`);
  }

  const statusV = text('status');
  let status: StatusValue | null = null;
  if (statusV) {
    status = statusOfKey(labelKey(statusV.text))?.value ?? statusInParts(statusV.text);
    if (!status) ctx.problems.push(`${who(d)}: the status "${short(statusV.text)}" is not one the reader knows.`);
  }
  status ??= statusFallback;
  if (status) {
    facts.status = status.status;
    if (status.outcome) out.outcome = status.outcome;
  }

  const method = text('paymentMethod');
  if (method) {
    const m = paymentMethodOfText(method.text);
    if (m) {
      facts.provider = m.provider;
      if (m.network) facts.network = m.network;
    } else ctx.problems.push(`${who(d)}: the payment method "${short(method.text)}" is not one the reader knows.`);
  }

  const code = text('networkReasonCode');
  if (code) out.networkReasonCode = short(code.text);
  const reason = text('reason');
  if (reason) facts.reason = reasonOfText(short(reason.text));
  else if (out.networkReasonCode) facts.reason = out.networkReasonCode;

  for (const [field, endOfDay] of [
    ['createdAt', false],
    ['dueBy', true],
  ] as const) {
    const v = text(field);
    if (!v) continue;
    const machine = machineDate(v.el);
    const opts = { timeZone: ctx.timeZone, endOfDay };
    let r = machine ? readDate(machine, ctx.intl, opts) : null;
    if (!r || !r.ok) r = readDate(v.text, ctx.intl, opts);
    if (r.ok) facts[field] = r.iso;
    else ctx.problems.push(`${who(d)}: the ${fieldName(field)} date could not be read: ${r.problem}.`);
  }

  const country = text('buyerCountry');
  if (country) {
    const c = parseCountry(country.text, ctx.intl);
    if (c) facts.buyerCountry = c;
    else ctx.problems.push(`${who(d)}: the buyer country "${short(country.text)}" is not a country the reader knows.`);
  }

  const store = text('store');
  const storeId = store ? storeText(store.text) : pageStore;
  if (storeId) facts.storeId = storeId;
  return out;
}

/** "Closed · Partially won", "Won (12 Mar)": a status word among other words. */
function statusInParts(text: string): StatusValue | null {
  for (const part of text.split(/\s*[·•|/,;()\n–—]\s*|\s+-\s+/)) {
    const hit = part ? statusOfKey(labelKey(part)) : undefined;
    if (hit) return hit.value;
  }
  return null;
}

function storeText(text: string): string | null {
  const t = cleanText(text).replace(/[\s▾▼⌄⌵˅∨›»]+$/u, '').slice(0, 200);
  return t || null;
}

function emptyReading(problems: string[]): PortalReading {
  return { page: 'unknown', storeId: null, locale: null, disputes: [], problems, tab: null, tabCounts: {} };
}

/**
 * Reads a portal page. Never throws: what it cannot read is listed in `problems`.
 * @param url the page's URL; its path is only a hint for telling a list from a detail page
 */
export function readPortalPage(doc: Document, url: string, opts: ReadOptions = {}): PortalReading {
  try {
    return read(doc, url, opts);
  } catch (e) {
    return emptyReading([`The page could not be read (${e instanceof Error ? e.message : String(e)}).`]);
  }
}

function read(doc: Document, url: string, opts: ReadOptions): PortalReading {
  const root = doc.body ?? doc.documentElement;
  if (!root) return emptyReading(['The page has no content.']);
  const s = scan(root);
  const problems: string[] = [];
  if (s.textNodes === 0) return emptyReading(['The page shows no text.']);

  // labels → boxes → column headers → values
  for (const h of s.labels) if (!h.inline) h.box = labelBox(h, root);
  const groups = findHeaderGroups(s.labels, s);
  for (const h of s.labels) {
    if (!h.inline && !h.header) h.value = resolveValue(h, s, root);
    else if (h.value?.rest) {
      // "Amount: 1 234,50 <abbr>kr</abbr>"
      const after = textAfter(h.node, s);
      if (after.text) h.value = { text: `${h.value.text} ${after.text}`, el: h.value.el };
    }
  }
  for (const h of s.labels) {
    // a value that is itself a label is a neighbouring label, not a value
    const v = h.value?.text;
    if (v && v.length <= MAX_TEXT_FOR_LOOKUP && mayBeVocabulary(v) && fieldOfKey(labelKey(v))) h.value = null;
  }

  const { lang, intl } = pickLocale(doc, s, problems);
  const ctx: Ctx = { intl, timeZone: opts.timeZone, problems };

  const drafts: Draft[] = [];
  const byAnchor = new Map<Element, Draft>();
  const hasIdColumn = groups.some((g) => [...g.columns.values()].includes('id'));

  // 1. rows under column headers
  for (const g of groups) {
    const idCol = [...g.columns.entries()].find(([, f]) => f === 'id')?.[0];
    if (idCol === undefined) continue;
    g.rows.forEach((row, i) => {
      if (byAnchor.has(row) || isHidden(row)) return;
      // a single cell across the table ("Load more", "No disputes") is a message, not a dispute
      if (row.childElementCount < 2 && g.columns.size > 1) return;
      const cells = cellsByColumn(row);
      const idCell = cells[idCol];
      const idText = idCell ? cleanText(visibleText(idCell)) : '';
      if (!idText || isEmptyValue(idText)) {
        const rowText = cleanText(visibleText(row));
        // a one-cell "no disputes" message row is not a broken row
        if (rowText) problems.push(`Row ${i + 1} of the disputes list shows no dispute ID.`);
        return;
      }
      const values = new Map<FieldKey, Value>();
      for (const [col, field] of g.columns) {
        const v = valueOf(cells[col] ?? null);
        if (v && !values.has(field)) values.set(field, v);
      }
      const d: Draft = { id: idFrom(idText), anchor: row, values, fromColumns: new Set(values.keys()), order: 0 };
      drafts.push(d);
      byAnchor.set(row, d);
    });
  }

  // 2. disputes from label/value pairs: the largest element holding exactly one dispute ID
  const pairs = s.labels.filter((h) => !h.header && h.value);
  const idPairs = pairs.filter((h) => h.field === 'id' && !insideAnyAnchor(h.box, byAnchor));
  const owner = new Map<Element, string | null>();
  for (const h of idPairs) {
    const id = idFrom(h.value!.text);
    for (let el: Element | null = h.box; el; el = el.parentElement) {
      const o = owner.get(el);
      if (o === undefined) owner.set(el, id);
      else {
        if (o !== id) owner.set(el, null);
        break;
      }
    }
    // Above the first element two ids share, `owner` may still name one of them: no matter, a
    // climb from either id stops at that shared (null) element first.
  }
  const pairDrafts: Draft[] = [];
  for (const h of idPairs) {
    const id = idFrom(h.value!.text);
    if (isEmptyValue(id)) continue;
    let top = h.box;
    while (top.parentElement && owner.get(top.parentElement) === id) top = top.parentElement;
    if (byAnchor.has(top)) continue;
    const d: Draft = { id, anchor: top, values: new Map(), fromColumns: new Set(), order: h.order };
    pairDrafts.push(d);
    byAnchor.set(top, d);
  }
  const distinctPairIds = new Set(pairDrafts.map((d) => d.id));
  if (pairDrafts.length === 1 || (distinctPairIds.size === 1 && pairDrafts.length > 0)) {
    // One dispute on the page: its panel is the smallest element holding all its labels.
    const d = pairDrafts[0]!;
    byAnchor.delete(d.anchor);
    pairDrafts.length = 1;
    const own = pairs.filter((h) => h.field !== 'store' && !insideAnyAnchor(h.box, byAnchor));
    d.anchor = smallestHolding(own.map((h) => h.node), root, s.labels.find((h) => h.field === 'id' && h.value)?.box ?? root);
    byAnchor.set(d.anchor, d);
  }
  drafts.push(...pairDrafts);

  // 3. every labelled value inside a dispute belongs to it; outside, only the store counts
  const insideAnchor = anchorLookup(byAnchor);
  let pageStore: string | null = null;
  const pagePairs: LabelHit[] = [];
  for (const h of pairs) {
    const d = insideAnchor(h.box);
    if (d) {
      if (!d.values.has(h.field) || (d.fromColumns.has(h.field) && h.field !== 'id')) {
        d.values.set(h.field, h.value!);
        d.fromColumns.delete(h.field);
      }
    } else {
      pagePairs.push(h);
      if (h.field === 'store' && pageStore === null) pageStore = storeText(h.value!.text);
    }
  }
  if (s.labels.some((h) => h.field === 'id' && !h.header && !h.value)) {
    problems.push('A "Dispute ID" label on the page has no value beside it.');
  }

  // 4. a status shown without a label ("Response required" badge on a card)
  const statusFallbacks = new Map<Draft, StatusValue>();
  for (const st of s.statuses) {
    const d = insideAnchor(st.node.parentElement!);
    if (d && !d.values.has('status') && !statusFallbacks.has(d)) statusFallbacks.set(d, st.status);
  }

  // 5. tabs: outside every dispute
  const tabHits = s.tabs.filter((t) => !insideAnchor(t.node.parentElement!) && !usedAsValue(t.node, pagePairs));
  const tabCounts: PortalReading['tabCounts'] = {};
  let tab: PortalReading['tab'] = null;
  for (const t of tabHits) {
    const el = tabElement(t.node.parentElement!);
    const count = t.count ?? countIn(el, t.key);
    if (count !== null && tabCounts[t.tab] === undefined) tabCounts[t.tab] = count;
    if (tab === null && isSelected(el)) tab = t.tab;
  }
  const distinctTabs = new Set(tabHits.map((t) => t.tab)).size;

  // order, merge duplicates of one id (a list row and an open detail drawer), build facts
  if (groups.length > 0 && pairDrafts.length > 0) {
    drafts.sort((a, b) => (a.anchor.compareDocumentPosition(b.anchor) & 4 ? -1 : a.anchor === b.anchor ? 0 : 1));
  }
  const seen = new Map<string, Draft>();
  const unique: Draft[] = [];
  for (const d of drafts) {
    const first = seen.get(d.id);
    if (!first) {
      seen.set(d.id, d);
      unique.push(d);
    } else for (const [f, v] of d.values) if (!first.values.has(f)) first.values.set(f, v);
  }
  const disputes = unique.map((d) => buildDispute(d, ctx, pageStore, statusFallbacks.get(d) ?? null));

  // what kind of page
  const hint = urlHint(url);
  let page: PortalReading['page'];
  if (hasIdColumn || unique.length >= 2) page = 'dispute_list';
  else if (unique.length === 1) page = distinctTabs >= 2 && hint !== 'detail' ? 'dispute_list' : 'dispute_detail';
  else if (distinctTabs >= 3 && hint !== 'other') page = 'dispute_list';
  else if (s.sectionLangs.length > 0 && hint === 'list') page = 'dispute_list';
  else page = 'unknown';

  if (page === 'unknown' && s.labels.some((h) => h.field === 'id')) {
    problems.push('The page shows dispute labels, but no dispute could be read from them.');
  }
  return {
    page,
    storeId: pageStore ?? (disputes.length > 0 && disputes.every((d) => d.facts.storeId === disputes[0]!.facts.storeId) ? (disputes[0]!.facts.storeId ?? null) : null),
    locale: lang ? portalLocaleOf(lang) : null,
    disputes,
    problems,
    tab,
    tabCounts,
  };
}

/** The dispute whose anchor holds `el`, remembered per element once the anchors are known. */
function anchorLookup(byAnchor: Map<Element, Draft>): (el: Element) => Draft | undefined {
  const known = new Map<Element, Draft | null>();
  return (start) => {
    const path: Element[] = [];
    let found: Draft | null = null;
    for (let el: Element | null = start; el; el = el.parentElement) {
      const k = known.get(el);
      if (k !== undefined) {
        found = k;
        break;
      }
      path.push(el);
      const d = byAnchor.get(el);
      if (d) {
        found = d;
        break;
      }
    }
    for (const el of path) known.set(el, found);
    return found ?? undefined;
  };
}

function insideAnyAnchor(el: Element, byAnchor: Map<Element, Draft>): Draft | undefined {
  for (let e: Element | null = el; e; e = e.parentElement) {
    const d = byAnchor.get(e);
    if (d) return d;
  }
  return undefined;
}

function smallestHolding(nodes: Node[], root: Element, start: Element): Element {
  let el: Element = start;
  while (el !== root && el.parentElement && !nodes.every((n) => el.contains(n))) el = el.parentElement;
  return el;
}

function usedAsValue(node: Node, pairs: LabelHit[]): boolean {
  for (const h of pairs) if (h.value?.el && h.value.el.contains(node)) return true;
  return false;
}

const TAB_TAGS = new Set(['A', 'BUTTON', 'LI']);
function tabElement(el: Element): Element {
  let e: Element | null = el;
  for (let i = 0; i < 3 && e; i++, e = e.parentElement) {
    if (e.getAttribute('role') === 'tab' || TAB_TAGS.has(e.tagName)) return e;
  }
  return el;
}

function isSelected(el: Element): boolean {
  for (let e: Element | null = el, i = 0; e && i < 3; e = e.parentElement, i++) {
    if (e.getAttribute('aria-selected') === 'true' || e.getAttribute('aria-pressed') === 'true') return true;
    const current = e.getAttribute('aria-current');
    if (current !== null && current !== 'false') return true;
  }
  return false;
}

function countIn(el: Element, key: string): number | null {
  const text = labelKey(visibleText(el)).replace(key, '');
  const m = /(\d+)/.exec(text);
  return m ? Number(m[1]) : null;
}

export type { Network, Provider };
