// The content script in Chromium, production build, on the sandbox portal served on the real
// portal host. The sandbox's data is relative to the clock fixed when it is routed; the content
// script runs on the browser's real clock (page.clock does not reach its isolated world), so the
// pinned disputes carry +30 min offsets that keep hour-level texts stable for a test's length, and
// minute-level texts are computed from the clock around the moment they are read.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLAYGROUND_ORIGIN, SCREENSHOTS_DIR, launchExtension, routePortal, waitForSandbox, type ExtensionSession, type PortalRoute } from './harness';

const SCREENSHOTS = SCREENSHOTS_DIR;
const STORE = 'K100482';
const HOUR = 3_600_000;
const MINUTE = 60_000;

let session: ExtensionSession;
let portal: PortalRoute;
const pages: Page[] = [];

beforeAll(async () => {
  session = await launchExtension({ viewport: { width: 1280, height: 860 } });
  portal = await routePortal(session.context);
  mkdirSync(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await session?.close();
});

async function open(path: string, params: Record<string, string> = {}): Promise<Page> {
  const page = await session.openPortal(path, { delay: '0', ...params });
  pages.push(page);
  return page;
}

const spaces = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

/** Text of each chip by dispute id, in page order. */
function chips(page: Page): Promise<[string, string][]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('dispute-radar-chip')).map(
      (c) => [(c.getAttribute('data-key') ?? '').split('|')[1] ?? '', c.shadowRoot?.textContent ?? ''] as [string, string],
    ),
  );
}

async function chipText(page: Page, id: string): Promise<string> {
  const text = await page.evaluate(
    (key) => document.querySelector(`dispute-radar-chip[data-key="${key}"]`)?.shadowRoot?.textContent ?? null,
    `${STORE}|${id}`,
  );
  return spaces(text ?? '(no chip)');
}

async function chipLabel(page: Page, id: string): Promise<string> {
  const text = await page.evaluate(
    (key) => document.querySelector(`dispute-radar-chip[data-key="${key}"]`)?.shadowRoot?.querySelector('.chip')?.getAttribute('aria-label') ?? null,
    `${STORE}|${id}`,
  );
  return spaces(text ?? '(no chip)');
}

/** Rows the page shows (each holds one dispute link) and the dispute id of each. */
function rowIds(page: Page): Promise<string[]> {
  return page.evaluate(() => Array.from(document.querySelectorAll('tbody tr')).map((tr) => tr.querySelector('a')?.textContent?.trim() ?? ''));
}

/** Rows and chips read in one go (the page's scripts cannot run in between). */
function rowsAndChips(page: Page): Promise<{ rows: string[]; chips: [string, string][] }> {
  return page.evaluate(() => ({
    rows: Array.from(document.querySelectorAll('tbody tr')).map((tr) => tr.querySelector('a')?.textContent?.trim() ?? ''),
    chips: Array.from(document.querySelectorAll('dispute-radar-chip')).map(
      (c) => [(c.getAttribute('data-key') ?? '').split('|')[1] ?? '', c.shadowRoot?.textContent ?? ''] as [string, string],
    ),
  }));
}

/** Waits until every row the page shows has its chip, in row order. */
async function waitForChips(page: Page): Promise<void> {
  await expect
    .poll(async () => {
      const { rows, chips: c } = await rowsAndChips(page);
      return rows.length > 0 && c.map(([id]) => id).join() === rows.join();
    })
    .toBe(true);
}

function dueOf(id: string): number {
  const d = portal.sandbox.disputes().find((x) => x.facts.id === id);
  if (!d?.facts.dueBy) throw new Error(`no pinned deadline for ${id}`);
  return Date.parse(d.facts.dueBy);
}

