// DOM helpers that read what a person sees: text only, never script/style content, never markup.
// Nothing here looks at class names or ids; tags only in their generic meaning (a table cell, a
// definition term, a line break).
import { OWN_HOSTS } from './own-hosts';
import { DECIMAL_MARK } from './text';

/**
 * Subtrees that are never visible text, or no longer so: struck out (an amount or a deadline
 * before it changed, "<del>€150.00</del> €120.50", "<s>28 Jan 2026</s> 2 Feb 2026").
 */
export const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'svg', 'SVG', 'HEAD', 'IFRAME', 'OBJECT', 'DEL', 'S']);

/** Elements that start a new line of text: their text is kept apart from the text before. */
export const BLOCK_TAGS = new Set([
  'DIV', 'P', 'LI', 'UL', 'OL', 'TR', 'TD', 'TH', 'DT', 'DD', 'DL', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'SECTION',
  'ARTICLE', 'HEADER', 'FOOTER', 'ASIDE', 'NAV', 'MAIN', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BUTTON', 'OPTION',
  'LABEL', 'FIGURE', 'FIGCAPTION', 'BLOCKQUOTE', 'PRE', 'FORM', 'FIELDSET', 'LEGEND', 'SUMMARY', 'DETAILS',
]);

/**
 * The space the page shows around an element `el`, its text `t`, after the text `a` where no
 * whitespace separates them: none where it draws the element against its neighbours, one word with
 * them (inline text-level elements: a search's highlight inside a word, "re<mark>ceiv</mark>ed",
 * "SHOP-<mark>abc</mark>12", "DP-<mark>100</mark>1"; bold, a span); one where the element is a word
 * apart (isApart: "DP-1001<a href=#>Copy</a>"), or where letters or digits meet across its edge and
 * the page's style sets it apart: a box of its own (inline-block; a flex or grid item with a gap
 * before it), a margin before it, or a pill's padding and colour or border, as a badge or a copy
 * button drawn as a span is ("DP-1001<span class=badge>New</span>"; a <mark>'s padding is none).
 * Styles are asked there only: computed for each element, they would cost far more than the
 * reading budget.
 */
export function wordGap(a: string, el: Element, t: string): string {
  return isApart(el) || (!!a && WORD_GOES_ON.test(a.slice(-1) + t) && styledApart(el)) ? ' ' : '';
}

const WORD_GOES_ON = /^[\p{L}\p{N}]{2}/u;
const TRANSPARENT = /^(?:transparent|rgba\(0, 0, 0, 0\)|)$/;

function styledApart(el: Element): boolean {
  const view = el.ownerDocument.defaultView;
  const style = view?.getComputedStyle(el);
  if (!style) return false;
  if (parseFloat(style.marginLeft) > 0) return true;
  // (a pill: a box its padding and its colour or border draw, "DP-1001<span class=pill>New</span>";
  // not a <mark>, a search's highlight inside the word, padded and coloured alike)
  if (el.tagName !== 'MARK' && parseFloat(style.paddingLeft) > 0 && (parseFloat(style.borderLeftWidth) > 0 || !TRANSPARENT.test(style.backgroundColor))) return true;
  // (a flex or grid item is a box of its own, set apart only by a gap between the items: one
  // with none draws them against each other)
  const line = el.parentElement && view!.getComputedStyle(el.parentElement);
  return line && /flex|grid/.test(line.display) ? parseFloat(line.columnGap) > 0 : !/^(inline)?$/.test(style.display);
}

/**
 * An element that is a word of its own beside the text around it, whatever the spacing: one that
 * starts a line (BLOCK_TAGS), a link, a form control, a script's control (its role) or a web
 * component (a custom element: a copy button, a badge).
 */
function isApart(el: Element): boolean {
  const tag = el.tagName;
  return BLOCK_TAGS.has(tag) || tag === 'A' || CONTROL_TAGS.has(tag) || tag.includes('-') || APART_ROLES.has(el.getAttribute('role')!);
}

