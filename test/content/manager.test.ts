// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { MountManager } from '../../entrypoints/content/manager';
import { createDetailPanel } from '../../entrypoints/content/detail-panel';
import { createUnreadMarker } from '../../entrypoints/content/unread-marker';
import type { MerchantInput } from '../../lib/cases/schema';
import { DAY, FakeBridge, FakeLife, fakeAssess, fakeRead, HOUR, usePageLife, settle, allPresent, moduleRules } from './fakes';

const NOW = Date.parse('2026-03-02T12:00:00.000Z');
const iso = (ms: number) => new Date(NOW + ms).toISOString();

function row(id: string, dueIn: number | null, extra = ''): string {
  return `<li data-id="${id}" ${dueIn === null ? '' : `data-due="${iso(dueIn)}"`} ${extra}><span>${id}</span> <span>Klarna</span></li>`;
}

function listPage(rows: string): string {
  return `<header>Portal</header><main><h1>Disputes</h1><ul id="list">${rows}</ul></main>`;
}

const chips = () => Array.from(document.querySelectorAll('dispute-radar-chip'));
const chipText = (el: Element) => el.shadowRoot?.textContent ?? '';
const chipFor = (id: string) => document.querySelector(`li[data-id="${id}"] dispute-radar-chip`);
const summaryText = () => document.querySelector('dispute-radar-summary')?.shadowRoot?.textContent ?? null;
const allHosts = () => document.querySelectorAll('dispute-radar-chip,dispute-radar-summary,dispute-radar-panel,dispute-radar-marker').length;

let life: FakeLife;
let bridge: FakeBridge;
let manager: MountManager;
let now = NOW;

async function start(html: string, url = '/disputes', debounceMs = 0): Promise<void> {
  document.body.innerHTML = html;
  history.replaceState(null, '', url);
  fakeRead.calls = 0;
  manager = new MountManager({
    ...allPresent,
    doc: document,
    read: fakeRead,
    assess: fakeAssess,
    bridge,
    life,
    now: () => now,
    debounceMs,
    settingsTimeoutMs: 100,
    detailRules: moduleRules({ panel: createDetailPanel, marker: createUnreadMarker }),
  });
  await manager.start();
}

const pageLife = usePageLife();
beforeEach(() => {
  now = NOW;
  life = pageLife();
  bridge = new FakeBridge();
});