/** "5 h 29 min" for a duration under a day, as the chip words it (rounded down to the minute). */
function hoursMinutes(ms: number): string {
  const abs = Math.abs(ms);
  const h = Math.floor(abs / HOUR);
  const m = Math.floor((abs % HOUR) / MINUTE);
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

/** Reads a minute-level text and the texts the clock allowed just before and after reading it. */
async function minuteText(read: () => Promise<string>, expected: (now: number) => string): Promise<[string, string[]]> {
  const before = expected(Date.now());
  const text = await read();
  const after = expected(Date.now());
  return [text, [...new Set([before, after])]];
}

const dateTime = (iso: number | string) =>
  spaces(
    new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: portal.sandbox.timeZone }).format(
      new Date(iso),
    ),
  );

describe('list page', () => {
  it('puts a chip with countdown and fee beside each pinned dispute', async () => {
    const page = await open('/disputes');
    await waitForChips(page);
    expect(await chipText(page, 'dp_pin_respond_2d4h')).toBe('2 d 4 h to respond·fee SEK 150.00 if lost');
    expect(await chipText(page, 'dp_pin_visa_fraud_fr')).toBe('6 d 12 h to respond·fee €15.00 if lost');
    expect(await chipText(page, 'dp_pin_klarna_chargeback')).toBe('9 d 6 h to respond·fee NOK 200.00 if lost');
    expect(await chipText(page, 'dp_pin_jp_no_fee')).toBe('1 d 1 h to respond');
    // No portal deadline: the rule's estimate, marked.
    expect(await chipText(page, 'dp_pin_card_estimate')).toBe('≈3 d 23 h to respond·fee US$15.00 if lost');
    expect(await chipText(page, 'dp_pin_billie_rule')).toBe('≈8 d 2 h to respond');
    const [due5h, allowed5h] = await minuteText(
      () => chipText(page, 'dp_pin_due_5h'),
      (now) => `${hoursMinutes(dueOf('dp_pin_due_5h') - now)} to respond`,
    );
    expect(allowed5h).toContain(due5h);
    const [overdue, allowedOverdue] = await minuteText(
      () => chipText(page, 'dp_pin_overdue_3h'),
      (now) => `overdue by ${hoursMinutes(dueOf('dp_pin_overdue_3h') - now)}·fee £15.00 if lost`,
    );
    expect(allowedOverdue).toContain(overdue);
  });

  it('adds the chips of rows the portal fetches after load, or draws in place of others (a tab), before the browser first renders those rows', async () => {
    const page = await session.context.newPage();
    pages.push(page);
    // In the page's world: when rows not seen before appear, count the chips in the next frame's
    // animation callback, which runs before that frame's style, layout and paint.
    await page.addInitScript(() => {
      const w = window as unknown as { firstFrames: [number, number][] };
      w.firstFrames = [];
      let seen: Element | null = null;
      const watch = new MutationObserver(() => {
        const first = document.querySelector('tbody tr');
        if (!first || first === seen) return;
        seen = first;
        requestAnimationFrame(() => {
          w.firstFrames.push([document.querySelectorAll('tbody tr').length, document.querySelectorAll('dispute-radar-chip').length]);
        });
      });
      document.addEventListener('DOMContentLoaded', () => watch.observe(document.body, { childList: true, subtree: true }));
    });
    const frames = async (n: number) =>
      (await (
        await page.waitForFunction((count) => {
          const f = (window as unknown as { firstFrames: [number, number][] }).firstFrames;
          return f.length >= count ? f : null;
        }, n)
      ).jsonValue()) as [number, number][];
    await session.openPortal('/disputes', { delay: '1500' }, { page });
    const [rows, chipsThen] = (await frames(1))[0]!;
    expect(rows).toBeGreaterThan(5);
    expect(chipsThen).toBe(rows);
    // A tab drawn in place of the list, a while later (at most one immediate look a second).
    await page.waitForTimeout(1100);
    await page.getByRole('tab', { name: /^Closed/ }).click();
    const [closedRows, closedChips] = (await frames(2))[1]!;
    expect(closedRows).toBeGreaterThan(0);
    expect(closedChips).toBe(closedRows);
  });

  it('gives each chip a text alternative naming the dispute, the deadline, the estimate rule and the fee', async () => {
    const page = await open('/disputes');
    await waitForChips(page);
    expect(await chipLabel(page, 'dp_pin_respond_2d4h')).toBe(
      `Dispute dp_pin_respond_2d4h: 2 d 4 h to respond. Respond by ${dateTime(dueOf('dp_pin_respond_2d4h'))}. fee SEK 150.00 if lost.`,
    );
    const estimate = await chipLabel(page, 'dp_pin_billie_rule');
    expect(estimate).toMatch(
      /^Dispute dp_pin_billie_rule: 8 d 2 h to respond\. Respond by .+\. Estimated: the portal does not show this date, so it follows the rule: 12 calendar days after the dispute was opened \(billie\.response\.12d\)\. no published fee\.$/,
    );
    const title = await page.evaluate(
      (key) => document.querySelector(`dispute-radar-chip[data-key="${key}"]`)?.shadowRoot?.querySelector('.chip')?.getAttribute('title'),
      `${STORE}|dp_pin_billie_rule`,
    );
    expect(spaces(title ?? '')).toBe(estimate);
    // an enquiry's next date is its escalation into a chargeback, not a deadline (its tab: all)
    const all = await open('/disputes', { tab: 'all', q: 'dp_pin_enquiry_12d' });
    await waitForChips(all);
    expect(await chipLabel(all, 'dp_pin_enquiry_12d')).toMatch(
      /^Dispute dp_pin_enquiry_12d: escalates in 12 d 2 h\. Escalates to a chargeback on .+\. Estimated: the portal does not show this date, so it follows the rule: 35 calendar days after the dispute was opened \(for a return: the return tracking was uploaded, if it was\) \(klarna\.escalation\.35d\)\. fee €20\.00 if lost\.$/,
    );
  });

  it('puts one summary line above the list: count, overdue, next deadline, fees per currency', async () => {
    const page = await open('/disputes');
    await waitForChips(page);
    const read = async () =>
      spaces((await page.evaluate(() => document.querySelector('dispute-radar-summary')?.shadowRoot?.textContent)) ?? '');
    const [summary, allowed] = await minuteText(read, (now) =>
      [
        'Dispute Radar',
        '20 disputes need a response',
        '4 overdue',
        `next: ${hoursMinutes(dueOf('dp_pin_due_5h') - now)} to respond (dp_pin_due_5h)`,
        // (+ 6 unknown: open card and Klarna disputes whose row shows no buyer country, ecb0bb8)
        'fees at risk: €30.00, US$15.00, SEK 150.00, £15.00, PLN 65.00, NOK 200.00 + 6 unknown',
      ].join(''),
    );
    expect(allowed).toContain(summary);
    // It sits directly above the table.
    expect(await page.evaluate(() => document.querySelector('dispute-radar-summary')?.nextElementSibling?.localName)).toBe('table');
  });

  it('keeps one chip per row through in-place re-rendering (tab switch, sorting)', async () => {
    const page = await open('/disputes');
    await waitForChips(page);
    // A tab switch changes the URL before the rows: wait for the new rows, then for their chips.
    const listed = (await rowIds(page)).join();
    await page.getByRole('tab', { name: /^Closed/ }).click();
    await expect.poll(() => page.url()).toContain('tab=closed');
    await expect.poll(async () => (await rowIds(page)).join()).not.toBe(listed);
    await waitForChips(page);
    expect(new Set((await chips(page)).map(([, text]) => text.split('·')[0]))).toEqual(new Set(['closed']));
    const closed = (await rowIds(page)).join();
    await page.getByRole('tab', { name: /^Response required/ }).click();
    await expect.poll(() => page.url()).toContain('tab=response_required');
    await expect.poll(async () => (await rowIds(page)).join()).not.toBe(closed);
    await waitForChips(page);
    const before = await rowIds(page);
    await page.getByRole('button', { name: /Amount/ }).click();
    await expect.poll(async () => (await rowIds(page)).join()).not.toBe(before.join());
    await waitForChips(page);
    // Every chip sits in a row of the page: none left in a detached or foreign place.
    expect(
      await page.evaluate(() =>
        Array.from(document.querySelectorAll('dispute-radar-chip')).every((chip) => {
          const row = chip.closest('tr');
          return row !== null && (row.querySelector('a')?.textContent ?? '').trim() === chip.getAttribute('data-key')?.split('|')[1];
        }),
      ),
    ).toBe(true);
    expect(await page.evaluate(() => document.querySelectorAll('dispute-radar-summary').length)).toBe(1);
  });

  it("keeps its own look under the portal's CSS (shadow root, px sizes, !important host rules)", async () => {
    const page = await open('/disputes');
    await waitForChips(page);
    await page.addStyleTag({ content: 'html { font-size: 40px } td * { display: block; margin: 20px; font-family: serif; color: red } body * { font-size: 30px }' });
    const style = await page.evaluate((key) => {
      const host = document.querySelector(`dispute-radar-chip[data-key="${key}"]`)!;
      const chip = host.shadowRoot!.querySelector('.chip')!;
      const [h, c] = [getComputedStyle(host), getComputedStyle(chip)];
      return { display: h.display, margin: h.marginTop, font: c.fontSize, family: c.fontFamily.split(',')[0], color: c.color, border: c.borderTopColor };
    }, `${STORE}|dp_pin_visa_fraud_fr`);
    // (the border in its urgency's own colour, components/format urgencyColors: not the text's)
    expect(style).toEqual({ display: 'inline-block', margin: '0px', font: '12px', family: 'system-ui', color: 'rgb(8, 93, 58)', border: 'rgb(71, 205, 137)' });
  });

  it('reads a cards layout the same way', async () => {
    const page = await open('/disputes', { layout: 'cards' });
    await expect.poll(() => chipText(page, 'dp_pin_respond_2d4h')).toBe('2 d 4 h to respond·fee SEK 150.00 if lost');
    expect(await chipText(page, 'dp_pin_card_estimate')).toBe('≈3 d 23 h to respond·fee US$15.00 if lost');
  });

  it('speaks the page language', async () => {
    const page = await open('/disputes', { lang: 'de-DE' });
    await expect.poll(() => chipText(page, 'dp_pin_respond_2d4h')).toBe('noch 2 T. 4 Std. zum Antworten·Gebühr 150,00 SEK bei Verlust');
    expect(await chipText(page, 'dp_pin_billie_rule')).toBe('≈noch 8 T. 2 Std. zum Antworten');
  });
});

