// The values of list rows read before and not changed since, so that a page read again after a
// change (the content script reads on every change) reads only the rows that changed.
//
// "Not changed" is exact, not guessed from text: one MutationObserver per document, started at its
// first reading, records every change of nodes, text and of the attributes visible text depends
// on; each reading first takes those records (takeRecords is synchronous) and forgets every row
// they touch (except an empty element put into a cell or taken out, and our own hosts put in or
// taken out anywhere: the content script's chips). Rows with form controls showing a value are never kept (a control's value changes without a record), nor are rows holding a page's shadow root (changes inside one leave no record here).
import { BLOCK_TAGS, drawn, HIDING_ATTRIBUTES } from './dom';
import type { Built } from './facts';
import { OWN_HOSTS } from './own-hosts';
import { INVISIBLE_CHEAP, LABELLED, type Found, type KeptRows, type LabelHit, type StatusHit, type TabHit, type Value } from './scan';
import type { PortalLang } from './vocabulary';
import type { FieldKey } from './vocabulary';

export interface RowEntry {
  /** the columns it was read under (another header layout reads it afresh) */
  columns: string;
  /** the id cell's text, '' when the row shows none */
  idText: string;
  /** the dispute ID in it (facts.ts idFrom), once asked */
  id?: string;
  /** the row shows some text (a row without an id is reported only then) */
  hasText: boolean;
  values: Map<FieldKey, Value>;
  /** what it cannot show, by field, its column at or after a cell the page hides (reader.ts readRow `cut`): each reported, the status where the row shows none of its words */
  hidden?: Map<FieldKey, string>;
  /** the dispute built from these values (facts.ts) */
  built?: Built;
}

/** What the scan found inside a kept row: its next scan skips the row and takes these instead. */
export interface RowScan {
  /** as found (before a reading filled in boxes and values) */
  labels: LabelHit[];
  tabs: TabHit[];
  statuses: StatusHit[];
  sections: PortalLang[][];
}

/** A card's entry (reader.ts rememberCards): no row's (its values are its labels', kept with its scan). */
export const CARD = {} as RowEntry;

/** Attributes that show text of their own: an element with one is never empty. */
const TEXT_ALTERNATIVES = ['value', 'aria-label', 'title', 'alt', 'datetime'];
/**
 * Attributes the queries over the whole page match by (scan.ts INVISIBLE_CHEAP, LABELLED; reader.ts
 * a cell spanning rows): those that hide an element or show it, a role (aria-hidden hides a tab
 * panel only; a column header), an aria-label, a rowspan.
 */
const QUERIED = [...HIDING_ATTRIBUTES, 'role', 'aria-label', 'rowspan'];
/**
 * Those, and the attributes visibleText() and valueOf() read: a change of any other cannot change a
 * value. (aria-label twice: the observer takes each once; a class, by the page's style, sets an
 * element apart from the word before it: dom.ts wordGap)
 */
const WATCHED = [...QUERIED, ...TEXT_ALTERNATIVES, 'colspan', 'selected', 'id', 'for', 'aria-labelledby', 'class'];
/** More records than this (a page re-rendered): forget every row rather than look each up. */
const MAX_RECORDS = 3000;
/** (a checkbox's or radio button's checked state is no text: a selection column's rows are kept) */
const CONTROLS = 'input:not([type=checkbox],[type=radio]),select,textarea,output';

interface DocMemo {
  observer: MutationObserver;
  observed: Element;
  rows: WeakMap<Element, RowEntry>;
  /**
   * Scan results of kept rows. Also forgotten, all at once, when a change outside every kept row
   * could hide or show one (an attribute, or nodes other than empty elements added or removed).
   */
  scans: WeakMap<Element, RowScan>;
  /** the rows of the last reading, in page order */
  order: Element[];
  /**
   * What the scan's queries below `root` found (the reading's Scan: only that is read of it), until
   * an element they match comes or an attribute they match by changes.
   */
  found: [root: Element, found: Found] | null;
}
const byDoc = new WeakMap<Document, DocMemo | null>();

export interface RowMemo {
  get(row: Element, columns: string): RowEntry | undefined;
  /** keeps a row's values unless it holds a form control */
  set(row: Element, entry: RowEntry): void;
  /** the last reading's kept rows with their scan results, in page order */
  keptScans(): KeptRows;
  /** after a reading: its rows in page order, the scan results of those scanned afresh, and what its queries below `root` found */
  remember(rows: Element[], scans: Map<Element, RowScan>, root: Element, found: Found): void;
}

/**
 * The document's row memory, brought up to date with the changes since the last reading; started
 * (`start`) only once a reading finds rows, so that other pages are not observed.
 */
