// @vitest-environment happy-dom
// The annotations under what a React or Vue portal really does to its rows and routes: row
// elements recycled for other disputes (virtualised lists), cells re-rendered without our chip,
// rows moved for a new sort order, a "Load more", routers that change the URL after they draw the
// new page, and a page that does not change for a long time. Pages are read by the real reader.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MountManager, type ManagerOptions } from '../../entrypoints/content/manager';
import type { Assess } from '../../entrypoints/content/page-model';
import * as detailModule from '../../entrypoints/content/detail-rules.chunk';
import { createDetailRules, setDetailRules } from '../../entrypoints/content/detail-rules';
import { CATALOG } from '../../lib/i18n';
import { createDetailPanel } from '../../entrypoints/content/detail-panel';
import { createUnreadMarker } from '../../entrypoints/content/unread-marker';
import { readPortalPage, releasePortalReader } from '../../lib/portal';
import { assessDispute } from '../../lib/rules';
import { FakeBridge, FakeLife, fakeAssess, usePageLife, settle, allPresent, moduleRules } from './fakes';

const NOW = Date.parse('2026-03-02T12:00:00.000Z');

/** Dispute `A-<n>` is due at the end of March `day(n)` (UTC): its chip tells the disputes apart. */
const day = (n: number) => 3 + (n % 25);
const due = (n: number) => `2026-03-${String(day(n)).padStart(2, '0')}`;
const cells = (n: number) => [`A-${n}`, 'Klarna', 'Response required', '€100.00', '2026-03-01', due(n)];
const row = (n: number) => `<tr>${cells(n).map((c) => `<td>${c}</td>`).join('')}</tr>`;
const HEAD = ['Dispute ID', 'Payment method', 'Status', 'Amount', 'Created', 'Respond by'];
const table = (ns: number[]) =>
  `<main><h1>Disputes</h1><table><thead><tr>${HEAD.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${ns.map(row).join('')}</tbody></table></main>`;
/** New row elements (happy-dom's insertAdjacentHTML drops <tr> tags outside a table). */
function trs(ns: number[]): Element[] {
  const t = document.createElement('table');
  t.innerHTML = `<tbody>${ns.map(row).join('')}</tbody>`;
  return Array.from(t.querySelectorAll('tr'));
}
const range = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);

const life = usePageLife();
let bridge: FakeBridge;
let reads = 0;

let now = NOW;
/** After `settle`, until the manager's short timers (its debounce, the idle send) have run: a loaded machine can take longer. */
async function settled(): Promise<void> {
  await settle();
  await vi.waitFor(() => expect(life().timers.size).toBe(0), { timeout: 5000, interval: 5 });
}

async function start(html: string, path = '/disputes', assess: Assess = fakeAssess, more: Partial<ManagerOptions> = {}): Promise<MountManager> {
  document.body.innerHTML = html;
  history.replaceState(null, '', path);
  bridge = new FakeBridge();
  reads = 0;
  now = NOW;
  const read = (doc: Document, url: string, opts: { timeZone: string }) => {
    reads += 1;
    return readPortalPage(doc, url, opts);
  };
  const manager = new MountManager({ ...allPresent, doc: document, read, assess, bridge, life: life(), now: () => now, debounceMs: 0, settingsTimeoutMs: 100, detailRules: moduleRules({ panel: createDetailPanel }), ...more });
  await manager.start();
  return manager;
}

const rows = () => Array.from(document.querySelectorAll('tbody tr'));
const idOf = (tr: Element) => tr.firstElementChild!.firstChild!.textContent;
/** Each row's id, the key of every chip in it and the day its chip's label names. */
const chipsByRow = () =>
  rows().map((tr) => [
    idOf(tr),
    Array.from(tr.querySelectorAll('dispute-radar-chip')).map((c) => [
      c.getAttribute('data-key'),
      /Respond by (\d+ Mar)/.exec(c.shadowRoot!.querySelector('.chip')!.getAttribute('aria-label') ?? '')?.[1],
    ]),
  ]);