describe('detail page', () => {
  const ID = 'dp_pin_respond_2d4h';

  async function panel(page: Page, selector: string): Promise<string[]> {
    return page.evaluate(
      (sel) =>
        Array.from(document.querySelector('dispute-radar-panel')?.shadowRoot?.querySelectorAll(sel) ?? []).map((e) =>
          (e.textContent ?? '').replace(/\s+/g, ' ').trim(),
        ),
      selector,
    );
  }

  it('shows the live countdown, the phase timeline, the exposure and the advice', async () => {
    const page = await open(`/disputes/${ID}`);
    await expect.poll(() => panel(page, '[data-part="countdown"]')).toEqual(['2 d 4 h to respond']);
    // (2 d 4 h is "soon": its border in that urgency's colour, components/format urgencyColors)
    const border = await page.evaluate(() => getComputedStyle(document.querySelector('dispute-radar-panel')!.shadowRoot!.querySelector('[data-part="countdown"]')!).borderTopColor);
    expect(border).toBe('rgb(247, 144, 9)');
    const d = portal.sandbox.disputes().find((x) => x.facts.id === ID)!;
    expect((await panel(page, '[data-part="due"]')).map(spaces)).toEqual([`Respond by ${dateTime(d.facts.dueBy!)}`]);
    expect((await panel(page, '[data-part="fee"]')).map(spaces)).toEqual(['fee SEK 150.00 if lost']);
    const timeline = (await panel(page, '.timeline li')).map(spaces);
    expect(timeline.slice(0, 2)).toEqual([
      `Created: ${dateTime(d.facts.createdAt)} (from the page, passed)`,
      `Response due: ${dateTime(d.facts.dueBy!)} (shown by the portal)`,
    ]);
    expect(timeline[2]).toMatch(/^Expected decision: .+ to .+ \(estimate\)$/);
    expect((await panel(page, '.exposure dd')).map(spaces)).toEqual(['SEK 1,399.00', 'SEK 1,399.00', 'nothing']);
    const advice = await panel(page, '.adv li');
    expect(advice[0]).toBe('Important: Miss the deadline and the dispute is lost automatically.');
    expect(advice).toContain('Important: You get one response only – no follow-ups. Submit all evidence at once.');
    // The page shows the buyer's country: it is not asked.
    expect(await panel(page, 'select')).toHaveLength(1);
    // The panel is reachable with the keyboard.
    expect(await page.evaluate(() => document.querySelector('dispute-radar-panel')?.shadowRoot?.querySelector('section')?.tabIndex)).toBe(0);
  });

  it('narrows the checklist to the goods type and keeps ticks per dispute across a reload', async () => {
    const page = await open(`/disputes/${ID}`);
    await expect.poll(async () => (await panel(page, '.check li')).length).toBeGreaterThan(0);
    const all = (await panel(page, '.check li')).length;
    const root = page.locator('dispute-radar-panel');
    await root.locator('select').first().selectOption('physical');
    // The panel re-renders as the choice is saved and read back: wait for the list the choice
    // gives, then check it is the physical goods' list and shorter than the unnarrowed one.
    await expect
      .poll(async () => {
        const titles = await panel(page, '.check li .title');
        return titles.includes('Proof of delivery from the carrier') && !titles.includes('Record of digital delivery');
      })
      .toBe(true);
    const physical = await panel(page, '.check li .title');
    expect(physical).toContain('Proof of delivery from the carrier');
    expect(physical).not.toContain('Record of digital delivery');
    expect(physical.length).toBeLessThan(all);
    await root.locator('input[type="checkbox"]').first().check();
    await expect.poll(() => panel(page, '[aria-live="polite"]')).toEqual([`1 of ${physical.length} ready`]);
    await page.reload();
    await waitForSandbox(page);
    await expect.poll(() => panel(page, '[aria-live="polite"]')).toEqual([`1 of ${physical.length} ready`]);
    expect(await root.locator('select').first().inputValue()).toBe('physical');
    expect(await root.locator('input[type="checkbox"]').first().isChecked()).toBe(true);
  });

  it("loads its panel and rules from the extension under a strict page CSP (no chrome-extension: in the portal's script-src)", async () => {
    const CSP = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:";
    const strict = async (route: import('playwright-core').Route) => {
      const req = route.request();
      const res = portal.sandbox.handle({ method: req.method(), url: req.url(), headers: req.headers() });
      return route.fulfill({ status: res.status, headers: { ...res.headers, 'content-security-policy': CSP }, body: res.body });
    };
    const url = `https://portal.kustom.co/disputes/${ID}?delay=0&csp=strict`;
    const match = (u: URL) => u.searchParams.get('csp') === 'strict';
    await session.context.route(match, strict);
    try {
      const page = await session.newPage();
      const response = await page.goto(url);
      expect(response?.headers()['content-security-policy']).toBe(CSP);
      // The policy is in force on the page: a frame that is not 'self' is refused by it.
      const refused = await page.evaluate(
        () =>
          new Promise<string>((resolve) => {
            document.addEventListener('securitypolicyviolation', (e) => resolve(e.effectiveDirective), { once: true });
            const frame = document.createElement('iframe');
            frame.src = 'data:text/html,x';
            document.body.appendChild(frame);
            setTimeout(() => resolve('none'), 2000);
          }),
      );
      expect(refused).toBe('frame-src');
      await expect.poll(() => panel(page, '[data-part="countdown"]')).toEqual(['2 d 4 h to respond']);
      expect((await panel(page, '.check li')).length).toBeGreaterThan(0);
      expect((await panel(page, '.adv li'))[0]).toBe('Important: Miss the deadline and the dispute is lost automatically.');
      // Nothing but the refused test frame on the console.
      expect(session.consoleErrors(page).filter((e) => !e.startsWith('Framing'))).toEqual([]);
      await page.close();
    } finally {
      await session.context.unroute(match, strict);
    }
  });

  it('follows SPA navigation: list chips give way to the panel and come back, without duplicates', async () => {
    const page = await open('/disputes');
    await waitForChips(page);
    await page.getByRole('link', { name: ID, exact: true }).click();
    await expect.poll(() => page.evaluate(() => document.querySelectorAll('dispute-radar-panel').length)).toBe(1);
    expect(await page.evaluate(() => document.querySelectorAll('dispute-radar-chip, dispute-radar-summary').length)).toBe(0);
    await page.goBack();
    await waitForChips(page);
    expect(await page.evaluate(() => document.querySelectorAll('dispute-radar-panel').length)).toBe(0);
    expect(await page.evaluate(() => document.querySelectorAll('dispute-radar-summary').length)).toBe(1);
    expect((await chips(page)).map(([id]) => id)).toEqual(await rowIds(page));
  });
});

