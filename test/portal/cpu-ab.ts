// `npx tsx test/portal/cpu-ab.ts [ref]`: the reader at `ref` (default HEAD) against the work tree's,
// in Debian's Chromium on the sandbox's 500-row list (or ROWS), by CPU time rather than wall time.
//
// On a shared machine wall times swing 2-4x with the load (the benchmark's figures at load 8 are
// not those at load 2); the CPU time the renderer's main thread spends on a reading hardly does.
// Each page load reads the list as a content script does (in an isolated world, the reader
// prepared first, in the same idle time a content script has: its CPU time too): a cold reading;
// then our chips put in as the content script puts them (list-chips.ts: a row's ID cell, a card's
// end; registered as ours where the reader has OWN_HOSTS, lib/portal/own-hosts.ts) and, once the
// page has rendered them, the reading after that first annotation ("annotated"); then, after one
// cell changes and the page has rendered it, a warm one; the CPU time of each is the thread's own
// (Linux /proc/<pid>/task/<pid>/schedstat).
// Loads alternate between the two readers. Informative only: targets are the benchmark's.
// Env: N (loads of each, default 10), LAYOUT (table or cards; or flatcards: list-pages.ts manyCards,
// cards whose "Label: value" lines are the card's own children, which look like rows of labels to
// columns.ts), LANG_TAG (the page language, default en-GB), ROWS (the list's length, default 500).
import { execSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../e2e/harness';
import { createSandbox } from '../sandbox/handler';
import { isolatedWorld } from '../bench/isolated-world';
import { readerBundle } from '../bench/reader-bundle';
import { rendererCpu as cpuOf } from '../bench/renderer-cpu';
import { median, quantile } from '../bench/stats';
import { LANGS, manyCards } from './list-pages';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const ref = process.argv[2] ?? 'HEAD';
const N = Number(process.env.N ?? 10);
const ROWS = Number(process.env.ROWS ?? 500);
const LAYOUT = process.env.LAYOUT ?? 'table';
const LANG_TAG = process.env.LANG_TAG ?? 'en-GB';

// the reader at `ref`: its lib/ (the reader imports lib/rules and lib/i18n) in a folder of its own
const old = mkdtempSync(join(tmpdir(), 'portal-ab-ref-'));
execSync(`git -C ${JSON.stringify(ROOT)} archive ${ref} lib | tar -x -C ${JSON.stringify(old)}`);
const readers: Record<string, string> = { [ref]: await readerBundle(old), 'work tree': await readerBundle(ROOT) };

const userDir = mkdtempSync(join(tmpdir(), 'portal-ab-'));

const rendererCpu = () => cpuOf(userDir);

const context = await chromium.launchPersistentContext(userDir, {
  executablePath: CHROMIUM_PATH,
  headless: true,
  args: [...CHROMIUM_FLAGS],
});
const times: Record<string, { prepare: number; cold: number; annotated: number; warm: number }[]> = Object.fromEntries(Object.keys(readers).map((k) => [k, []]));
const loads: number[] = [];
try {
  const body =
    LAYOUT === 'flatcards'
      ? manyCards(Object.values(LANGS).find((l) => l.tag === LANG_TAG)!, ROWS, 'lines')
      : String(
          (
            await createSandbox({ now: new Date() }).handle({
              method: 'GET',
              url: `/disputes?lang=${LANG_TAG}&layout=${LAYOUT}&tab=all&pageSize=${ROWS}&count=${Math.max(1100, ROWS)}&ssr=1&tz=Europe/Stockholm`,
              headers: {},
            })
          ).body,
        );
  const READ = `(globalThis.reading = Reader.readPortalPage(document, location.href, { timeZone: 'Europe/Stockholm' })).disputes.length`;
  // a chip for each dispute, made and placed as list-chips.ts and hosts.ts do (its drawing aside: a span of text)
  const ANNOTATE = `for (const d of reading.disputes) {
    const el = document.createElement('dispute-radar-chip');
    el.setAttribute('data-key', 'M-1|' + d.facts.id);
    el.setAttribute('data-scheme', 'light');
    el.attachShadow({ mode: 'open' }).append(Object.assign(document.createElement('span'), { textContent: 'Respond in 3 days · €20.00 fee' }));
    const slot = d.cell ?? (d.anchor.localName === 'tr' ? [...d.anchor.cells].find((c) => c.textContent.includes(d.facts.id)) ?? d.anchor.cells[0] : d.anchor);
    if (slot === d.anchor) el.setAttribute('data-line', '');
    slot.append(el);
    Reader.OWN_HOSTS?.add(el);
  }
  new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))`;
  for (let i = 0; i < N; i++) {
    const order = Object.keys(readers);
    for (const name of i % 2 ? order.reverse() : order) {
      const page = await context.newPage();
      await page.route('https://portal.kustom.co/**', (r) => r.fulfill({ contentType: 'text/html', body }));
      await page.goto('https://portal.kustom.co/disputes?tab=all');
      const cdp = await context.newCDPSession(page);
      const contextId = await isolatedWorld(cdp, `reader-${i}`);
      const run = (expression: string, awaitPromise = false) => cdp.send('Runtime.evaluate', { expression, contextId, returnByValue: true, awaitPromise });
      await run(readers[name]!);
      let t = rendererCpu();
      await run(`Reader.preparePortalReader(document, { timeZone: 'Europe/Stockholm' }); 0`);
      const prepareMs = rendererCpu() - t;
      await page.waitForTimeout(50);
      t = rendererCpu();
      const cold = await run(READ);
      const coldMs = rendererCpu() - t;
      await run(ANNOTATE, true);
      await page.waitForTimeout(30);
      t = rendererCpu();
      const annotated = await run(READ);
      const annotatedMs = rendererCpu() - t;
      // one changed cell (a card's value: the sandbox's cards have no cell), rendered, then read again
      await run(`document.querySelector('tbody td, [role="row"] > *, [data-rows] li li > span, [data-rows] > li > p > span')?.append(' '); new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))`, true);
      await page.waitForTimeout(30);
      t = rendererCpu();
      const warm = await run(READ);
      const warmMs = rendererCpu() - t;
      if (cold.result.value !== ROWS || annotated.result.value !== ROWS || warm.result.value !== ROWS) throw new Error(`${name}: read ${cold.result.value} / ${annotated.result.value} / ${warm.result.value} disputes`);
      times[name]!.push({ prepare: prepareMs, cold: coldMs, annotated: annotatedMs, warm: warmMs });
      loads.push(loadavg()[0]!);
      await page.close();
    }
  }
} finally {
  await context.close();
  rmSync(userDir, { recursive: true, force: true });
  rmSync(old, { recursive: true, force: true });
}
console.log(`Reader CPU time on the ${ROWS}-row list (${LAYOUT}), ${N} alternated loads each, load ${Math.min(...loads).toFixed(1)}-${Math.max(...loads).toFixed(1)}:`);
for (const [name, xs] of Object.entries(times)) {
  const cold = xs.map((x) => x.cold);
  const warm = xs.map((x) => x.warm);
  const annotated = xs.map((x) => x.annotated);
  const prepare = xs.map((x) => x.prepare);
  console.log(
    `  ${name.padEnd(10)} prepare median ${median(prepare).toFixed(1)} ms, cold read median ${median(cold).toFixed(1)} ms (min ${Math.min(...cold).toFixed(1)}), annotated read median ${median(annotated).toFixed(1)} ms (min ${Math.min(...annotated).toFixed(1)}), warm read median ${median(warm).toFixed(1)} ms (min ${Math.min(...warm).toFixed(1)})`,
  );
}
// Loads i of the two readers ran back to back: their differences drift less with the load than
// either median does.
const [a, b] = Object.values(times) as [(typeof times)[string], (typeof times)[string]];
const diff = (k: 'cold' | 'annotated' | 'warm') => a.map((x, i) => b[i]![k] - x[k]);
const quartiles = (xs: number[]) => [0.25, 0.5, 0.75].map((q) => (q === 0.5 ? median(xs) : quantile(xs, q)).toFixed(1)).join(' / ');
console.log(`  work tree − ${ref}, load by load (quartiles): cold ${quartiles(diff('cold'))} ms, annotated ${quartiles(diff('annotated'))} ms, warm ${quartiles(diff('warm'))} ms`);