const expected = (ns: number[]) => ns.map((n) => [`A-${n}`, [[`-|A-${n}`, `${day(n)} Mar`]]]);
const allChips = () => document.querySelectorAll('dispute-radar-chip');
const summary = () => document.querySelector('dispute-radar-summary')?.shadowRoot?.textContent ?? '';

describe('a virtualised list that recycles its row elements', () => {
  it.each([
    // Vue patches a text vnode in place; React, when the cell holds only its text
    ['the cells’ text nodes changed in place', (tr: Element, n: number) => tr.querySelectorAll('td').forEach((td, i) => (td.firstChild!.nodeValue = cells(n)[i]!))],
    // React sets textContent when the cell holds more than its text (our chip): the chip goes with it
    ['the cells’ textContent set', (tr: Element, n: number) => tr.querySelectorAll('td').forEach((td, i) => (td.textContent = cells(n)[i]!))],
  ])('%s: each chip shows its row’s new dispute, none the old one’s', async (_how, show) => {
    await start(table([1, 2, 3, 4]));
    expect(chipsByRow()).toEqual(expected([1, 2, 3, 4]));
    // scrolled by two: the same four <tr> show disputes 3 to 6
    rows().forEach((tr, i) => show(tr, 3 + i));
    await settled();
    expect(chipsByRow()).toEqual(expected([3, 4, 5, 6]));
    expect(allChips()).toHaveLength(4);
    // and back: rows swap their disputes
    rows().forEach((tr, i) => show(tr, [4, 3, 6, 5][i]!));
    await settled();
    expect(chipsByRow()).toEqual(expected([4, 3, 6, 5]));
    expect(allChips()).toHaveLength(4);
  });
});

describe('a long scroll through a virtualised list', () => {
  it.each([
    ['text nodes changed in place', (tr: Element, n: number) => tr.querySelectorAll('td').forEach((td, i) => (td.firstChild!.nodeValue = cells(n)[i]!))],
    ['textContent set (the chip goes)', (tr: Element, n: number) => tr.querySelectorAll('td').forEach((td, i) => (td.textContent = cells(n)[i]!))],
  ])('%s, 60 times in a row: the chips still follow (new content is not a fight with the page)', async (_how, show) => {
    await start(table([1, 2, 3]));
    for (let step = 1; step <= 60; step++) {
      rows().forEach((tr, i) => show(tr, step + i));
      await settle(2);
    }
    await settled();
    expect(chipsByRow()).toEqual(expected([60, 61, 62]));
  });
});

describe('rows shown and hidden without being added or removed', () => {
  it.each([
    // tab panels and filters that keep their rows in the page
    ['the hidden attribute', 'hidden', (tr: Element, show: boolean) => tr.toggleAttribute('hidden', !show)],
    // Vue's v-show
    ['style display', 'style="display: none;"', (tr: Element, show: boolean) => ((tr as HTMLElement).style.display = show ? '' : 'none')],
  ])('%s: chips for the rows shown, and the summary counts those only', async (_how, hiding, toggle) => {
    // rows 3 and 4 hidden at first (another tab's)
    await start(table([1, 2, 3, 4]).replace(/<tr>(?=<td>A-[34]<)/g, `<tr ${hiding}>`));
    expect(chipsByRow()).toEqual([...expected([1, 2]), ['A-3', []], ['A-4', []]]);
    expect(summary()).toContain('2 disputes need a response');
    // the other tab: rows 1 to 3 shown
    rows().forEach((tr, i) => toggle(tr, i < 3));
    await settled();
    expect(chipsByRow().slice(0, 3)).toEqual(expected([1, 2, 3]));
    expect(summary()).toContain('3 disputes need a response');
  });

  it('style changes that neither hide nor show (a virtual list placing its rows, an animation): no reading', async () => {
    await start(table([1, 2]));
    await settled();
    const before = reads;
    for (let y = 1; y <= 20; y++) {
      for (const tr of rows()) (tr as HTMLElement).style.transform = `translateY(${y}px)`;
      (rows()[0] as HTMLElement).style.opacity = String(y / 20);
      await settle(2);
    }
    await settled();
    expect(reads).toBe(before);
    expect(chipsByRow()).toEqual(expected([1, 2]));
  });
});