/** Opens `body` served at `url` on the portal host; `run` gets the page before the route is taken down. */
async function onServedPage(url: string, body: string, run: (page: Page) => Promise<void>): Promise<void> {
  const serve = (route: import('playwright-core').Route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
  await session.context.route(url, serve);
  try {
    const page = await session.newPage();
    pages.push(page);
    await page.goto(url);
    await run(page);
  } finally {
    await session.context.unroute(url, serve);
  }
}

/**
 * Opens `body` served at `url` on the portal host, waits for the unread marker and gives the page,
 * the marker's text and its tooltip, and each chip's text alternative; `check` runs on them before
 * the route is taken down.
 */
function withMarker(url: string, body: string, check: (page: Page, seen: { text: string | null; title: string | null; chips: string[] }) => Promise<void>): Promise<void> {
  return onServedPage(url, body, async (page) => {
    await expect.poll(() => page.evaluate(() => document.querySelectorAll('dispute-radar-marker').length)).toBe(1);
    const seen = await page.evaluate(() => {
      const root = document.querySelector('dispute-radar-marker')!.shadowRoot!;
      const chips = Array.from(document.querySelectorAll('dispute-radar-chip'), (c) => c.shadowRoot?.querySelector('.chip')?.getAttribute('aria-label') ?? '');
      return { text: root.querySelector('span')!.textContent, title: root.querySelector('[title]')!.getAttribute('title'), chips };
    });
    await check(page, seen);
  });
}

describe('a page it cannot read', () => {
  const URL_BROKEN = 'https://portal.kustom.co/disputes/unreadable';
  const BODY =
    '<!doctype html><html lang="en-GB"><body><main><h1>Dispute inquiries</h1><table><thead><tr><th>Dispute ID</th>' +
    '<th>Amount</th><th>Status</th></tr></thead><tbody><tr><td>dp_1</td><td>lots</td><td>weird</td></tr></tbody></table></main></body></html>';

  it('gets one small dismissible marker naming the problems, and a chip saying what is missing', async () => {
    await withMarker(URL_BROKEN, BODY, async (page, { text, title, chips }) => {
      expect(text).toBe('Dispute Radar could not read this page');
      expect(title).toContain('dp_1');
      expect(chips).toEqual(['Dispute dp_1: not enough data. Dispute Radar could not read: payment method, status, created, amount.']);
      await page.locator('dispute-radar-marker').getByRole('button', { name: 'Dismiss' }).click();
      await expect.poll(() => page.evaluate(() => document.querySelectorAll('dispute-radar-marker').length)).toBe(0);
    });
  });
});

describe('a page it can read only in part', () => {
  // DP-1001 and DP-1004 in a description list each; DP-1002's and DP-1003's lines as one <pre>'s
  // text, whose values no element tells apart (lib/portal: none of them read, said)
  const URL_PART = 'https://portal.kustom.co/disputes?view=print';
  const lines = (id: string) => `Dispute ID: ${id}\nAmount: €45.00\nStatus: Response required\nReason: Fraudulent\nCreated: 20 Jan 2026\nRespond by: 4 Feb 2026`;
  const terms = (id: string) =>
    `<section><dl><dt>Dispute ID</dt><dd>${id}</dd><dt>Payment method</dt><dd>Klarna</dd><dt>Amount</dt><dd>€120.50</dd><dt>Status</dt><dd>Won</dd><dt>Reason</dt><dd>Goods not received</dd><dt>Created</dt><dd>19 Jan 2026</dd></dl></section>`;
  const BODY = `<!doctype html><html lang="en-GB"><body><main><h1>Disputes</h1>${terms('DP-1001')}${terms('DP-1004')}<aside><pre>${lines('DP-1002')}\n\n${lines('DP-1003')}</pre></aside></main></body></html>`;

  it('gets the chips of the disputes it read and one marker saying not all of the page was read', async () => {
    await withMarker(URL_PART, BODY, async (_page, { text, title, chips }) => {
      expect(text).toBe('Dispute Radar could not read all of this page');
      expect(title).toBe('What could not be read (technical details, in English):\nLabelled disputes could not be read.');
      expect(chips.map((l) => l.split(':')[0])).toEqual(['Dispute DP-1001', 'Dispute DP-1004']);
    });
  });
});

// Zone names are read by the tables in content-rules/detail.js (lib/portal/zone-names.ts): a list
// whose dates name a zone is read again once the module is in, before anything is drawn. Two
// disputes due at the same instant, one shown in New York's long zone name (which needs the
// tables), one with its offset ("GMT-5", which does not): the same deadline in both chips.
describe('a list whose dates name a zone', () => {
  const URL_ZONES = 'https://portal.kustom.co/disputes?view=zones';
  it('reads them with the tables loaded on demand: the same deadline as by the offset', async () => {
    const at = Math.ceil(Date.now() / HOUR) * HOUR + 3 * 24 * HOUR;
    const shown = (timeStyle: 'long' | 'full') => new Intl.DateTimeFormat('en-GB', { timeZone: 'America/New_York', dateStyle: 'medium', timeStyle }).format(at);
    expect(shown('full')).toMatch(/Eastern Standard Time$/);
    expect(shown('long')).toMatch(/GMT-5$/);
    const row = (id: string, due: string) => `<tr><td>${id}</td><td>Visa</td><td>€120.50</td><td>Response required</td><td>Fraudulent</td><td>19 Nov 2026</td><td>${due}</td></tr>`;
    const body =
      '<!doctype html><html lang="en-GB"><body><main><h1>Disputes</h1><table><thead><tr><th>Dispute ID</th><th>Payment method</th><th>Amount</th><th>Status</th><th>Reason</th><th>Created</th><th>Respond by</th></tr></thead>' +
      `<tbody>${row('DP-7001', shown('full'))}${row('DP-7002', shown('long'))}</tbody></table></main></body></html>`;
    await onServedPage(URL_ZONES, body, async (page) => {
      await expect.poll(() => page.evaluate(() => document.querySelectorAll('dispute-radar-chip').length)).toBe(2);
      const labels = await page.evaluate(() => Array.from(document.querySelectorAll('dispute-radar-chip'), (c) => c.shadowRoot?.querySelector('.chip')?.getAttribute('aria-label') ?? ''));
      expect(spaces(labels[0]!)).toMatch(new RegExp(`^Dispute DP-7001: \\d+ d( \\d+ h)? to respond\\. Respond by ${dateTime(at)}\\. `));
      expect(labels[0]!.replace('DP-7001', 'DP-7002')).toBe(labels[1]);
      expect(await page.evaluate(() => document.querySelectorAll('dispute-radar-marker').length)).toBe(0);
    });
  });
});

describe('the portal hosts setting', () => {
  /** Sends settings:update to the background from an extension page, as the options page does. */
  async function setHosts(hosts: { production?: boolean; playground?: boolean }): Promise<void> {
    const page = await session.openExtensionPage('options.html');
    const reply = await page.evaluate(
      (patch) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean }> } } }).chrome.runtime.sendMessage({ type: 'settings:update', patch }),
      { hosts },
    );
    await page.close();
    expect(reply.ok).toBe(true);
  }
  const hostCount = (page: Page) =>
    page.evaluate(() => document.querySelectorAll('dispute-radar-chip, dispute-radar-summary, dispute-radar-panel, dispute-radar-marker').length);

  it('leaves a switched-off host alone at once, keeps working on the other, and comes back when switched on', async () => {
    const page = await open('/disputes');
    await waitForChips(page);
    expect(await hostCount(page)).toBeGreaterThan(1);
    try {
      await setHosts({ production: false });
      // The open page drops its annotations without a reload.
      await expect.poll(() => hostCount(page)).toBe(0);
      // A page opened on the switched-off host gets none; the playground host still does.
      const off = await open('/disputes');
      const playground = await session.openPortal('/disputes', { delay: '0' }, { origin: PLAYGROUND_ORIGIN });
      pages.push(playground);
      await waitForChips(playground);
      await off.locator('tbody tr').first().waitFor();
      await off.waitForTimeout(1500);
      expect(await hostCount(off)).toBe(0);
      expect(await hostCount(page)).toBe(0);
      // Switched on again: the open page is annotated again, without a reload.
      await setHosts({ production: true });
      await waitForChips(page);
      await waitForChips(off);
    } finally {
      await setHosts({ production: true, playground: true });
    }
  });
});

