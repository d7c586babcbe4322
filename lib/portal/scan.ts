// One pass over a page's visible text: every vocabulary text it shows (field labels, alone or as
// "label: value", tabs, status words, the section title) and where.
import { controlText, isHidden, visibleText } from './dom';
import {
  isCutLabel,
  fieldOfKey,
  UNIT_FIELDS,
  isSectionTitleKey,
  mayBeVocabulary,
  MAX_LABEL_LENGTH,
  REASON_BY_KEY,
  statusOfKey,
  tabOfText,
  withoutCount,
  type StatusValue,
} from './lexicon';
import { cleanText, CUT, labelKey } from './text';
import { SORT_BY } from './vocabulary';
import type { FieldKey, PortalLang } from './vocabulary';
import type { PortalTab } from '../rules/types';
import type { RowScan } from './row-memo';

export interface Hit {
  key: string;
  langs: PortalLang[];
  node: Node;
  order: number;
  /** the list row it was found in, once kept with it (row-memo.ts): set on no other hit */
  row?: Element;
}
export interface LabelHit extends Hit {
  field: FieldKey;
  /** the element that holds the label and nothing else */
  box: Element;
  /** `label: value` in one text node, or an aria-label on the value itself */
  inline: boolean;
  value: Value | null;
  header: boolean;
  /** a label of a form field (a search or filter box): no value, and nothing to report */
  formField?: boolean;
  /** the unit its label names after it ("Amount (EUR)", "Respond by (CET)"), read after each value */
  unit?: string;
  /** run into its value with no colon ("Respond by 2 Feb 2026") */
  loose?: true;
  /** found in a card kept since (reader.ts rememberCards): its box and value as read then */
  card?: true;
}
export interface Value {
  text: string;
  el: Element | null;
  /** `label: value` in one text node: the value may go on in the nodes after it */
  rest?: boolean;
  /** the element of the label it was read beside (labelled-twice.ts) */
  label?: Element;
  /** a date's zone as its label names it, "Respond by (CET)" (reader.ts withUnit) */
  zone?: string;
}
export interface TabHit extends Hit {
  tab: PortalTab | 'all';
  count: number | null;
}
export interface StatusHit extends Hit {
  status: StatusValue;
}

export interface Scan {
  labels: LabelHit[];
  tabs: TabHit[];
  statuses: StatusHit[];
  sectionLangs: PortalLang[][];
  /** where each section title is (parallel to sectionLangs) */
  sectionNodes: Node[];
  /** kept rows whose text was not walked: their earlier results were taken instead */
  skipped: Set<Element>;
  /** every element holding a label text */
  labelHolders: Set<Element>;
  /** the outermost subtrees whose text is not visible, in page order */
  hidden: Element[];
  /** the same, to ask whether an element is one (reader.ts, columns.ts) */
  hiddenSet: Set<Node>;
  /** the elements the pass after the walk looks at (LABELLED; a break's: its element), in page order */
  labelled: Element[];
  /** tables whose body has no cell spanning rows (reader.ts: added as it asks) */
  unspanned: Set<Element>;
  /**
   * where a label run into its value was dropped, another naming its field: every label as found,
   * it too (kept with a row's scan: a change elsewhere may leave it the only one; reader.ts)
   */
  dropped?: LabelHit[];
  textNodes: number;
  /** headers and terms cut short with an ellipsis, a label's first letters, that no title completes (reader.ts reports them) */
  cut?: string[];
}

export const MAX_TEXT_FOR_LOOKUP = MAX_LABEL_LENGTH + 24;

/**
 * Where text is never visible page text: scripts, styles, form internals, hidden subtrees. (Not
 * svg: an icon in every row would make this list long, and icons carry no labels.) Cheap to match
 * (substring selectors on every element are not): inline styles are checked in JS on the few
 * elements that have one.
 */
const INVISIBLE_ALWAYS = 'script,style,noscript,template,select,textarea,[hidden],[role=tabpanel][aria-hidden=true],dialog:not([open])';
/** INVISIBLE_ALWAYS and every element with an inline style (which hides only some of them) */
export const INVISIBLE_CHEAP = `${INVISIBLE_ALWAYS},[style]`;

/**
 * Elements that show a label other than as a text node of their own (the pass after the walk):
 * aria-labels, and header cells, terms and break opportunities, whose label may run over several.
 */
export const LABELLED = '[aria-label],th,[role="columnheader"],dt,wbr';