// (no img, video or the like: they show no text of theirs; an element with the role of an image shows a symbol)
const APART_ROLES = new Set(['button', 'link', 'img', 'checkbox', 'switch', 'tab', 'menuitem', 'option']);

/**
 * The page's elements a reading read the open shadow root of (visibleText), or found empty with a
 * custom element's name: a change inside a shadow root, and attachShadow, leave no record the row
 * memory sees, so it keeps no row holding one (row-memo.ts). Emptied as each reading starts.
 */
export const drawn: Element[] = [];

/**
 * The elements holding one of a reading's hidden subtrees, or holding one that does (scan.ts
 * Scan.hidden: a row holding a hidden cell, or a link around its cells holding one), filled as
 * each reading starts (reader.ts): only their cells are asked whether hidden (cells).
 */
export const nearHidden = new Set<unknown>();

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export const HIDING_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;
/**
 * The attributes by which a page hides or shows what the reader reads: hidden, an inline style
 * (HIDING_STYLE), and aria-hidden and open on the elements the reader takes them from
 * (HIDDEN_BY_STATE; scan.ts INVISIBLE_ALWAYS). Watched by the row memory and the content script.
 */
export const HIDING_ATTRIBUTES = ['hidden', 'style', 'aria-hidden', 'open'];
/** Where aria-hidden or open hides (elsewhere aria-hidden also marks what a modal covers, still shown). */
export const HIDDEN_BY_STATE = '[role=tabpanel],dialog';
/**
 * Hidden by the page itself (the hidden attribute, an inline display:none). Stylesheets are not
 * consulted: computing styles for every node would cost far more than the reading budget.
 */
export function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  return style !== null && HIDING_STYLE.test(style);
}

/**
 * The name an image shows, for a value shown as one (an icon's, a logo's, a flag's: its aria-label,
 * title or alt, an svg's <title>), or the machine-readable date of a date drawn by its own element.
 */
export function shownName(el: Element | null | undefined): string {
  return el ? (el.getAttribute('aria-label') ?? el.getAttribute('title') ?? el.getAttribute('alt') ?? el.getAttribute('datetime') ?? el.textContent!) : '';
}

/** The value a form control shows: the selected option's text, an input's value. */
export function controlText(el: Element): string | null {
  const tag = el.tagName;
  if (tag === 'SELECT') {
    // (a column's filter in a table's head or foot, "All", is the merchant's choice, no dispute's value)
    if (el.closest('thead,tfoot,th,[role=columnheader]')) return '';
    const select = el as HTMLSelectElement;
    return (select.selectedOptions?.[0] ?? select.options?.[select.selectedIndex])?.textContent ?? '';
  }
  if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'OUTPUT') {
    // what the merchant types (a search box) is not the page's data; read-only fields are. A
    // checkbox's, radio button's or hidden input's value ("on") is never shown, nor is a button's data.
    if (isEditable(el) || NOT_TEXT_INPUTS.has((el.getAttribute('type') ?? '').toLowerCase())) return '';
    return (el as HTMLInputElement).value ?? el.getAttribute('value') ?? '';
  }
  return null;
}

const NOT_TEXT_INPUTS = new Set(['hidden', 'checkbox', 'radio', 'button', 'submit', 'reset', 'image', 'file', 'range', 'color']);

/** A field the merchant types into (search, filters): never a value the page shows. */
export function isEditable(el: Element): boolean {
  const tag = el.tagName;
  return (
    (tag === 'TEXTAREA' || (tag === 'INPUT' && !NOT_TEXT_INPUTS.has((el.getAttribute('type') ?? 'text').toLowerCase()))) &&
    !el.hasAttribute('readonly') &&
    !el.hasAttribute('disabled')
  );
}

/**
 * The visible text of a node, as text (markup inside values stays literal text; scripts are never
 * read): text nodes joined, a space between block elements and at <br>.
 */
