// `npx tsx test/bench/reader-warmup.ts`: what the reader's cold reading of the 500-row list is made
// of, in Debian's Chromium, by the renderer's main-thread CPU time. Each page load reads the list
// as a content script does (an isolated world, the reader prepared first: preparePortalReader), in
// one of two ways, alternated load by load:
//  - "cold": the 500 rows at once, as the content script's first reading does;
//  - "warmed": first a reading of a small list of the same layout and language in a document of its
//    own (WARM_ROWS rows, parsed with DOMParser: what idle time before the rows could do), then the
//    500 rows.
// After either, the same rows are put in again as new elements and read once more: the reader's
// code warm (compiled, its type feedback in), its row memory cold ("fresh rows").
// The question it answers: would a warm-up reading in idle time take the cold reading under the
// 10 ms target? (2026-11-24, twenty-seventh session: no; BENCHMARKS.md.) Informative only.
// Env: N (loads of each, default 8), WARM_ROWS (default 5), LAYOUT (table or cards).
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../e2e/harness';
import { createSandbox } from '../sandbox/handler';
import { isolatedWorld } from './isolated-world';
import { readerBundle } from './reader-bundle';
import { rendererCpu } from './renderer-cpu';
import { median, quantile } from './stats';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const N = Number(process.env.N ?? 8);
const WARM_ROWS = Number(process.env.WARM_ROWS ?? 5);
const LAYOUT = process.env.LAYOUT ?? 'table';
const ROWS = 500;
const ZONE = 'Europe/Stockholm';

const reader = await readerBundle(ROOT);
const sandbox = createSandbox({ now: new Date() });
const list = async (rows: number) =>
  String((await sandbox.handle({ method: 'GET', url: `/disputes?lang=en-GB&layout=${LAYOUT}&tab=all&pageSize=${rows}&count=1100&ssr=1&tz=${ZONE}`, headers: {} })).body);
const body = await list(ROWS);
const small = await list(WARM_ROWS);
const READ = `Reader.readPortalPage(document, location.href, { timeZone: '${ZONE}' }).disputes.length`;
const WARM_UP = `Reader.readPortalPage(new DOMParser().parseFromString(${JSON.stringify(small)}, 'text/html'), location.href, { timeZone: '${ZONE}' }).disputes.length`;
// the list's rows (a table's body, or the cards' list) as new elements, laid out before the reading
const RENEW = `(() => { const rows = document.querySelector('tbody') ?? document.querySelector('[data-rows]'); rows.replaceWith(rows.cloneNode(true)); return document.body.offsetHeight; })()`;

type Way = 'cold' | 'warmed';
const times: Record<Way, { warmUp: number; read: number; fresh: number }[]> = { cold: [], warmed: [] };
const userDir = mkdtempSync(join(tmpdir(), 'reader-warmup-'));
const context = await chromium.launchPersistentContext(userDir, { executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_FLAGS] });
const loads: number[] = [];
try {
  for (let i = 0; i < N; i++) {
    const ways: Way[] = i % 2 ? ['warmed', 'cold'] : ['cold', 'warmed'];
    for (const way of ways) {
      const page = await context.newPage();
      await page.route('https://portal.kustom.co/**', (r) => r.fulfill({ contentType: 'text/html', body }));
      await page.goto('https://portal.kustom.co/disputes?tab=all');
      const cdp = await context.newCDPSession(page);
      const contextId = await isolatedWorld(cdp, `reader-warmup-${i}`);
      const run = async (expression: string): Promise<unknown> => (await cdp.send('Runtime.evaluate', { expression, contextId, returnByValue: true })).result.value;
      const cpu = async (expression: string, expected?: number): Promise<number> => {
        const t = rendererCpu(userDir);
        const value = await run(expression);
        const ms = rendererCpu(userDir) - t;
        if (expected !== undefined && value !== expected) throw new Error(`${way}: read ${String(value)} disputes, not ${expected}`);
        return ms;
      };
      await run(reader);
      await run(`Reader.preparePortalReader(document, { timeZone: '${ZONE}' }); 0`);
      const warmUp = way === 'warmed' ? await cpu(WARM_UP, WARM_ROWS) : 0;
      await page.waitForTimeout(50);
      const read = await cpu(READ, ROWS);
      await run(RENEW);
      await page.waitForTimeout(400);
      const fresh = await cpu(READ, ROWS);
      times[way].push({ warmUp, read, fresh });
      loads.push(loadavg()[0]!);
      await page.close();
    }
  }
} finally {
  await context.close();
  rmSync(userDir, { recursive: true, force: true });
}
const q = (xs: number[]) => [0.25, 0.5, 0.75].map((p) => (p === 0.5 ? median(xs) : quantile(xs, p)).toFixed(1)).join(' / ');
console.log(`Reader CPU on the ${ROWS}-row list (${LAYOUT}), ${N} alternated loads each, load ${Math.min(...loads).toFixed(1)}-${Math.max(...loads).toFixed(1)}; quartiles, ms:`);
for (const way of ['cold', 'warmed'] as const) {
  const xs = times[way];
  console.log(
    `  ${way.padEnd(7)} warm-up (${WARM_ROWS} rows) ${q(xs.map((x) => x.warmUp))}; first reading of the ${ROWS} rows ${q(xs.map((x) => x.read))}; the same rows as new elements, code warm ${q(xs.map((x) => x.fresh))}`,
  );
}