/** The page's invisible subtrees, found with one native query: only the outermost, in page order. */
function hiddenSubtrees(root: Element): Element[] {
  const hidden: Element[] = [];
  for (const el of Array.from(root.querySelectorAll(INVISIBLE_CHEAP))) {
    // (an inline style hides only as display:none or visibility:hidden)
    if (el.hasAttribute('style') && !isHidden(el) && !el.matches(INVISIBLE_ALWAYS)) continue;
    // (in page order, one inside an earlier one is inside the last one kept)
    if (!hidden[0] || !hidden[hidden.length - 1]!.contains(el)) hidden.push(el);
  }
  return hidden;
}

/**
 * Whether a node is visible (not inside nor one of the hidden subtrees), for nodes asked in page
 * order: a cursor moves along the subtrees, so each costs one native comparison, not a climb.
 */
function visibility(hidden: Element[]): (node: Node) => boolean {
  let i = 0;
  return (node) => {
    for (; i < hidden.length; i++) {
      const at = hidden[i]!.compareDocumentPosition(node);
      if (at === 0 || at & 16 /* inside */) return false;
      // before it: visible (after it, or it was taken out of the page since: on to the next)
      if (!(at & 5 /* following, disconnected */)) break;
    }
    return true;
  };
}

/** Rows whose text is known unchanged since a scan (row-memo.ts), in page order. */
export interface KeptRows {
  rows: Element[];
  scanOf: (row: Element) => RowScan | undefined;
  /**
   * What the last reading's queries over the page below `root` found (its hidden and labelled
   * elements, its tables without cells spanning rows), if no change since could alter it: each is
   * then taken, not asked again.
   */
  found: (root: Element) => Found | undefined;
}

export type Found = Pick<Scan, 'hidden' | 'labelled' | 'unspanned'>;

export function scan(root: Element, kept: KeptRows | null = null): Scan {
  const was = kept?.found(root);
  const hidden = was?.hidden ?? hiddenSubtrees(root);
  const s: Scan = {
    labels: [],
    tabs: [],
    statuses: [],
    sectionLangs: [],
    sectionNodes: [],
    skipped: new Set(),
    labelHolders: new Set(),
    hidden,
    hiddenSet: new Set(hidden),
    // (a wbr's element once, at its first wbr; not `:has(wbr)`: Firefox before 121 throws on it)
    // (those taken out of the page since left out: mayAlter)
    labelled: was?.labelled.filter((e) => e.isConnected) ?? [...new Set(Array.from(root.querySelectorAll(LABELLED), (e) => (e.tagName === 'WBR' ? e.parentElement! : e)))],
    unspanned: was?.unspanned ?? new Set(),
    textNodes: 0,
  };
  let order = 0;
  const markHolders = (from: Element | null) => {
    for (let el = from; el && !s.labelHolders.has(el); el = el.parentElement) s.labelHolders.add(el);
  };
  let visible = visibility(s.hidden);
  // A native walk over text nodes; only the few that may be vocabulary are looked at closer.
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const keptRows = kept?.rows ?? [];
  let k = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    // A kept row: its earlier results instead of its text, and on after it. (Rows are kept in
    // page order; one this walk has passed, or no longer in the page, is dropped.)
    while (k < keptRows.length) {
      const row = keptRows[k]!;
      const at = row.compareDocumentPosition(node);
      if (at & 16 /* node inside row */) {
        // the row, and the kept rows right after it with no node between (one check each)
        let taken = row;
        for (;;) {
          const found = kept!.scanOf(taken)!;
          for (const h of found.labels) {
            s.labels.push(copyHit(h));
            markHolders(h.node.parentElement);
          }
          s.tabs.push(...found.tabs);
          s.statuses.push(...found.statuses);
          s.sectionLangs.push(...found.sections);
          for (const _ of found.sections) s.sectionNodes.push(taken);
          s.skipped.add(taken);
          const next = keptRows[++k];
          if (!next || next.previousSibling !== taken) break;
          taken = next;
        }
        s.textNodes ||= 1;
        // on from the last taken row's last node: the first text after it
        let last: Node = taken;
        while (last.lastChild) last = last.lastChild;
        walker.currentNode = last;
        node = walker.nextNode();
        if (!node) break;
        continue;
      }
      if (at & 4 /* node after row: passed it */ || at & 1 /* disconnected */) {
        k++;
        continue;
      }
      break;
    }
    if (!node) break;
    const raw = (node as Text).data;
    if (!s.textNodes && /\S/.test(raw)) s.textNodes++;
    if (!mayBeVocabulary(raw)) continue;
    const parent = node.parentElement;
    if (!parent) continue;
    if (textHit(node as Text, raw, parent, s, order++, visible)) markHolders(parent);
  }
  // a label run into its value counts only where no other label names its field: a timeline's
  // "Created 10 Aug 2025", a banner's "Respond by 2 Feb 2026 to avoid …" beside the fields' own
  const named = new Set(s.labels.map((h) => !h.loose && h.field));
  const all = s.labels;
  s.labels = all.filter((h) => !(h.loose && named.has(h.field)));
  if (s.labels.length < all.length) s.dropped = all;
  // (a pass of its own, in page order again): aria-labels, and header cells, terms and the
  // elements around a break opportunity that show their label over several text nodes
  // ("Respond<br>by", "Streitfall-<wbr>ID", a card's "<span>Respond<wbr> by</span>"), unseen by
  // the walk, or abbreviated
  visible = visibility(s.hidden);
  for (const el of s.labelled) {
    const own = !el.hasAttribute('aria-label');
    const aria = own ? (s.labelHolders.has(el) ? '' : fullText(el)) : el.getAttribute('aria-label')!;
    if (aria.length > MAX_TEXT_FOR_LOOKUP * 2 || !mayBeVocabulary(aria)) continue;
    if (!(el.tagName === 'SELECT' ? !isHidden(el) && (!el.parentElement || visible(el.parentElement)) : visible(el))) continue;
    // (a header cell's aria-label names its column, whatever it shows: "Sort by: Amount"; an
    // image's, an icon's, names what follows it, as a label's text does, and what it draws is no
    // value: "<span role=img aria-label=\"Respond by\">⏰</span> 2 Feb 2026", "<svg
    // aria-label=Created>…</svg><span>19 Jan 2026</span>")
    ariaHit(el, aria, s, order++, own || el.matches('th,[role=columnheader],svg,img,[role=img]'));
  }
  return s;
}