describe('mount manager on a list page', () => {
  it('puts one chip beside each dispute and one summary line above the list', async () => {
    await start(listPage(row('D1', 2 * DAY + 4 * HOUR + 30 * 60_000) + row('D2', -3 * HOUR - 60_000) + row('D3', null, 'data-status="won"')));
    expect(chips()).toHaveLength(3);
    expect(chipText(chipFor('D1')!)).toBe('2 d 4 h to respond·fee €15.00 if lost');
    expect(chipText(chipFor('D2')!)).toBe('overdue by 3 h 1 min·fee €15.00 if lost');
    expect(chipText(chipFor('D3')!)).toBe('closed·no fee charged');
    expect(chipFor('D1')!.shadowRoot!.querySelector('.chip')!.getAttribute('aria-label')).toBe(
      'Dispute D1: 2 d 4 h to respond. Respond by 4 Mar 2026, 16:30. fee €15.00 if lost.',
    );
    expect(chipFor('D2')!.shadowRoot!.querySelector('.chip')!.className).toBe('chip u-overdue');
    expect(summaryText()).toBe(
      'Dispute Radar2 disputes need a response1 overduenext: 2 d 4 h to respond (D1)fees at risk: €30.00',
    );
    // The summary sits right before the list container.
    expect(document.querySelector('dispute-radar-summary')!.nextElementSibling!.id).toBe('list');
  });

  it('is idempotent: refreshing again keeps the same hosts and adds none', async () => {
    await start(listPage(row('D1', DAY * 5) + row('D2', DAY * 6)));
    const before = chips();
    manager.refresh();
    manager.refresh();
    expect(chips()).toEqual(before);
    expect(allHosts()).toBe(3);
  });

  it('follows an in-place re-render of the rows: new chips in the new rows, none left behind', async () => {
    await start(listPage(row('D1', DAY * 5) + row('D2', DAY * 6)));
    const oldRow = document.querySelector('li[data-id="D1"]');
    document.getElementById('list')!.innerHTML = row('D2', DAY * 6) + row('D1', DAY * 5) + row('D4', HOUR * 5);
    await settle();
    expect(chips()).toHaveLength(3);
    expect(oldRow!.querySelector('dispute-radar-chip')).toBeNull();
    for (const li of Array.from(document.querySelectorAll('li[data-id]'))) {
      expect(li.querySelectorAll('dispute-radar-chip')).toHaveLength(1);
    }
    expect(chipText(chipFor('D4')!)).toBe('5 h to respond·fee €15.00 if lost');
    expect(allHosts()).toBe(4);
  });

  it('removes the chip of a row that disappears', async () => {
    await start(listPage(row('D1', DAY) + row('D2', DAY * 2)));
    document.querySelector('li[data-id="D1"]')!.remove();
    await settle();
    expect(chips()).toHaveLength(1);
    expect(chipFor('D2')).not.toBeNull();
  });

  it('does no reading while the page does not change, and ignores its own hosts', async () => {
    await start(listPage(row('D1', DAY)));
    expect(fakeRead.calls).toBe(1);
    await settle(60);
    expect(fakeRead.calls).toBe(1);
    // Attributes are not observed at all.
    document.querySelector('li')!.setAttribute('class', 'hover');
    await settle();
    expect(fakeRead.calls).toBe(1);
    // A text change undone before the observer runs: one cheap look, no reading.
    const span = document.querySelector('li span')!;
    span.textContent = 'x';
    span.textContent = 'D1';
    await settle();
    expect(fakeRead.calls).toBe(1);
    // A real change: one reading.
    span.textContent = 'D1 (updated)';
    await settle();
    expect(fakeRead.calls).toBe(2);
  });

  // A page that writes a text again as it was (a clock redrawing the same minute, a framework
  // setting a value twice), or adds an empty text: the observer's records say so, and the round ends
  // there, without taking the page's text (on 500 rows, the round's whole cost: ~1 ms). Before,
  // every such round took it.
  it('ends the observer round at its records when texts were only written again as they were', async () => {
    await start(listPage(row('D1', DAY) + row('D2', 2 * DAY)));
    const main = document.querySelector('main')!;
    let taken = 0;
    let proto: object | null = main;
    while (proto && !Object.getOwnPropertyDescriptor(proto, 'textContent')) proto = Object.getPrototypeOf(proto);
    const own = Object.getOwnPropertyDescriptor(proto!, 'textContent')!;
    Object.defineProperty(main, 'textContent', { configurable: true, get: () => (taken++, own.get!.call(main)) });
    const [a, b] = Array.from(document.querySelectorAll('li span:first-child')).map((el) => el.firstChild as Text);
    // two texts, each written over and back, one of them twice
    a!.data = 'x';
    b!.data = 'y';
    a!.data = 'z';
    a!.data = 'D1';
    b!.data = 'D2';
    await settle();
    expect([taken, fakeRead.calls]).toEqual([0, 1]);
    // an empty text added (written and emptied again in Chromium too, the benchmark's round: happy-dom
    // gives the first record of an empty text no old value, so that round is looked at here)
    document.querySelector('li')!.appendChild(document.createTextNode(''));
    await settle();
    expect([taken, fakeRead.calls]).toEqual([0, 1]);
    // written over and back, then over: changed, looked at and read
    b!.data = 'y';
    b!.data = 'D2';
    b!.data = 'D2 (updated)';
    await settle();
    expect(taken).toBeGreaterThan(0);
    expect(fakeRead.calls).toBe(2);
    // a text written again as it was beside an element added: looked at (no reading: the same text)
    taken = 0;
    a!.data = 'D1';
    document.querySelector('ul')!.append(document.createElement('i'));
    await settle();
    expect(taken).toBeGreaterThan(0);
    expect(fakeRead.calls).toBe(2);
  });

  it('annotates the first disputes of a page that showed none in the observer round itself; later changes wait for the debounce', async () => {
    // A debounce of 5 s: FakeLife runs it only when asked (runLongTimers).
    await start(listPage(''), '/disputes', 5000);
    expect(chips()).toHaveLength(0);
    const reads = fakeRead.calls;
    // The portal's rows arrive after load: chips before any timer runs, one reading.
    document.getElementById('list')!.innerHTML = row('D1', DAY) + row('D2', DAY * 2);
    await settle(0);
    expect(chips()).toHaveLength(2);
    expect(fakeRead.calls).toBe(reads + 1);
    // A page with disputes: the next change waits for the debounce, as before.
    document.getElementById('list')!.insertAdjacentHTML('beforeend', row('D3', DAY * 3));
    await settle(0);
    expect(chips()).toHaveLength(2);
    expect(life.runLongTimers()).toBeGreaterThan(0);
    expect(chips()).toHaveLength(3);
  });

  it('annotates rows drawn in place of the annotated ones (a tab, a page of the list) in the observer round itself, at most once a second', async () => {
    await start(listPage(row('D1', DAY) + row('D2', DAY * 2)), '/disputes', 5000);
    expect(chips()).toHaveLength(2);
    const list = document.getElementById('list')!;
    list.innerHTML = row('D3', DAY) + row('D4', DAY * 2);
    await settle(0);
    expect(chips().map((c) => c.getAttribute('data-key'))).toEqual(['M1|D3', 'M1|D4']);
    // Again within the second: after the debounce.
    list.innerHTML = row('D5', DAY);
    await settle(0);
    expect(chipFor('D5')).toBeNull();
    life.runLongTimers();
    expect(chips().map((c) => c.getAttribute('data-key'))).toEqual(['M1|D5']);
  });

  it('takes the scheme of rows it annotates before they are painted from the main content, and the rows\' own once the page is idle', async () => {
    await start(listPage(''), '/disputes', 5000);
    const list = document.getElementById('list')!;
    list.style.backgroundColor = 'rgb(20, 24, 33)';
    await settle(0);
    list.innerHTML = row('D1', DAY);
    await settle(0);
    const chip = chipFor('D1')!;
    // Drawn in the observer's callback: the main content's (light) scheme, no style forced on the rows.
    expect(chip.getAttribute('data-scheme')).toBe('light');
    // Idle (FakeLife has no idle: a zero timeout): the rows' own background decides.
    await settle();
    expect(chipFor('D1')!.getAttribute('data-scheme')).toBe('dark');
  });

  it('looks at once at most once a second while the page shows no disputes, and waits for the debounce otherwise', async () => {
    await start(listPage(''), '/disputes', 5000);
    const reads = fakeRead.calls;
    document.querySelector('main')!.insertAdjacentHTML('beforeend', '<p>Loading…</p>');
    await settle(0);
    expect(fakeRead.calls).toBe(reads + 1);
    // Within the second: no immediate look, the rows are annotated after the debounce.
    document.getElementById('list')!.innerHTML = row('D1', DAY);
    await settle(0);
    expect(fakeRead.calls).toBe(reads + 1);
    expect(chips()).toHaveLength(0);
    life.runLongTimers();
    expect(chips()).toHaveLength(1);
  });

  it('sends what it read to the background once, zod-checked, with the store', async () => {
    await start(listPage(row('D1', DAY) + row('D2', DAY * 2)));
    await settle();
    expect(bridge.observedMessages).toHaveLength(1);
    const sent = bridge.observedMessages[0]!;
    expect(sent).toMatchObject({ type: 'cases:observed', page: 'dispute_list', storeId: 'M1', locale: 'en-GB' });
    expect(sent.disputes.map((d) => [d.id, d.storeId])).toEqual([['D1', 'M1'], ['D2', 'M1']]);
    manager.refresh();
    await settle();
    expect(bridge.observedMessages).toHaveLength(1);
  });

  it('shows a row it cannot assess as "not enough data", naming what is missing, and keeps the others', async () => {
    await start(listPage(row('D1', DAY) + row('D9', DAY, 'data-broken') + row('THROWS', DAY)));
    expect(chipText(chipFor('D9')!)).toBe('not enough data');
    expect(chipFor('D9')!.shadowRoot!.querySelector('.chip')!.getAttribute('aria-label')).toBe(
      'Dispute D9: not enough data. Dispute Radar could not read: payment method, status, created, amount.',
    );
    expect(chipText(chipFor('THROWS')!)).toBe('not enough data');
    expect(chipText(chipFor('D1')!)).toBe('1 d to respond·fee €15.00 if lost');
  });

  it('uses the page language', async () => {
    document.documentElement.lang = 'de-DE';
    await start(listPage(row('D1', 2 * DAY + 4 * HOUR)));
    expect(chipText(chipFor('D1')!).replace(/\u00a0/g, ' ')).toBe('noch 2 T. 4 Std. zum Antworten·Gebühr 15,00 € bei Verlust');
  });

  it('never keeps fees of different currencies in one sum', async () => {
    await start(listPage(row('D1', DAY) + row('D2', DAY, 'data-currency="SEK"') + row('D3', DAY)));
    expect(summaryText()?.replace(/\u00a0/g, ' ')).toContain('fees at risk: €30.00, SEK 15.00');
  });
});

