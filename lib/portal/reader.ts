// readPortalPage: a portal page → the disputes on it, read the way a person reads them — from the
// visible labels and values, never from class names, ids or one markup (portal-vocabulary.md).
//
// One pass over the text nodes finds every vocabulary text (field labels, tabs, statuses, the
// section title). Labels then find their values: column headers map the cells of each row below
// them; `label: value` in one text node; a label followed by its value (sibling nodes, the next
// cell, dd after dt, the control a <label> names). A dispute is the largest element holding
// exactly one dispute ID; everything labelled inside it belongs to it.
//
// The steps live in their own modules: scan.ts (the pass), values.ts (label → value), columns.ts
// (column headers → rows), facts.ts (values → DisputeFacts); this file decides what the page is.
import { orderShown } from './date';
import { findHeaderGroups, type HeaderGroup } from './columns';
import { cellsByColumn, cellsIn, centsOf, colIndex, columnCount, drawn, isHidden, nearHidden, pageHides, visibleText, type Spans } from './dom';
import { isCurrencyCode } from './amount';
import { buildDisputeOnce, ID_LIKE, idFrom, isEmptyValue, shownId, storeText, unreadValue, type Ctx } from './facts';
import { disputeProblem, setValue, type Draft } from './draft';
import { fieldOfKey, isDateField, mayBeVocabulary, portalLangOfTag, portalLocaleOf, type StatusValue } from './lexicon';
import { copyHit, MAX_TEXT_FOR_LOOKUP, scan, type Found, type Hit, type LabelHit, type Scan, type Value } from './scan';
import { cleanText, CUT, labelKey, memo } from './text';
import { NO_TEXT } from './no-text';
import { OWN_HOSTS } from './own-hosts';
import type { PortalReading, ReadOptions } from './types';
import { CARD, rowMemo, type RowEntry, type RowMemo, type RowScan } from './row-memo';
import { ownLabel } from './labelled-twice';
import { rowAbove } from './row-above';
import { gap, labelBox, resolveValue, textAfter, valueOf, withTime } from './values';
import { FIELD_LABELS, type FieldKey, type PortalLang } from './vocabulary';

export type { PortalReading, ReadDispute, ReadOptions } from './types';

/** What the URL's path says: a list, a dispute's page (with the part after the disputes: its ID), or neither. */
function urlHint(url: string): [kind: 'list' | 'detail' | 'other', id?: string] {
  let path = url;
  try {
    const u = new URL(url);
    path = u.pathname + (u.hash.startsWith('#/') ? u.hash.slice(1) : '');
  } catch {
    /* a bare path */
  }
  const parts = path.split('/').filter(Boolean);
  const at = parts.findIndex((p) => /disput/i.test(p));
  if (at < 0) return ['other'];
  return at === parts.length - 1 ? ['list'] : ['detail', parts[at + 1]];
}

const supportedTag = memo((tag) => {
  try {
    // (it throws for a malformed tag, as Intl.getCanonicalLocales does, and names none it cannot format)
    return Intl.DateTimeFormat.supportedLocalesOf([tag]).length > 0;
  } catch {
    return false;
  }
});

/** The page's language from its lang attribute, when that is a portal language. */
export function localeOfTag(tag: string | null): { lang: PortalLang; intl: string } | null {
  const lang = portalLangOfTag(tag);
  if (!lang) return null;
  let intl = portalLocaleOf(lang);
  // The page's own regional variant ("en-US", "de-AT") for its dates and numbers; a bare
  // language ("en") means the portal's own (en-GB), not Intl's default region for it.
  if (tag && tag.toLowerCase() !== intl.toLowerCase() && /^[a-z]{2,3}[-_][a-z]{2}\b/i.test(tag) && supportedTag(tag)) intl = tag;
  return { lang, intl };
}