describe('tab panels and dialogs shown and hidden by aria-hidden or open', () => {
  // The reader takes a tab panel with aria-hidden="true" and a dialog without open as hidden
  // (bb564eb, 314ac4a); the observer watched only hidden and style, so a switch made by those
  // attributes alone was never read: the newly shown disputes got no chips.
  const panels = (first: number[], second: number[], hiding: (shown: boolean) => string) =>
    `<main><h1>Disputes</h1>${[first, second].map((ns, i) => `<div role="tabpanel" ${hiding(i === 0)}>${table(ns).replace(/<\/?main>|<h1>Disputes<\/h1>/g, '')}</div>`).join('')}</main>`;

  it('a tab panel: chips for the panel shown, and none for the one hidden', async () => {
    await start(panels([1, 2], [3, 4], (shown) => `aria-hidden="${!shown}"`));
    expect(chipsByRow()).toEqual([...expected([1, 2]), ['A-3', []], ['A-4', []]]);
    const [a, b] = Array.from(document.querySelectorAll('[role=tabpanel]'));
    a!.setAttribute('aria-hidden', 'true');
    b!.setAttribute('aria-hidden', 'false');
    await settled();
    expect(chipsByRow().slice(2)).toEqual(expected([3, 4]));
    expect(summary()).toContain('2 disputes need a response');
  });

  it('a dialog opened in the main content (a quick view drawn ahead): its dispute read', async () => {
    await start(`${table([1]).replace('</main>', '')}<dialog><dl><dt>Dispute ID</dt><dd>A-7</dd><dt>Status</dt><dd>Response required</dd><dt>Amount</dt><dd>€100.00</dd><dt>Created</dt><dd>2026-03-01</dd><dt>Respond by</dt><dd>${due(7)}</dd></dl></dialog></main>`);
    await settled();
    expect(document.querySelector('dialog dispute-radar-chip')).toBeNull();
    const before = reads;
    document.querySelector('dialog')!.setAttribute('open', '');
    await settled();
    expect(reads).toBe(before + 1);
    expect(document.querySelector('dialog dispute-radar-chip')?.getAttribute('data-key')).toBe('-|A-7');
  });

  it('aria-hidden changing elsewhere (a tooltip, a menu): no reading', async () => {
    await start(`${table([1, 2])}<div role="tooltip" aria-hidden="true">Respond by is the last day</div>`);
    await settled();
    const before = reads;
    const tip = document.querySelector('[role=tooltip]')!;
    for (let i = 0; i < 6; i++) {
      tip.setAttribute('aria-hidden', String(i % 2 === 0));
      await settle(2);
    }
    await settled();
    expect(reads).toBe(before);
  });
});

describe('a framework that re-renders a cell without our chip', () => {
  it('gets the chip back once, and the page is then quiet', async () => {
    await start(table([1, 2]));
    const cell = rows()[0]!.firstElementChild!;
    const before = reads;
    cell.replaceChildren(document.createTextNode('A-1'));
    await settled();
    expect(chipsByRow()).toEqual(expected([1, 2]));
    expect(reads).toBe(before + 1);
    await settle(60);
    expect(reads).toBe(before + 1);
  });
});

