// The annotations under page CSS and writing direction a real browser lays out: a portal in a
// right-to-left language or with a huge root font size, and style sheets that hide or unset
// everything, still leave the chips visible and readable left to right in their own size.
// (Behaviour that needs no layout is tested in happy-dom: test/content/spa-edge.test.ts.)
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