function pickLocale(doc: Document, s: Scan, problems: string[]): { lang: PortalLang | null; intl: string | null } {
  const tag = doc.documentElement?.getAttribute('lang')?.trim() || null;
  const fromTag = localeOfTag(tag);
  if (fromTag) return fromTag;
  const score = new Map<PortalLang, number>();
  const count = (langs: PortalLang[]) => {
    for (const l of langs) score.set(l, (score.get(l) ?? 0) + 1 / langs.length);
  };
  s.labels.forEach((h) => count(h.langs));
  s.sectionLangs.forEach(count);
  // (a slug names no language: its langs are empty)
  s.statuses.forEach((h) => count(h.langs));
  s.tabs.forEach((h) => count(h.langs));
  const ranked = [...score.entries()].sort((a, b) => b[1] - a[1]);
  const best = ranked[0];
  if (tag) {
    problems.push(
      best
        ? `The page's language "${tag}" is no portal language: read by its labels (${portalLocaleOf(best[0])}).`
        : `The page's language "${tag}" is not one of the portal's languages.`,
    );
  }
  if (!best) return { lang: null, intl: null };
  const tied = ranked.filter((r) => Math.abs(r[1] - best[1]) < 1e-9);
  if (tied[1]) {
    problems.push(`The page's language could be ${tied.map((r) => portalLocaleOf(r[0])).join(' or ')}.`);
    return { lang: null, intl: null };
  }
  return { lang: best[0], intl: portalLocaleOf(best[0]) };
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
  drawn.length = 0;
  // rows kept from the last reading (row-memo.ts): the scan takes their earlier results
  const kept = rowMemo(doc, root, false);
  const s = scan(root, kept?.keptScans() ?? null);
  nearHidden.clear();
  for (const h of s.hidden) nearHidden.add(h.parentElement).add(h.parentElement?.parentElement);
  const problems: string[] = [];
  if (s.textNodes === 0) return emptyReading([NO_TEXT]);
  for (const c of s.cut ?? []) problems.push(`The label "${c}" could not be read: it is cut short.`);
  // the labels as found, for the rows scanned afresh (the steps below fill them in); a row's label
  // run into its value too, where another names its field (the next scan asks again: scan.ts)
  const found = s.labels.length <= MAX_KEPT_LABELS ? (s.dropped ?? s.labels).map(copyHit) : null;

  // labels → boxes → column headers → values (a kept card's labels: as read then, rememberCards)
  for (const h of s.labels) if (!h.inline && !h.card) h.box = labelBox(h, root);
  const groups = findHeaderGroups(s.labels, s);
  for (const h of s.labels) {
    if (h.card) continue;
    if (!h.inline && !h.header) h.value = resolveValue(h, s, root);
    else if (h.value?.rest) {
      // "Amount: 1 234,50 <abbr>kr</abbr>"; with no space between where the page shows none and
      // draws the element against the word, a search highlight inside it: "Dispute ID:
      // DP-<mark>100</mark>1" is DP-1001, not 1001 (values.ts gap)
      // (two digits after a number's units that may be its cents or its last digits, dom.ts centsOf:
      // their element, by which facts.ts reports an amount so shown, "Amount: €120<mark>50</mark>")
      const after = textAfter(h.node, s);
      if (after.text) h.value = { text: h.value.text + gap(h.node.textContent!, h.node.nextSibling!) + after.text, el: centsOf(after.first) === false ? after.first : h.value.el };
    }
  }
  for (const h of s.labels) {
    if (h.card) continue;
    withUnit(h.value, h.unit, h.field);
    if (h.value && h.field === 'id') h.value.text = shownId(h.value.text, h.value.el);
    // a value that is itself a label is a neighbouring label, not a value
    const v = h.value?.text;
    if (v && v.length <= MAX_TEXT_FOR_LOOKUP && mayBeVocabulary(v) && fieldOfKey(labelKey(v))) h.value = null;
  }

  const { lang, intl } = pickLocale(doc, s, problems);
  const ctx: Ctx = { intl, timeZone: opts.timeZone, problems };

  // 1–2. disputes: rows under column headers, then label/value pairs elsewhere
  const byAnchor = new Map<Element, Draft>();
  const rows: Element[] = [];
  const memo = groups.length > 0 ? (kept ?? rowMemo(doc, root, true)) : kept;
  const drafts = disputesFromRows(groups, byAnchor, problems, memo, rows, s);
  // (what the queries found, not the whole scan: its labels and their nodes are not kept till the next reading)
  const queried = { hidden: s.hidden, labelled: s.labelled, unspanned: s.unspanned };
  if (memo && groups[0]) memo.remember(rows, found ? rowScans(s, found, rows) : new Map(), root, queried);
  // (the labels as read, for the cards read afresh: the hits themselves, which no step below
  // changes but for marking each value's label element, as the next reading's does again)
  const asRead = groups[0] ? [] : s.labels.filter((h) => !h.card && h.node.nodeType === 3);
  // the labels with a value, but a dispute ID's that is none: one cut short, reported
  const pairs: LabelHit[] = [];
  for (const h of s.labels) {
    if (h.header || !h.value) continue;
    if (h.field === 'id') {
      // ("Dispute ID: dp_999 is the same buyer" in a note runs on in words, three in lower case in a
      // row: a sentence, no ID and no dispute; "DP-1 · Goods not received" on a card stays one)
      if (h.inline && /(?:^| )\p{Ll}+ \p{Ll}+ \p{Ll}/u.test(h.value.text)) continue;
      if (reportIfCut(h.value.text, problems)) continue;
    }
    pairs.push(h);
  }
  const [pairDrafts, idPairs, unread] = disputesFromPairs(pairs, byAnchor, root);
  if (!groups[0]) rememberCards(pairDrafts, s, asRead, kept ?? (pairDrafts[1] ? rowMemo(doc, root, true) : null), root, queried);
  drafts.push(...pairDrafts);
  // A dispute's page with its ID only in its title and its URL ("Dispute dp_1" over labelled
  // fields, no "Dispute ID"): that dispute, where the page shows the URL's ID as a word of its own.
  // (not where IDs are labelled and none was read, disputesFromPairs inBox: its values could be another's)
  const [hint, hintId] = urlHint(url);
  const fields = !drafts[0] && !idPairs[0] && hintId ? ownPairs(pairs, byAnchor) : [];
  if (fields[1] && cleanText(visibleText(root)).split(' ').includes(hintId!)) {
    const d: Draft = { id: hintId!, anchor: smallestHolding(fields.map((h) => h.node), root, fields[0]!.box), values: new Map(), fromColumns: new Set() };
    drafts.push(d);
    byAnchor.set(d.anchor, d);
  }
  // A page at a dispute's address showing that dispute alone is its page, whatever draws it (a
  // one-row table with a Dispute ID column over its other fields): the labelled values outside
  // its row or panel are its own.
  // (not where a labelled ID was read as no dispute: the values around it, and the ID, are
  // another's, and were taken for this one's: DP-1001's page with the lines of DP-1002 and DP-1003
  // in one <pre> beside it read as DP-1003; a one-row table of it there is then read as a list)
  const named = !unread && !drafts[1] && drafts[0]?.id === hintId ? drafts[0] : undefined;
  const hasIdColumn = !named && groups.some((g) => [...g.columns.values()].includes('id'));

  // 3. every labelled value inside a dispute belongs to it; outside, only the store counts
  // a hit kept with its row: that row, when it is a dispute's (no other anchor lies inside one)
  const inside = (h: Hit) => (h.row && byAnchor.get(h.row)) || insideAnyAnchor(h.node.parentElement!, byAnchor);
  let pageStore: string | null = null;
  const pagePairs: LabelHit[] = [];
  const heads: Heads = new Map();
  for (const h of pairs) {
    const d = insideAnyAnchor(h.box, byAnchor) ?? named ?? rowAbove(h, byAnchor, pairs);
    if (d) {
      const had = d.values.get(h.field);
      // (a label in the cell its column reads, "<td><span>Amount</span> €120.50</td>" as responsive
      // tables repeat it, or beside a column's empty value: the label's; not one outside that
      // cell, a row's expanded details under it, "Order · Amount €1,234.50": the column's)
      if (!had || (d.fromColumns.has(h.field) && h.field !== 'id' && (!had.el || had.el.contains(h.box) || isEmptyValue(had.text))) || ownLabel(h, had, d, pairs, problems)) {
        setValue(d, h.field, h.value!);
        h.value!.label = h.box;
        // a row's ID cell that names itself ("<span class=visually-hidden>Dispute ID</span>DP-1"):
        // the ID is the label's value, not the cell's text run together ("IDDP-1")
        // (not by an ID that is none, "—", which named the page's dispute "—")
      } else if (h.field === 'id' && ID_LIKE.test(h.value!.text)) d.id = idFrom(h.value!.text);
    } else {
      pagePairs.push(h);
      if (h.field === 'store' && pageStore === null) pageStore = storeText(h.value!.text);
      groupHead(h.box, h.field, h.value!, heads);
    }
  }
  // (not beside a list read through its Dispute ID column: Polaris draws a copy of the column
  // headers, as divs, over its table for a sticky header)
  if (!hasIdColumn && s.labels.some((h) => h.field === 'id' && !h.header && !h.value && !h.formField)) {
    problems.push(noValueBeside('id'));
  }
  // (a deadline's term with no description: React draws none for an absent value, yet a deadline
  // lost with nothing said is the worst a reading can do; "—" in its description says there is none)
  if (s.labels.some((h) => h.field === 'dueBy' && !h.value && h.box.tagName === 'DT')) problems.push(noValueBeside('dueBy'));

  // 4. tabs: outside every dispute (inside one, the same words are its status)
  const tabHits = s.tabs.filter((t) => !inside(t) && !usedAsValue(t.node, pagePairs));
  // the tab the page marks selected, and the counter each tab shows
  const tabCounts: PortalReading['tabCounts'] = {};
  let tab: PortalReading['tab'] = null;
  let tabKey: string | undefined;
  for (const t of tabHits) {
    const p = t.node.parentElement!;
    const el = nearMatch(p, 'a,button,li,[role=tab]') ?? p;
    const count = t.count ?? countIn(el, t.key);
    if (count !== null && tabCounts[t.tab] === undefined) tabCounts[t.tab] = count;
    if (tab === null && nearMatch(el, SELECTED)) (tab = t.tab), (tabKey = t.key);
  }
  const distinctTabs = new Set(tabHits.map((t) => t.tab)).size;

  // 5. a status shown without a label ("Response required" badge on a card)
  // Several different ones (a timeline's events) say nothing sure: none is taken.
  const statusFallbacks = new Map<Draft, StatusValue | null>();
  const someWithoutStatus = drafts.some((d) => !d.values.has('status'));
  // A lone dispute's (a detail page's) badge may stand beside its fields rather than among them
  // (by the page's title): there, every status word on the page is as one inside it would be, but
  // for those in a sidebar, the navigation or a tab list (other disputes', the list's tabs).
  const lone = drafts.length === 1 && !hasIdColumn ? drafts[0] : undefined;
  for (const st of someWithoutStatus ? s.statuses : []) {
    const p = st.node.parentElement!;
    // (a menu's items are commands, a "Set status" menu's "Won", "Lost": never the dispute's state)
    if (p.closest('[role^=menu]')) continue;
    // (outside every dispute, it may head a group of them: groupHead)
    // (nor the selected tab's name over its list, its title: "Response required" and "Under review"
    // each hold enquiries too, portal-vocabulary.md; every row was read as a chargeback)
    const d = inside(st) ?? (st.key === tabKey ? undefined : (groupHead(p, 'status', { text: st.key, el: null }, heads) ?? (p.closest(ASIDE) ? undefined : lone)));
    const had = d && statusFallbacks.get(d);
    // (not a row's whose own status cell the page hides: its words elsewhere are no answer, disputesFromRows)
    if (d && !d.values.has('status') && d.kept?.hidden?.get('status') !== HIDDEN_STATUS) statusFallbacks.set(d, had === undefined || had?.status === st.status.status ? st.status : null);
  }
  // Each dispute under a group's heading takes what it says, where it shows none of its own (a
  // status: nor a badge), up to the next heading: what follows a heading, element by element. Every
  // heading around it counts, the nearest first (a store's heading over a table grouped by status).
  const scopes: Heads = new Map();
  heads.forEach((said, e) => {
    for (let n = e.nextElementSibling; n && !heads.has(n); n = n.nextElementSibling) scopes.set(n, said);
  });
  // (most pages have no group heading: then no dispute's ancestors are walked)
  for (const d of scopes.size ? drafts : []) {
    for (let e: Element | null = d.anchor; e; e = e.parentElement) {
      const said = scopes.get(e);
      if (said && !d.values.has(said[0]) && !(said[0] === 'status' && statusFallbacks.get(d))) setValue(d, said[0], said[1]);
    }
  }


  // order, merge duplicates of one id (a list row and an open detail drawer), build facts
  // (rows and pairs, or ids in text and in aria-labels, come from separate passes: put them in page order)
  const ariaIds = idPairs.some((h) => h.node.nodeType === 1);
  if ((groups.length > 0 && pairDrafts.length > 0) || (ariaIds && idPairs.some((h) => h.node.nodeType !== 1))) {
    drafts.sort((a, b) => (a.anchor.compareDocumentPosition(b.anchor) & 4 ? -1 : a.anchor === b.anchor ? 0 : 1));
  }
  const seen = new Map<string, Draft>();
  let unique: Draft[] = [];
  for (const d of drafts) {
    const first = seen.get(d.id);
    if (!first) {
      seen.set(d.id, d);
      unique.push(d);
    } else for (const [f, v] of d.values) if (!first.values.has(f)) setValue(first, f, v);
  }
  // A dispute's own page at its address that names others too (a "related disputes" table, a
  // "recently viewed" list): its labelled fields make it the page's dispute, the others are left
  // out. Not a list with that dispute's drawer open over it: there it is one of the rows as well.
  const own = pairDrafts.find((d) => d.id === hintId);
  const alone = own && own.values.size > 1 && !drafts.some((d) => d !== own && d.id === own.id);
  if (alone) unique = [own];
  // The orders of day and month the page's numeric dates prove, each once: a date both read, where
  // the page proves the other order, is reported (date.ts). Every dispute's the page shows, not
  // only those read (a related dispute's date proves too); part of what a kept dispute was built from.
  // (a call for each date, no array: this runs on every reading, warm ones too)
  let proofs = '';
  const prove = (v?: Value) => {
    const p = orderShown(v?.text);
    if (!proofs.includes(p)) proofs += p;
  };
  for (const d of drafts) prove(d.values.get('createdAt')), prove(d.values.get('dueBy'));
  const builtKey = `${intl}|${opts.timeZone}|${pageStore}|${(ctx.proofs = proofs)}`;
  const disputes = unique.map((d) => buildDisputeOnce(d, ctx, pageStore, statusFallbacks.get(d) ?? null, builtKey));

  const page = pageKind(hasIdColumn && !alone, unique.length, distinctTabs, s.sectionLangs.length > 0, hint);
  // (or, reading none, a web component's open shadow root shows them: shadowShowsIds)
  // (a dispute's deadline labelled as much as its ID: cards titled by their ID alone, a table with
  // no Dispute ID column)
  // (or a labelled ID with a value read as no dispute, under a list's tabs too, and beside disputes
  // read: disputesFromPairs; at a dispute's own address, where the others are left out anyway, only
  // where it has no deadline read, "—" none: its labelled values outside the element its ID alone
  // is in are taken for none of its own there, `named`, a deadline in a banner above it with them)
  if ((page === 'unknown' && s.labels.some((h) => (h.field === 'id' || h.field === 'dueBy') && !h.formField)) || (unread && !(alone && disputes[0]!.facts.dueBy)) || (!unique[0] && shadowShowsIds(root))) {
    problems.push('Labelled disputes could not be read.');
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

const ID_LABELS = Object.values(FIELD_LABELS.id).flat();
/**
 * A web component's open shadow root shows a "Dispute ID" label: a list drawn inside one, as Lit and
 * Stencil data tables are, is not the page's DOM, all the reader reads (the scan, the row memory's
 * observer and the anchors stay there), so it is said rather than read as an empty list. (Never our
 * own hosts: visibleText does not show their roots.)
 */
function shadowShowsIds(root: Element): boolean {
  for (const e of root.querySelectorAll('*')) {
    if (!e.shadowRoot) continue;
    const text = visibleText(e);
    if (ID_LABELS.some((l) => text.includes(l))) return true;
  }
  return false;
}

/**
 * List or detail, from content: a Dispute ID column or several disputes make a list; one dispute
 * is a detail page unless it sits under the list's tabs and the URL does not name a dispute; no
 * dispute is an (empty) list only where the list's tabs or title show. The URL breaks ties only.
 */
function pageKind(hasIdColumn: boolean, disputes: number, distinctTabs: number, sectionTitle: boolean, hint: 'list' | 'detail' | 'other'): PortalReading['page'] {
  if (hasIdColumn || disputes >= 2) return 'dispute_list';
  if (disputes === 1) return distinctTabs >= 2 && hint !== 'detail' ? 'dispute_list' : 'dispute_detail';
  if (distinctTabs >= 3 && hint !== 'other') return 'dispute_list';
  if (sectionTitle && hint === 'list') return 'dispute_list';
  return 'unknown';
}

/**
 * 1. Rows under column headers with a Dispute ID column: one dispute per row. A row read before
 * and unchanged since (row-memo.ts) gives its values again without its cells being read.
 */
function disputesFromRows(groups: HeaderGroup[], byAnchor: Map<Element, Draft>, problems: string[], memo: RowMemo | null, rows: Element[], { unspanned, hiddenSet: off, statuses }: Scan): Draft[] {
  const drafts: Draft[] = [];
  // A row the page hides as a tab panel marked aria-hidden, or each of whose cells it hides (the
  // hidden attribute, display:none, visibility:hidden), shows nothing: no dispute, nothing said.
  // Known from the outermost subtrees the scan passed over (scan.ts), not asked of every row's
  // cells: a kept row costs a lookup. (Our own hosts beside its cells show nothing of the page's.)
  // (or a rowgroup around it the page hides, a <tbody>, a grid's rowgroup: what holds it below
  // `above`, the header row's ancestors)
  const unseen = (row: Element, above: Set<Element | null>) => {
    for (let e = row; !above.has(e); e = e.parentElement!) if (off.has(e)) return true;
    const box = nearHidden.has(row) && cellsIn(row);
    if (!box || off.has(box)) return box;
    for (let c = box.firstElementChild; c; c = c.nextElementSibling) if (!off.has(c) && !OWN_HOSTS.has(c)) return false;
    return true;
  };
  for (const g of groups) {
    const idCol = [...g.columns.entries()].find(([, f]) => f === 'id')?.[0];
    if (idCol === undefined) continue;
    const columns = [...g.columns].join() + [...g.units.values()] + [...(g.columns.stacked ?? [])];
    // Where cells span rows, a row's cells are placed after those of the rows above it (every
    // row, read or not), and its values are read afresh each time: a change above moves them. (A
    // table without is known so from the reading before until a change could add one: row-memo.ts.)
    const table = g.rows[0]?.closest('table');
    let spans: Spans | undefined;
    if (table && !unspanned.has(table)) {
      if (table.querySelector('tbody [rowspan]')) spans = [];
      else unspanned.add(table);
    }
    const own: Draft[] = [];
    const above = new Set<Element | null>([null]);
    for (let e = g.row.parentElement; e; e = e.parentElement) above.add(e);
    for (let i = 0; i < g.rows.length; i++) {
      const row = g.rows[i]!;
      // (a row drawn as parts, or under cells spanning rows: read afresh each time, as above)
      const cells = spans ? cellsByColumn(row, spans) : g.cells?.(row);
      if (byAnchor.has(row)) continue;
      if (unseen(row, above)) continue;
      // (a kept row was shown, and no message, when read, and is unchanged since: not asked again)
      let entry = cells ? undefined : memo?.get(row, columns);
      if (!entry) {
        // a single cell across the table ("Load more", "No disputes") is a message, not a dispute
        if (isHidden(row) || ((cells ?? cellsIn(row).children).length < 2 && g.columns.size > 1)) continue;
        entry = readRow(row, cells || cellsByColumn(row), idCol, g, columns);
        if (!cells) memo?.set(row, entry);
      }
      rows.push(row);
      if (!entry.idText) {
        if (entry.hasText) problems.push(`Row ${i + 1} of the list shows no dispute ID.`);
      } else if (!reportIfCut(entry.idText, problems, `Row ${i + 1} of the list: the`)) {
        // (the row's values themselves, copied only if a label inside it adds one: draft.ts setValue)
        const d: Draft = { id: (entry.id ??= idFrom(entry.idText)), anchor: row, values: entry.values, fromColumns: entry.values, kept: entry };
        own.push(d);
        byAnchor.set(row, d);
        // (the status but where, after the hidden cell, the row shows words of the vocabulary's
        // naming one status: those are read wherever it shows them, as a badge's, step 4; words it
        // does not know after a hidden cell were dropped with nothing said, two statuses' too. Where
        // its own cell is the hidden one, said and not read: a word elsewhere in the row, the
        // reason's "Won", was read as its status, a guess)
        entry.hidden?.forEach((said, f) => (f !== 'status' || said === HIDDEN_STATUS || new Set(statuses.filter((st) => row.contains(st.node)).map((st) => st.status.status)).size !== 1) && problems.push(disputeProblem(d.id, said)));
      }
    }
    // A grid that numbers every row (aria-rowindex) shows them in that order, whatever their order
    // in the DOM (AG Grid and virtual lists reuse row elements after a sort, moving them with a
    // transform): its disputes in the order shown. (The rows themselves stay in page order: the
    // row memory's walk needs it.)
    const rowNumber = (d: Draft) => d.anchor.getAttribute('aria-rowindex');
    if (own.every(rowNumber)) own.sort((a, b) => +rowNumber(a)! - +rowNumber(b)!);
    drafts.push(...own);
  }
  return drafts;
}

function readRow(row: Element, cells: Element[], idCol: number, { row: head, columns: columnFields, units, wide }: HeaderGroup, columns: string): RowEntry {
  // A row holding a cell the page hides (dom.ts cells: it takes no column, as the browser lays the
  // row out) and narrower than its header: the cells after the hidden one moved left, under the
  // wrong headers ("Respond by" over the created date). Which value belongs where cannot be known:
  // none is read from the hidden cell's column on (`cut`), and each value so unread is reported.
  // (Its column: the first shown cell's after it in the DOM, else the row's shown width (`h` last
  // in the list, found by itself); not its place among the row's elements, where an ARIA row's
  // input or aria-hidden icon before it takes no column (dom.ts cells): the Created date was read
  // as the deadline, nothing said. A column a cell before it spans (a hole in `cells`) is before
  // it too, as the browser lays it out: taken for the hidden cell's, "it is hidden" was said of the
  // value in the spanning cell's column, and "a cell before it" of the hidden cell's own. None of
  // them hidden, a row narrow of itself: all read.
  // Where the cells give their column numbers (aria-colindex), after it by number, not in the DOM:
  // AG Grid keeps a cell's place by its number, its cells out of DOM order after a column moves
  // (dom.ts cells sorts them), and the hidden deadline's cell last in the DOM found no cell after
  // it: the Created date read as the deadline, nothing said. A shown cell with no number is placed
  // in the DOM's order: by number it would count as before any, and be read shifted. `1 - (… & 2)`:
  // -1 for a cell before it in the DOM, 1 after.)
  const box = cellsIn(row);
  const h = nearHidden.has(box) && columnCount(row) < columnCount(head) && [...box.children].find(pageHides);
  const cut = h ? [...cells, h].findIndex((c) => c && ((colIndex(c) >= 0 && colIndex(c) - colIndex(h)) || 1 - (h.compareDocumentPosition(c) & 2)) > 0) : 1 / 0;
  // the cell in the ID column, or the one spanning into it from the left
  let at = idCol;
  while (at > 0 && !cells[at]) at--;
  const idCell = cells[at] as HTMLTableCellElement | undefined;
  // a cell across the ID column and the next named one ("Showing 1–3 of 3" beside "Load more", a
  // dispute's details expanded under its row, a group's footer "Total" across the first six
  // columns): a message, not a dispute, and nothing to report
  const across = idCell && at + idCell.colSpan > idCol + 1 && columnFields.has(idCol + 1);
  const idText = across || at < idCol || idCol >= cut ? '' : shownId(cellText(idCell), idCell);
  const values = new Map<FieldKey, Value>();
  // what the row cannot show from the hidden cell's column on, by field (once each): said, not lost
  // silently (made only then: a long list's rows hide none)
  let hidden: Map<FieldKey, string> | undefined;
  // (a row of cells that show only their column's title, as a stacked table's placeholder rows
  // while loading do, is no row without an ID: it shows nothing; nor is a totals row, whose "Total",
  // "Summe" or "I alt" in the ID column has no digit, underscore or inner dash, as every dispute ID
  // has, nor a lower-case letter before a capital, as a random ID of letters only has: "AbCdEfGh";
  // nor a count, a totals row's "3 disputes" or "Total (3)", a group's "Response required (1)":
  // a number of one to three digits alone is no ID, as no portal numbers its disputes from 1)
  // (the ID kept with the row: its dispute's, disputesFromRows, not asked of idFrom again)
  const id = idFrom(idText);
  if (!ID_LIKE.test(idText) || /^\d{1,3}\)?$/.test(id)) return { columns, idText: '', hasText: isEmptyValue(idText) && !across && cells.some(cellText), values };
  // (forEach: a for-of over the entries would allocate two arrays and two results per cell)
  columnFields.forEach((field, col) => {
    // (the first column of a field wins; the id cell's text is read already)
    let v = values.has(field) || col >= cut ? null : col === idCol ? { text: idText, el: idCell! } : valueOf(cells[col] ?? null);
    // (a header stacking several fields, "Created<br>Respond by": each from its line of the cell,
    // where the cell shows as many; else the first field from the whole cell, as before)
    const more = columnFields.stacked?.get(col);
    const lines = more && v?.el && textLines(v.el);
    if (lines && lines.length === more.length + 1) {
      v = lines[0]!;
      more.forEach((f, i) => values.has(f) || values.set(f, lines[i + 1]!));
    }
    // (a date's time in the cell after it under the same header, "<th colspan=2>Respond by</th>"
    // over "2 Feb 2026 | 12:00": else read as the day's end, hours later than the page says; as
    // shown: an icon before it, "<span aria-hidden=true>🕛</span> 12:00", is none of it; a hidden
    // one none, nor the next column's cell moved into its place, "10:30" under "Created")
    if (wide?.has(col) && isDateField(field) && col + 1 < cut) withTime(v, cells[col + 1]);
    // (a value whose cell under a shown header the page hides, or whose column is after such a
    // cell, is not read: each said, in facts.ts's words, "it is hidden" for the hidden cell's own
    // only; said for the deadline alone, the amount and the created date after a hidden cell after
    // the deadline's were lost with nothing said. Not a field read from an earlier column of its
    // own; the status not where the row shows its words (disputesFromRows). A hidden header names
    // no column, nor is its row narrower.)
    if (col >= cut && !values.has(field)) {
      (hidden ??= new Map()).set(field, unreadValue(field, `${col > cut ? 'a cell before it' : 'it'} is hidden`));
    }
    // (an amount under "Amount (EUR)": in that currency, named beside it or not; a date under
    // "Respond by (CET)": in that zone)
    withUnit(v, units.get(field), field);
    if (v) values.set(field, v);
  });
  // (a bare amount beside a cell showing only a currency's code in a column no label names: a
  // "Currency" column, which the vocabulary has no word for; only where such cells show one
  // currency: a "Settled in" SEK beside a "Currency" EUR is no answer, and a country's "SWE" none)
  const amount = values.get('amount');
  if (amount && !NAMES_CURRENCY.test(amount.text)) {
    const codes = [...new Set(cells.map(cellText).filter((t, col) => !columnFields.has(col) && isCurrencyCode(t)))];
    if (!codes[1]) withUnit(amount, codes[0], 'amount');
  }
  return { columns, idText, id, hasText: true, values, hidden };
}

/** The lines of a cell, each text node that shows something, as values: its element where it holds that line alone. */
function textLines(cell: Element): Value[] {
  const lines: Value[] = [];
  // (4: NodeFilter.SHOW_TEXT, its text nodes)
  const walk = cell.ownerDocument.createTreeWalker(cell, 4);
  for (let n: Node | null; (n = walk.nextNode()); ) {
    const text = cleanText(n.textContent!);
    if (text) lines.push({ text, el: n.parentElement !== cell && n.parentElement!.textContent!.trim() === n.textContent!.trim() ? n.parentElement : null });
  }
  return lines;
}

/**
 * Reports an ID cut short with an ellipsis that no title completes (facts.ts shownId), "DP-10…",
 * and says whether it did: no dispute (read as shown, a list's IDs cut alike were one dispute).
 */
function reportIfCut(text: string, problems: string[], where = 'The'): boolean {
  const id = idFrom(text);
  if (!CUT.test(id)) return false;
  problems.push(`${where} dispute ID "${id}" could not be read: it is cut short.`);
  return true;
}

/** what a row says of its status whose own cell the page hides (readRow) */
const HIDDEN_STATUS = unreadValue('status', 'it is hidden');

/** A label shown with no value beside it, named in English as the problems are written. */
const noValueBeside = (field: FieldKey) => `A "${FIELD_LABELS[field].en}" label has no value beside it.`;

/** an amount's text naming its currency (a letter or a sign) */
const NAMES_CURRENCY = /\p{L}|\p{Sc}/u;

/**
 * A value with the unit its label names ("Amount (EUR)", "Respond by (CET)"): an amount's currency
 * where it shows a number (an empty value's "—" stays empty), after it, or before one that ends in
 * its own currency ("Belopp (SEK)" over "1 234,50 kr": "SEK 1 234,50 kr", one currency, as "€12.00
 * EUR" is); a date's zone beside it, for its text and its machine-readable date where they name
 * none of their own (facts.ts: "2026-02-02T23:59:00+01:00" under "(UTC)" is in its own).
 */
function withUnit(v: Value | null, unit: string | undefined, field: FieldKey): void {
  if (v && unit) {
    if (field !== 'amount') v.zone = unit;
    else if (/\d/.test(v.text)) v.text = /[\d)]$/.test(v.text) ? `${v.text} ${unit}` : `${unit} ${v.text}`;
  }
}