describe('mount manager across navigation and invalidation', () => {
  it('replaces list chips by the detail panel after an SPA navigation', async () => {
    await start(listPage(row('D1', DAY) + row('D2', DAY)));
    history.pushState(null, '', '/disputes/D1');
    document.querySelector('main')!.innerHTML = `<article data-id="D1" data-due="${iso(2 * DAY)}"><h1>D1</h1></article>`;
    life.navigate(location.href);
    await settle();
    expect(chips()).toHaveLength(0);
    expect(summaryText()).toBeNull();
    const panel = document.querySelector('dispute-radar-panel')!;
    expect(panel.nextElementSibling!.localName).toBe('article');
    expect(panel.shadowRoot!.querySelector('[data-part="countdown"]')!.textContent).toBe('2 d to respond');
    expect(panel.shadowRoot!.querySelector('section')!.getAttribute('tabindex')).toBe('0');
    // and back to the list
    history.pushState(null, '', '/disputes');
    document.querySelector('main')!.innerHTML = `<ul id="list">${row('D1', DAY)}</ul>`;
    life.navigate(location.href);
    await settle();
    expect(document.querySelector('dispute-radar-panel')).toBeNull();
    expect(chips()).toHaveLength(1);
  });

  it('copes with the portal replacing its whole main element', async () => {
    await start(listPage(row('D1', DAY)));
    const main = document.createElement('main');
    main.innerHTML = `<ul>${row('D5', DAY)}</ul>`;
    document.querySelector('main')!.replaceWith(main);
    await settle();
    expect(chips()).toHaveLength(1);
    expect(chipFor('D5')).not.toBeNull();
    // and the new main is observed
    main.querySelector('ul')!.insertAdjacentHTML('beforeend', row('D6', DAY));
    await settle();
    expect(chips()).toHaveLength(2);
  });

  it('removes everything and stops watching when the context is invalidated', async () => {
    await start(listPage(row('D1', DAY) + row('D2', DAY)));
    expect(allHosts()).toBe(3);
    life.invalidate();
    expect(allHosts()).toBe(0);
    expect(bridge.unsubscribed).toBe(2);
    const calls = fakeRead.calls;
    document.getElementById('list')!.insertAdjacentHTML('beforeend', row('D3', DAY));
    await settle();
    expect(fakeRead.calls).toBe(calls);
    expect(allHosts()).toBe(0);
  });

  it('removes hosts an older run left behind before mounting its own', async () => {
    const stale = listPage(row('D1', DAY)).replace('<span>D1</span>', '<span>D1</span><dispute-radar-chip data-key="old"></dispute-radar-chip>');
    await start(stale);
    expect(chips()).toHaveLength(1);
    expect(chips()[0]!.getAttribute('data-key')).toBe('M1|D1');
  });

  it('puts one dismissible marker on a dispute page it cannot read', async () => {
    await start('<main><p>Something new</p></main>', '/disputes');
    const marker = document.querySelector('dispute-radar-marker')!;
    expect(marker.shadowRoot!.textContent).toContain('Dispute Radar could not read this page');
    marker.shadowRoot!.querySelector('button')!.click();
    expect(document.querySelector('dispute-radar-marker')).toBeNull();
    manager.refresh();
    expect(document.querySelector('dispute-radar-marker')).toBeNull();
  });

  it("says in the page's language that the marker's details are the reader's own (English) problems", async () => {
    document.documentElement.lang = 'de-DE';
    await start('<main><p>Something new</p></main>', '/disputes');
    const title = document.querySelector('dispute-radar-marker')!.shadowRoot!.querySelector('[title]')!.getAttribute('title')!;
    const [intro, ...problems] = title.split('\n');
    expect(intro).toBe('Was nicht gelesen werden konnte (technische Details, auf Englisch):');
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.join('\n')).not.toContain('Was nicht');
  });

  it('puts no marker on a portal page that is not about disputes', async () => {
    await start('<main><p>Orders</p></main>', '/orders');
    expect(allHosts()).toBe(0);
  });

  it('survives a reader that throws', async () => {
    const throwing = () => {
      throw new Error('boom');
    };
    document.body.innerHTML = listPage(row('D1', DAY));
    history.replaceState(null, '', '/disputes');
    const m = new MountManager({ ...allPresent, doc: document, read: throwing, assess: fakeAssess, bridge, life, now: () => NOW, debounceMs: 0, detailRules: moduleRules({ marker: createUnreadMarker }) });
    await expect(m.start()).resolves.toBeUndefined();
    expect(document.querySelector('dispute-radar-marker')).not.toBeNull();
  });

  it('reports an annotation that throws under its name, once, and keeps going', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (msg: string) => warnings.push(msg);
    try {
      document.body.innerHTML = `<main><article data-id="D1" data-due="${iso(2 * DAY)}"><h1>D1</h1></article></main>`;
      history.replaceState(null, '', '/disputes/D1');
      const throwing = { css: '', render: () => { throw new Error('boom'); }, unmount: () => {} };
      manager = new MountManager({ ...allPresent, doc: document, read: fakeRead, assess: fakeAssess, bridge, life, now: () => now, debounceMs: 0, detailRules: moduleRules({ panel: (ctx) => createDetailPanel(ctx, throwing) }) });
      await expect(manager.start()).resolves.toBeUndefined();
      manager.refresh();
      expect(warnings).toEqual(['[Dispute Radar] detail-panel: boom']);
      // the next page still gets its annotations
      history.replaceState(null, '', '/disputes');
      document.body.innerHTML = listPage(row('D1', DAY));
      manager.refresh();
      expect(chips()).toHaveLength(1);
    } finally {
      console.warn = warn;
    }
  });
});

