// The toolbar popup in Chromium with the production build and the sandbox portal on the portal
// host: cases read from the dispute list appear in the popup soonest first; a case added by hand
// appears; a chargeback added by hand without the day it became one is refused while the rules'
// enquiry window from its opening runs, then added with it, and can be removed again from its row
// (list, store and badge follow);
// export then import through the options page gives back the same store; settings put back to their
// defaults are named in a line whose "Check settings" opens the options page; screenshots of the popup
// (light and dark) for the README.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { tabOf } from '../sandbox/data';
import { launchExtension, routePortal, SCREENSHOTS_DIR, type ExtensionSession, type PortalRoute } from './harness';
import { FIRST_LIST_MARK, FULL_LIST_MARK } from '../../components/popup/marks';
import { INITIAL_ROWS } from '../../components/popup/rows';
import { assessDispute } from '../../lib/rules';
import { decodeStoredCases } from '../../lib/cases/stored-form';

const STORE = 'K100482';
const SCREENSHOTS = SCREENSHOTS_DIR;

let session: ExtensionSession;
let portal: PortalRoute;

type Chrome = {
  chrome: {
    storage: { local: { get(k: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> } };
    action: { getBadgeText(d: object): Promise<string> };
  };
};

async function storedCases(): Promise<Record<string, { facts: { id: string }; manual: boolean }>> {
  const all = await session.serviceWorker.evaluate(() => (globalThis as unknown as Chrome).chrome.storage.local.get('cases'));
  // One JSON text since the store's format 3 (lib/cases/stored-form.ts).
  return decodeStoredCases(all.cases ?? {}) as Record<string, { facts: { id: string }; manual: boolean }>;
}

/** The toolbar badge's text as the background set it ("" when no case needs action). */
async function badgeText(): Promise<string> {
  return session.serviceWorker.evaluate(() => (globalThis as unknown as Chrome).chrome.action.getBadgeText({}));
}

async function openPopup(): Promise<Page> {
  const page = await session.openExtensionPage('popup.html');
  await page.setViewportSize({ width: 400, height: 600 });
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, FIRST_LIST_MARK);
  // A first frame from the background's due index shows the first rows only; the full list (every
  // due case read and checked) follows it.
  if (await firstFromIndex(page)) await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, FULL_LIST_MARK);
  // The first frame holds the first rows only; the rest of the first INITIAL_ROWS follow it.
  await page.waitForFunction((all) => {
    const list = document.querySelector('[data-testid="case-list"]');
    return !list || Number(list.getAttribute('data-rows-limit')) >= all;
  }, INITIAL_ROWS);
  return page;
}

/** Whether the popup's first frame came from the due index (lib/cases/due-index.ts). */
async function firstFromIndex(page: Page): Promise<boolean> {
  return page.evaluate((mark) => Boolean((performance.getEntriesByName(mark)[0] as PerformanceMark | undefined)?.detail?.fromIndex), FIRST_LIST_MARK);
}

async function rows(page: Page): Promise<{ id: string; due: string | null; group: string }[]> {
  return page.locator('section[data-group] li.row').evaluateAll((items) =>
    items.map((li) => ({
      id: li.querySelector('.id')?.textContent ?? '',
      due: li.querySelector('time')?.getAttribute('datetime') ?? null,
      group: li.closest('section')?.getAttribute('data-group') ?? '',
    })),
  );
}

/** "YYYY-MM-DD" of `days` days ago, as the form's date inputs take it. */
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

type ByHand = { id: string; amount: string; reason: string; stage?: string };

/**
 * Opens the popup's add-case form and fills it (opened three days ago, in EUR, a buyer in Germany;
 * the form's stage unless `stage` is given).
 */
