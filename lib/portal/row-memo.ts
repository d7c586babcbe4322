// The values of list rows read before and not changed since, so that a page read again after a
// change (the content script reads on every change) reads only the rows that changed.
//
// "Not changed" is exact, not guessed from text: one MutationObserver per document, started at its
// first reading, records every change of nodes, text and of the attributes visible text depends
// on; each reading first takes those records (takeRecords is synchronous) and forgets every row
// they touch (except an empty element put into a cell or taken out: the content script's own
// chips). Rows with form controls are never kept (a control's value changes without a record).
import { BLOCK_TAGS } from './dom';
import type { Value } from './scan';
import type { FieldKey } from './vocabulary';

export interface RowEntry {
  /** the columns it was read under (another header layout reads it afresh) */
  columns: string;
  /** the id cell's text, '' when the row shows none */
  idText: string;
  /** the row shows some text (a row without an id is reported only then) */
  hasText: boolean;
  values: Map<FieldKey, Value>;
}

/** Attributes visibleText() and valueOf() read: a change of any other cannot change a value. */
const WATCHED = ['hidden', 'style', 'aria-hidden', 'colspan', 'value', 'aria-label', 'title', 'alt', 'datetime', 'selected'];
/** More records than this (a page re-rendered): forget every row rather than look each up. */
const MAX_RECORDS = 3000;
const CONTROLS = 'input,select,textarea,output';

interface DocMemo {
  observer: MutationObserver;
  observed: Element;
  rows: WeakMap<Element, RowEntry>;
}
const byDoc = new WeakMap<Document, DocMemo | null>();

export interface RowMemo {
  get(row: Element, columns: string): RowEntry | undefined;
  /** keeps a row's values unless it holds a form control */
  set(row: Element, entry: RowEntry): void;
}

/** The document's row memory, brought up to date with the changes since the last reading. */
export function rowMemo(doc: Document, root: Element): RowMemo | null {
  let m = byDoc.get(doc);
  if (m === undefined || (m && m.observed !== (doc.documentElement ?? root))) {
    // first reading, or the document's whole tree was replaced (the old observer sees none of it)
    m?.observer.disconnect();
    m = start(doc, root);
    byDoc.set(doc, m);
  }
  if (!m) return null;
  const memo = m;
  try {
    changed(memo, memo.observer.takeRecords());
  } catch {
    return null;
  }
  return {
    get(row, columns) {
      const e = memo.rows.get(row);
      return e && e.columns === columns ? e : undefined;
    },
    set(row, entry) {
      if (row.querySelector(CONTROLS) === null) memo.rows.set(row, entry);
    },
  };
}

function start(doc: Document, root: Element): DocMemo | null {
  const Observer = doc.defaultView?.MutationObserver ?? (typeof MutationObserver === 'function' ? MutationObserver : undefined);
  if (!Observer) return null;
  try {
    const observed = doc.documentElement ?? root;
    // records delivered between readings are handled as they come; the rest are taken at a reading
    const memo: DocMemo = { observer: new Observer((records) => changed(memo, records)), observed, rows: new WeakMap() };
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
  if (records.length > MAX_RECORDS) memo.rows = new WeakMap();
  else {
    for (const r of records) {
      // an empty element put into or taken out of a cell (our own chips) changes no value
      if (r.type === 'childList' && !memo.rows.has(r.target as Element) && allInert(r.addedNodes) && allInert(r.removedNodes)) continue;
      forget(memo, r.target);
    }
  }
}

/** Tags whose element changes visible text or a value even when empty. */
const NOT_INERT = new Set([...BLOCK_TAGS, 'BR', 'IMG', 'TIME', 'INPUT', 'SELECT', 'TEXTAREA', 'OUTPUT', 'IFRAME', 'OBJECT']);
const TEXT_ALTERNATIVES = ['aria-label', 'title', 'alt', 'datetime', 'value'];

/**
 * Nodes that add nothing to the visible text or values of the cell they are in or leave: elements
 * without content (light DOM: a shadow root's content is not the page's text), of no block or
 * special kind, with no text alternative.
 */
function allInert(nodes: NodeList): boolean {
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i]!;
    if (n.nodeType !== 1 || n.firstChild !== null) return false;
    const el = n as Element;
    if (NOT_INERT.has(el.tagName.toUpperCase())) return false;
    for (const a of TEXT_ALTERNATIVES) if (el.hasAttribute(a)) return false;
  }
  return true;
}

/** Forgets the kept row that holds `node` (or is it), if any. */
function forget(memo: DocMemo, node: Node): void {
  for (let el: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement; el; el = el.parentElement) {
    if (memo.rows.has(el)) {
      memo.rows.delete(el);
      return;
    }
  }
}
