// From a label to its value, the way a reader's eye goes: the rest of its line, the next cell, the
// dd after a dt, the control a <label> names, the caption's figure.
import { BLOCK_TAGS, cellsByColumn, columnOf, ELEMENT_NODE, isHidden, shownName, TEXT_NODE, visibleText, wordGap } from './dom';
import { isEmptyValue } from './facts';
import { OWN_HOSTS } from './own-hosts';
import { fieldOfKey, isDateField } from './lexicon';
import { MAX_TEXT_FOR_LOOKUP, type LabelHit, type Scan, type Value } from './scan';
import { cleanText, labelKey } from './text';
import { DATE_TIME_JOINERS, FIELD_LABELS } from './vocabulary';


/** What sets a hint apart from a term: a smaller or slanted type, a note. */
const HINT_TAGS = 'small,em,i,[role=note]';

/**
 * A term that reads as a hint under the term before it, not as a name of a value: all its visible
 * text in parentheses ("(optional)"), or in one element set apart as a note (HINT_TAGS). (Words
 * alone cannot tell a hint, "Deadline for your evidence", from another field's term, "Reminder
 * sent", whose value is then no value of the label's.)
 */
function isHint(dt: Element): boolean {
  const text = cleanText(visibleText(dt));
  const note = dt.matches(HINT_TAGS) ? dt : dt.querySelector(HINT_TAGS);
  return /^\(.*\)$/.test(text) || (!!note && cleanText(visibleText(note)) === text);
}

/** Climbs from a label's parent while the ancestor shows nothing but the label. */
export function labelBox(hit: LabelHit, root: Element): Element {
  let box = hit.box;
  for (let i = 0; i < 6; i++) {
    const up = box.parentElement;
    // (above a <label> is its form field, label and control: MUI's filled and standard TextField;
    // above a header cell its row, even where the cell stands alone in it: AG Grid's pinned column)
    if (!up || up === root || box.tagName === 'LABEL' || box.tagName === 'TH' || box.getAttribute('role') === 'columnheader') break;
    // a wrapper around the label alone; an element with several others holds more than the label
    if (up.childElementCount > 2) break;
    const text = up.textContent ?? '';
    if (text.length > hit.key.length * 2 + 16 || labelKey(text) !== hit.key) break;
    box = up;
  }
  return box;
}

/** `box`: the header cell (th, columnheader) a label is in, else the label's own element (columns.ts). */
export function isColumnHeader(box: Element): boolean {
  const role = box.getAttribute('role');
  if (role === 'columnheader') return true;
  if (box.tagName === 'TD') return box.parentElement?.parentElement?.tagName === 'THEAD';
  if (box.tagName !== 'TH') return false;
  if (box.getAttribute('scope') === 'col' || box.closest('thead')) return true;
  const row = box.parentElement;
  if (!row || row.childElementCount < 2) return false;
  for (let c = row.firstElementChild; c; c = c.nextElementSibling) if (c.tagName !== 'TH') return false;
  return true;
}

export function valueOf(el: Element | null): Value | null {
  if (!el) return null;
  const text = cleanText(visibleText(el));
  // a value shown only as an icon or badge: its text alternative ("Won" on a trophy icon); a date
  // whose words an element draws itself, as a web component does in its shadow root (`<time
  // datetime>`, `<relative-time datetime>` with no text of their own): its machine-readable date.
  // A symbol named as an image ("<span role=img aria-label=Won>🟢</span>") shows its name.
  // A logo drawn as an svg names itself in its <title> ("<svg role=img><title>Visa</title>…").
  const shown = (!HAS_WORD.test(text) && cleanText(shownName(el.querySelector(text ? '[role=img][aria-label]' : '[aria-label],[title],img[alt],[datetime],title')))) || text;
  return shown ? { text: shown, el } : null;
}

/**
 * The space between a value's text `a` and the node `n` after it: one where the page shows
 * whitespace or a line break, or `n` is a word apart (dom.ts wordGap: "<span>DP-1001</span><a href=#>Copy</a>"),
 * none where it goes on with the word ("Goods not re<mark>ceiv</mark>ed", "DP-<mark>100</mark>1").
 */
export function gap(a: string, n: Node): string {
  const t = n.textContent!;
  // (a <br> ends the line's words: "Respond by: 2 feb. 2026<br><small>indisk tid</small>" is the
  // date and its zone's name, not "2026indisk tid")
  return /\s$/.test(a) || /^\s/.test(t) || n.nodeName === 'BR' || (n.nodeType === ELEMENT_NODE && wordGap(a, n as Element, t)) ? ' ' : '';
}