/**
 * A header's or a term's text as the merchant reads it: an abbreviation's full text ("<abbr
 * title=\"Respond by\">Resp. by</abbr>"), or a label cut short with an ellipsis, whole in the
 * tooltip shown on hover ("<span title=\"Respond by\">Respond…</span>"), the title from where the
 * text's letters are in it (after a sort button's words: "Sort by Respond by"; else the column was
 * lost with nothing said).
 */
function fullText(el: Element): string {
  const abbr = el.querySelector('abbr[title]');
  if (abbr) return abbr.getAttribute('title')!;
  const shown = visibleText(el);
  const cut = CUT.exec(labelKey(shown));
  // (or one showing no text, an icon named by its title alone: "<th><span title=\"Respond by\"><svg/></span></th>")
  const title = (cut || !shown.trim()) && (el.hasAttribute('title') ? el : el.querySelector('[title]'))?.getAttribute('title');
  const t = title ? labelKey(title) : '';
  const at = t.indexOf(cut?.[1] ?? shown.trim());
  // (only after a sort button's words: the cut text's letters in another label, "Sort by Refund
  // amount" for "Amou…", are no column's; the cut header is reported)
  return at < 0 || !SORT_BY.test(t.slice(0, at)) ? shown : t.slice(at);
}

/**
 * `raw`: the node's text; `parent`: its element (both read by the walk already). `shown` is asked
 * only of a match (most candidates match nothing). True when the node is a label.
 */
