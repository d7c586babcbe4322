// `DISPUTE_RADAR_OUT_DIR=/tmp/out-prof npx tsx test/bench/profile-first.ts`: where the content
// script's first annotation of the 500-row list spends its time, from a CPU profile (CDP Profiler)
// of the page's renderer from before the rows arrive until every row has its chip: the functions
// on stacks that include the content script, by self and by total time, per page load.
// Build with DISPUTE_RADAR_NO_MINIFY=1 for names. Env: N (page loads, default 3), INTERVAL
// (sampling µs, default 50; sampling slows cold code, so compare profiles, not their totals, with
// the benchmark's figures). Each profile is saved as /tmp/prof/first-<run>.cpuprofile for DevTools.
import { mkdirSync, writeFileSync } from 'node:fs';
import { launchExtension, routePortal } from '../e2e/harness';

const RUNS = Number(process.env.N ?? 3);
mkdirSync('/tmp/prof', { recursive: true });
const url = 'https://portal.kustom.co/disputes?tab=all&pageSize=500&count=1100&delay=1500';
interface Node { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
interface Profile { nodes: Node[]; samples: number[]; timeDeltas: number[] }

const session = await launchExtension();
await routePortal(session.context);
const self = new Map<string, number>();
const total = new Map<string, number>();
let windowMs = 0;
for (let i = 0; i < RUNS; i++) {
  const page = await session.context.newPage();
  const cdp = await session.context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: Number(process.env.INTERVAL ?? 50) });
  await page.goto(url);
  await page.waitForTimeout(700);
  await cdp.send('Profiler.start');
  await page.waitForFunction(() => document.querySelectorAll('dispute-radar-chip').length === 500, undefined, { timeout: 20000 });
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  const m = await page.evaluate(() => ({
    read: performance.getEntriesByName('dispute-radar:read').at(-1)!.duration,
    first: performance.getEntriesByName('dispute-radar:first-annotate').at(-1)!.duration,
  }));
  console.log(`run ${i}: read ${m.read.toFixed(1)} first ${m.first.toFixed(1)}`);
  writeFileSync(`/tmp/prof/first-${i}.cpuprofile`, JSON.stringify(profile));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const key = (n: Node) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}`;
  for (let s = 0; s < profile.samples.length; s++) {
    const dt = (profile.timeDeltas[s + 1] ?? 0) / 1000;
    const n = byId.get(profile.samples[s]!)!;
    // only stacks that include the content script
    let inContent = false;
    const seen = new Set<string>();
    for (let id: number | undefined = n.id; id !== undefined; id = parent.get(id)) {
      if (byId.get(id)!.callFrame.url.includes('content-scripts/')) inContent = true;
    }
    if (!inContent) continue;
    windowMs += dt;
    self.set(key(n), (self.get(key(n)) ?? 0) + dt);
    for (let id: number | undefined = n.id; id !== undefined; id = parent.get(id)) {
      const k = key(byId.get(id)!);
      if (seen.has(k)) continue;
      seen.add(k);
      total.set(k, (total.get(k) ?? 0) + dt);
    }
  }
  await page.close();
}
await session.close();
const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${(v / RUNS).toFixed(2).padStart(7)} ms  ${k}`).join('\n');
console.log(`content.js stacks per run: ${(windowMs / RUNS).toFixed(1)} ms\n--- self ---\n${top(self, 45)}\n--- total ---\n${top(total, 60)}`);
