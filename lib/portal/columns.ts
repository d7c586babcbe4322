// Column headers: a row of labels (<th>, role="columnheader", or a row of label cells with rows
// of values below it) and the rows whose cells they name.
import { cellsByColumn, colIndex, columnCount, columnOf, nearHidden, visibleText } from './dom';
import { readDate } from './date';
import { fieldOfKey, isDateField, statusOfText } from './lexicon';
import { OWN_HOSTS } from './own-hosts';
import type { LabelHit, Scan } from './scan';
import { labelKey } from './text';
import { isColumnHeader } from './values';
import type { FieldKey } from './vocabulary';


/** Column → field of a header row; `stacked`: the fields after the first of a header that stacks several ("Created<br>Respond by"), by column. */
export interface Columns extends Map<number, FieldKey> {
  stacked?: Map<number, FieldKey[]>;
}
export interface HeaderGroup {
  row: Element;
  columns: Columns;
  rows: Element[];
  /** a row's cells by column, where a row is drawn as several parts (findHeaderGroups) */
  cells?: (row: Element) => Element[];
  /** the unit a header names after its label, by field ("Amount (EUR)", "Respond by (CET)") */
  units: Map<FieldKey, string | undefined>;
  /** the columns whose header spans the next one too ("<th colspan=2>Respond by</th>": a date's cell and its time's) */
  wide?: Set<number>;
}

/**
 * Rows like `row` (same tag or role, same number of columns) after it, those `keep` keeps: its
 * siblings, else the children of its following siblings (a header row then a body), else of its
 * parent's (thead, then tbody), each also of the first children down from it, three levels at
 * most (a virtualised list's rows in its wrappers), then of the elements at that depth after it
 * (cousins), the rows in a wrapper, eight levels down at most, counted as rows; null where none is like it. A walk ends where
 * an earlier one started (`tails`, by the row's kind and `key`, naming what `keep` asks), taking what that one
 * found: a list of cards whose lines are their own children looks like rows of labels, each card
 * over the cards after it, and each walking the rest of the list made a reading of n cards take n²
 * steps. (Rows are asked last first: findHeaderGroups.)
 */
function rowsLike(row: Element, keep: (r: Element) => boolean, tails: Record<string, Map<unknown, Element[] | null>>, key: string): Element[] | null {
  // (our chip at a card's end is no row: stepped over, as columnCount does, so that a card after our
  // annotations walks from where it walked before them)
  const page = (el: Element | null | undefined) => (el && OWN_HOSTS.has(el) ? el.nextElementSibling : el);
  const next = page(row.nextElementSibling);
  const after = page(row.parentElement?.nextElementSibling);
  // (nothing after it: no walk, no columns measured; a card's lines are often its last element)
  if (!next && !after) return null;
  // Each also down its first children, three levels at most: a virtualised list draws its rows in
  // wrappers under a header row of plain divs drawn beside it (react-window in a div as tall as
  // them all inside the scrolling div, react-virtuoso in a list inside a viewport, each row maybe
  // in an item of its own). Its next sibling's before its parent's: a card's row of labels over
  // its values' row in wrappers heads that row; asked after, the next card's row of labels was
  // found first (no rows), and every card but the last was lost with nothing said.
  const starts: [Element | null | undefined, number, Element?, number?][] = [[next, 0]];
  for (const top of [next, after]) for (let el = top, n = 0; el && n < 4; el = el.firstElementChild, n++) starts.push([el, 1, top!, n]);
  const width = columnCount(row);
  const tag = row.tagName;
  const role = row.getAttribute('role');
  // (or of the same role: rows that are links, <a role="row">, under a row of column headers)
  const same = (el: Element) => (el.tagName === tag || el.getAttribute('role') === role) && fits(el, width);
  const kind = ` ${tag} ${role} ${width} ${key}`;
  let rows: Element[] | null;
  // (the rows in a wrapper, eight levels down at most, are rows too: react-virtuoso's items, a row
  // beside a spacer, a loader or an aria-hidden icon, or two to eight wrappers deep (an item, a
  // sizer, a link's box, an animation's); passed over, such a row among bare ones was dropped with
  // nothing said (four and more deep, till the twenty-third session; a line item of a dispute's
  // details so deep is no row: findHeaderGroups `shows`), and a body of rows after a bare row of
  // column filters never looked in, the filters taken for the list's only row. Among the header's
  // siblings (`w` unset) only beside a row like it: a row of column filters, a toolbar or a pager
  // there as wide as the header, in a wrapper of its own, was taken for the only row and every
  // dispute lost, nothing said)
  const take = (n: Element, w: unknown = 1, d = 8) => {
    if (same(n)) (rows ??= []) && keep(n) && rows.push(n);
    else if (d && (w || rows || same(n.nextElementSibling ?? n))) for (const c of n.children) take(c, 1, d - 1);
  };
  for (const [start, deep, top, depth] of starts) {
    if (!start) continue;
    const memo = (tails[deep + kind] ??= new Map());
    rows = null as Element[] | null;
    let p: Element | null = start;
    for (; p && !memo.has(p); p = p.nextElementSibling) {
      for (let n = deep ? p.firstElementChild : p; n; n = deep ? n.nextElementSibling : null) take(n, deep);
    }
    // (what the walk from there found; a new array: one a walk took is never added to)
    const tail = p && memo.get(p);
    if (tail) rows = (rows ?? []).concat(tail);
    // Rows found down the chain: the rows at the same depth under the chain's later siblings too
    // (cousins; react-virtuoso's pinned items in a list of their own before the others': the chain
    // reaches item 0 alone, and the items after it were dropped with nothing said); not again
    // where the walk from here was made before
    if (rows && depth && p !== start) {
      let level = [top!];
      for (let i = 0; i < depth; i++) level = level.flatMap((e) => [...e.children]);
      for (const c of level) if (c.parentElement !== start.parentElement) for (const n of c.children) take(n);
    }
    memo.set(start, rows);
    if (rows) return rows;
  }
  return null;
}