function textHit(node: Text, raw: string, parent: Element, s: Scan, order: number, shown: (node: Node) => boolean): boolean | undefined {
  // (a colon, or a dash set apart by spaces: "Amount – €12", "Respond by - 2 Feb 2026")
  let colon = raw.search(SEPARATOR);
  // (a label's colon as far on as a header's whole text is looked up: after a Windows-style zone,
  // "Respond by (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna: 2 Feb 2026")
  if (raw.length > MAX_TEXT_FOR_LOOKUP && (colon < 0 || colon > 2 * MAX_TEXT_FOR_LOOKUP)) return;
  const key = labelKey(raw);
  if (!key) return;
  // the whole text, else the text before a colon or dash ("Amount: €12", or "Amount:" before its value)
  let label = key;
  let field = fieldOfKey(key);
  let rest = '';
  if (!field && colon > 0) {
    // (a dash before a colon may be the label's own, before its zone: "Created — America/New_York:
    // 19 Jan 2026", "Created (UTC - 5): …")
    const c = raw.indexOf(': ');
    if (c > colon && fieldOfKey(labelKey(raw.slice(0, c)))) colon = c;
    field = fieldOfKey((label = labelKey(raw.slice(0, colon))));
    if (field) rest = cleanText(raw.slice(colon + 1));
  }
  // a label run into its value with no colon ("Respond by 2 Feb 2026", "Streitfall-ID DP-1001"): the
  // text up to its first word with a digit (a date's, an amount's, an ID's), not a sentence's words
  // ("Status changed")
  const m = !field && LOOSE.exec(raw);
  let loose = m && (field = fieldOfKey((label = labelKey(m[1]!)))) ? ((rest = cleanText(m[2]!)), true) : undefined;
  // (a reason of the vocabulary after the reason label with no colon, "Reason Faulty goods", as a
  // status word after its label is below: not free text, which a sentence's words would be)
  const sp = key.indexOf(' ');
  const first = fieldOfKey(key.slice(0, sp));
  if (!field && first?.value === 'reason' && (rest = REASON_BY_KEY.get(key.slice(sp + 1)) ?? '')) (field = first), (label = key.slice(0, sp)), (loose = true);
  if (field) {
    if (!shown(node)) return;
    // (or the unit its element names after it: "<th>Amount <small>(EUR)</small></th>", "<th>Respond
    // by <small>(UTC)</small></th>"; or the
    // header cell or term holding it, the label in a span of its own, "<th><span>Amount</span>
    // <span>(€)</span></th>": that cell or term is then the label's element, whose value is beside it)
    let box = parent;
    let unit = field.unit;
    // (or, in a "label: value" line, the element before its colon, "<p>Respond by <abbr>CET</abbr>: 2
    // Feb 2026</p>": that element is then the label's, its value after it: values.ts resolveValue)
    if (!unit && UNIT_FIELDS.includes(field.value)) {
      // (a space after the label's own text: an element right after it, "Respond by<br>(UTC+05:30)
      // Chennai, …", "<div>Respond by</div><div>(CET)</div>", runs into it in the cell's text; also
      // in a line, the label in an element of its own, "<p><span>Respond by</span> <span>(CET)</span>:
      // 2 Feb 2026</p>": the nodes after the outermost element holding the label alone (below),
      // not the line's or cell's whole text, which a form of many fields in one element would read
      // once for each; up to the 99th letter, a Windows-style zone's after a label in Finnish; a sort
      // button or an icon between, "<th><span>Respond by</span> <button><svg/></button> <span>(CET)</span></th>")
      const holder = parent.closest('th,dt');
      let from: Node = node;
      while (from !== holder && from.parentElement?.childNodes.length === 1) from = from.parentElement;
      let next: Element | undefined;
      let after = '';
      // (the first node after it showing text and the node after that, those showing none before it
      // stepped over; in a header or a term, on out of the elements around the label up to it: a
      // sort button holding it)
      for (let n: Node | null = from; n && n !== holder && after.length < 99; ) {
        if (!n.nextSibling) {
          n = holder && n.parentElement;
          continue;
        }
        after += (n = n.nextSibling).textContent;
        if (next) break;
        if (after.trim()) next = n as Element;
      }
      // (with no colon, the element holding the label and its zone alone where it is no th or dt, "<div><span>Respond
      // by</span> <span>(CET)</span></div><div>2 Feb 2026</div>": its value after it, not the zone's element)
      const [head, tail] = `${raw} ${after}`.slice(0, 99).split(SEPARATOR);
      const k = labelKey(head!);
      const around = from.parentElement!;
      if ((unit = fieldOfKey(k)?.unit)) box = tail?.trim() && next?.tagName ? next : holder || (labelKey(around.textContent!) === k ? around : parent);
    }
    // (several pairs in one text node, a card's one-line summary: "Dispute ID: DP-1 Amount: €12 ·
    // Status: Won": each value ends where the next label's words begin, and goes on in no other node)
    for (let one = parent.firstChild === parent.lastChild ? parent : null; ; one = null) {
      const next = loose || rest.length > MAX_PAIRS_TEXT ? undefined : nextPair(rest);
      const text = next ? next.text : rest;
      s.labels.push({ key: label, langs: field.langs, node, order, field: field.value, box, inline: rest !== '', value: text ? { text, el: next ? null : one, rest: !next } : null, header: false, unit, loose });
      if (!next) return true;
      ({ label, field, rest } = next);
      unit = field.unit;
    }
  }
  // (a status word after the status label with no colon, "Status Won", "Tila Voitettu": as one
  // alone, its dispute's status where no label names one)
  // (or followed by its count, as a group's heading may show it: "Won (2)", "Won · 2")
  const status = statusOfKey(key) || (first?.value === 'status' && statusOfKey(key.slice(sp + 1))) || statusOfKey(withoutCount(key)[0]);
  const tab = tabOfText(key);
  const section = isSectionTitleKey(key);
  if (!(status || tab || section) || !shown(node)) return;
  if (status) s.statuses.push({ key, langs: status.langs, node, order, status: status.value });
  if (tab) s.tabs.push({ key, langs: tab.langs, node, order, tab: tab.tab, count: tab.count });
  if (section) {
    s.sectionLangs.push(section.langs);
    s.sectionNodes.push(node);
  }
}

