// @vitest-environment happy-dom
// Our hosts, drawn by the manager on pages read by the real reader, are registered as ours
// (lib/portal/own-hosts.ts), in the six languages. The list chips in a list of cards: each at its
// card's end, so that the reading after the first annotation re-reads no card (the row memory
// keeps them all: lib/portal/row-memo.ts) and reads as the page without them. Before, a chip in a
// card made the memory forget the card: that reading read every card afresh. The detail panel (from
// the module loaded on demand, which has a copy of own-hosts.ts of its own): its words, the
// dispute's fields again, are never the page's.
import { afterEach, describe, expect, it } from 'vitest';
import { createDetailPanel } from '../../entrypoints/content/detail-panel';
import { HOST_SELECTOR } from '../../entrypoints/content/hosts';
import { MountManager } from '../../entrypoints/content/manager';
import { readPortalPage, type PortalReading } from '../../lib/portal';
import { OWN_HOSTS } from '../../lib/portal/own-hosts';
import { releaseRowMemo, rowMemo } from '../../lib/portal/row-memo';
import { cellsOf, KEYS, LANGS, storeBar } from '../portal/list-pages';
import { pageMarkup } from '../portal/our-hosts';
import { allPresent, FakeBridge, fakeAssess, moduleRules, settle, usePageLife } from './fakes';

const NOW = Date.parse('2026-01-25T12:00:00.000Z');
const life = usePageLife();
afterEach(() => releaseRowMemo(document));
/** What a reading says, without the elements (of one document or the other). */
const said = (r: PortalReading) => ({ ...r, disputes: r.disputes.map(({ anchor: _a, cell: _c, ...d }) => d) });

describe.each(KEYS)('%s: chips in a list of cards', (k) => {
  const l = LANGS[k];
  it('the reading after the first annotation re-reads no card, and reads as the page without the chips', async () => {
    document.documentElement.lang = l.tag;
    history.replaceState(null, '', '/disputes');
    document.body.innerHTML = `${storeBar(l)}<main><h1>Disputes</h1><ul>${l.rows.map((_, i) => `<li>${cellsOf(l, i, (c, t) => `<p>${l.labels[c]}: <span>${t}</span></p>`)}</li>`).join('')}</ul><p id="status">Loaded</p></main>`;
    const readings: PortalReading[] = [];
    const read = (doc: Document, url: string, opts: { timeZone: string }) => {
      const r = readPortalPage(doc, url, opts);
      readings.push(r);
      return r;
    };
    const manager = new MountManager({ ...allPresent, doc: document, read, assess: fakeAssess, bridge: new FakeBridge(), life: life(), now: () => NOW, debounceMs: 0, settingsTimeoutMs: 100 });
    await manager.start();
    const cards: Element[] = Array.from(document.querySelectorAll('li'));
    expect(cards.map((c) => c.lastElementChild!.localName)).toEqual(['dispute-radar-chip', 'dispute-radar-chip', 'dispute-radar-chip']);
    expect(cards.map((c) => OWN_HOSTS.has(c.lastElementChild!))).toEqual([true, true, true]);
    // (what the next reading takes as kept: every card)
    expect(rowMemo(document, document.body, false)?.keptScans().rows.map((r) => cards.indexOf(r))).toEqual([0, 1, 2]);
    // a change outside the cards: the manager reads again, as the page without our hosts reads
    document.getElementById('status')!.textContent = 'Updated';
    await settle();
    expect(readings).toHaveLength(2);
    const fresh = readPortalPage(new DOMParser().parseFromString(pageMarkup(document), 'text/html'), location.href, { timeZone: 'UTC' });
    expect(said(readings[1]!)).toEqual(said(fresh));
    expect(fresh.disputes.map((d) => d.facts.id)).toEqual(['DP-1001', 'DP-1002', 'DP-1003']);
    expect(document.querySelectorAll('dispute-radar-chip')).toHaveLength(3);
  });
});

