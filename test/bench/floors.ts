// `npx tsx test/bench/floors.ts`: what the DOM alone costs a content script on the 500-row list,
// before any reading: each primitive runs once in a fresh isolated world (CDP
// Page.createIsolatedWorld, as a content script's), on its own fresh page load, without the
// extension. An isolated world has no JavaScript wrapper for any of the page's nodes; its first
// touch of each node makes one, which the page's own world (page.bench.ts's bare scan) had made
// already when it drew the rows. These are the floors under any reader design: a design that
// touches every text node cannot read the page faster than the walk below, one that reads strings
// cannot be faster than innerText, and one that reads elsewhere (the service worker) cannot take
// the page's markup faster than outerHTML.
// Env: N (page loads per primitive, default 5), LAYOUT (table or cards, default table).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH, routePortal } from '../e2e/harness';
import { isolatedWorld } from './isolated-world';
import { median } from './stats';

const LAYOUT = process.env.LAYOUT === 'cards' ? 'cards' : 'table';
const RUNS = Number(process.env.N ?? 5);
const ROWS = 500;
const url = `https://portal.kustom.co/disputes?tab=all&pageSize=${ROWS}&count=1100&layout=${LAYOUT}`;
/** the list's rows, whichever layout (the sandbox marks their parent; the reader never looks at it) */
const ROWS_QUERY = '[data-rows] > *';

/** what each primitive does; `x` counts what it saw, so that nothing is optimised away */
const PRIMITIVES: [string, string][] = [
  ['every text node of the page (TreeWalker)', `const w = document.createTreeWalker(document.body, 4); for (let n = w.nextNode(); n; n = w.nextNode()) x += n.data.length;`],
  ['… and each one\'s parent element', `const w = document.createTreeWalker(document.body, 4); for (let n = w.nextNode(); n; n = w.nextNode()) x += n.data.length + n.parentElement.tagName.length;`],
  ['every element of the page (tag names)', `for (const e of document.body.getElementsByTagName('*')) x += e.tagName.length;`],
  ['every row\'s children: their textContent', `for (const r of document.querySelectorAll(${JSON.stringify(ROWS_QUERY)})) for (let c = r.firstElementChild; c; c = c.nextElementSibling) x += c.textContent.length;`],
  ['every row\'s textContent (one string per row)', `for (const r of document.querySelectorAll(${JSON.stringify(ROWS_QUERY)})) x += r.textContent.length;`],
  ['every row\'s innerText (visible text, one string per row)', `for (const r of document.querySelectorAll(${JSON.stringify(ROWS_QUERY)})) x += r.innerText.length;`],
  ['the page\'s innerText (one string: visible text, cells by tabs, rows by lines)', `x += document.body.innerText.split('\\n').length;`],
  ['the page\'s textContent (one string)', `x += document.body.textContent.length;`],
  // what a reading in the service worker would be sent: the markup, hidden parts and all, as one string
  ['the page\'s markup (body.outerHTML, one string)', `x += document.body.outerHTML.length;`],
];

const dir = mkdtempSync(join(tmpdir(), 'dispute-radar-floors-'));
const context = await chromium.launchPersistentContext(dir, { executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_FLAGS] });
const times = new Map<string, number[]>();
try {
  await routePortal(context);
  for (let run = 0; run < RUNS; run++) {
    for (const [name, code] of PRIMITIVES) {
      const page = await context.newPage();
      await page.goto(url);
      await page.waitForFunction(([q, n]) => document.querySelectorAll(q).length >= n, [ROWS_QUERY, ROWS] as const, { timeout: 20_000 });
      await page.waitForTimeout(200); // (the rows drawn and laid out, as when a content script reads them)
      const cdp = await context.newCDPSession(page);
      const contextId = await isolatedWorld(cdp, `floors-${run}-${name}`);
      const expression = `(() => { let x = 0; const t0 = performance.now(); ${code} const t1 = performance.now(); return x > 0 ? t1 - t0 : NaN; })()`;
      const r = await cdp.send('Runtime.evaluate', { expression, contextId, returnByValue: true });
      const ms = r.result.value as number;
      if (!Number.isFinite(ms)) throw new Error(`"${name}" saw nothing on the ${LAYOUT} list`);
      times.set(name, [...(times.get(name) ?? []), ms]);
      await page.close();
    }
  }
} finally {
  await context.close();
  rmSync(dir, { recursive: true, force: true });
}
console.log(`DOM floors from a fresh isolated world, ${ROWS}-row ${LAYOUT} list, median of ${RUNS} page loads each:`);
console.log('| primitive | ms |\n|---|---|');
for (const [name] of PRIMITIVES) console.log(`| ${name} | ${median(times.get(name)!).toFixed(1)} |`);