/** A cell's text, or none where it shows only a label (a stacked table's column title). */
function cellText(cell: Element | undefined): string {
  const t = cell ? cleanText(visibleText(cell)) : '';
  return mayBeVocabulary(t) && fieldOfKey(labelKey(t)) ? '' : t;
}

/** More labels than this (a page of cards): no copies are kept, and rows are scanned every time. */
const MAX_KEPT_LABELS = 2000;


/**
 * What the scan found inside each row read afresh (not skipped as kept): each hit given to the
 * row it is in. Hits taken from kept rows already know theirs (`row`) and are left out.
 */
function rowScans(s: Scan, found: LabelHit[], rows: Element[]): Map<Element, RowScan> {
  const out = new Map<Element, RowScan>();
  for (const r of rows) if (!s.skipped.has(r)) out.set(r, { labels: [], tabs: [], statuses: [], sections: [] });
  if (out.size === 0) return out;
  // the fresh row a node is in (none inside a skipped one): a short climb, rows being near their text
  const rowOf = (node: Node): Element | null => {
    for (let el = node.parentElement; el; el = el.parentElement) {
      if (out.has(el)) return el;
      if (s.skipped.has(el)) return null;
    }
    return null;
  };
  const give = (h: Hit, key: 'labels' | 'tabs' | 'statuses') => {
    const r = !h.row && rowOf(h.node);
    if (r) {
      h.row = r;
      (out.get(r)![key] as Hit[]).push(h);
    }
  };
  // (aria-label hits are found by their own pass every time, never taken from a row)
  for (const h of found) if (h.node.nodeType === 3) give(h, 'labels');
  for (const h of s.tabs) give(h, 'tabs');
  for (const h of s.statuses) give(h, 'statuses');
  s.sectionNodes.forEach((node, i) => {
    const r = !s.skipped.has(node as Element) && rowOf(node);
    if (r) out.get(r)!.sections.push(s.sectionLangs[i]!);
  });
  return out;
}