/**
 * The next "label:" in a label's value (several pairs in one text node): the value before it, and
 * the label, its field and the text after its colon. (A label is up to six words before a colon,
 * "Vastaa viimeistään (UTC + 1)", fewer asked as all of them again; a time's "10:30" or a link's "https:" is none.)
 */
function nextPair(text: string) {
  for (let c = text.indexOf(':'); c > 0 && c < MAX_PAIRS_TEXT; c = text.indexOf(':', c + 1)) {
    // (a time's or an offset's colon, between digits, ends no label: "Created (UTC-05:00): 19 Jan
    // 2026", as SEPARATOR; "Respond by, UTC+1: 2 Feb 2026" ends one)
    if (/\d:\d/.test(text.slice(c - 1, c + 2))) continue;
    const words = text.slice(0, c).split(' ');
    for (let n = 6; n; n--) {
      const label = labelKey(words.slice(-n).join(' '));
      const field = fieldOfKey(label);
      if (field) return { text: words.slice(0, -n).join(' '), label, field, rest: cleanText(text.slice(c + 1)) };
    }
  }
}

/**
 * Longest text split into pairs: a card's line of fields is far shorter; a longer text after a label
 * (a note, a log pasted into a field) is one value, as it was, and costs linear time, not a
 * lookup of every colon's words for every pair (a note of 80 KB with a colon every few words
 * took seconds).
 */
const MAX_PAIRS_TEXT = 8 * MAX_TEXT_FOR_LOOKUP;
const LOOSE = /^(.+?)\s(\S*\d[^]*)/;
// (not a time's or an offset's colon, between digits, "Respond by (UTC-05:00): 2 Feb 2026"; an
// offset's hour before a colon ends a label, "Respond by, UTC+1: 2 Feb 2026")
const SEPARATOR = /(?<!\d):|:(?!\d)|[-–—](?=\s)/;

/** A label hit with a value of its own (a reading fills in and changes the hits it finds). */
export function copyHit(h: LabelHit): LabelHit {
  return { ...h, value: h.value && { ...h.value } };
}

/**
 * `<td aria-label="Amount">€12</td>`, `<select aria-label="Store ID (MID)">`, "Dispute ID: DP-1";
 * `own`: the element's own text, a label standing alone (not a value).
 */
function ariaHit(el: Element, aria: string, s: Scan, order: number, own: boolean): void {
  // (not an offset's colon, between digits: "<th>Respond by (UTC+05:30) Chennai, Kolkata</th>" is no
  // "Respond by (UTC+05" and its value, which read every date half an hour late)
  const colon = aria.search(/(?<!\d):|:(?!\d)/);
  const key = labelKey(aria);
  const field = fieldOfKey(key) ?? (colon > 0 ? fieldOfKey(labelKey(aria.slice(0, colon))) : undefined);
  // (a header's or term's label cut short that no title completes, "<th>Respond…</th>", no field's:
  // its column, a list's every deadline, else lost with nothing said; not an ellipsis cutting no
  // label, "Description…")
  if (!field) {
    const cut = own && CUT.exec(key);
    if (cut && isCutLabel(cut[1]!)) (s.cut ??= []).push(aria);
    return;
  }
  const inlineText = colon > 0 && !fieldOfKey(key) ? cleanText(aria.slice(colon + 1)) : '';
  const text = inlineText || cleanText(controlText(el) ?? visibleText(el));
  if (!own && (!text || fieldOfKey(labelKey(text)))) return;
  s.labels.push({ key, langs: field.langs, node: el, order, field: field.value, box: el, inline: !own, value: own ? null : { text, el }, header: false, unit: field.unit });
}

