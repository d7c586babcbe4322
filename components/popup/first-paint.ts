// The popup's first frame from the due index, drawn with plain DOM calls instead of Preact: the same
// elements, classes, labels and texts PopupView and CaseRow render for a preview (no filter, no
// status, nothing added yet), so the first list is painted before Preact and the components have run
// for the first time in the page (their first, unoptimised run was the largest part of the first
// frame's time: BENCHMARKS.md, popup). Right after that frame is painted, Preact renders the same
// view in its place (entrypoints/popup/main.tsx) and takes over; until then the buttons do nothing.
// test/popup/first-paint.test.tsx checks the DOM equals PopupView's for the same preview, in every
// language. Texts go in as text nodes and attribute values only (never as markup).
import { formatCount, t, tn, type Locale } from '../../lib/i18n';
import { previewGroups, type CaseRow as Row, type PreviewRows } from '../../lib/cases/group';
import { rowTexts } from './row-model';

export interface FirstPaint {
  preview: PreviewRows;
  locale: Locale;
  timeZone: string;
  now: number;
  /** rows drawn (FIRST_FRAME_ROWS) */
  rows: number;
}

type Child = Node | string | null;

function el(doc: Document, tag: string, attrs: Record<string, string>, ...children: Child[]): HTMLElement {
  const node = doc.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  for (const child of children) if (child !== null) node.append(child);
  return node;
}

/** One row, as CaseRow renders it. */
function row(doc: Document, r: Row, locale: Locale, timeZone: string, now: number): HTMLElement {
  const id = r.case.facts.id;
  const x = rowTexts(r, locale, timeZone, now);
  const lines: Child[] = [
    el(doc, 'span', { class: 'row-line' }, el(doc, 'span', { class: `chip u-${x.urgency}` }, x.countdown), x.amount !== null ? el(doc, 'span', { class: 'amount' }, x.amount) : null),
    el(doc, 'span', { class: 'row-line' }, el(doc, 'span', { class: 'id' }, id), el(doc, 'span', { class: 'muted' }, x.provider, ' · ', x.status)),
    el(doc, 'span', { class: 'row-line small muted' }, el(doc, 'span', {}, x.store), el(doc, 'span', {}, x.fee)),
  ];
  if (x.due) {
    lines.push(
      el(
        doc,
        'span',
        { class: 'row-line small muted' },
        el(doc, 'time', { datetime: x.due.at }, x.due.text),
        x.due.estimateTitle !== null
          ? el(doc, 'span', { class: 'estimate', title: x.due.estimateTitle }, '≈ ', t(locale, 'popup.row.estimate'), el(doc, 'span', { class: 'sr-only' }, ': ', x.due.estimateTitle))
          : null,
        r.case.manual ? el(doc, 'span', { class: 'manual' }, t(locale, 'popup.row.manual')) : null,
      ),
    );
  }
  lines.push(el(doc, 'span', { class: 'sr-only' }, t(locale, 'popup.row.open', { id })));
  return el(
    doc,
    'li',
    { class: 'row', 'data-case-key': r.case.key },
    el(doc, 'button', { type: 'button', class: 'row-btn' }, ...lines),
    // A case added by hand: CaseRow's RemoveControl before any click (it works once Preact takes over).
    r.case.manual
      ? el(
          doc,
          'div',
          { class: 'row-remove' },
          el(doc, 'button', { type: 'button', class: 'btn row-remove-btn', 'aria-label': t(locale, 'popup.row.remove.label', { id }) }, t(locale, 'popup.row.remove')),
        )
      : null,
  );
}

/**
 * The popup's view of a preview, as PopupView renders it before any interaction. For a preview with
 * rows (previewFromIndex never gives one without: an empty store takes the full path).
 */