describe('rows moved, swapped and added', () => {
  it('a new sort order made by moving the same rows: each chip stays in its own row, none drawn again', async () => {
    await start(table([1, 2, 3, 4]));
    const drawn = Array.from(allChips());
    const body = document.querySelector('tbody')!;
    for (const tr of rows().reverse()) body.appendChild(tr);
    await settled();
    expect(chipsByRow()).toEqual(expected([4, 3, 2, 1]));
    expect(Array.from(allChips()).sort((a, b) => drawn.indexOf(a) - drawn.indexOf(b))).toEqual(drawn);
  });

  it('a tab that swaps the whole tbody: chips for the new rows only', async () => {
    await start(table([1, 2, 3]));
    const body = document.createElement('tbody');
    body.append(...trs([7, 8]));
    document.querySelector('tbody')!.replaceWith(body);
    await settled();
    expect(chipsByRow()).toEqual(expected([7, 8]));
    expect(allChips()).toHaveLength(2);
  });

  it('"Load more" appending 50 rows to 500: 550 chips, the first 500 not drawn again', async () => {
    await start(table(range(1, 500)));
    const first = Array.from(allChips());
    expect(first).toHaveLength(500);
    document.querySelector('tbody')!.append(...trs(range(501, 50)));
    await settled();
    const after = Array.from(allChips());
    expect(after).toHaveLength(550);
    expect(after.slice(0, 500)).toEqual(first);
    expect(rows().every((tr) => tr.querySelectorAll('dispute-radar-chip').length === 1)).toBe(true);
  }, 20_000);
});

const detail = (n: number, status = 'Response required') =>
  `<main><h1>Dispute A-${n}</h1><dl><dt>Dispute ID</dt><dd>A-${n}</dd><dt>Payment method</dt><dd>Klarna</dd><dt>Status</dt><dd>${status}</dd><dt>Amount</dt><dd>€100.00</dd><dt>Created</dt><dd>2026-03-01</dd><dt>Respond by</dt><dd>${due(n)}</dd></dl></main>`;
/** What was sent to the background: the page, its URL and the disputes on it, message by message. */
const sent = () => bridge.observedMessages.map((m) => `${m.page} ${new URL(m.pageUrl).pathname}${new URL(m.pageUrl).hash} ${m.disputes.map((d) => d.id).join()}`);
const panels = () => Array.from(document.querySelectorAll('dispute-radar-panel'));

describe('the portal drawing its whole layout again (a store switched, an error boundary reset)', () => {
  it('a new layout around a new main element, the URL unchanged: chips in the new rows', async () => {
    await start(`<div id="root"><div class="layout"><nav>Menu</nav>${table([1, 2])}</div></div>`);
    const layout = document.createElement('div');
    layout.className = 'layout';
    layout.innerHTML = `<nav>Menu</nav>${table([3, 4])}`;
    document.querySelector('.layout')!.replaceWith(layout);
    await settled();
    expect(chipsByRow()).toEqual(expected([3, 4]));
    // and the new main is watched
    rows()[0]!.firstElementChild!.replaceChildren(document.createTextNode('A-3'));
    await settled();
    expect(chipsByRow()).toEqual(expected([3, 4]));
  });
});

describe('the page’s store or language switched in place', () => {
  it('another store (MID) with the same dispute IDs: chips under the new store’s keys, sent under it', async () => {
    await start(table([1, 2]).replace('<h1>Disputes</h1>', '<h1>Disputes</h1><p>Store ID (MID): <b>M1</b></p>'));
    await settled();
    expect(Array.from(allChips()).map((c) => c.getAttribute('data-key'))).toEqual(['M1|A-1', 'M1|A-2']);
    document.querySelector('b')!.firstChild!.nodeValue = 'M2';
    await settled();
    expect(Array.from(allChips()).map((c) => c.getAttribute('data-key'))).toEqual(['M2|A-1', 'M2|A-2']);
    expect(bridge.observedMessages.map((m) => m.storeId)).toEqual(['M1', 'M2']);
  });

  it('the portal’s language switched (lang and texts): chips in the new language', async () => {
    await start(table([1]));
    expect(allChips()[0]!.shadowRoot!.textContent).toContain('to respond');
    document.documentElement.lang = 'de-DE';
    const german = ['Streitfall-ID', 'Zahlungsart', 'Status', 'Betrag', 'Erstellt', 'Antwort bis'];
    document.querySelectorAll('th').forEach((th, i) => (th.firstChild!.nodeValue = german[i]!));
    document.querySelector('h1')!.firstChild!.nodeValue = 'Streitanfragen';
    rows()[0]!.children[2]!.firstChild!.nodeValue = 'Antwort erforderlich';
    rows()[0]!.children[3]!.firstChild!.nodeValue = '100,00 €';
    await settled();
    expect(chipsByRow().map(([id, c]) => [id, (c as string[][]).length])).toEqual([['A-1', 1]]);
    expect(allChips()[0]!.shadowRoot!.textContent).toContain('zum Antworten');
  });
});

