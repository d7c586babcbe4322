// `npm run fixtures:sandbox`: saves static snapshots of the sandbox portal (rows materialised,
// fixed clock, fixed zone) with the facts each page shows, into test/fixtures/sandbox/. The page
// reader's unit tests read these; re-run after changing the sandbox and commit the result.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DisputeFacts, Outcome } from '../../lib/rules/types';
import { STORES, type PinnedKey, type SandboxDispute } from './data';
import { createSandbox } from './handler';
import { LANGS, type Lang } from './i18n';
import { MAX_PAGE_SIZE } from './render';

export const FIXTURE_NOW = '2026-01-15T10:00:00.000Z';
export const FIXTURE_TIME_ZONE = 'Europe/Stockholm';
export const FIXTURE_SEED = 1;

const OUT = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/sandbox');

export type FixturePage = 'dispute_list' | 'dispute_detail' | 'unknown';

/** Shaped like lib/portal's ReadDispute (without the anchor): what a reader should return. */
export interface ExpectedDispute {
  /**
   * the facts visible in this dispute's row, card or panel (see README.md); the network reason
   * code among them where it is shown (cards layout and detail pages)
   */
  facts: Partial<DisputeFacts> & { id: string };
  /** closed disputes: the outcome shown as the status */
  outcome?: Outcome;
}

export interface FixtureExpectation {
  file: string;
  /** the URL the page was rendered for (on the real portal host) */
  url: string;
  lang: Lang;
  layout: 'table' | 'cards' | 'grid' | 'dl' | null;
  now: string;
  timeZone: string;
  seed: number;
  page: FixturePage;
  /** the store the page header shows */
  storeId: string;
  /** in page order */
  disputes: ExpectedDispute[];
}

/**
 * What a page shows of a dispute. A list shows the selected store once, in the page header: its
 * rows belong to that store, so their facts carry it too.
 */
export function visibleFacts(d: SandboxDispute): ExpectedDispute['facts'] {
  return { ...d.facts };
}

function expected(d: SandboxDispute, layout: 'table' | 'cards' | 'grid' | 'dl'): ExpectedDispute {
  const e: ExpectedDispute = { facts: visibleFacts(d) };
  if (d.networkReasonCode && layout !== 'table') e.facts.networkReasonCode = d.networkReasonCode;
  if (d.outcome) e.outcome = d.outcome;
  return e;
}

/** The disputes whose detail pages are saved: a card with a code, a Klarna enquiry, a partial win. */
const DETAIL_PINNED: readonly PinnedKey[] = ['visa_fraud_fr', 'enquiry_12d'];

export function saveFixtures(outDir = OUT): string[] {
  const sandbox = createSandbox({ now: new Date(FIXTURE_NOW), timeZone: FIXTURE_TIME_ZONE, seed: FIXTURE_SEED });
  const data = sandbox.disputes();
  const store = (STORES[0] as { id: string }).id;
  const details = [
    ...DETAIL_PINNED.map((k) => data.find((d) => d.pinned === k) as SandboxDispute),
    data.find((d) => d.outcome === 'partially_won' && d.facts.storeId === store) as SandboxDispute,
  ];

  mkdirSync(outDir, { recursive: true });
  for (const f of readdirSync(outDir)) if (f.endsWith('.html') || f.endsWith('.json')) rmSync(join(outDir, f));
  const written: string[] = [];
  const save = (name: string, url: string, exp: Omit<FixtureExpectation, 'file' | 'url' | 'now' | 'timeZone' | 'seed'>): void => {
    const path = new URL(url, 'https://portal.kustom.co');
    path.searchParams.set('ssr', '1');
    const res = sandbox.handle({ method: 'GET', url: path.href });
    if (res.status !== 200) throw new Error(`${url}: HTTP ${res.status}`);
    writeFileSync(join(outDir, `${name}.html`), res.body);
    const full: FixtureExpectation = {
      file: `${name}.html`,
      url: `https://portal.kustom.co${url}`,
      now: FIXTURE_NOW,
      timeZone: FIXTURE_TIME_ZONE,
      seed: FIXTURE_SEED,
      ...exp,
    };
    writeFileSync(join(outDir, `${name}.json`), `${JSON.stringify(full, null, 2)}\n`);
    written.push(name);
  };

  for (const lang of LANGS) {
    for (const layout of ['table', 'cards'] as const) {
      const url = `/disputes?lang=${lang}&layout=${layout}&tab=all&pageSize=${MAX_PAGE_SIZE}`;
      const rows = sandbox.disputes().filter((d) => d.facts.storeId === store);
      // the page lists newest first (ties by ID), as the sandbox sorts by default
      rows.sort((a, b) => Date.parse(b.facts.createdAt) - Date.parse(a.facts.createdAt) || a.facts.id.localeCompare(b.facts.id));
      save(`list-${layout}.${lang}`, url, { lang, layout, page: 'dispute_list', storeId: store, disputes: rows.map((d) => expected(d, layout)) });
    }
    for (const layout of ['grid', 'dl'] as const) {
      for (const d of details) {
        const name = `detail-${layout}.${lang}.${d.pinned ?? d.outcome}`;
        save(name, `/disputes/${d.facts.id}?lang=${lang}&detail=${layout}`, {
          lang,
          layout,
          page: 'dispute_detail',
          storeId: d.facts.storeId,
          disputes: [expected(d, layout)],
        });
      }
    }
    save(`home.${lang}`, `/?lang=${lang}`, { lang, layout: null, page: 'unknown', storeId: store, disputes: [] });
    save(`orders.${lang}`, `/orders?lang=${lang}`, { lang, layout: null, page: 'unknown', storeId: store, disputes: [] });
  }
  return written;
}

const isMain = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const written = saveFixtures();
  console.log(`saved ${written.length} pages (+ expected facts) in ${OUT}`);
}