export function rowMemo(doc: Document, root: Element, start: boolean): RowMemo | null {
  let m = byDoc.get(doc);
  if (m === undefined && !start) return null;
  if (m === undefined || (m && m.observed !== (doc.documentElement ?? root))) {
    // first reading, or the document's whole tree was replaced (the old observer sees none of it)
    m?.observer.disconnect();
    m = observe(doc, root);
    byDoc.set(doc, m);
  }
  if (!m) return null;
  const memo = m;
  try {
    changed(memo, memo.observer.takeRecords());
  } catch {
    return null;
  }
  // whether the rows under a parent hold form controls: one query per parent, not per row (but for
  // a reading's first few rows: read again after a change, its changed rows are asked alone, not
  // every row below their parent)
  const controls = new Map<Element | null, boolean>();
  let asked = 0;
  // or an element whose shadow root this reading read (dom.ts drawn; changes inside one, and
  // attachShadow, leave no record): each one's ancestors, climbed once (taken out of drawn)
  const held = new Set<Element>();
  const holdsControls = (row: Element): boolean => {
    for (let e: Element | null | undefined; (e = drawn.pop()); ) for (; e && !held.has(e); e = e.parentElement) held.add(e);
    const parent = row.parentElement;
    let any = controls.get(parent);
    if (any === undefined && ++asked > 4) controls.set(parent, (any = (parent ?? row).querySelector(CONTROLS) !== null));
    return held.has(row) || (any !== false && row.querySelector(CONTROLS) !== null);
  };
  return {
    get(row, columns) {
      const e = memo.rows.get(row);
      return e && e.columns === columns ? e : undefined;
    },
    set(row, entry) {
      if (!holdsControls(row)) memo.rows.set(row, entry);
    },
    keptScans() {
      return {
        rows: memo.order.filter((r) => memo.scans.has(r)),
        scanOf: (r) => memo.scans.get(r),
        found: (root) => (memo.found?.[0] === root ? memo.found[1] : undefined),
      };
    },
    remember(rows, scans, root, found) {
      memo.order = rows;
      memo.found = [root, found];
      scans.forEach((rowScan, row) => memo.rows.has(row) && memo.scans.set(row, rowScan));
    },
  };
}

/** Stops watching `doc` and forgets its rows (the content script that reads it is going away). */
export function releaseRowMemo(doc: Document): void {
  byDoc.get(doc)?.observer.disconnect();
  byDoc.delete(doc);
}

function observe(doc: Document, root: Element): DocMemo | null {
  // the caller's own (a content script's, not the page's through Firefox's Xray wrappers), else the document's
  const Observer = typeof MutationObserver === 'function' ? MutationObserver : doc.defaultView?.MutationObserver;
  if (!Observer) return null;
  try {
    const observed = doc.documentElement ?? root;
    // records delivered between readings are handled as they come; the rest are taken at a reading
    const memo: DocMemo = { observer: new Observer((records) => changed(memo, records)), observed, rows: new WeakMap(), scans: new WeakMap(), order: [], found: null };
    memo.observer.observe(observed, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: WATCHED,
    });
    return memo;
  } catch {
    return null;
  }
}

function changed(memo: DocMemo, records: MutationRecord[]): void {
  if (records.length > MAX_RECORDS) {
    memo.rows = new WeakMap();
    memo.scans = new WeakMap();
    memo.found = null;
    return;
  }
  for (const r of records) {
    if (memo.found && mayAlter(r)) memo.found = null;
    // an empty element put into or taken out of a cell changes no value, nor do our own hosts (2)
    const inert = r.type === 'childList' && Math.min(inertness(r.addedNodes), inertness(r.removedNodes));
    // outside every kept row, a change may hide or show one (or move it): scan them all again; but
    // a class, which hides none the reader sees (isHidden) and changes no text, only its row's
    // spacing: hover and focus classes change often
    if (!forget(memo, r.target, inert) && !inert && r.type !== 'characterData' && r.attributeName !== 'class') memo.scans = new WeakMap();
  }
}

/** Whatever the queries over the page match (scan.ts; a cell spanning rows: reader.ts). A change of text matches none. */
const MATCHED = `${INVISIBLE_CHEAP},${LABELLED},[rowspan]`;

/**
 * A change that could alter what those queries found: an element they match (or one holding one)
 * added, or an attribute they match by changed. (One taken out is no longer in the page: the scan
 * passes over it.)
 */
function mayAlter(r: MutationRecord): boolean {
  if (r.type === 'attributes') return QUERIED.includes(r.attributeName!);
  // (a change of text adds none)
  for (const n of r.addedNodes) if (n.nodeType === 1 && ((n as Element).matches(MATCHED) || (n as Element).querySelector(MATCHED))) return true;
  return false;
}

/** Tags whose element changes visible text or a value even when empty. */
const NOT_INERT = new Set([...BLOCK_TAGS, 'BR', 'IMG', 'TIME', 'INPUT', 'SELECT', 'TEXTAREA', 'OUTPUT', 'IFRAME', 'OBJECT']);

/**
 * 2: nodes that are all our own hosts (own-hosts.ts: the reader reads none of them, not even as
 * an element beside a card's values). 1: nodes that add nothing to the visible text or values of
 * the cell they are in or leave: elements without content, of no block or special kind, with no
 * text alternative, and no open shadow root (whose words are read: dom.ts visibleText; a page's
 * element named as ours is one) nor a custom element's name (one may attach a shadow root later,
 * when the page defines it: no record). 0: others.
 */
function inertness(nodes: NodeList): number {
  let own = 2;
  for (const n of nodes) {
    if (OWN_HOSTS.has(n)) continue;
    own = 1;
    if (n.nodeType !== 1 || n.firstChild !== null || (n as Element).shadowRoot) return 0;
    const el = n as Element;
    if (NOT_INERT.has(el.tagName.toUpperCase()) || /-/.test(el.tagName)) return 0;
    for (const a of TEXT_ALTERNATIVES) if (el.hasAttribute(a)) return 0;
  }
  return own;
}

/**
 * Forgets the kept row that holds `node` (or is it), if any; whether there was one. Not for an
 * `inert` change inside a table row's cell (a row's values are its cells'; in the row itself, one
 * more cell); in a card, even an empty element may change how its labels read (values.ts counts
 * elements: acrossRun, labelBox), but our own hosts do not (inertness 2).
 */
function forget(memo: DocMemo, node: Node, inert: number | false): boolean {
  for (let el: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement; el; el = el.parentElement) {
    const entry = memo.rows.get(el);
    if (entry) {
      if (!inert || (entry === CARD ? inert < 2 : el === node)) {
        memo.rows.delete(el);
        memo.scans.delete(el);
      }
      return true;
    }
  }
  return false;
}