describe('routes', () => {
  it.each([
    // Firefox has no Navigation API: WXT looks for a new URL once a second
    ['the URL first, its event a second later', true],
    // a router that draws the new page and pushes its URL after
    ['the page first, its URL after', false],
  ])('list to detail, %s: the dispute is sent with its detail page’s URL', async (_how, urlFirst) => {
    await start(table([1, 2]));
    await settled();
    if (urlFirst) history.pushState(null, '', '/disputes/A-1');
    document.querySelector('main')!.outerHTML = detail(1);
    await settled();
    expect(panels()).toHaveLength(1);
    if (!urlFirst) history.pushState(null, '', '/disputes/A-1');
    life().navigate(location.href);
    await settled();
    // (a reading before the URL changed may be sent with the list's URL; the last word is the detail page's)
    expect(sent()[0]).toBe('dispute_list /disputes A-1,A-2');
    expect(sent().at(-1)).toBe('dispute_detail /disputes/A-1 A-1');
    expect(panels()).toHaveLength(1);
    expect(allChips()).toHaveLength(0);
  });

  it('hash routes: back and forward between the list and a detail page (popstate)', async () => {
    await start(table([1, 2]), '/#/disputes');
    await settled();
    const list = document.querySelector('main')!;
    location.hash = '#/disputes/A-2';
    list.replaceWith(document.createRange().createContextualFragment(detail(2)));
    life().navigate(location.href);
    await settled();
    expect(panels().map((p) => p.getAttribute('data-key'))).toEqual(['-|A-2']);
    // back: the same list element again
    history.back();
    await settled();
    document.querySelector('main')!.replaceWith(list);
    life().navigate(location.href);
    await settled();
    expect(panels()).toHaveLength(0);
    expect(chipsByRow()).toEqual(expected([1, 2]));
    expect(sent()).toEqual(['dispute_list /#/disputes A-1,A-2', 'dispute_detail /#/disputes/A-2 A-2', 'dispute_list /#/disputes A-1,A-2']);
  });

  it.each([['/disputes/A-1'], ['/#/disputes/A-1']])('a dispute page it cannot read at %s gets the marker', async (path) => {
    await start('<main><h1>Dispute</h1><dl><dt>Dispute ID</dt><dd></dd><dt>Amount</dt><dd>€100.00</dd></dl></main>', path, fakeAssess, { detailRules: moduleRules({ panel: createDetailPanel, marker: createUnreadMarker }) });
    await settled();
    expect(document.querySelectorAll('dispute-radar-marker')).toHaveLength(1);
  });

  it('replaceState with the same URL and no change on the page: no reading', async () => {
    await start(table([1, 2]));
    await settled();
    const before = reads;
    history.replaceState({ scroll: 10 }, '', location.href);
    await settled();
    expect(reads).toBe(before);
  });
});

describe('the detail panel while the portal re-renders the dispute’s fields', () => {
  it('another dispute drawn into the same elements (React reusing them): its own panel, not the first one’s ticks', async () => {
    await start(detail(1), '/disputes/A-1');
    const root = () => panels()[0]!.shadowRoot!;
    root().querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
    await settled();
    expect(root().querySelector<HTMLInputElement>('input[type="checkbox"]')!.checked).toBe(true);
    history.pushState(null, '', '/disputes/A-2');
    for (const el of Array.from(document.querySelectorAll('h1, dd'))) el.firstChild!.nodeValue = el.firstChild!.nodeValue!.replace('A-1', 'A-2').replace(due(1), due(2));
    life().navigate(location.href);
    await settled();
    expect(panels().map((p) => p.getAttribute('data-key'))).toEqual(['-|A-2']);
    expect(root().querySelector<HTMLInputElement>('input[type="checkbox"]')!.checked).toBe(false);
    expect(root().textContent).toContain(`${day(2)} Mar`);
  });

  it('follows a status change from "Response required" to "Under review"', async () => {
    await start(detail(1), '/disputes/A-1', assessDispute);
    const text = () => panels()[0]!.shadowRoot!.textContent ?? '';
    const host = panels()[0];
    expect(text()).toContain('to respond');
    const status = Array.from(document.querySelectorAll('dd')).find((dd) => dd.textContent === 'Response required')!;
    status.firstChild!.nodeValue = 'Under review';
    await settled();
    expect(panels()).toEqual([host]);
    expect(text()).not.toContain('to respond');
    expect(bridge.observedMessages.at(-1)!.disputes[0]!.status).toBe('under_review');
  });
});

