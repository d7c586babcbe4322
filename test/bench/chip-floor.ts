// `npx tsx test/bench/chip-floor.ts`: what 500 chips cost the first annotation's main thread at the
// least, apart from reading and assessing: chips made in a fresh isolated world (as a content
// script's), in the MutationObserver callback that sees the rows arrive (as the content script
// does: one style and layout pass with the rows), then the page's style and layout forced there
// and timed. Without the extension. Each variant on its own fresh page loads, alternated; its
// figure less the observer-only variant's is what those chips add (their DOM work, their style,
// their share of the table's layout). The last variant adds our chips later, to rows already laid
// out, as any reading that answers asynchronously (in the service worker, say) would have to: its
// figure is all its own (the page's layout was clean), and the difference from the same chips in the
// callback is the second pass over the table that the callback avoids.
// Env: N (page loads per variant, default 11).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHIP_CSS } from '../../components/annotation-css';
import { CHROMIUM_FLAGS, CHROMIUM_PATH, routePortal } from '../e2e/harness';
import { isolatedWorld } from './isolated-world';
import { median } from './stats';

const RUNS = Number(process.env.N ?? 11);
const ROWS = 500;
const url = `https://portal.kustom.co/disputes?tab=all&pageSize=${ROWS}&count=1100&delay=1500`;
const MINIMAL_CSS = ':host{display:inline-block;margin-left:6px}span{font:12px sans-serif;padding:1px 6px;border-radius:8px;border:1px solid;background:#fde;color:#600}';
const LABEL = '2 days 4 hours to respond, fee at stake €15.00';

const OUR_CHIP = `const h = document.createElement('dispute-radar-chip'); h.setAttribute('data-key', 'k' + i); h.setAttribute('data-scheme', 'light'); const root = h.attachShadow({ mode: 'open' }); root.adoptedStyleSheets = [sheet]; const c = document.createElement('span'); root.append(c); c.setAttribute('role', 'note'); c.className = 'chip u-soon'; c.setAttribute('aria-label', ${JSON.stringify(LABEL)}); c.setAttribute('title', ${JSON.stringify(LABEL)}); const shown = document.createElement('span'); shown.setAttribute('aria-hidden', 'true'); const sep = document.createElement('span'); sep.className = 'sep'; sep.textContent = '·'; shown.append('2 d 4 h to respond', sep, '€15.00'); c.append(shown); r.firstElementChild.append(h);`;

/** Each variant's work per row (`r`: the row; `i`: its index; `sheet`: a constructed sheet of its CSS). */
const VARIANTS: { name: string; css: string | null; row: string; late?: true }[] = [
  { name: 'nothing added (the rows\' own style and layout)', css: null, row: '' },
  { name: 'a text span per row, no shadow root', css: null, row: `const s = document.createElement('span'); s.textContent = '2 d 4 h to respond · €15.00'; r.firstElementChild.append(s);` },
  {
    name: 'a minimal shadow-root chip per row (one span, a small shared sheet)',
    css: MINIMAL_CSS,
    row: `const h = document.createElement('dispute-radar-chip'); const root = h.attachShadow({ mode: 'open' }); root.adoptedStyleSheets = [sheet]; const s = document.createElement('span'); s.textContent = '2 d 4 h to respond · €15.00'; root.append(s); r.firstElementChild.append(h);`,
  },
  { name: 'our chip\'s markup and sheet (components/dispute-chip.ts, annotation-css.ts), fixed texts', css: CHIP_CSS, row: OUR_CHIP },
  { name: 'the same chips added after the rows were laid out (an asynchronous reading\'s)', css: CHIP_CSS, row: OUR_CHIP, late: true },
];

const dir = mkdtempSync(join(tmpdir(), 'dispute-radar-chip-floor-'));
const context = await chromium.launchPersistentContext(dir, { executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_FLAGS] });
const times = new Map<string, number[]>();
try {
  await routePortal(context);
  for (let run = 0; run < RUNS; run++) {
    for (const v of VARIANTS) {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await page.goto(url);
      const contextId = await isolatedWorld(cdp, `chip-floor-${run}-${v.name}`);
      const sheet = v.css === null ? '' : `const sheet = new CSSStyleSheet(); sheet.replaceSync(${JSON.stringify(v.css)});`;
      const work = `${sheet} let i = 0; for (const r of rows) { ${v.row} i++; } const height = document.body.offsetHeight; // style and layout, now
          globalThis.chipFloor = height > 0 && i === ${ROWS} ? performance.now() - t0 : NaN;`;
      if (v.late) {
        await page.waitForFunction((n) => document.querySelectorAll('tbody tr').length >= n, ROWS, { timeout: 20_000 });
        await page.waitForTimeout(300); // (the rows styled, laid out and painted: the page is idle)
        await cdp.send('Runtime.evaluate', {
          contextId,
          expression: `(() => { const rows = document.querySelectorAll('tbody tr'); document.body.offsetHeight; const t0 = performance.now(); ${work} })()`,
        });
      } else {
        await cdp.send('Runtime.evaluate', {
          contextId,
          expression: `new MutationObserver((_, observer) => {
          const t0 = performance.now();
          const rows = document.querySelectorAll('tbody tr');
          if (rows.length < ${ROWS}) return;
          observer.disconnect();
          ${work}
        }).observe(document.body, { childList: true, subtree: true });`,
        });
        await page.waitForFunction((n) => document.querySelectorAll('tbody tr').length >= n, ROWS, { timeout: 20_000 });
      }
      const r = await cdp.send('Runtime.evaluate', { contextId, expression: 'globalThis.chipFloor', returnByValue: true });
      const ms = r.result.value as number;
      if (!Number.isFinite(ms)) throw new Error(`"${v.name}" did not run on the rows`);
      times.set(v.name, [...(times.get(v.name) ?? []), ms]);
      await page.close();
    }
  }
} finally {
  await context.close();
  rmSync(dir, { recursive: true, force: true });
}
const base = median(times.get(VARIANTS[0]!.name)!);
console.log(`${ROWS} rows arriving in a table; chips made in the observer callback of a fresh isolated world, then style and layout forced; median of ${RUNS} page loads each:`);
console.log('| variant | callback incl. style and layout, ms | added to the rows\' own, ms |\n|---|---|---|');
for (const v of VARIANTS) {
  const m = median(times.get(v.name)!);
  // (a late variant's page had no layout left to do: its whole figure is what the chips add)
  console.log(`| ${v.name} | ${m.toFixed(1)} | ${v.css === null && !v.row ? '—' : (v.late ? m : m - base).toFixed(1)} |`);
}
