// The annotations under page CSS and writing direction a real browser lays out: a portal in a
// right-to-left language or with a huge root font size, and style sheets that hide or unset
// everything, still leave the chips visible and readable left to right in their own size.
// Also rows hidden and shown again, with the browser's own mutation records. (Behaviour that needs
// no real browser is tested in happy-dom: test/content/spa-edge.test.ts.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, routePortal, type ExtensionSession } from './harness';

let session: ExtensionSession;

beforeAll(async () => {
  session = await launchExtension({ viewport: { width: 1280, height: 860 } });
  await routePortal(session.context);
});

afterAll(async () => {
  await session?.close();
});

/** How the first chip is drawn: its box, font size and whether its text runs left to right. */
const firstChip = () => {
  const host = document.querySelector('dispute-radar-chip')!;
  const chip = host.shadowRoot!.querySelector('.chip')!;
  const box = host.getBoundingClientRect();
  // the first and the last character of its text, where the browser put them
  const walker = document.createTreeWalker(chip, NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if ((n as Text).data.trim()) texts.push(n as Text);
  const at = (node: Text, i: number) => {
    const r = document.createRange();
    r.setStart(node, i);
    r.setEnd(node, i + 1);
    return r.getBoundingClientRect().left;
  };
  const first = texts[0]!;
  const last = texts[texts.length - 1]!;
  const words = texts.find((t) => t.data.includes(' '))!;
  return {
    visible: box.width > 20 && box.height > 10 && getComputedStyle(host).display !== 'none' && getComputedStyle(host).visibility === 'visible',
    font: getComputedStyle(chip).fontSize,
    leftToRight: at(first, 0) < at(last, last.data.length - 1),
    // a text's first word before its second (the countdown's number in its place: "2 d", not "d … 2")
    wordsInOrder: at(words, 0) < at(words, words.data.indexOf(' ') + 1),
  };
};

describe('chips under the portal’s CSS and writing direction', () => {
  it.each([
    ['a right-to-left page', 'html { direction: rtl }', 'rtl'],
    ['a huge root font size', 'html { font-size: 48px !important } body * { font-size: 2rem !important; line-height: 3 }', null],
    ['a sheet that hides our element', 'dispute-radar-chip { display: none !important; visibility: hidden !important; opacity: 0 }', null],
    ['a sheet that unsets everything', '* { all: unset !important } head, script, style { display: none !important }', null],
  ])('%s: visible, 12px, left to right', async (_name, css, dir) => {
    const page = await session.openPortal('/disputes', { delay: '0' });
    await page.waitForFunction(() => document.querySelector('dispute-radar-chip')?.shadowRoot?.querySelector('.chip') != null);
    await page.addStyleTag({ content: css });
    if (dir) await page.evaluate((d) => document.documentElement.setAttribute('dir', d), dir);
    expect(await page.evaluate(firstChip)).toEqual({ visible: true, font: '12px', leftToRight: true, wordsInOrder: true });
    expect(session.consoleErrors(page)).toEqual([]);
    await page.close();
  });
});

describe('rows the portal hides and shows again (tabs and filters that keep their rows, Vue’s v-show)', () => {
  it.each([
    ['the hidden attribute', 'hidden'],
    ['style display', 'style'],
  ])('%s: chips leave the hidden rows and come back with them', async (_name, how) => {
    const page = await session.openPortal('/disputes', { delay: '0' });
    const counts = () =>
      page.evaluate(() => ({
        rows: Array.from(document.querySelectorAll('tbody tr')).filter((tr) => !tr.hasAttribute('hidden') && (tr as HTMLElement).style.display !== 'none').length,
        chips: document.querySelectorAll('dispute-radar-chip').length,
      }));
    await expect.poll(async () => (await counts()).chips).toBeGreaterThan(2);
    const all = (await counts()).rows;
    expect((await counts()).chips).toBe(all);
    const toggle = (show: boolean) =>
      page.evaluate(
        ([h, s]) =>
          Array.from(document.querySelectorAll('tbody tr'))
            .slice(1)
            .forEach((tr) => (h === 'hidden' ? tr.toggleAttribute('hidden', !s) : ((tr as HTMLElement).style.display = s ? '' : 'none'))),
        [how, show] as const,
      );
    await toggle(false);
    await expect.poll(counts).toEqual({ rows: 1, chips: 1 });
    await toggle(true);
    await expect.poll(counts).toEqual({ rows: all, chips: all });
    expect(session.consoleErrors(page)).toEqual([]);
    await page.close();
  });
});