/**
 * A list of cards (disputes from label/value pairs, no table; two IDs or more, so that each card is
 * the largest element holding its ID alone): each card read afresh is kept as a row is
 * (row-memo.ts), with its labels as read (`card`): the next scan takes them, boxes and values
 * included, while no change touches the card. Only where every label of it was read from the
 * card's own elements (its box and value inside it: values.ts may look beyond, to the next
 * element or a control named by id), so that what it reads depends on nothing else; not one whose
 * ID's label is all it holds (what follows it is its), nor one holding a kept card (the dispute's
 * element grown: that card's labels are not given to it again).
 */
function rememberCards(cards: Draft[], s: Scan, asRead: LabelHit[], memo: RowMemo | null, root: Element, queried: Found): void {
  if (!memo) return;
  // (none where the scan dropped a label run into its value, which a change elsewhere may bring
  // back; in the order their IDs were found, page order but for an ID in an aria-label: the scan
  // walks a kept card out of order as any other)
  const rows = new Set(cards.map((d) => d.id)).size > 1 && !s.dropped ? cards.filter((d) => d.anchor !== d.idLabel).map((d) => d.anchor) : [];
  const scans = rowScans(s, asRead, rows);
  for (const r of s.skipped) for (let e = r.parentElement; e; e = e.parentElement) scans.delete(e);
  scans.forEach((scan, card) => {
    for (const h of scan.labels) {
      h.card = true;
      if (!h.value || h.box === card || !card.contains(h.box) || (h.value.el && !card.contains(h.value.el))) return scans.delete(card);
    }
    memo.set(card, CARD);
  });
  memo.remember(rows, scans, root, queried);
}