/**
 * A row as wide as its header's `width` columns, or narrower holding a cell the page hides, which
 * takes no column (dom.ts cells): reader.ts readRow reads such a row's values before the hidden
 * cell and reports what it cannot; left out, its dispute was lost, nothing said. (The row holds
 * its cells, or a link around them that does: in nearHidden either way.)
 */
const fits = (row: Element, width: number, n = columnCount(row)) => n === width || (n < width && nearHidden.has(row));

/**
 * A header in a container of its own above its body, within a few levels up: a sticky header's
 * table (the next table's body rows as wide as it, or one narrower where the header's last cell is
 * empty: Ant Design's header table ends with a cell over the body's scrollbar), or a data grid's
 * header rowgroup above the (virtualised) body's (MUI X, AG Grid: the rows as wide as it in the
 * first rowgroup after it; only the first, as AG Grid draws a row's pinned columns as rows in
 * rowgroups of their own, whose cells are not this header's).
 */
function rowsAfter(headerRow: Element): Element[] {
  // (a row's container; Fluent UI wraps each row in a presentational element of its own)
  const group = (r: Element) => (r.parentElement!.getAttribute('role') === 'presentation' ? null : r.parentElement);
  const table = headerRow.closest('table');
  const width = columnCount(headerRow);
  const spare = table && !/\S/.test(headerRow.lastElementChild!.textContent!) ? 1 : 0;
  // (a grid's header row from itself: its rows may be in a rowgroup inside a rowgroup beside it,
  // react-virtualized's Table)
  let level: Element | null = table ?? headerRow;
  for (let depth = 0; level && depth < 5; depth++, level = level.parentElement) {
    for (let n = level.nextElementSibling; n; n = n.nextElementSibling) {
      const next = !table || n.tagName === 'TABLE' ? n : n.querySelector('table');
      if (!next) continue;
      const all = Array.from(next.querySelectorAll(table ? 'tr' : '[role="row"]'));
      // (not a table's thead, which may repeat the header collapsed to size the columns, nor its tfoot)
      const rows = all.filter((r) => (table ? r.closest('table') === next && !/^T[HF]/.test(r.parentElement!.tagName) : group(r) === group(all[0]!)) && (fits(r, width) || width - columnCount(r) === spare));
      if (rows.length > 0) return rows;
    }
  }
  return [];
}

/**
 * Body rows of a table whose header row is `headerRow`, whatever their width (broken rows are
 * reported). Not its tfoot's: totals and paging, no dispute.
 */