// A dispute opened in a drawer or dialog that the portal renders into <body>, beside its main
// content: read with the page, and watched too (the observer's subtree is the main content).
describe('a dispute in a drawer outside the main content', () => {
  const drawer = (status: string) =>
    `<div role="dialog" aria-label="Dispute"><h2>Dispute A-9</h2><dl><dt>Dispute ID</dt><dd>A-9</dd><dt>Status</dt><dd>${status}</dd><dt>Amount</dt><dd>€90.00</dd><dt>Respond by</dt><dd>${due(9)}</dd></dl></div>`;
  it('follows a change inside the drawer (its content arriving, a status changed)', async () => {
    await start(table([1, 2]) + drawer('Response required'), '/disputes', assessDispute);
    const statusOf = () => bridge.observedMessages.at(-1)!.disputes.find((d) => d.id === 'A-9')?.status;
    await settled();
    expect(statusOf()).toBe('open');
    const status = Array.from(document.querySelectorAll('dd')).find((dd) => dd.textContent === 'Response required')!;
    status.firstChild!.nodeValue = 'Under review';
    await settled();
    expect(statusOf()).toBe('under_review');
    expect(chipsByRow()).toEqual(expected([1, 2]));
  });
});

describe('navigation while the detail rules are still loading', () => {
  afterEach(() => setDetailRules(null));
  /** Rules whose module arrives when the test says so. */
  function slowRules() {
    let release = () => {};
    const rules = createDetailRules(() => new Promise((resolve) => (release = () => resolve(detailModule))), CATALOG);
    return { rules, release: () => release() };
  }
  const show = (html: string, path: string) => {
    history.pushState(null, '', path);
    document.querySelector('main')!.outerHTML = html;
    life().navigate(location.href);
  };

  it.each([
    ['back to the list', table([1, 2]), '/disputes', [], expected([1, 2])],
    ['on to another dispute', detail(2), '/disputes/A-2', ['-|A-2'], []],
  ])('%s before they are in: what the page shows then, nothing of the page left', async (_to, html, path, panelKeys, chipRows) => {
    const { rules, release } = slowRules();
    await start(table([1, 2]), '/disputes', fakeAssess, { detailRules: rules });
    show(detail(1), '/disputes/A-1');
    await settled();
    expect(panels()).toHaveLength(0);
    show(html, path);
    await settled();
    release();
    await settled();
    expect(panels().map((p) => p.getAttribute('data-key'))).toEqual(panelKeys);
    expect(chipsByRow()).toEqual(chipRows);
    expect(allChips()).toHaveLength(chipRows.length);
  });
});

describe('a page that does not change', () => {
  it('between the minute ticks: no reading, no page mutation, one timer per minute', async () => {
    // A-25 is due at the end of 3 March: 3 h 59 min left at 20:00
    await start(table([25, 1, 2]));
    await settled();
    const evening = Date.parse('2026-03-03T20:00:00.000Z');
    now = evening;
    life().runLongTimers();
    const records: MutationRecord[] = [];
    const watch = new MutationObserver((r) => records.push(...r));
    watch.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    const timers: number[] = [];
    const setTimer = life().setTimeout.bind(life());
    life().setTimeout = (fn, ms) => (timers.push(ms), setTimer(fn, ms));
    const before = reads;
    const label = () => allChips()[0]!.shadowRoot!.querySelector('.chip')!.getAttribute('aria-label');
    const first = label();
    for (let minute = 1; minute <= 3; minute++) {
      now = evening + minute * 60_000;
      expect(life().runLongTimers()).toBe(1);
      await settled();
    }
    // a countdown in hours and minutes: the chip did move on
    expect(first).toContain('3 h 59 min to respond');
    expect(label()).toContain('3 h 56 min to respond');
    watch.disconnect();
    expect(records).toEqual([]);
    expect(reads).toBe(before);
    expect(timers).toHaveLength(3);
    expect(timers.every((ms) => ms >= 1000)).toBe(true);
  });
});