/**
 * Text after a label (its text node, or its element) among its siblings: up to a line break, the
 * next label, or the end of the first block-level element ("<dt>…</dt><dd>value</dd>",
 * "Amount: 1 234,50 <abbr>kr</abbr>", "<span>Amount</span> €12 <small>…</small>").
 */
export function textAfter(node: Node, s: Scan): { text: string; first: Element | null } {
  let text = '';
  let first: Element | null = null;
  for (let n = node.nextSibling; n; n = n.nextSibling) {
    if (n.nodeType === ELEMENT_NODE) {
      const el = n as Element;
      // (a colon after the label is not its value: "<b>Amount</b>:<br>€12.50")
      const hasText = /[^\s:]/.test(text);
      if (el.tagName === 'BR') {
        if (hasText) break;
        continue;
      }
      if (s.labelHolders.has(el)) break;
      // (a tooltip the page hides until hover: "Respond by<span role=tooltip hidden>…</span>")
      if (isHidden(el)) continue;
      const block = BLOCK_TAGS.has(el.tagName);
      if (block && hasText) break;
      const t = visibleText(el);
      if (/\S/.test(t)) first ??= el;
      // (a word apart on both sides, or one with its neighbours: dom.ts wordGap)
      const g = t && wordGap(text, el, t);
      text += g + t + g;
      if (block && /\S/.test(t)) break;
    } else if (n.nodeType === TEXT_NODE) {
      if (isLabelNode(n)) break;
      text += (n as Text).data;
    }
  }
  // (a colon or a dash set apart in a text node of its own after the label's element: "<b>Amount</b>:
  // €12.50", "<b>Amount</b> – €12.50" (not a minus sign: "-€12.50"). The separator before the
  // line's next label, "<b>Amount</b> €12.50 · <b>Status</b> Won", is dropped where it is read: facts.ts)
  return { text: cleanText(text).replace(/^(:|[-–—] )\s*/, ''), first };
}