describe('dark mode, screenshots, and a quiet extension', () => {
  const scheme = (page: Page) =>
    page.evaluate(() =>
      Array.from(document.querySelectorAll('dispute-radar-chip, dispute-radar-summary, dispute-radar-panel')).map((h) =>
        h.getAttribute('data-scheme'),
      ),
    );

  it('follows the portal dark mode, also when toggled on the page', async () => {
    const page = await open('/disputes', { theme: 'dark' });
    await waitForChips(page);
    expect(new Set(await scheme(page))).toEqual(new Set(['dark']));
    const darkColour = await page.evaluate(
      () => getComputedStyle(document.querySelector('dispute-radar-summary')!.shadowRoot!.querySelector('.summary')!).backgroundColor,
    );
    expect(darkColour).toBe('rgb(22, 27, 38)');
    await page.locator('[data-theme-toggle]').click();
    await expect.poll(async () => new Set(await scheme(page))).toEqual(new Set(['light']));
  });

  it('saves screenshots of the list and detail pages, light and dark', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const list = await open('/disputes', theme === 'dark' ? { theme } : {});
      await waitForChips(list);
      await list.screenshot({ path: join(SCREENSHOTS, `list-${theme}.png`) });
      const detail = await open('/disputes/dp_pin_respond_2d4h', theme === 'dark' ? { theme } : {});
      await expect.poll(() => detail.evaluate(() => document.querySelectorAll('dispute-radar-panel').length)).toBe(1);
      await detail.screenshot({ path: join(SCREENSHOTS, `detail-${theme}.png`) });
    }
  });

  it('logged no console error on any page and made no request off the portal', () => {
    for (const page of pages) expect(session.consoleErrors(page), page.url()).toEqual([]);
    expect(portal.foreign).toEqual([]);
    expect(portal.blocked).toEqual([]);
  });
});