async function fillAddForm(page: Page, c: ByHand): Promise<void> {
  await page.getByRole('button', { name: 'Add a case' }).click();
  if (c.stage) await page.getByLabel('Stage *').selectOption(c.stage);
  await page.getByLabel('Dispute ID').fill(c.id);
  await page.getByLabel('Opened on *').fill(daysAgo(3));
  await page.getByLabel('Disputed amount *').fill(c.amount);
  await page.getByLabel('Currency *').fill('EUR');
  await page.getByLabel('Buyer country *').selectOption('DE');
  await page.getByLabel('Reason *').fill(c.reason);
}

/** Adds a case through the popup's form (fillAddForm) and waits for the status line to say it was added. */
async function addByHand(page: Page, c: ByHand): Promise<void> {
  await fillAddForm(page, c);
  await page.getByRole('button', { name: 'Add case' }).click();
  await expect.poll(() => page.getByRole('status').innerText()).toContain(`Case ${c.id} added.`);
}

beforeAll(async () => {
  session = await launchExtension();
  portal = await routePortal(session.context);
});

afterAll(async () => {
  await session?.close();
});

describe('toolbar popup', () => {
  it('shows how cases appear before any is known', async () => {
    const page = await openPopup();
    await expect.poll(() => page.locator('main').innerText()).toContain('No cases yet');
    expect(await page.locator('section.empty').getByRole('button', { name: 'Add a case' }).count()).toBe(1);
    expect(session.consoleErrors(page)).toEqual([]);
    await page.close();
  });

  it('lists the cases read from the sandbox list, in deadline order (the overdue ones latest passed first)', async () => {
    const list = await session.openPortal('/disputes');
    const expected = portal.sandbox
      .disputes()
      .filter((d) => d.facts.storeId === STORE && tabOf(d.facts.status) === 'response_required');
    expect(expected.length).toBeGreaterThan(3);
    await expect.poll(async () => Object.keys(await storedCases()).length, { timeout: 20_000 }).toBe(expected.length);

    const page = await openPopup();
    // The background wrote the due index with the cases; the popup's first frame used it.
    expect(await firstFromIndex(page)).toBe(true);
    const shown = await rows(page);
    expect(shown.map((r) => r.id).sort()).toEqual(expected.map((d) => d.facts.id).sort());
    // Every one is a chargeback awaiting a response: the groups run overdue → later; the overdue
    // ones come first, the one that passed last first, then the rest soonest first.
    const times = shown.map((r) => Date.parse(r.due ?? 'NaN'));
    expect(times.every((t) => Number.isFinite(t))).toBe(true);
    const passed = shown.filter((r) => r.group === 'overdue').length;
    expect(passed).toBeGreaterThan(0); // the sandbox pins an overdue card dispute in the default store
    expect(times.slice(0, passed)).toEqual([...times.slice(0, passed)].sort((a, b) => b - a));
    expect(times.slice(passed)).toEqual([...times.slice(passed)].sort((a, b) => a - b));
    expect(Math.max(...times.slice(0, passed))).toBeLessThan(Math.min(...times.slice(passed)));
    // The deadline shown is the rules' for what the portal shows: its own "Respond by" where it has one.
    const now = new Date();
    for (const d of expected) {
      const row = shown.find((r) => r.id === d.facts.id)!;
      const next = assessDispute(d.facts, { now, timeZone: portal.sandbox.timeZone }).next;
      expect(row.due, d.facts.id).toBe(d.facts.dueBy ? new Date(d.facts.dueBy).toISOString() : next?.at);
      const overdue = Date.parse(row.due!) <= now.getTime();
      expect(row.group === 'overdue', d.facts.id).toBe(overdue);
    }
    expect(session.consoleErrors(page)).toEqual([]);
    expect(session.consoleErrors(list)).toEqual([]);
    await page.close();
  });

  it('is usable from the keyboard: Tab reaches a case with a visible focus ring, Enter opens it in the portal', async () => {
    const page = await openPopup();
    const firstId = await page.locator('li.row .id').first().innerText();
    let focused: { row: boolean; outline: string } = { row: false, outline: '' };
    for (let i = 0; i < 12 && !focused.row; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return { row: el?.classList.contains('row-btn') ?? false, outline: el ? getComputedStyle(el).outlineStyle : '' };
      });
    }
    expect(focused).toEqual({ row: true, outline: 'solid' });
    expect(await page.evaluate(() => document.activeElement?.querySelector('.id')?.textContent)).toBe(firstId);
    // The popup closes itself once the tab is open, so the key press may outlive its page.
    const [opened] = await Promise.all([session.context.waitForEvent('page'), page.keyboard.press('Enter').catch(() => undefined)]);
    await opened.waitForURL(/^https:\/\/portal\.kustom\.co\//);
    expect(new URL(opened.url()).pathname).toBe('/disputes');
    await expect.poll(() => page.isClosed()).toBe(true);
    await opened.close();
  });

  it('a case added by hand appears in the popup at once', async () => {
    const page = await openPopup();
    await addByHand(page, { id: 'KL-MAIL-0001', amount: '129,90', reason: 'Goods not received' });
    const row = page.locator('li.row', { hasText: 'KL-MAIL-0001' });
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.innerText()).toContain('added by hand');
    expect(await row.innerText()).toContain('€129.90');
    expect(await row.locator('xpath=ancestor::section').getAttribute('data-group')).toBe('enquiries');
    expect(Object.keys(await storedCases())).toContain('-|KL-MAIL-0001');
    expect(session.consoleErrors(page)).toEqual([]);
    await page.close();
  });

  it('a case added by hand can be removed from its row (keyboard, Escape cancels): gone from the list, the store and the badge', async () => {
    const page = await openPopup();
    const keysBefore = Object.keys(await storedCases()).sort();
    const badgeBefore = await badgeText();
    expect(Number(badgeBefore)).toBeGreaterThan(0);
    // A Klarna chargeback opened three days ago: the rules' enquiry window from that date still runs,
    // so without the day it became a chargeback (or Klarna's deadline) the form refuses it, with the
    // message on both fields and focus on the first.
    const chargeback: ByHand = { id: 'KL-MAIL-0002', stage: 'open', amount: '59,00', reason: 'Item not as described' };
    await fillAddForm(page, chargeback);
    await page.getByRole('button', { name: 'Add case' }).click();
    const escalated = page.getByLabel('Became a chargeback on');
    await expect.poll(() => escalated.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('Deadline stated in the e-mail or portal').getAttribute('aria-invalid')).toBe('true');
    expect(await escalated.getAttribute('aria-describedby')).toBe('add-escalatedAt-error');
    expect(await page.locator('#add-escalatedAt-error').innerText()).toMatch(/^Enter the day it became a chargeback, or fill in “Deadline stated in the e-mail or portal”/);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('add-escalatedAt');
    expect(Object.keys(await storedCases())).not.toContain('-|KL-MAIL-0002');
    // With the day it became a chargeback (yesterday) it is added.
    await escalated.fill(daysAgo(1));
    await page.getByRole('button', { name: 'Add case' }).click();
    await expect.poll(() => page.getByRole('status').innerText()).toContain('Case KL-MAIL-0002 added.');
    const row = page.locator('li.row', { hasText: 'KL-MAIL-0002' });
    await expect.poll(() => row.count()).toBe(1);
    // A chargeback awaiting a response: the badge counts it.
    await expect.poll(badgeText).toBe(String(Number(badgeBefore) + 1));

    // "Remove" on the rows of cases added by hand only.
    const stored = await storedCases();
    const manualKeys = Object.keys(stored).filter((k) => stored[k]!.manual).sort();
    expect(manualKeys).toEqual(['-|KL-MAIL-0001', '-|KL-MAIL-0002']);
    const removable = await page.locator('li.row:has(.row-remove-btn)').evaluateAll((items) => items.map((li) => li.getAttribute('data-case-key')).sort());
    expect(removable).toEqual(manualKeys);

    const remove = row.getByRole('button', { name: 'Remove case KL-MAIL-0002' });
    const pagesBefore = session.context.pages().length;
    // From the keyboard: Enter asks, focus on "No"; Escape goes back to "Remove" and keeps the case.
    await remove.focus();
    await page.keyboard.press('Enter');
    const ask = row.getByRole('group', { name: 'Remove case KL-MAIL-0002?' });
    await expect.poll(() => ask.count()).toBe(1);
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent);
    await expect.poll(focused).toBe('No');
    await page.keyboard.press('Escape');
    await expect.poll(() => ask.count()).toBe(0);
    await expect.poll(focused).toBe('Remove case KL-MAIL-0002');
    expect(Object.keys(await storedCases())).toContain('-|KL-MAIL-0002');
    // Again, and "Yes" (one Shift+Tab back from "No").
    await page.keyboard.press('Enter');
    await expect.poll(() => ask.count()).toBe(1);
    await page.keyboard.press('Shift+Tab');
    await expect.poll(focused).toBe('Yes');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('status').innerText()).toContain('Case KL-MAIL-0002 removed.');
    await expect.poll(() => row.count()).toBe(0);
    expect(Object.keys(await storedCases()).sort()).toEqual(keysBefore);
    await expect.poll(badgeText).toBe(badgeBefore);
    // The row's own click (open the dispute in the portal) never fired: no tab, the popup still open.
    expect(session.context.pages().length).toBe(pagesBefore);
    expect(page.isClosed()).toBe(false);
    expect(await page.locator('li.row', { hasText: 'KL-MAIL-0001' }).count()).toBe(1);
    expect(session.consoleErrors(page)).toEqual([]);
    await page.close();
  });

  it('exports the due cases as CSV and iCalendar files', async () => {
    const page = await openPopup();
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    expect(csv.suggestedFilename()).toMatch(/^dispute-radar-\d{4}-\d{2}-\d{2}\.csv$/);
    const csvText = readFileSync((await csv.path())!, 'utf8');
    expect(csvText.startsWith('\ufeffGroup,Store ID,Dispute ID')).toBe(true);
    expect(csvText).toContain('KL-MAIL-0001');
    const [ics] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export calendar' }).click()]);
    const icsText = readFileSync((await ics.path())!, 'utf8');
    expect(icsText.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(icsText.match(/BEGIN:VEVENT/g)?.length).toBeGreaterThan(3);
    await page.close();
  });

  it('export, clear, then import through the options page gives back the same store', async () => {
    const before = await storedCases();
    const options = await session.openExtensionPage('options.html');
    await expect.poll(() => options.locator('main').innerText()).toContain(`${Object.keys(before).length} cases stored.`);

    const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export cases (JSON)' }).click()]);
    const file = (await download.path())!;

    await options.getByRole('button', { name: 'Delete all cases…' }).click();
    await options.getByRole('button', { name: 'Yes, delete all cases' }).click();
    await expect.poll(async () => Object.keys(await storedCases()).length).toBe(0);
    await expect.poll(() => options.getByRole('status').innerText()).toContain(`Deleted ${Object.keys(before).length} cases.`);

    await options.getByLabel('Import cases from a file').setInputFiles(file);
    await expect.poll(() => options.getByRole('status').innerText()).toContain(`Import finished: ${Object.keys(before).length} new, 0 merged, 0 skipped.`);
    expect(await storedCases()).toEqual(before);
    expect(session.consoleErrors(options)).toEqual([]);
    await options.close();
  });

  it('saves a setting at once and every view follows it', async () => {
    const options = await session.openExtensionPage('options.html');
    const popup = await openPopup();
    await options.getByLabel('Language', { exact: true }).selectOption('de');
    await expect.poll(() => options.locator('h1').innerText()).toBe('Dispute Radar – Einstellungen');
    await expect.poll(() => popup.locator('header').getByRole('button', { name: 'Fall hinzufügen' }).count()).toBe(1);
    await options.getByLabel('Sprache', { exact: true }).selectOption('');
    await expect.poll(() => popup.locator('header').getByRole('button', { name: 'Add a case' }).count()).toBe(1);
    await options.close();
    await popup.close();
  });

  it('a portal site turned off in the options: its cases leave the open popup and a new one, with a line; turned on, they are back', async () => {
    const options = await session.openExtensionPage('options.html');
    const popup = await openPopup();
    const portalRows = () => popup.evaluate(() => document.querySelectorAll('li.row:not(:has(.manual))').length);
    await expect.poll(portalRows).toBeGreaterThan(0);
    const site = options.getByLabel('Kustom Portal (portal.kustom.co)');
    await site.uncheck();
    await expect.poll(portalRows).toBe(0);
    await expect.poll(() => popup.locator('.hosts-off').innerText()).toMatch(/^\d+ cases? from portal sites? turned off in the settings (is|are) not listed\.$/);
    // A popup opened now: its first frame (from the due index, rewritten with the setting) agrees.
    const again = await openPopup();
    expect(await firstFromIndex(again)).toBe(true);
    expect(await again.locator('.hosts-off').count()).toBe(1);
    expect(await again.evaluate(() => document.querySelectorAll('li.row:not(:has(.manual))').length)).toBe(0);
    await again.close();
    await site.check();
    await expect.poll(portalRows).toBeGreaterThan(0);
    expect(await popup.locator('.hosts-off').count()).toBe(0);
    expect(session.consoleErrors(popup)).toEqual([]);
    await options.close();
    await popup.close();
  });

  it('names the settings put back to their defaults; “Check settings”, from the keyboard, opens the options page, which names them and takes the line away', async () => {
    const reset = ['notifications.hoursBefore', 'timeZone'];
    await session.serviceWorker.evaluate((paths) => (globalThis as unknown as Chrome).chrome.storage.local.set({ settingsReset: paths }), reset);
    const storedReset = () => session.serviceWorker.evaluate(() => (globalThis as unknown as Chrome).chrome.storage.local.get('settingsReset').then((got) => got.settingsReset ?? null));
    const page = await openPopup();
    const line = page.locator('.settings-reset');
    await expect.poll(() => line.count()).toBe(1);
    expect(await line.locator('span').innerText()).toBe('Back to defaults (could not be read): Time zone for deadlines; Hours before a deadline to notify');
    // The popup only names them: they stay listed until the options page has.
    expect(await storedReset()).toEqual(reset);
    let focused = '';
    for (let i = 0; i < 6 && focused !== 'Check settings'; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText ?? '');
    }
    expect(focused).toBe('Check settings');
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).toBe('solid');
    // The popup closes itself once the options page is open, so the key press may outlive its page.
    const [options] = await Promise.all([session.context.waitForEvent('page'), page.keyboard.press('Enter').catch(() => undefined)]);
    await options.waitForURL(/\/options\.html$/);
    await expect.poll(() => options.locator('.settings-reset li').allInnerTexts()).toEqual(['Time zone for deadlines', 'Hours before a deadline to notify']);
    await expect.poll(storedReset).toBeNull();
    await expect.poll(() => page.isClosed()).toBe(true);
    const again = await openPopup();
    expect(await again.locator('.settings-reset').count()).toBe(0);
    expect(session.consoleErrors(again)).toEqual([]);
    await again.close();
    await options.close();
  });

  it('takes screenshots of the popup in light and dark mode', async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    for (const scheme of ['light', 'dark'] as const) {
      const page = await openPopup();
      await page.emulateMedia({ colorScheme: scheme });
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(background).toBe(scheme === 'light' ? 'rgb(255, 255, 255)' : 'rgb(22, 27, 38)');
      await page.screenshot({ path: join(SCREENSHOTS, `popup-${scheme}.png`) });
      await page.close();
    }
  });
});
