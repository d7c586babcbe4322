// `npx tsx test/portal/chromium-check.ts`: the reader in Debian's Chromium rather than happy-dom
// and Node's ICU (portal-vocabulary.md: "the ICU in Chromium may differ from Node's … test in
// both"). It bundles lib/portal, then in one page:
//  1. formats every locale × fee-table currency × display with Chromium's Intl and reads it back;
//  2. formats dates in every dateStyle × timeStyle around the Stockholm DST changes and reads back;
//  3. reads every saved sandbox page (test/fixtures/sandbox) and compares with its data;
//  4. times reading the sandbox's 500-row list (table and cards) beside a bare scan of the rows.
// Exits non-zero when 1–3 find a difference. Timings are informative (the benchmark owns targets).
import { build } from 'esbuild';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../e2e/harness';
import { createSandbox } from '../sandbox/handler';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const FIXTURES = join(ROOT, 'test/fixtures/sandbox');

declare const Reader: typeof import('../../lib/portal');

const bundle = await build({
  entryPoints: [join(ROOT, 'lib/portal/index.ts')],
  bundle: true,
  format: 'iife',
  globalName: 'Reader',
  write: false,
  logLevel: 'warning',
});
const readerJs = bundle.outputFiles[0]!.text;

const userDir = mkdtempSync(join(tmpdir(), 'portal-check-'));
const context = await chromium.launchPersistentContext(userDir, {
  executablePath: CHROMIUM_PATH,
  headless: true,
  args: [...CHROMIUM_FLAGS],
});
let failed = false;
try {
  const page = await context.newPage();
  await page.setContent('<html><body></body></html>');
  await page.addScriptTag({ content: readerJs });

  const intl = await page.evaluate(() => {
    const locales = ['en-GB', 'de-DE', 'sv-SE', 'fi-FI', 'nb-NO', 'da-DK'];
    const bad: unknown[] = [];
    let amounts = 0;
    for (const l of locales) {
      for (const c of Reader.vocabulary.FEE_TABLE_CURRENCIES) {
        for (const display of ['symbol', 'code', 'name'] as const) {
          for (const m of [0, 1, 99, 123456, 100000000, 987654321]) {
            const digits = Reader.currencyDigits(c);
            const text = new Intl.NumberFormat(l, { style: 'currency', currency: c, currencyDisplay: display }).format(m / 10 ** digits);
            const r = Reader.parseAmount(text, l);
            amounts++;
            if (!r || r.amountMinor !== m * 10 ** (Reader.minorUnitDigits(c) - digits) || r.currency !== c) bad.push([l, c, display, text, r]);
          }
        }
      }
    }
    // Every symbol Chromium prints in the hinted locales is hinted with its currency (amount.ts
    // reads a hinted symbol from its candidates only: a currency missing there would be missed).
    for (const l of Reader.vocabulary.CURRENCY_HINT_LOCALES) {
      for (const display of ['symbol', 'narrowSymbol'] as const) {
        for (const [key, currencies] of Reader.symbolTable(l, display)) {
          if (Reader.vocabulary.FEE_TABLE_CURRENCIES.includes(key.toUpperCase())) continue;
          const hinted = Reader.vocabulary.CURRENCY_SYMBOL_HINTS[key];
          for (const c of currencies) if (!hinted?.includes(c)) bad.push(['symbol hint', l, c, display, key, hinted ?? null]);
        }
      }
    }
    const tz = 'Europe/Stockholm';
    const changes = [Date.UTC(2025, 2, 30, 1), Date.UTC(2025, 9, 26, 1), Date.UTC(2026, 2, 29, 1), Date.UTC(2026, 9, 25, 1)];
    let dates = 0;
    for (const l of locales) {
      for (const dateStyle of ['short', 'medium', 'long', 'full'] as const) {
        for (const timeStyle of [undefined, 'short', 'medium', 'long', 'full'] as const) {
          const f = new Intl.DateTimeFormat(l, { dateStyle, timeStyle, timeZone: tz });
          for (const at of changes.flatMap((c) => [-150, -61, -1, 0, 1, 59, 61, 150].map((min) => c + min * 60_000 + 7_000))) {
            const text = f.format(at);
            const r = Reader.parseDate(text, l, { timeZone: tz });
            dates++;
            // the same text back (in the hour repeated in autumn the text names two instants)
            if (!r || f.format(Date.parse(r)) !== text) bad.push([l, dateStyle, timeStyle, text, r]);
          }
        }
      }
    }
    return { amounts, dates, bad: bad.slice(0, 20), badCount: bad.length };
  });
  console.log(`Intl round trips in ${await page.evaluate(() => navigator.userAgent.match(/Chrome\/[\d.]+/)?.[0])}: ${intl.amounts} amounts, ${intl.dates} dates, ${intl.badCount} wrong`);
  for (const b of intl.bad) console.log('  ', JSON.stringify(b));
  if (intl.badCount > 0) failed = true;

  let same = 0;
  for (const file of readdirSync(FIXTURES).filter((f) => f.endsWith('.json')).sort()) {
    const saved = JSON.parse(readFileSync(join(FIXTURES, file), 'utf8')) as {
      file: string;
      url: string;
      timeZone: string;
      page: string;
      storeId: string | null;
      disputes: unknown[];
    };
    const html = readFileSync(join(FIXTURES, saved.file), 'utf8');
    const got = await page.evaluate(
      ({ html, url, timeZone }) => {
        const r = Reader.readPortalPage(new DOMParser().parseFromString(html, 'text/html'), url, { timeZone });
        return {
          page: r.page,
          storeId: r.storeId,
          problems: r.problems,
          disputes: r.disputes.map((d) => ({ facts: d.facts, outcome: d.outcome })),
        };
      },
      { html, url: saved.url, timeZone: saved.timeZone },
    );
    const sorted = (v: unknown): unknown =>
      Array.isArray(v) ? v.map(sorted) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined).sort().map(([k, x]) => [k, sorted(x)])) : v;
    const want = { page: saved.page, storeId: saved.storeId, problems: [], disputes: saved.disputes };
    if (JSON.stringify(sorted(got)) === JSON.stringify(sorted(want))) same++;
    else {
      failed = true;
      console.log(`  ${saved.file}: read differently`, JSON.stringify(got).slice(0, 400));
    }
  }
  console.log(`Sandbox pages read in Chromium as their data says: ${same}`);

  const sandbox = createSandbox({ now: new Date('2026-01-15T10:00:00Z') });
  for (const layout of ['table', 'cards']) {
    const res = await sandbox.handle({
      method: 'GET',
      url: `/disputes?lang=de-DE&layout=${layout}&tab=all&pageSize=500&count=1100&ssr=1&tz=Europe/Stockholm`,
      headers: {},
    });
    const listPage = await context.newPage();
    await listPage.route('https://portal.kustom.co/**', (r) => r.fulfill({ contentType: 'text/html', body: String(res.body) }));
    await listPage.goto('https://portal.kustom.co/disputes?tab=all');
    await listPage.addScriptTag({ content: readerJs });
    const t = await listPage.evaluate(() => {
      const times: number[] = [];
      let n = 0;
      for (let i = 0; i < 21; i++) {
        const t0 = performance.now();
        n = Reader.readPortalPage(document, location.href, { timeZone: 'Europe/Stockholm' }).disputes.length;
        times.push(performance.now() - t0);
      }
      const rows = Array.from(document.querySelectorAll('tbody tr, [data-rows] > *'));
      const t0 = performance.now();
      let chars = 0;
      for (const row of rows) chars += (row.textContent ?? '').length;
      const bare = performance.now() - t0;
      const warm = times.slice(1).sort((a, b) => a - b);
      return { n, first: times[0]!, median: warm[Math.floor(warm.length / 2)]!, bare, rows: rows.length, chars };
    });
    console.log(
      `Reading the 500-row list (${layout}): ${t.n} disputes; first ${t.first.toFixed(1)} ms, then median ${t.median.toFixed(1)} ms; bare scan of ${t.rows} rows ${t.bare.toFixed(1)} ms (load average ${loadavg()[0]!.toFixed(1)})`,
    );
    await listPage.close();
  }
} finally {
  await context.close();
  rmSync(userDir, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;