describe('a portal still loading', () => {
  afterEach(() => setDetailRules(null));

  it.each([
    ['a list', '/disputes', table([1, 2]), 2, 0],
    ['a dispute', '/disputes/A-1', detail(1), 0, 1],
  ])('%s page that shows no text at first (a spinner, skeleton bars): no "could not read" marker, then the annotations', async (_what, path, html, chipCount, panelCount) => {
    let imports = 0;
    const rules = createDetailRules(async () => {
      imports += 1;
      return detailModule;
    }, CATALOG);
    const markers: Node[] = [];
    const watch = new MutationObserver((rs) => rs.forEach((r) => r.addedNodes.forEach((n) => n.nodeName === 'DISPUTE-RADAR-MARKER' && markers.push(n))));
    watch.observe(document.body, { childList: true });
    await start('<main><div class="spinner"><svg></svg></div><div class="skeleton"></div></main>', path, fakeAssess, { detailRules: rules });
    await settled();
    document.querySelector('main')!.outerHTML = html;
    await settled();
    watch.disconnect();
    expect(markers).toEqual([]);
    expect(allChips()).toHaveLength(chipCount);
    expect(panels()).toHaveLength(panelCount);
    // a list page needs nothing of the module loaded on demand
    expect(imports).toBe(panelCount);
  });
});

describe('an invalidated content script', () => {
  it('leaves no observer working: neither its own nor the reader’s (released as index.ts does)', async () => {
    releasePortalReader(document);
    let callbacks = 0;
    const Real = globalThis.MutationObserver;
    vi.stubGlobal(
      'MutationObserver',
      class extends Real {
        constructor(cb: MutationCallback) {
          super((records, observer) => {
            callbacks += 1;
            cb(records, observer);
          });
        }
      },
    );
    try {
      await start(table([1, 2]));
      rows()[0]!.lastElementChild!.textContent = due(5);
      await settled();
      expect(callbacks).toBeGreaterThan(0);
      life().invalidate();
      releasePortalReader(document);
      callbacks = 0;
      rows()[0]!.lastElementChild!.textContent = due(6);
      rows()[1]!.setAttribute('style', 'display: none');
      await settled();
      expect(callbacks).toBe(0);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('a newer copy of the content script (the extension updated while the page stayed open)', () => {
  it('takes over: the old copy stops when told, one chip per row stays, the newer copy’s', async () => {
    await start(table([1, 2]));
    const oldLife = life();
    const oldChips = Array.from(allChips());
    // the newer copy starts before the old one hears it is invalidated (WXT tells it by a message)
    const newer = new FakeLife();
    const manager = new MountManager({ ...allPresent, doc: document, read: readPortalPage, assess: fakeAssess, bridge: new FakeBridge(), life: newer, now: () => NOW, debounceMs: 0, settingsTimeoutMs: 100 });
    try {
      await manager.start();
      await settle(5);
      oldLife.invalidate();
      await settled();
      expect(chipsByRow()).toEqual(expected([1, 2]));
      expect(Array.from(allChips()).some((c) => oldChips.includes(c))).toBe(false);
      // the newer copy still follows the page
      rows()[0]!.firstElementChild!.replaceChildren(document.createTextNode('A-1'));
      await settled();
      expect(chipsByRow()).toEqual(expected([1, 2]));
    } finally {
      newer.invalidate();
    }
  });
});