/** The value beside a label that stands alone in its element. */
export function resolveValue(hit: LabelHit, s: Scan, root: Element): Value | null {
  // 1. the label text is followed by more nodes in the same element: "Shop-ID (MID): <strong>M-1</strong>"
  // (from the zone's element after the label where that is the label's: scan textHit)
  const after = textAfter(hit.box.contains(hit.node) ? hit.node : hit.box, s);
  // (only a value, isValue: "Respond by <button>?</button>" is a help icon)
  // (not in a dt, whose value is its dd: words after a term are for screen readers or a tooltip)
  const box = hit.box;
  const tag = box.tagName;
  if (isValue(after.text) && tag !== 'DT') return { text: after.text, el: after.first ?? box };

  const across = acrossRun(box, s);
  if (across) return across;
  // 2. the label's element stands alone: its value is the next cell, dd, control or sibling (the
  // control a <label> names, or one inside the label's box: "<div><span>Amount</span><input
  // readonly></div>", the box climbed past the label's element to the control without text)
  const id = box.getAttribute('for');
  const control = id ? box.ownerDocument.getElementById(id) : box.firstElementChild && box.querySelector(FORM_CONTROLS);
  if (control) {
    // (a read-only combobox, empty while closed, shows its chosen item beside it in the element two
    // up, around both: Ant Design's Select, the label naming its search input)
    const shown = control.matches('[role=combobox][readonly]') && control.parentElement?.parentElement;
    // (with the text beside it in its own group, where that holds no other control and not the
    // label: a currency's add-on, Bootstrap's input group "<span>€</span><input readonly value=12.50>",
    // MUI's InputAdornment; a few elements, so that a form of many fields in one element is not
    // searched once for each of its labels; only where the control shows a value: an empty search
    // field's group shows its button, "Search", no dispute ID)
    const group = control.parentElement!;
    const own = valueOf(control);
    const v = (own && group.childElementCount < 4 && !group.contains(hit.node) && group.querySelectorAll(FORM_CONTROLS).length < 2 ? valueOf(group) : own) ?? (shown && !shown.contains(box) && HAS_WORD.test(visibleText(shown)) ? valueOf(shown) : null);
    if (!v) hit.formField = true;
    return v;
  }
  if (tag === 'DT') {
    // (a list that shows each value before its term, "<dd>€12.50</dd><dt>Amount</dt>": the dd before it)
    const step = box.parentElement!.firstElementChild!.tagName === 'DD' ? 'previousElementSibling' : 'nextElementSibling';
    for (let n = box[step]; n; n = n[step]) {
      if (n.tagName === 'DD') {
        const v = valueOf(n);
        // a day and its time in a dd each ("26 Jan 2026", "14:00"): one value (a deadline without
        // its time would be read as the end of that day, later than the page says). Only a time,
        // not a note under a stat's value that starts with a number (Chakra's help text: "12.5% of
        // the order", "23.36%", "12.01.2026").
        if (n.nextElementSibling?.tagName === 'DD') withTime(v, n.nextElementSibling);
        return v;
      }
      // (a term holding no label that looks like a hint under the label is a second term of the same
      // description: "<dt>Respond by</dt><dt><small>Deadline for your evidence</small></dt><dd>…</dd>";
      // any other term names the dd after it, the label's own dd left out: React draws none for an
      // absent value, "<dt>Respond by</dt><dt>Reminder sent</dt><dd>19 Jan 2026</dd>")
      if (n.tagName === 'DT' && (s.labelHolders.has(n) || !isHint(n))) break;
    }
    return null;
  }
  // a line that ends with its label after its value ("<time>19 Jan 2026</time> Created" in a
  // timeline): that value, never the next line's. (Only one with a digit: an icon's ligature before
  // a label, "event", is no value.)
  const before = box === hit.node.parentElement && (hit.node as Text).previousElementSibling;
  if (before && /\d/.test(visibleText(before))) return valueOf(before);
  // after the label's element, where its rest shows no word (1.): a colon, a help button or an
  // info mark ("<th>Amount<span>:</span></th><td>€12.50</td>", "<th>Amount <button>ⓘ</button></th>")
  const next = textAfter(box, s);
  // (a label's cell followed by two value cells or more, no label among them, in a row as wide as
  // the row beside it, which starts with a label and a value too: a table with a column per
  // dispute, a comparison view (not a label in a list row's cell, under a row of data or of labels). Which column is the
  // page's dispute nothing tells: none is read, the ID's label taking an empty value, so that
  // reader.ts says no dispute could be read, and that a dispute's address takes no column's values
  // for its own (transposed-twenty-fourth). A row wider than the rows beside it (a deadline's time in
  // a cell of its own after its date's), a label's and its value's twice in a row, or a cell showing
  // no word after every value (an info mark, an empty cell), read as before. A cell holding a control
  // and no digit is a row's action, "Edit", a "Change" link, no dispute's value: a dispute's own
  // table of "label | value | Edit" rows reads; an ID's link, another dispute's, shows a digit. A
  // time of day in either row's third cell is a date's, no column: a dispute's table whose Created
  // and Respond by rows show theirs, or a countdown beside Created's time, twenty-sixth)
  const parent = box.parentElement!;
  const more = next.first?.nextElementSibling;
  const beside = parent.previousElementSibling ?? parent.nextElementSibling;
  if (more?.tagName === 'TD' && !s.labelHolders.has(more) && (more.querySelector('a,button') ? /\d/ : HAS_WORD).test(visibleText(more)) && !timeIn(more) && beside?.childElementCount === parent.childElementCount && s.labelHolders.has(beside.firstElementChild!) && !s.labelHolders.has(beside.children[1]!) && !timeIn(beside.children[2])) return hit.field === 'id' ? { text: '', el: null } : null;
  // (a date's time in a cell of its own after its value's, "<td>2 Feb 2026</td><td>12:00</td>": one
  // value, as a dd's time after the day's is; before, the deadline was the day's end, hours late.
  // Only a cell's: a line's elements after the label are its value's text already, textAfter. Only
  // a date's: an amount, a status or a reason with a time after it read "€120.50 10:30", twenty-sixth)
  if (isValue(next.text)) {
    const v = { text: next.text, el: next.first ?? box };
    if (more?.tagName === 'TD' && isDateField(hit.field)) withTime(v, more);
    return v;
  }
  // a label cell over its value's (rows of labels over rows of values: columns.ts)
  const cellBelow = tag === 'TH' && parent.nextElementSibling && cellsByColumn(parent.nextElementSibling)[columnOf(box)];
  if (cellBelow) return valueOf(cellBelow);
  // a caption under its value ("€12.50" above "Amount") in a two-part element
  if (parent !== root && parent.childElementCount === 2 && !box.nextSibling) {
    const other = box.previousElementSibling;
    if (other && !s.labelHolders.has(other)) return valueOf(other);
  }
  // the element whose aria-labelledby names the label, where nothing beside it is its value (MUI's
  // Select: a div role=combobox showing the chosen item, its label with an id and no for=, a copy of
  // the label drawn in the outline between them; React's ids need escaping, ":r3:"). Not an empty
  // control's (a search field's "<label id=q>Dispute ID</label><input aria-labelledby=q>"): a form field.
  const named = box.id && valueOf(box.ownerDocument.querySelector(`[aria-labelledby~="${CSS.escape(box.id)}"]`));
  if (named) return named;
  hit.formField = besideFormField(hit, box);
  return null;
}