describe.each(KEYS)('%s: the detail panel on a dispute\'s page', (k) => {
  const l = LANGS[k];
  it('is not read: a reading after it is drawn reads as the page without it', async () => {
    document.documentElement.lang = l.tag;
    history.replaceState(null, '', '/disputes/DP-1001');
    document.body.innerHTML = `${storeBar(l)}<main><h1>DP-1001</h1><dl id="dispute">${cellsOf(l, 0, (c, t) => `<dt>${l.labels[c]}</dt><dd>${t}</dd>`)}</dl></main>`;
    const manager = new MountManager({ ...allPresent, doc: document, read: readPortalPage, assess: fakeAssess, bridge: new FakeBridge(), life: life(), now: () => NOW, debounceMs: 0, settingsTimeoutMs: 100, detailRules: moduleRules({ panel: createDetailPanel }) });
    await manager.start();
    const panel = document.querySelector('dispute-radar-panel')!;
    // (it shows the dispute's fields again)
    expect(panel.shadowRoot!.textContent).toContain('DP-1001');
    expect(OWN_HOSTS.has(panel)).toBe(true);
    const again = readPortalPage(document, location.href, { timeZone: 'UTC' });
    const fresh = readPortalPage(new DOMParser().parseFromString(pageMarkup(document), 'text/html'), location.href, { timeZone: 'UTC' });
    expect(said(again)).toEqual(said(fresh));
    expect(fresh.disputes.map((d) => d.facts.id)).toEqual(['DP-1001']);
  });
});

// An extension reload leaves the older run's hosts in the page (named as ours, their shadow roots
// open, showing its words: a dispute's ID, its deadline), never this run's (not in OWN_HOSTS): this
// run's manager removes them as it starts (manager.ts start), before its first reading, which then
// reads as the page without them.
describe.each(KEYS)('%s: an older run\'s hosts left in the page', (k) => {
  const l = LANGS[k];
  it('are gone before the first reading, which reads as the page without them', async () => {
    document.documentElement.lang = l.tag;
    history.replaceState(null, '', '/disputes');
    const page = `${storeBar(l)}<main><h1>Disputes</h1><ul>${l.rows.map((_, i) => `<li>${cellsOf(l, i, (c, t) => `<p>${l.labels[c]}: <span>${t}</span></p>`)}</li>`).join('')}</ul></main>`;
    document.body.innerHTML = page;
    for (const card of document.querySelectorAll('li')) {
      const old = document.createElement('dispute-radar-chip');
      old.attachShadow({ mode: 'open' }).innerHTML = `<p>${l.labels.id}: DP-9001</p><p>${l.labels.dueBy}: ${l.rows[0]![5]}</p>`;
      card.append(old);
    }
    const readings: PortalReading[] = [];
    const oldAtRead: number[] = [];
    const read = (doc: Document, url: string, opts: { timeZone: string }) => {
      oldAtRead.push(doc.querySelectorAll(HOST_SELECTOR).length);
      const r = readPortalPage(doc, url, opts);
      readings.push(r);
      return r;
    };
    const manager = new MountManager({ ...allPresent, doc: document, read, assess: fakeAssess, bridge: new FakeBridge(), life: life(), now: () => NOW, debounceMs: 0, settingsTimeoutMs: 100 });
    await manager.start();
    expect(oldAtRead[0]).toBe(0);
    const fresh = readPortalPage(new DOMParser().parseFromString(`<html lang="${l.tag}"><body>${page}</body></html>`, 'text/html'), location.href, { timeZone: 'UTC' });
    expect(said(readings[0]!)).toEqual(said(fresh));
    expect(fresh.disputes.map((d) => d.facts.id)).toEqual(['DP-1001', 'DP-1002', 'DP-1003']);
    // (and this run's chips in their place, one a card)
    expect(Array.from(document.querySelectorAll('dispute-radar-chip'), (c) => OWN_HOSTS.has(c))).toEqual([true, true, true]);
  });
});