describe('the minute ticker', () => {
  it('moves the countdowns on each minute without reading the page again', async () => {
    await start(listPage(row('D1', 2 * HOUR + 30 * 60_000)));
    expect(chipText(chipFor('D1')!)).toBe('2 h 30 min to respond·fee €15.00 if lost');
    const reads = fakeRead.calls;
    now += 60_000;
    expect(life.runLongTimers()).toBe(1);
    expect(chipText(chipFor('D1')!)).toBe('2 h 29 min to respond·fee €15.00 if lost');
    expect(fakeRead.calls).toBe(reads);
    // and it keeps going
    now += 60_000;
    expect(life.runLongTimers()).toBe(1);
    expect(chipText(chipFor('D1')!)).toBe('2 h 28 min to respond·fee €15.00 if lost');
  });

  it('runs no timer on a page without countdowns', async () => {
    await start(listPage(row('D3', null, 'data-status="won"')));
    expect(life.long.size).toBe(0);
  });
});

describe('detail panel inputs', () => {
  const detail = () => `<main><article data-id="D1" data-due="${iso(2 * DAY)}"><h1>D1</h1></article></main>`;

  it('sends a tick to the background and shows it ticked', async () => {
    await start(detail(), '/disputes/D1');
    const root = document.querySelector('dispute-radar-panel')!.shadowRoot!;
    const box = root.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    expect(box.checked).toBe(false);
    box.click();
    await settle();
    expect(bridge.updates).toEqual([
      { type: 'case:merchant-update', storeId: 'M1', disputeId: 'D1', patch: { ticks: { 'pod.tracking_id': true } } },
    ]);
    expect(root.querySelector<HTMLInputElement>('input[type="checkbox"]')!.checked).toBe(true);
    expect(root.textContent).toContain('1 of 1 ready');
  });

  it('shows the goods type and ticks the background remembers', async () => {
    bridge.stored.set('M1|D1', { goods: 'digital', ticks: { 'pod.tracking_id': true } });
    await start(detail(), '/disputes/D1');
    await settle();
    const root = document.querySelector('dispute-radar-panel')!.shadowRoot!;
    expect(root.querySelector<HTMLSelectElement>('select')!.value).toBe('digital');
    expect(root.querySelector<HTMLInputElement>('input[type="checkbox"]')!.checked).toBe(true);
  });

  it("keeps a change made in the panel when the reply to an earlier reading arrives after it (that reply's inputs are older)", async () => {
    bridge.stored.set('M1|D1', { ticks: {} });
    bridge.holdObserved = true;
    await start(detail(), '/disputes/D1');
    await settle();
    expect(bridge.observedMessages).toHaveLength(1);
    const root = document.querySelector('dispute-radar-panel')!.shadowRoot!;
    root.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
    await settle();
    expect(root.textContent).toContain('1 of 1 ready');
    // the background answers the reading sent before the tick: no tick in it
    bridge.releaseObserved();
    await settle();
    expect(root.querySelector<HTMLInputElement>('input[type="checkbox"]')!.checked).toBe(true);
    expect(root.textContent).toContain('1 of 1 ready');
  });

  it('takes the inputs a late reply brings for a dispute nothing on the page has changed since', async () => {
    bridge.stored.set('M1|D1', { goods: 'digital', ticks: { 'pod.tracking_id': true } });
    bridge.holdObserved = true;
    await start(detail(), '/disputes/D1');
    await settle();
    bridge.releaseObserved();
    await settle();
    const root = document.querySelector('dispute-radar-panel')!.shadowRoot!;
    expect(root.querySelector<HTMLSelectElement>('select')!.value).toBe('digital');
    expect(root.querySelector<HTMLInputElement>('input[type="checkbox"]')!.checked).toBe(true);
  });

  it('reverts and says so when the background cannot save', async () => {
    bridge.failUpdates = true;
    await start(detail(), '/disputes/D1');
    const root = document.querySelector('dispute-radar-panel')!.shadowRoot!;
    root.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
    await settle();
    expect(root.querySelector('[role="alert"]')!.textContent).toBe('Could not save this change. Please try again.');
    expect(root.querySelector<HTMLInputElement>('input[type="checkbox"]')!.checked).toBe(false);
  });

  it('asks for the buyer country the page does not show, and sends the choice', async () => {
    await start(detail(), '/disputes/D1');
    const root = document.querySelector('dispute-radar-panel')!.shadowRoot!;
    const selects = root.querySelectorAll<HTMLSelectElement>('select');
    expect(selects).toHaveLength(2);
    const country = selects[1]!;
    expect(country.value).toBe('');
    expect(Array.from(country.options).some((o) => o.value === 'SE' && o.textContent === 'Sweden')).toBe(true);
    country.value = 'SE';
    country.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
    expect(bridge.updates.at(-1)).toEqual({ type: 'case:merchant-update', storeId: 'M1', disputeId: 'D1', patch: { buyerCountry: 'SE' } });
    expect(root.querySelectorAll<HTMLSelectElement>('select')[1]!.value).toBe('SE');
  });

  it('keeps page events from the portal: a click in the panel does not reach the page', async () => {
    await start(detail(), '/disputes/D1');
    let pageSaw = 0;
    document.addEventListener('click', () => (pageSaw += 1));
    document.querySelector('dispute-radar-panel')!.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
    expect(pageSaw).toBe(0);
  });
});

