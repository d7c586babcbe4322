// The popup's words fit its 400 px in every language (Chromium, production build, cases read from
// the sandbox's dispute list). In German and Swedish the header broke apart: the title wrapped to
// "Dispute / Radar" and the two buttons stacked, because the title shrank to make room for the
// buttons' longer words ("Fall hinzufügen", "Einstellungen"); and a row's store ("Shop K100482")
// wrapped to two lines beside a long fee text ("Gebühr unbekannt: Land des Käufers nicht bekannt").
// With cases of two stores, the store filter took the search field's room and cut its placeholder
// ("Streitfall-ID, Bestell-ID oder Refe"). Layout needs a browser: happy-dom lays nothing out.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, routePortal, type ExtensionSession } from './harness';
import { FIRST_LIST_MARK } from '../../components/popup/marks';
import { LOCALES } from '../../lib/i18n/locales';

let session: ExtensionSession;

type Chrome = { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> } } } };

beforeAll(async () => {
  session = await launchExtension();
  await routePortal(session.context);
  const list = await session.openPortal('/disputes', { delay: '0' });
  // The list's disputes reach the store through the background. (Their store's ID in the stored
  // text, not just a stored text: the background may write an empty store when it starts, and a
  // list closed before its idle-time send left the popup without rows.)
  await untilStored('K100482');
  await list.close();
});

/** Waits until the background has stored cases of this store (the stored text names it); throws after 30 s. */
async function untilStored(storeId: string): Promise<void> {
  const stored = () =>
    session.serviceWorker.evaluate(async (id) => {
      const text = (await (globalThis as unknown as Chrome).chrome.storage.local.get('cases')).cases;
      return typeof text === 'string' && text.includes(id);
    }, storeId);
  for (const until = Date.now() + 30_000; !(await stored()); await new Promise((r) => setTimeout(r, 200))) {
    if (Date.now() > until) throw new Error(`no case of store ${storeId} was stored within 30 s of opening its list`);
  }
}

afterAll(async () => {
  await session?.close();
});

async function openPopup(language: string): Promise<Page> {
  await session.serviceWorker.evaluate(async (lg) => {
    const local = (globalThis as unknown as Chrome).chrome.storage.local;
    const cur = ((await local.get('settings')).settings ?? {}) as object;
    await local.set({ settings: { ...cur, language: lg } });
  }, language);
  const page = await session.openExtensionPage('popup.html');
  await page.setViewportSize({ width: 400, height: 600 });
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, FIRST_LIST_MARK);
  await page.waitForFunction((lg) => document.documentElement.lang.startsWith(lg) && document.querySelectorAll('.row-btn').length > 0, language);
  return page;
}

/** How many lines the text of each element matching `selector` takes. */
function lineCounts(page: Page, selector: string): Promise<number[]> {
  return page.evaluate((sel) => {
    return [...document.querySelectorAll(sel)].map((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
    });
  }, selector);
}

describe('the popup’s layout in every language', () => {
  it.each(LOCALES)('%s: the title on one line, the header’s buttons side by side, each row’s store on one line', async (locale) => {
    const page = await openPopup(locale);
    expect(await lineCounts(page, '.bar h1')).toEqual([1]);
    const tops = await page.evaluate(() => [...document.querySelectorAll('header.bar .bar-actions .btn')].map((b) => Math.round(b.getBoundingClientRect().top)));
    expect(tops).toHaveLength(2);
    expect(new Set(tops).size).toBe(1);
    const stores = await lineCounts(page, '.row-btn .row-line.small > span:first-child');
    expect(stores.length).toBeGreaterThan(0);
    expect(stores.every((n) => n === 1), `lines per store: ${stores.join(', ')}`).toBe(true);
    expect(session.consoleErrors(page)).toEqual([]);
    await page.close();
  });
});

describe('the popup’s search with a store filter beside it', () => {
  beforeAll(async () => {
    const other = await session.openPortal('/disputes', { delay: '0', store: 'K100773' });
    // the second store's cases reach the store before the popup opens
    await untilStored('K100773');
    await other.close();
  });

  it.each(LOCALES)('%s: the placeholder of the search field is shown whole', async (locale) => {
    const page = await openPopup(locale);
    await page.waitForSelector('#filter-store');
    const fit = await page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('.filters input')!;
      const style = getComputedStyle(input);
      const ctx = document.createElement('canvas').getContext('2d')!;
      ctx.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      return { text: input.placeholder, needs: Math.ceil(ctx.measureText(input.placeholder).width), room };
    });
    expect(fit.text.length).toBeGreaterThan(0);
    expect(fit.needs, `"${fit.text}" needs ${fit.needs} px, has ${fit.room}`).toBeLessThanOrEqual(fit.room);
    await page.close();
  });
});
