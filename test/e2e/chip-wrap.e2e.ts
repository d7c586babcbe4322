// A chip at the end of a card (the sandbox's cards layout) sits on a line of its own and wraps
// within the card when it is wider: it ran past the card and the screen's edge, cutting its fee
// ("Gebühr 15,00 $ bei Ve…"). A chip in a table row stays on one line, as before. Layout needs a
// browser: Chromium with the production build (DISPUTE_RADAR_OUT_DIR).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, routePortal, type ExtensionSession } from './harness';

let session: ExtensionSession;

beforeAll(async () => {
  session = await launchExtension({ viewport: { width: 360, height: 800 } });
  await routePortal(session.context);
});

afterAll(async () => {
  await session?.close();
});

interface ChipBox {
  key: string;
  right: number;
  /** the right edge of the card or cell the chip is in */
  boxRight: number;
  lines: number;
  whiteSpace: string;
  text: string;
}

/** Every chip's box against its card's (or cell's) and the screen's edge. */
function chipBoxes(page: Page, container: string): Promise<{ width: number; chips: ChipBox[] }> {
  return page.evaluate((sel) => {
    const chips = Array.from(document.querySelectorAll('dispute-radar-chip')).map((host) => {
      const chip = host.shadowRoot!.querySelector('.chip') as HTMLElement;
      const r = chip.getBoundingClientRect();
      const box = host.closest(sel)!.getBoundingClientRect();
      const lineHeight = parseFloat(getComputedStyle(chip).lineHeight);
      return {
        key: host.getAttribute('data-key') ?? '',
        right: r.right,
        boxRight: box.right,
        lines: Math.round((chip.clientHeight - 2) / lineHeight),
        whiteSpace: getComputedStyle(chip).whiteSpace,
        text: chip.textContent ?? '',
      };
    });
    return { width: document.documentElement.clientWidth, chips };
  }, container);
}

describe('chips on a narrow screen', () => {
  it.each([
    ['de-DE', true],
    ['fi-FI', true],
    ['en-GB', false],
  ])('%s, cards: every chip within its card and the screen (some wrapped: %s)', async (lang, someWrapped) => {
    const page = await session.openPortal('/disputes', { delay: '0', layout: 'cards', lang });
    await expect.poll(async () => (await chipBoxes(page, 'li.dispute-card')).chips.length, { timeout: 10_000 }).toBeGreaterThan(10);
    const { width, chips } = await chipBoxes(page, 'li.dispute-card');
    for (const c of chips) {
      expect(c.right, `${c.key}: ${c.text}`).toBeLessThanOrEqual(c.boxRight + 0.5);
      // (the sandbox's page may itself be wider than a phone's screen: within it where the card is)
      expect(c.right, `${c.key}: ${c.text}`).toBeLessThanOrEqual(Math.max(width, c.boxRight) + 0.5);
    }
    // German and Finnish chips are longer than the card is wide: they wrap rather than run past it
    if (someWrapped) expect(chips.some((c) => c.lines > 1)).toBe(true);
  });

  it('table rows: chips stay on one line, as before', async () => {
    const page = await session.openPortal('/disputes', { delay: '0', lang: 'de-DE' });
    await expect.poll(async () => (await chipBoxes(page, 'td')).chips.length, { timeout: 10_000 }).toBeGreaterThan(10);
    const { chips } = await chipBoxes(page, 'td');
    for (const c of chips) {
      expect(c.whiteSpace, c.key).toBe('nowrap');
      expect(c.lines, `${c.key}: ${c.text}`).toBe(1);
    }
  });
});