export function firstFrameView(doc: Document, view: FirstPaint): HTMLElement {
  const { locale, timeZone, now } = view;
  const grouped = previewGroups(view.preview);
  const filters = el(doc, 'div', { class: 'filters', role: 'search' });
  if (grouped.stores.length > 1) {
    const select = el(doc, 'select', { id: 'filter-store' }, el(doc, 'option', { value: '' }, t(locale, 'popup.filter.allStores')));
    for (const s of grouped.stores) select.append(el(doc, 'option', { value: s }, s));
    filters.append(el(doc, 'div', { class: 'field' }, el(doc, 'label', { for: 'filter-store' }, t(locale, 'popup.filter.store')), select));
  }
  filters.append(
    el(
      doc,
      'div',
      { class: 'field grow' },
      el(doc, 'label', { for: 'filter-search' }, t(locale, 'popup.filter.search')),
      el(doc, 'input', { id: 'filter-search', type: 'search', placeholder: t(locale, 'popup.filter.searchPlaceholder') }),
    ),
  );
  const exportButton = (kind: 'csv' | 'ical', id: string) =>
    el(doc, 'button', { type: 'button', class: 'btn', disabled: '', 'aria-describedby': id, title: t(locale, `popup.action.${kind}.label`) }, t(locale, `popup.action.${kind}`));
  const summary = el(
    doc,
    'div',
    { class: 'summary' },
    el(doc, 'span', {}, tn(locale, 'popup.count', grouped.total)),
    el(
      doc,
      'span',
      { class: 'bar-actions' },
      exportButton('csv', 'export-csv-desc'),
      exportButton('ical', 'export-ics-desc'),
      el(doc, 'span', { id: 'export-csv-desc', class: 'sr-only' }, t(locale, 'popup.action.csv.label')),
      el(doc, 'span', { id: 'export-ics-desc', class: 'sr-only' }, t(locale, 'popup.action.ical.label')),
    ),
  );
  const groups = el(doc, 'div', { class: 'groups', 'data-testid': 'case-list', 'data-rows-limit': String(view.rows) });
  let budget = view.rows;
  let hidden = 0;
  for (const { group, rows, count } of grouped.groups) {
    const listed = rows.slice(0, Math.max(0, budget));
    budget -= listed.length;
    hidden += count - listed.length;
    if (listed.length === 0) continue;
    const list = el(doc, 'ul', {});
    for (const r of listed) list.append(row(doc, r, locale, timeZone, now));
    groups.append(
      el(
        doc,
        'section',
        { class: `group g-${group}`, 'aria-labelledby': `group-${group}`, 'data-group': group },
        el(doc, 'h2', { id: `group-${group}` }, t(locale, `popup.group.${group}`), ' ', el(doc, 'span', { class: 'count' }, `(${formatCount(locale, count)})`)),
        list,
      ),
    );
  }
  return el(
    doc,
    'main',
    { class: 'popup' },
    el(
      doc,
      'header',
      { class: 'bar' },
      el(doc, 'h1', {}, t(locale, 'app.name')),
      el(
        doc,
        'div',
        { class: 'bar-actions' },
        el(doc, 'button', { type: 'button', class: 'btn primary' }, t(locale, 'popup.action.add')),
        el(doc, 'button', { type: 'button', class: 'btn' }, t(locale, 'popup.action.settings')),
      ),
    ),
    el(doc, 'p', { class: 'status', role: 'status', 'aria-live': 'polite' }),
    view.preview.hidden > 0 ? el(doc, 'p', { class: 'muted hosts-off' }, tn(locale, 'popup.hostsOff', view.preview.hidden)) : null,
    filters,
    summary,
    groups,
    hidden > 0 ? el(doc, 'button', { type: 'button', class: 'btn more' }, t(locale, 'popup.more', { count: formatCount(locale, hidden) })) : null,
  );
}

/** Draws the first frame into `app` (empty before); Preact replaces it once that frame is painted. */
export function paintFirstFrame(doc: Document, app: HTMLElement, view: FirstPaint): void {
  app.append(firstFrameView(doc, view));
}

/**
 * When the app's chunk cannot be loaded (an extension updated or removed while the popup was
 * open): one alert, below the first frame's status line (whose buttons would otherwise do nothing
 * without a word), or alone when nothing was drawn yet.
 */
export function paintAppLoadError(doc: Document, app: HTMLElement, locale: Locale): void {
  const alert = el(doc, 'p', { class: 'notice bad', role: 'alert' }, t(locale, 'popup.appLoadError'));
  const status = app.querySelector('.status');
  if (status) status.after(alert);
  else app.replaceChildren(el(doc, 'main', { class: 'popup' }, alert));
}