/**
 * 2. Disputes from label/value pairs outside those rows: each is the largest element holding
 * exactly one dispute ID (a card, a list item); a lone dispute is the smallest element holding
 * all its labels (its panel), not the whole page.
 */
function disputesFromPairs(
  pairs: LabelHit[],
  byAnchor: Map<Element, Draft>,
  root: Element,
): [pairDrafts: Draft[], idPairs: LabelHit[], unread: boolean] {
  const idPairs = pairs.filter((h) => h.field === 'id' && !insideAnyAnchor(h.box, byAnchor));
  const owner = new Map<Element, string | null>();
  // (the IDs of several disputes as one element's own text, each one's "Label: value" lines in a
  // <pre> or set apart by <br>, as a plain e-mail or a print view shows them: which value is whose
  // no element tells, and the first ID's climb would pass that element, taking every value; none
  // is read, and said: a dispute's value given to another is the worst a reading can do)
  const inBox = new Map<Element, string>();
  for (const h of idPairs) {
    const id = idFrom(h.value!.text);
    inBox.set(h.box, (inBox.get(h.box) ?? id) === id ? id : '');
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
  // (whether a labelled ID gave no dispute: said, reader.ts)
  let unread = false;
  for (const h of idPairs) {
    const id = idFrom(h.value!.text);
    let top = h.box;
    while (top.parentElement && owner.get(top.parentElement) === id) top = top.parentElement;
    // (an ID with no ID's shape, "—", "n/a", a filter's "Any" (ID_LIKE), is a dispute only where
    // the element it alone is in shows an amount or a deadline (a card whose ID is "QXJPRMTW");
    // else no dispute and nothing unread: a filter's summary or bar, a panel with nothing chosen,
    // which took the page's deadline from it, twenty-sixth. An empty one there is a dispute not
    // given an ID yet: one unread, its values no other's. The comparison view's empty text,
    // values.ts resolveValue, is one unread too)
    const none = !ID_LIKE.test(id);
    const holds = none && pairs.some((p) => (p.field === 'amount' || p.field === 'dueBy') && !isEmptyValue(p.value!.text) && top.contains(p.box));
    if (!id || inBox.get(h.box) !== id || (holds && isEmptyValue(id))) {
      unread = true;
      continue;
    }
    if ((none && !holds) || byAnchor.has(top)) continue;
    const d: Draft = { id, anchor: top, values: new Map(), fromColumns: new Set(), idLabel: h.box };
    pairDrafts.push(d);
    byAnchor.set(top, d);
  }
  // (not where another labelled ID gave none: the values around it are not this one's)
  if (!unread && new Set(pairDrafts.map((d) => d.id)).size === 1) {
    const d = pairDrafts[0]!;
    const idLabel = d.idLabel!;
    for (const other of pairDrafts) byAnchor.delete(other.anchor);
    pairDrafts.length = 1;
    // (another dispute's card, its ID a link to its page over its values, "Related disputes"
    // beside the fields of a closed one that shows no deadline: that one's values, not this one's,
    // which took its deadline; the element around the link up to where this one's ID is, a
    // dispute of none, as a placeholder in byAnchor. Not a link of other words, "Next dispute")
    for (const a of root.querySelectorAll('a[href]')) {
      const [kind, other] = urlHint(a.getAttribute('href')!);
      let e = a;
      if (kind !== 'detail' || other === d.id || !a.textContent!.includes(other!) || a.contains(idLabel)) continue;
      while (!e.parentElement!.contains(idLabel)) e = e.parentElement!;
      byAnchor.set(e, { id: '', anchor: e, values: new Map(), fromColumns: new Set() });
    }
    let own = ownPairs(pairs, byAnchor);
    // (a card in a list's item, a search's one result: its values in it, not an alert's above the list)
    const item = idLabel.closest('li,[role=listitem]');
    const inItem = item ? own.filter((h) => item.contains(h.box)) : [];
    if (inItem[1]) own = inItem;
    d.anchor = smallestHolding(own.map((h) => h.node), root, idLabel);
    byAnchor.set(d.anchor, d);
  }
  // Disputes one after another in one element, with nothing around each (a <dl> of every dispute's
  // terms, "Label: value" lines set apart by <hr>, a table's "label | value" rows in one <tbody>): a
  // dispute whose anchor holds its ID's label alone, or that and its value's cell beside it (the
  // label's row, "<tr><th>Dispute ID</th><td>DP-1</td></tr>", or with a third cell after the value,
  // an Edit button, an info icon, as every row of it has), is also what follows it up to the
  // next dispute's. (Before the row's, only the row under it was its, rowAbove: the status, reason
  // and dates were nobody's, the deadline lost with nothing said.) Where a labelled value no
  // dispute holds stands right before its ID, its ID is not its first field ("Amount" first,
  // "Dispute ID" last), and what follows it is the next dispute's: no element tells which value is
  // whose, so none is read and that is said, as of disputes' lines in one <pre> (before: each took
  // the next one's deadline, or none). (The store's value is the page's, before any dispute's.)
  const read = pairDrafts.filter((d) => {
    const idOnly = d.anchor === d.idLabel || (d.anchor === d.idLabel!.parentElement && d.anchor.childElementCount < 4);
    if (!idOnly) return true;
    const before = d.anchor.previousElementSibling;
    if (before && !byAnchor.has(before) && pairs.some((h) => h.field !== 'store' && before.contains(h.value!.el))) {
      byAnchor.delete(d.anchor);
      unread = true;
      return false;
    }
    for (let n = d.anchor.nextElementSibling; n && !byAnchor.has(n); n = n.nextElementSibling) byAnchor.set(n, d);
    return true;
  });
  return [read, idPairs, unread];
}

/** A lone dispute's labelled values: those inside no other dispute, but the store's (a page header shows it). */
function ownPairs(pairs: LabelHit[], byAnchor: Map<Element, Draft>): LabelHit[] {
  return pairs.filter((h) => h.field !== 'store' && !insideAnyAnchor(h.box, byAnchor));
}

function insideAnyAnchor<T>(el: Element, byAnchor: Map<Element, T>): T | undefined {
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
  return pairs.some((h) => h.value?.el?.contains(node));
}

/** What a group's heading says of the disputes under it (groupHead), by the element after which they start (or, as scopes, by the elements holding them). */
type Heads = Map<Element, [FieldKey, Value] | undefined>;

/**
 * A list grouped by status or store: a status word or a labelled value heading the disputes after
 * it, outside them (a group's row across a table, "<tr><th colspan=6>Won</th></tr>"; a section's
 * heading, a table's caption: "Store ID (MID): M-5"), is each one's up to the next such heading.
 * Not a tab's (navigation, links, buttons: the same words), nor a row's of several cells (a
 * dispute's row without its ID), nor one with more to say than a heading does (a dispute's details
 * expanded under its row), which ends the group above it. The first a heading says is what it says.
 */
function groupHead(el: Element, field: FieldKey, value: Value, heads: Heads): undefined {
  let e = el.closest(GROUP_HEAD);
  if (!e || el.closest(TAB_LIKE) || (e as HTMLTableRowElement).cells?.length > 1) return;
  // (the heading, or the element around it that has elements after it: a th's row)
  while (!e.nextElementSibling && e.parentElement) e = e.parentElement;
  // (its text measured once, however many words of the vocabulary it holds)
  if (!heads.has(e)) heads.set(e, cleanText(e.textContent!).length > MAX_TEXT_FOR_LOOKUP ? undefined : [field, value]);
}

const GROUP_HEAD = 'h1,h2,h3,h4,h5,h6,caption,tr';

/** Where a status word is not the page's own dispute's (generic roles and tags only). */
const ASIDE = 'aside,nav,[role=complementary],[role=navigation],[role=tablist]';
const TAB_LIKE = `a,button,[role=tab],${ASIDE}`;

/** `el` or one of its two nearest ancestors, the first matching `selector` (a tab's element, one marked selected) */
function nearMatch(el: Element | null, selector: string): Element | undefined {
  for (let i = 0; i < 3 && el; i++, el = el.parentElement) if (el.matches(selector)) return el;
}

/** (as aria-current="page" or "true" does, but not "false") */
const SELECTED = '[aria-selected=true],[aria-pressed=true],[aria-current]:not([aria-current=false])';

function countIn(el: Element, key: string): number | null {
  const text = labelKey(visibleText(el)).replace(key, '');
  const m = /(\d+)/.exec(text);
  return m ? Number(m[1]) : null;
}