/**
 * A grid printed a column at a time, every label and then every value ("label1 label2 label3
 * value1 value2 value3": a responsive layout placing them side by side with CSS, a <dl> of all its
 * terms, then all its descriptions): a label in a run of labels followed by as many values takes
 * the value as far into the values as it is into the labels. (Runs of at most as many labels as
 * there are fields: a label looks at a few siblings, never at a whole page's.)
 */
const MAX_RUN = Object.keys(FIELD_LABELS).length;

function acrossRun(box: Element, s: Scan): Value | null | false {
  let at = 0;
  let run = 1;
  let el: Element | null = box;
  while ((el = el.previousElementSibling) && s.labelHolders.has(el) && run <= MAX_RUN) at++, run++;
  el = box;
  while ((el = el.nextElementSibling) && s.labelHolders.has(el) && run <= MAX_RUN) run++;
  const values: Element[] = [];
  // (our chip after the values, at a card's end, is none: own-hosts.ts)
  for (; el && !s.labelHolders.has(el) && values.length < run; el = el.nextElementSibling) if (!OWN_HOSTS.has(el)) values.push(el);
  return run > 1 && run <= MAX_RUN && values.length === run && valueOf(values[at]!);
}

/**
 * A text that is a time of day, "14:00", "14.00 Uhr" (not "12.5%", "23.36%", "12.01.2026": a stat's
 * note), not a countdown, which a word in lower case follows ("05:12 left", "05:12 min", "05:12
 * kvar"; but "2:00 pm", "14:00 uhr", and "14.00 h", "14:00 hrs", which are times as often). A bare "05:12" may
 * be either: it is read as the time, the earlier of the two deadlines it may mean (were it a
 * countdown, the deadline is the day's end, later), so that the merchant is never told of more time
 * than the page gives.
 */
const TIME_OF_DAY = /^\d\d?[:.]\d\d(?![\d.%]| ?(?![ap]\.?m|h|uhr)\p{Ll}\p{Ll})/u;
/**
 * A date's value `v` with its time, shown in an element of its own after the date's (a dd after the
 * day's, a cell under a header spanning both: reader.ts readRow), as the merchant sees it (an icon
 * for screen readers to skip before it is none of it, a hidden time no time), with a word before it
 * that joins a date and its time ("klo 12.00", "um 12:00 Uhr", "at 12:00": date.ts reads the two as
 * one text). Not where the date shows a time already, or none ("—"): the element's is then no time
 * of its (a countdown). A time in the date is "hh:mm" or "hh.mm" standing apart from the date's own
 * digits: a short date's two-digit year, "02.02.26" (German, Danish, Norwegian, Finnish dateStyle
 * short), is none.
 */
export function withTime(v: Value | null, el: Element | null | undefined): void {
  const t = timeIn(el);
  if (v && t && !/(?<![\d.])\d\d?[:.]\d\d(?![\d.])/.test(v.text) && !isEmptyValue(v.text)) v.text += ' ' + t;
}

/** `el`'s text where it is a time of day, alone or after a word that joins a date and its time ("klo 12.00"); else '' */
function timeIn(el: Element | null | undefined): string {
  const t = el ? cleanText(visibleText(el)) : '';
  const [word, ...rest] = t.split(' ');
  return TIME_OF_DAY.test(DATE_TIME_JOINERS.includes(word!.toLowerCase()) ? rest.join(' ') : t) ? t : '';
}
const FORM_CONTROLS = 'input,textarea,select';
const HAS_WORD = /[\p{L}\p{N}]/u;
/**
 * Text after a label that is its value: one with a letter or digit, or an empty value's dash
 * ("Respond by: <strong>—</strong>"); not a help button's "?" nor the separator after the label's
 * element ("<span>Respond by: <strong></strong></span> · "), whose line's other values are no value of it.
 */
const isValue = (t: string) => HAS_WORD.test(t) || (t !== '' && isEmptyValue(t));
/**
 * A label of a search or filter field (the field inside the label or next to it), or the text of
 * a control (a sort button): it names no value on the page.
 */
function besideFormField(hit: LabelHit, box: Element): boolean {
  if (box.tagName === 'LABEL' || box.querySelector(FORM_CONTROLS)) return true;
  if (box.closest('button,[role="button"],a[href],option')) return true;
  for (const n of [hit.node.nextSibling, box.nextElementSibling]) {
    if (n && n.nodeType === ELEMENT_NODE && ((n as Element).matches(FORM_CONTROLS) || (n as Element).querySelector(FORM_CONTROLS))) return true;
  }
  return false;
}

export function isLabelNode(n: Node): boolean {
  const raw = (n as Text).data;
  if (raw.length > MAX_TEXT_FOR_LOOKUP) return false;
  const colon = raw.indexOf(':');
  return !!(fieldOfKey(labelKey(raw)) || (colon > 0 && fieldOfKey(labelKey(raw.slice(0, colon)))));
}

