// `npx tsx test/bench/string-floor.ts`: what a list reading from strings would cost the content
// script at the least, on the 500-row table: the page's innerText (one string, visible text only)
// split into rows and cells, the values parsed by the reader's own parsers (lib/portal amount,
// date, lexicon, country), the rows' elements taken. string-floor.world.ts is bundled with esbuild
// and run in a fresh isolated world (CDP Page.createIsolatedWorld, as a content script's) of each
// page load without the extension, its Intl start done before the rows arrive, as the content
// script does in idle time (lib/portal/prepare.ts). Informative only: a sketch of the design the
// cold-read target (issue 3, <= 10 ms) would need, not a reader; see BENCHMARKS.md.
// Env: N (page loads, default 5), LANG_TAG (default en-GB).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH, ROOT, routePortal } from '../e2e/harness';
import { isolatedWorld } from './isolated-world';
import { median } from './stats';
import type { StringReading } from './string-floor.world';

const RUNS = Number(process.env.N ?? 5);
const LANG = process.env.LANG_TAG ?? 'en-GB';
const ZONE = 'Europe/Stockholm';
const ROWS = 500;
const url = `https://portal.kustom.co/disputes?tab=all&pageSize=${ROWS}&count=1100&lang=${LANG}&tz=${ZONE}&delay=800`;

const bundle = await build({ entryPoints: [join(ROOT, 'test/bench/string-floor.world.ts')], bundle: true, format: 'iife', minify: true, write: false });
const code = bundle.outputFiles[0]!.text;

const dir = mkdtempSync(join(tmpdir(), 'dispute-radar-string-floor-'));
const context = await chromium.launchPersistentContext(dir, { executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_FLAGS] });
const runs: StringReading[] = [];
try {
  await routePortal(context);
  for (let run = 0; run < RUNS; run++) {
    const page = await context.newPage();
    await page.goto(url);
    const cdp = await context.newCDPSession(page);
    const contextId = await isolatedWorld(cdp, `string-floor-${run}`);
    const evaluate = async <T>(expression: string): Promise<T> => {
      const r = await cdp.send('Runtime.evaluate', { expression, contextId, returnByValue: true });
      if (r.exceptionDetails) throw new Error(r.exceptionDetails.exception?.description ?? r.exceptionDetails.text);
      return r.result.value as T;
    };
    await evaluate(code);
    await evaluate(`stringFloorPrepare(${JSON.stringify(ZONE)})`); // (before the rows: the sandbox delays them)
    await page.waitForFunction((n) => document.querySelectorAll('tbody tr').length >= n, ROWS, { timeout: 20_000 });
    await page.waitForTimeout(200);
    const r = await evaluate<StringReading>(`stringFloorRead(${JSON.stringify(ZONE)}, ${JSON.stringify(LANG)})`);
    if (r.rows !== ROWS || r.complete !== ROWS) throw new Error(`read ${r.rows} rows, ${r.complete} complete: the sketch no longer reads the sandbox's table`);
    runs.push(r);
    await page.close();
  }
} finally {
  await context.close();
  rmSync(dir, { recursive: true, force: true });
}
const m = (k: 'innerText' | 'parse' | 'anchors') => median(runs.map((r) => r[k]));
console.log(`A list read from strings, ${ROWS}-row table (${LANG}), fresh isolated world, median of ${RUNS} page loads:`);
console.log(`| step | ms |\n|---|---|`);
console.log(`| the page's innerText | ${m('innerText').toFixed(1)} |`);
console.log(`| rows split, values parsed (the reader's parsers) | ${m('parse').toFixed(1)} |`);
console.log(`| the rows' elements | ${m('anchors').toFixed(1)} |`);
console.log(`| total | ${median(runs.map((r) => r.innerText + r.parse + r.anchors)).toFixed(1)} |`);