function tableRows(headerRow: Element, s: Scan): Element[] {
  const table = headerRow.closest('table');
  if (!table) return [];
  const out: Element[] = [];
  const allHeaders = (tr: Element) => {
    for (let c = tr.firstElementChild; c; c = c.nextElementSibling) if (c.tagName !== 'TH') return false;
    return true;
  };
  // Below this header, another one with other labels (rows of labels over rows of values, as Ant
  // Design's vertical Descriptions draws one dispute) heads the rows after it: they are not this
  // header's (they made a dispute of "Fraudulent"). The same header again (DataTables) and a group's
  // heading across the table ("Today") are skipped.
  let passed = headerRow.parentElement?.tagName === 'THEAD';
  const collect = (container: Element) => {
    for (let n = container.firstElementChild; n; n = n.nextElementSibling) {
      if (n.tagName === 'TR') {
        if (n === headerRow) passed = true;
        // (a row of header cells showing no label is a row of values: a body drawn all in <th>;
        // a group's heading across the table is a message, skipped as a row of one cell)
        else if (!allHeaders(n) || !s.labelHolders.has(n)) out.push(n);
        else if (passed && n.childElementCount > 1 && n.textContent !== headerRow.textContent) return true;
      } else if (n.tagName === 'TBODY' && collect(n)) return true;
    }
    return false;
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

export function findHeaderGroups(labels: LabelHit[], s: Scan): HeaderGroup[] {
  const byRow = new Map<Element, LabelHit[]>();
  // the header cell (th, columnheader) each label is in: such a cell may hold more than its label
  // (a sort button's icon ligature, words for screen readers only). (Asked only on a page that has
  // one: a page of cards has thousands of labels and no header cell.)
  const heads = new Map<LabelHit, Element>();
  const HEAD = 'th,[role="columnheader"]';
  const anyHead = labels[0]?.box.ownerDocument.querySelector(HEAD);
  // A grid's rows by row number (aria-rowindex): AG Grid draws a row with pinned columns as
  // several row elements (a left, a centre and a right part) that share it.
  const parts = new Map<string | null, Element[]>();
  const grid = anyHead?.closest('[role=grid],[role=treegrid]');
  for (const r of grid ? Array.from(grid.querySelectorAll('[role=row][aria-rowindex]')) : []) {
    const i = r.getAttribute('aria-rowindex');
    parts.get(i)?.push(r) ?? parts.set(i, [r]);
  }
  for (const h of labels) {
    if (h.inline) continue;
    const head = anyHead && h.box.closest(HEAD);
    if (head) heads.set(h, head);
    let cellRow = head?.closest('tr,[role="row"]') ?? (head ?? h.box).parentElement;
    // (a head cell spanning rows beside a column group's, "Dates" over "Created": the last row it
    // spans, not its section's last, which is a data row where the head's rows are in the tbody)
    for (let n = (head as HTMLTableCellElement)?.rowSpan; n > 1 && cellRow!.nextElementSibling; n--) cellRow = cellRow!.nextElementSibling;
    // (a header row's parts as one: its first)
    cellRow = parts.get(cellRow?.getAttribute('aria-rowindex') ?? null)?.[0] ?? cellRow;
    if (!cellRow) continue;
    let list = byRow.get(cellRow);
    if (!list) byRow.set(cellRow, (list = []));
    list.push(h);
  }
  const groups: HeaderGroup[] = [];
  /** A header row and its rows: its labels are headers now, and the units they name are their columns'. */
  const accept = (hits: LabelHit[], group: Omit<HeaderGroup, 'units'>) => {
    // (a field's first header's unit, as its first column is the one read: "Amount (EUR) | Amount
    // (SEK)" or "Amount (EUR) | Amount" over 120.50 reads EUR; reversed, as a Map keeps the last)
    // (first: the rows are asked last first)
    groups.unshift({ ...group, units: new Map(hits.map((h) => [h.field, h.unit] as const).reverse()) });
    for (const h of hits) h.header = true;
  };
  // another row of other labels two rows off (a row of values between: values.ts reads each value below its label)
  const labelRowBy = (r: Element, other: Element | null | undefined) => other && byRow.has(other) && other.textContent !== r.textContent;
  const tails: Record<string, Map<unknown, Element[] | null>> = {};
  // (last first: a walk for rows like a row ends where the walk for the one after it began, rowsLike)
  for (const [row, hits] of [...byRow].reverse()) {
    const declared = hits.some((h) => isColumnHeader(heads.get(h) ?? h.box));
    if (!declared && hits.length < 2) continue;
    const own = parts.get(row.getAttribute('aria-rowindex'));
    if (own?.[1]) {
      // every other row number is a row, its cells from all its parts by their column numbers
      const cells = (r: Element) => {
        const out: Element[] = [];
        for (const p of parts.get(r.getAttribute('aria-rowindex'))!) for (let c = p.firstElementChild; c; c = c.nextElementSibling) out[colIndex(c)] = c;
        return out;
      };
      accept(hits, { row, columns: columnsOf(hits, (h) => colIndex(heads.get(h))), rows: [...parts.values()].filter((p) => p !== own).map((p) => p[0]!), cells });
      continue;
    }
    const isTableRow = row.tagName === 'TR';
    // rows of labels over rows of values (Ant Design's vertical Descriptions): one dispute's fields, no column headers
    if (isTableRow && (labelRowBy(row, row.nextElementSibling?.nextElementSibling) || labelRowBy(row, row.previousElementSibling?.previousElementSibling))) continue;
    // labels side by side with no rows like theirs after them: one dispute's fields (cards, panels);
    // asked before their cells' columns, which a row of thousands of labels takes long to find
    if (!declared && !rowsLike(row, () => false, tails, 'like') && !(isTableRow && rowsAfter(row)[0])) continue;
    const cells = hits.map((h) => cellIn(row, h.box) ?? heads.get(h));
    if (cells.some((c) => !c)) continue;
    const columns = columnsOf(hits, (_, i) => columnOf(cells[i]!));
    const wide = new Set(cells.filter((c) => (c as HTMLTableCellElement).colSpan > 1).map((c) => columnOf(c!)));
    if (!declared) {
      // Without <th>/columnheader: a header row only if rows below it show values, not labels,
      // where it shows labels, in cells of the same kind (a bar of sort buttons is no header of
      // the divs beside it) — and it is not a label/value/label/value run with one such row. A row
      // or cell the scan found hidden shows neither (no label of it was seen: the card before a
      // hidden card was read as its header, its dispute lost). Nor one whose amount shows no
      // currency while none of its cells shows a status word the reader knows: a line item of a
      // dispute's details expanded under its row, six values as wide as the header ("T-shirt | 2 |
      // €40.00 | …": a count under Amount, a price under Status), in a wrapper or bare, was read as
      // a dispute "T-shirt" (a chip and a count for none); a dispute's row shows its amount's
      // currency, or under "Amount (EUR)" its status, or else a date under Respond by or Created (an
      // item shows "Blue, M", "€80.00" there): a row showing "120.50" under "Amount" and a status the
      // reader does not know ("●Won") was passed over, nothing said. (Asked of the amount's cell,
      // once the others fit; the status words and the dates, of the few rows showing no currency.
      // A row showing none of them is passed over as an item is, nothing said: rows-twenty-third.)
      const headerCells = cellsByColumn(row);
      const shows = (r: Element) => {
        const byCol = cellsByColumn(r);
        // (the hidden subtrees asked last: of the few rows that show no label, not of every card after a card)
        return [...columns.keys()].every((col) => {
          const cell = byCol[col];
          return cell !== undefined && !s.labelHolders.has(cell) && cell.tagName === headerCells[col]?.tagName && !s.hiddenSet.has(cell) && (columns.get(col) !== 'amount' || /\p{L}|\p{Sc}/u.test(visibleText(cell)) || byCol.some((c, i) => statusOfText(visibleText(c)) || (isDateField(columns.get(i)!) && readDate(visibleText(c)).ok)));
        }) && !s.hiddenSet.has(r);
      };
      // (what `shows` asks: the columns, their fields and their cells' kind)
      const asks = `${[...columns]} ${headerCells.map((c) => c.tagName)}`;
      const dataRows = rowsLike(row, shows, tails, asks) ?? (isTableRow ? rowsAfter(row).filter(shows) : []);
      if (dataRows.length === 0) continue;
      if (dataRows.length < 2 && alternates(row, s)) continue;
      accept(hits, { row, columns, rows: dataRows, wide });
    } else {
      let rows = isTableRow ? tableRows(row, s) : (rowsLike(row, () => true, tails, '') ?? []);
      if (rows.length === 0) rows = rowsAfter(row);
      // a head row of a label and its value ("Dispute ID | X-1") over rows that start with a label:
      // one dispute's fields in two columns, not column headers (their cells read as disputes "Amount", "Status")
      const first = rows[0]?.firstElementChild;
      if (first && fieldOfKey(labelKey(visibleText(first)))) continue;
      accept(hits, { row, columns, rows, wide });
    }
  }
  return groups;
}

/**
 * Column → field of a header row's labels, at the columns `colOf` gives: the first label of a
 * column is its field; another field's label in the same header is stacked under it ("Created<br>
 * Respond by" over "19 Jan 2026<br>2 Feb 2026", a dense table's two dates in one column: the
 * deadline was lost, nothing said), read from the cells' lines (reader.ts readRow).
 */
function columnsOf(hits: LabelHit[], colOf: (h: LabelHit, i: number) => number): Columns {
  const columns: Columns = new Map();
  hits.forEach((h, i) => {
    const col = colOf(h, i);
    const first = columns.get(col);
    if (col < 0 || first === h.field) return;
    if (!first) columns.set(col, h.field);
    else {
      const more = (columns.stacked ??= new Map()).get(col);
      if (!more) columns.stacked.set(col, [h.field]);
      else if (!more.includes(h.field)) more.push(h.field);
    }
  });
  return columns;
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

