// `npx tsx test/bench/content-ab.ts <extension dir A> <extension dir B>`: two builds of the
// extension (each a chrome-mv3 folder) on the sandbox's list, page loads alternated A/B, B/A, …
// in one run, so that both see the same machine. Prints the medians of the content script's own
// measures (dispute-radar:prepare, read, assess, mount, first-annotate; and the read after one
// change in a row, as page.bench.ts's warm read) and the quartiles of the reads' pair-by-pair
// differences. Informative only: the targets are page.bench.ts's.
// Env: N (loads of each, default 10), ROWS (list size, default 500).
import { launchExtension, routePortal } from '../e2e/harness';
import { median, quantile } from './stats';

const [A, B] = process.argv.slice(2);
if (!A || !B) throw new Error('usage: npx tsx test/bench/content-ab.ts <extension dir A> <extension dir B>');
const N = Number(process.env.N ?? 10);
const ROWS = Number(process.env.ROWS ?? 500);
const url = `https://portal.kustom.co/disputes?tab=all&pageSize=${ROWS}&count=${Math.max(1100, ROWS)}&delay=1500`;
const MEASURES = ['prepare', 'read', 'assess', 'mount', 'first-annotate', 'warm read'];

const sessions = { A: await launchExtension({ extensionDir: A }), B: await launchExtension({ extensionDir: B }) };
try {
  for (const s of Object.values(sessions)) await routePortal(s.context);
  const out: Record<'A' | 'B', Record<string, number[]>> = { A: {}, B: {} };
  for (let i = 0; i < N; i++) {
    for (const k of (i % 2 ? ['B', 'A'] : ['A', 'B']) as ('A' | 'B')[]) {
      const page = await sessions[k].context.newPage();
      await page.goto(url);
      await page.waitForFunction((n) => document.querySelectorAll('dispute-radar-chip').length === n, ROWS, { timeout: 20_000 });
      const m = await page.evaluate(() =>
        Object.fromEntries(
          performance
            .getEntriesByType('measure')
            .filter((e) => e.name.startsWith('dispute-radar:'))
            .map((e) => [e.name.slice('dispute-radar:'.length), e.duration]),
        ),
      );
      for (const name of MEASURES.slice(0, -1)) (out[k][name] ??= []).push(m[name] ?? Number.NaN);
      // the warm read, as page.bench.ts takes it: one real change in a row, one full round
      await page.evaluate(() => {
        performance.clearMeasures('dispute-radar:read');
        document.querySelectorAll('tbody tr')[3]?.querySelector('td:last-child')?.append(document.createTextNode(' '));
      });
      await page.waitForFunction(() => performance.getEntriesByName('dispute-radar:read').length > 0, undefined, { timeout: 5000 });
      (out[k]['warm read'] ??= []).push(await page.evaluate(() => performance.getEntriesByName('dispute-radar:read').at(-1)!.duration));
      await page.close();
    }
  }
  for (const k of ['A', 'B'] as const) console.log(`${k} (${k === 'A' ? A : B}): ${MEASURES.map((n) => `${n} ${median(out[k][n]!).toFixed(1)}`).join(' | ')} ms (medians of ${N})`);
  for (const name of ['read', 'warm read']) {
    const diffs = out.A[name]!.map((a, i) => out.B[name]![i]! - a);
    console.log(`${name}, B − A load by load: quartiles ${[0.25, 0.5, 0.75].map((q) => quantile(diffs, q).toFixed(1)).join(' / ')} ms`);
  }
} finally {
  for (const s of Object.values(sessions)) await s.close();
}
