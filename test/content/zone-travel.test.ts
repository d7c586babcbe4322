// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://portal.kustom.co/disputes"}
// A merchant whose deadlines count in the browser's zone (Settings.timeZone: none) travels with the
// portal's tab left open (Stockholm → New York): what that tab reads after the move is read in the
// zone the browser is in now, as a tab opened after the move, the popup and the background read it.
// The tab asked the browser's zone once and kept it for its life, so it kept reading "Respond by
// 2 Feb 2026" as the end of that day in Stockholm while a new tab read it in New York: the stored
// deadline moved six hours each time either tab was read, and each move is a new deadline to the
// notifications ("the portal moved the date": notified again). A page that does not change is read
// again on the minute's tick once the zone has changed, so its chips and the stored deadline follow.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MountManager } from '../../entrypoints/content/manager';
import { readPortalPage } from '../../lib/portal';
import { FIELD_LABELS } from '../../lib/portal/vocabulary';
import { COLS, EXPECTED, KEYS, LANGS, cellsOf, storeBar, type Key } from '../portal/list-pages';
import { FakeBridge, FakeLife, fakeAssess, usePageLife, allPresent } from './fakes';

const NOW = Date.parse('2026-01-25T12:00:00.000Z');
const until = (check: () => void) => vi.waitFor(check, { timeout: 3000, interval: 5 });
/** The list, with a payment method column (Klarna): facts the rules can assess, so the page counts down. */
const table = (k: Key) => {
  const l = LANGS[k];
  const method = FIELD_LABELS.paymentMethod[k] as string;
  const head = `<tr>${COLS.map((c) => `<th>${l.labels[c]}</th>`).join('')}<th>${method}</th></tr>`;
  const rows = [0, 1, 2].map((i) => `<tr>${cellsOf(l, i, (_c, text) => `<td>${text}</td>`)}<td>Klarna</td></tr>`).join('');
  return `${storeBar(l)}<main><h1>Disputes</h1><table><thead>${head}</thead><tbody>${rows}</tbody></table></main>`;
};

const zoneBefore = process.env.TZ;
const pageLife = usePageLife();
let bridge: FakeBridge;
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  process.env.TZ = 'Europe/Stockholm';
  bridge = new FakeBridge();
  bridge.settingsValue = { ...bridge.settingsValue, timeZone: null };
});
afterEach(() => {
  vi.useRealTimers();
  if (zoneBefore === undefined) delete process.env.TZ;
  else process.env.TZ = zoneBefore;
});

/** DP-1001's deadline in the last reading the tab sent. */
const lastDue = () => bridge.observedMessages.at(-1)!.disputes.find((d) => d.id === 'DP-1001')?.dueBy;

/** The tab on language `k`'s list, its first reading sent (in Stockholm). */
async function openTab(k: Key): Promise<FakeLife> {
  const life = pageLife();
  document.documentElement.lang = LANGS[k].tag;
  document.body.innerHTML = table(k);
  const manager = new MountManager({ ...allPresent, doc: document, read: readPortalPage, assess: fakeAssess, bridge, life, now: () => Date.now(), debounceMs: 0, settingsTimeoutMs: 100 });
  await manager.start();
  await until(() => expect(lastDue()).toBe(EXPECTED[0]!.dueBy));
  return life;
}

describe.each(KEYS.map((k) => [k] as const))('%s: a tab left open across a move to another zone', (k) => {
  it('the page unchanged: read again on the minute, in the zone the browser is in now', async () => {
    const life = await openTab(k);
    process.env.TZ = 'America/New_York';
    vi.setSystemTime(NOW + 10 * 3_600_000);
    const sent = bridge.observedMessages.length;
    expect(life.runLongTimers()).toBeGreaterThan(0);
    await until(() => expect(bridge.observedMessages.length).toBeGreaterThan(sent));
    expect(lastDue()).toBe('2026-02-03T04:59:59.999Z');
  });

  it('reads the page in the zone the browser is in now', async () => {
    await openTab(k);
    // The flight: the browser's zone is New York's when the computer wakes; the portal's page changes.
    process.env.TZ = 'America/New_York';
    vi.setSystemTime(NOW + 10 * 3_600_000);
    const sent = bridge.observedMessages.length;
    // (DP-1003 is waiting for a response again)
    document.querySelectorAll('tbody tr')[2]!.children[2]!.textContent = LANGS[k].rows[0]![2]!;
    await until(() => expect(bridge.observedMessages.length).toBeGreaterThan(sent));
    // the end of 2 February in New York (UTC−5), not in Stockholm (22:59:59.999Z)
    expect(lastDue()).toBe('2026-02-03T04:59:59.999Z');
  });
});
