// `npx tsx test/bench/profile-warm.ts`: where the reader's warm reading of the sandbox's 500-row list
// spends its time, in Debian's Chromium. The list is read once in an isolated world, as the content
// script reads it (the reader prepared first), then one cell's text changes and the page is read
// again, N times, under the CPU profiler (CDP Profiler): the time of each reading (the first warm
// one is the benchmark's, code still half-cold; the median is the steady state), then self time by
// function (bundle line numbers of the unminified reader), with the DOM's own calls (a selector
// query, an attribute read) named by the function that made them. MODE=cold profiles the cold
// reading instead. Wall times swing with the machine's load: compare profiles, and readers with
// test/portal/cpu-ab.ts. Env: N (warm readings, default 40), LAYOUT (table or cards), LANG_TAG
// (default en-GB). The profile is saved as /tmp/warm.cpuprofile for DevTools.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../e2e/harness';
import { createSandbox } from '../sandbox/handler';
import { isolatedWorld } from './isolated-world';
import { median } from './stats';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const MODE = process.env.MODE ?? 'warm';
const N = Number(process.env.N ?? 40);
const reader = (await build({ entryPoints: [join(ROOT, 'lib/portal/index.ts')], bundle: true, format: 'iife', globalName: 'Reader', write: false, logLevel: 'error' })).outputFiles[0]!.text;
const userDir = mkdtempSync(join(tmpdir(), 'profile-warm-'));
const context = await chromium.launchPersistentContext(userDir, { executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_FLAGS] });
try {
  const sandbox = createSandbox({ now: new Date() });
  const res = await sandbox.handle({ method: 'GET', url: `/disputes?lang=${process.env.LANG_TAG ?? 'en-GB'}&layout=${process.env.LAYOUT ?? 'table'}&tab=all&pageSize=500&count=1100&ssr=1&tz=Europe/Stockholm`, headers: {} });
  const page = await context.newPage();
  await page.route('https://portal.kustom.co/**', (r) => r.fulfill({ contentType: 'text/html', body: String(res.body) }));
  await page.goto('https://portal.kustom.co/disputes?tab=all');
  const cdp = await context.newCDPSession(page);
  const contextId = await isolatedWorld(cdp, 'profile-warm');
  const run = (expression: string, awaitPromise = false) => cdp.send('Runtime.evaluate', { expression, contextId, returnByValue: true, awaitPromise });
  await run(reader);
  await run(`Reader.preparePortalReader(document, { timeZone: 'Europe/Stockholm' }); 0`);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  const READ = `(() => { const t = performance.now(); const n = Reader.readPortalPage(document, location.href, { timeZone: 'Europe/Stockholm' }).disputes.length; return [n, performance.now() - t]; })()`;
  if (MODE === 'cold') await cdp.send('Profiler.start');
  const cold = (await run(READ)).result.value as number[];
  console.log(`cold reading: ${cold[0]} disputes, ${cold[1]!.toFixed(1)} ms`);
  const times: number[] = [];
  if (MODE === 'warm') await cdp.send('Profiler.start');
  for (let i = 0; i < (MODE === 'warm' ? N : 0); i++) {
    // one cell's text changes (a different cell each time; a card's value: the sandbox's cards have no cell), and the page renders it
    await run(`document.querySelectorAll('tbody td, [role="row"] > *, [data-rows] li li > span')[${(i * 37) % 400}]?.append(' '); new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))`, true);
    times.push(((await run(READ)).result.value as number[])[1]!);
  }
  const { profile } = await cdp.send('Profiler.stop');
  writeFileSync('/tmp/warm.cpuprofile', JSON.stringify(profile));
  if (times[0] !== undefined) {
    console.log(`warm readings (ms): first ${times[0].toFixed(1)}, median ${median(times).toFixed(1)}, min ${Math.min(...times).toFixed(1)}`);
    console.log(`  each: ${times.map((t) => t.toFixed(1)).join(' ')}`);
  }
  // A sample stands for the time up to the next one (the time before it may be idle).
  const parent = new Map<number, (typeof profile.nodes)[number]>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  const dt = profile.timeDeltas!;
  profile.samples!.forEach((id, i) => {
    const n = byId.get(id)!;
    const name = (f: typeof n) => `${f.callFrame.functionName || '(anonymous)'}${f.callFrame.lineNumber >= 0 ? `:${f.callFrame.lineNumber + 1}` : ''}`;
    const native = n.callFrame.lineNumber < 0 && !n.callFrame.functionName.startsWith('(') && parent.get(id);
    const k = native ? `${name(n)} ← ${name(native)}` : name(n);
    self.set(k, (self.get(k) ?? 0) + (dt[i + 1] ?? 0) / 1000);
  });
  const readings = MODE === 'warm' ? N : 1;
  const busy = [...self].filter(([k]) => !/^\((idle|program)\)/.test(k));
  console.log(`self time per reading (ms), of ${(busy.reduce((a, [, ms]) => a + ms, 0) / readings).toFixed(2)} ms sampled outside idle and (program):`);
  for (const [k, ms] of busy.sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`  ${(ms / readings).toFixed(3).padStart(7)}  ${k}`);
} finally {
  await context.close();
  rmSync(userDir, { recursive: true, force: true });
}