export function visibleText(node: Node, depth = 0): string {
  const type = node.nodeType;
  if (type === TEXT_NODE) return (node as Text).data;
  // (or an element's open shadow root, below)
  if (type !== ELEMENT_NODE && type !== 11) return '';
  const el = node as Element;
  const tag = el.tagName;
  if (SKIP_TAGS.has(tag)) return '';
  const control = CONTROL_TAGS.has(tag) ? controlText(el) : null;
  if (control !== null) return control;
  // (cents drawn apart, after the mark amount.ts takes for the decimal point in any language, or
  // they read as €123,450: centsOf. After decimals shown already, such an element or any superscript
  // is a footnote's mark, no part of the value: "€120.50<sup>1</sup>", "120,50 € <sup>12</sup>",
  // "Amount: €120.50 <sup>a</sup>", where a line's text would run on into it; not €12,050.12)
  const cents = centsOf(el);
  if ((cents || tag == 'SUP') && AFTER_DECIMALS.test(el.previousSibling?.textContent ?? '')) return '';
  if (cents) return DECIMAL_MARK + el.textContent;
  // most values are one element around one text: the native textContent is all there is
  // (and a value nested absurdly deep is read whole rather than recursed into)
  // (an element showing no text of its own draws it in its open shadow root, when it has one: a web
  // component's status badge, formatted amount or date, `<status-badge status=won>`, Shoelace's
  // `<sl-format-number>`; never our own UI's, the content script's hosts: own-hosts.ts)
  // (such an element, and an empty one with a custom element's name, which may attach a shadow root
  // when the page defines it, is `drawn`)
  if (el.childElementCount === 0 || depth > 64) return el.textContent || (!OWN_HOSTS.has(el) && (el.shadowRoot || /-/.test(tag)) && drawn.push(el) && el.shadowRoot ? visibleText(el.shadowRoot, depth) : '');
  let out = '';
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE) out += (child as Text).data;
    else if (child.nodeType === ELEMENT_NODE) {
      const c = child as Element;
      const t = c.tagName;
      if (t === 'BR') out += ' ';
      // hidden, or decorative (icon-font ligatures such as "info" are aria-hidden); or a button
      // after the value, an action on it ("Sweden <button>Edit: Buyer country</button>")
      else if (isHidden(c) || c.getAttribute('aria-hidden') === 'true' || (t === 'BUTTON' && /\S/.test(out))) continue;
      else {
        // (a line of its own, a control, a badge: a word apart from the text beside it, wordGap)
        const text = visibleText(c, depth + 1);
        const gap = wordGap(out, c, text);
        out += gap + text + gap;
      }
    }
  }
  return out;
}

const CONTROL_TAGS = new Set(['SELECT', 'INPUT', 'TEXTAREA', 'OUTPUT']);

/** a text ending in decimals shown ("€120.50", "120,50 €"): what follows them is no part of the number */
const AFTER_DECIMALS = /[.,]\d\d?\D*$/;

/**
 * Whether an element of two digits is the cents of the number before it. True for a superscript
 * ("€1,234<sup>50</sup>"), and right after the units' digits (a space between or none) for a <small>
 * ("€120<small>50</small>", "€120 <small>50</small>": a <small> holds other words and numbers as
 * often) or an element the page draws in a smaller type than the text around it, as cents are ("€120<span
 * class=cents>50</span>"), or raises as a <sup> is raised, vertical-align: super, in any type (its
 * computed style, asked only here; a document with no window, DOMParser's, draws none). False where
 * it is drawn as the digits before it and ends the number: its cents, or its last digits a search's
 * highlight marks ("€120<mark>50</mark>", €12,050?), which facts.ts reports. Undefined otherwise:
 * no cents inside a group ("€12,0<mark>50</mark>"), before more digits ("€1<mark>20</mark>.50") or
 * in a line of its own.
 */