describe('stored merchant inputs', () => {
  it('re-assesses only the disputes whose inputs changed, and none for inputs that change nothing', async () => {
    let assessed: string[] = [];
    document.body.innerHTML = listPage(row('D1', DAY) + row('D2', DAY));
    history.replaceState(null, '', '/disputes');
    const m = new MountManager({
    ...allPresent,
      doc: document,
      read: fakeRead,
      assess: (facts, opts) => {
        assessed.push(facts.id);
        return fakeAssess(facts, opts);
      },
      bridge,
      life,
      now: () => NOW,
      debounceMs: 0,
      settingsTimeoutMs: 100,
    });
    await m.start();
    await settle();
    assessed = [];
    const watch = bridge.merchantWatchers[0]!;
    watch(new Map<string, MerchantInput>([['M1|D1', { ticks: {} }], ['M1|D2', { ticks: { x: false } }]]));
    expect(assessed).toEqual([]);
    watch(new Map<string, MerchantInput>([['M1|D1', { ticks: {} }], ['M1|D2', { ticks: {}, buyerCountry: 'SE' }]]));
    expect(assessed).toEqual(['D2']);
  });
});

describe('a portal that removes our elements', () => {
  it('puts back a chip the portal removed on its own', async () => {
    await start(listPage(row('D1', DAY) + row('D2', DAY)));
    chipFor('D1')!.remove();
    await settle();
    expect(chips()).toHaveLength(2);
    expect(chipFor('D1')).not.toBeNull();
  });

  it('stands back when the portal undoes every chip as fast as it is added (circuit breaker)', async () => {
    await start(listPage(row('D1', DAY)));
    const fight = new MutationObserver(() => document.querySelectorAll('dispute-radar-chip').forEach((c) => c.remove()));
    fight.observe(document.body, { childList: true, subtree: true });
    chipFor('D1')!.remove();
    await settle(800);
    fight.disconnect();
    // 40 readings within the window, then a pause: not one reading per mutation forever.
    expect(fakeRead.calls).toBeGreaterThan(5);
    expect(fakeRead.calls).toBeLessThanOrEqual(42);
    const paused = fakeRead.calls;
    await settle(100);
    expect(fakeRead.calls).toBe(paused);
  });
});