export function centsOf(el: Element | null | undefined): boolean | undefined {
  const tag = el?.tagName;
  // (asked of every element read: of a line's own, a table's cell, none, before its text is; of
  // one holding its digits in an element of its own, "<small><span>50</span></small>", as of its
  // digits: that one, first of its parent's, has no units before it, and was read as €12,050)
  if (!tag || (tag != 'SUP' && (el.childElementCount > 1 || BLOCK_TAGS.has(tag))) || !/^\d+$/.test(el.textContent!)) return;
  const two = el.textContent!.length == 2;
  if (tag == 'SUP' && two) return true;
  const before = el.previousSibling?.textContent ?? '';
  // (other than two digits after decimals shown, "€120.50<small>1</small>": no cents they may be)
  if (!/\d\s*$/.test(before) || (!two && AFTER_DECIMALS.test(before))) return;
  const view = el.ownerDocument.defaultView;
  // (the element's own type against its parent's, in a shadow root its own: no smaller; raised to
  // the line's top or lowered is no <sup>'s, reported below. One digit or three and more so drawn,
  // "€120<sup>5</sup>", "€120<small>500</small>": a footnote's mark most likely, maybe the number's
  // last digits drawn apart; never €1,205.00, reported as unsure, facts.ts)
  if (tag == 'SUP' || tag == 'SMALL' || view?.getComputedStyle(el).verticalAlign == 'super' || parseFloat(view?.getComputedStyle(el).fontSize as string) < parseFloat(view?.getComputedStyle(el.parentElement ?? el).fontSize as string)) return two;
  if (two && !/\d[.,'’\s]\d\d?$/.test(before) && !/^\D?\d/.test(el.nextSibling?.textContent ?? '')) return false;
}

/**
 * A `<time datetime>` in or around a value (or an element of a web component's with one, whose
 * words its shadow root shows: `<relative-time datetime>`): the machine-readable date beside the visible one (or
 * the date a title shows on hover: "in 3 days" titled "2 Feb 2026, 23:59", a relative time; the
 * title of an element inside the value, else the value's own: `<td title="2 Feb 2026">in 3 days</td>`).
 */
export function machineDate(el: Element | null): string | null {
  const time = el && ((el.tagName !== 'TIME' && el.childElementCount && el.querySelector('[datetime],[title]')) || el);
  return time && (time.getAttribute('datetime') || time.getAttribute('title'));
}

/** A row of ARIA's (role=row), whose cells give their span by aria-colspan. */
const isAriaRow = (row: Element) => row.getAttribute('role') === 'row';

/**
 * The columns an element takes in its row: a table cell's colSpan (the DOM makes it at least 1), an
 * ARIA row's cell's aria-colspan, else one. (`aria` asked once of the row, not of each cell: asked
 * of every element no table cell is, a card's lines as columns.ts measures rows, the attribute cost
 * a list of cards a millisecond a reading, cpu-ab flatcards, warm)
 */
const span = (c: Element, aria: boolean) => (c as HTMLTableCellElement).colSpan || (aria && +c.getAttribute('aria-colspan')!) || 1;

const isPresentation = (el: Element) => el.getAttribute('role') === 'presentation';

/**
 * The element holding a row's cells: the row, or a link or a presentational element around all
 * of them (a row made clickable by a link laid out with display:contents, `<div role=row><a
 * href>cells</a></div>`; Fluent UI's `<div role=row><div role=presentation>cells</div></div>`).
 */
export function cellsIn(row: Element): Element {
  const a = row.firstElementChild;
  return a && (a.tagName === 'A' || isPresentation(a)) && !a.nextElementSibling && a.childElementCount > 1 ? a : row;
}

/** a cell the page hides by its hidden attribute or an inline display:none: it takes no column (cells) */
export const pageHides = (c: Element) => c.hasAttribute('hidden') || /display\s*:\s*none/i.test(c.getAttribute('style') ?? '');

/**
 * A row's cells in order; in an ARIA row (role=row) a presentational element's children take its
 * place (Fluent UI's row: a check cell, then the others inside a role=presentation div), and an
 * input or an aria-hidden element between its cells is none (Carbon's radio button beside a
 * row's cells, Fluent's column sizers between its column headers).
 */
function cells(row: Element): ArrayLike<Element> {
  const box = cellsIn(row);
  const tr = box.tagName === 'TR';
  const aria = !tr && isAriaRow(row);
  // (a table row's children are its cells, as are those of a row that is no ARIA row (a card's
  // lines): no array made, no attribute read, for each of a long list's rows but those holding
  // something hidden)
  const hides = (tr || aria) && nearHidden.has(box);
  if (!aria && !hides) return box.children;
  const out: Element[] = [];
  for (const c of box.children) {
    // (a table's or a grid's cell the page hides takes no column, as the browser lays the row out:
    // a stale value left hidden beside the one shown, a column hidden on a small screen, its header
    // too; visibility:hidden keeps the cell's box, and its column)
    if (hides && pageHides(c)) continue;
    if (!aria) out.push(c);
    else if (isPresentation(c)) out.push(...c.children);
    else if (c.tagName !== 'INPUT' && c.getAttribute('aria-hidden') !== 'true') out.push(c);
  }
  if (!aria) return out;
  // (in the order of their column numbers where every cell has one: AG Grid places its cells by
  // their style and appends each where it creates it, so after a column is moved, or scrolled out
  // of view and back, the DOM holds a row's cells, and its header's, in another order than shown)
  const n = out.map(colIndex);
  const inOrder = n.every((x, i) => !i || x >= n[i - 1]!);
  if (inOrder || n.some((x) => x < 0)) return out;
  // (sorted by position, not by cell: Array.prototype.sort is stable, so cells giving one number,
  // a page's mistake, keep their DOM order, as they read where every number is in order)
  return out
    .map((_, i) => i)
    .sort((a, b) => n[a]! - n[b]!)
    .map((i) => out[i]!);
}

/** The column number a cell gives itself (aria-colindex, counted from 1), from 0. */
export const colIndex = (cell: Element | undefined) => Number(cell?.getAttribute('aria-colindex')) - 1;

/**
 * The column a cell of its row starts at (-1 for a child that is no cell); in a table, after the
 * cells spanning into its row from the rows above (a head's column groups: "Dates" over "Created"
 * and "Respond by", the other headers spanning both rows).
 */
export function columnOf(cell: Element): number {
  const row = cell.parentElement!;
  const spans: Spans = [];
  let grid: Element[] = [];
  for (let r: Element | null | false = row.tagName === 'TR' ? row.parentElement!.firstElementChild : row; r; r = r !== row && r.nextElementSibling) grid = cellsByColumn(r, spans);
  return grid.indexOf(cell);
}

/** A cell of a row above, by the column it starts at, and how many rows below it still spans. */
export type Spans = [Element, number][];

/**
 * The cells of a row by column position (colspans counted). `spans`, carried from row to row of
 * one table: a cell spanning rows (rowspan) takes its columns in the rows below before their own
 * cells, which start after it.
 */
export function cellsByColumn(row: Element, spans?: Spans): Element[] {
  const out: Element[] = [];
  let col = 0;
  const list = cells(row);
  const aria = isAriaRow(row);
  for (let i = 0, c, s; ; i++) {
    while ((s = spans?.[col]) && s[1]) {
      s[1]--;
      col += span((out[col] = s[0]), aria);
    }
    if (!(c = list[i])) return out;
    out[col] = c;
    if (spans) spans[col] = [c, (c as HTMLTableCellElement).rowSpan - 1];
    col += span(c, aria);
  }
}

export function columnCount(row: Element): number {
  let col = 0;
  const list = cells(row);
  const aria = isAriaRow(row);
  // (our chip at a card's end is no column: cards read as rows alike, columns.ts rowsLike, stay alike)
  for (let i = 0; i < list.length; i++) if (!OWN_HOSTS.has(list[i]!)) col += span(list[i]!, aria);
  return col;
}
