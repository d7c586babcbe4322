// The background's work per message with 2,000 stored cases, without the storage I/O: parse the
// stored record (one JSON text since format 3, then zod), merge a page's reading of 50 disputes, write
// it back (the text and the popup's due index, lib/cases/due-index.ts), then plan badge, next alarm and
// notifications (assessDispute per case). Target (ours, not the issue's): ≤ 100 ms per message,
// so two tabs reporting at once are both answered well within a second.
import { planNextAlarm } from '../../lib/cases/alarm';
import { planBadge } from '../../lib/cases/badge';
import { mergeObservation } from '../../lib/cases/merge';
import type { CasesObserved } from '../../lib/cases/messages';
import { dueNotifications } from '../../lib/cases/notifications';
import { splitStoredCases } from '../../lib/cases/quarantine';
import { decodeStoredCases, encodeStoredCases } from '../../lib/cases/stored-form';
import { encodeDueIndex, encodeWithDueIndex } from '../../lib/cases/due-index';
import { assessForList } from '../../lib/cases/list-assessment';
import { CASES_VERSION } from '../../lib/cases/migrations';
import { caseRules } from '../../lib/cases/rules-real';
import { DEFAULT_SETTINGS, type TrackedCase } from '../../lib/cases/schema';
import { timeCases } from '../../lib/cases/timing';
import type { DisputeStatus, Provider } from '../../lib/rules';

const N = 2_000;
const STAMP = { rev: 'bench', format: CASES_VERSION, build: 'bench', tz: 'Europe/Stockholm' };
const RUNS = 20;
const TARGET_MS = 100;
const HOUR = 3_600_000;
const STATUSES: DisputeStatus[] = ['warning_needs_response', 'warning_under_review', 'open', 'open', 'under_review', 'won', 'lost'];
const PROVIDERS: Provider[] = ['card', 'klarna', 'billie'];

function makeStore(now: Date): Record<string, TrackedCase> {
  const out: Record<string, TrackedCase> = {};
  for (let i = 0; i < N; i++) {
    const key = `K${i % 3}|dp_${i}`;
    const created = now.getTime() - ((i * 37) % 40) * 24 * HOUR;
    out[key] = {
      key,
      facts: {
        id: `dp_${i}`,
        provider: PROVIDERS[i % 3]!,
        status: STATUSES[i % STATUSES.length]!,
        createdAt: new Date(created).toISOString(),
        amount: { amountMinor: 1000 + i, currency: 'EUR' },
        buyerCountry: 'SE',
        reason: 'Goods not received',
        ...(i % 2 === 0 ? { dueBy: new Date(now.getTime() + ((i % 300) - 20) * HOUR).toISOString() } : {}),
      },
      merchant: { ticks: { a: true } },
      manual: false,
      firstSeenAt: new Date(created).toISOString(),
      lastSeenAt: now.toISOString(),
      pageUrl: 'https://portal.kustom.co/disputes',
      pageKind: 'dispute_list',
    };
  }
  return out;
}

function message(now: Date): CasesObserved {
  return {
    type: 'cases:observed',
    pageUrl: 'https://portal.kustom.co/disputes',
    page: 'dispute_list',
    storeId: 'K1',
    locale: 'en-GB',
    observedAt: now.toISOString(),
    disputes: Array.from({ length: 50 }, (_, i) => ({ id: `dp_${i * 3 + 1}`, status: 'open' as const })),
  };
}

export async function run(): Promise<boolean> {
  const now = new Date();
  const raw = encodeStoredCases(makeStore(now));
  const times: number[] = [];
  let sink = 0;
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now();
    const { cases } = splitStoredCases(decodeStoredCases(raw), now);
    const { store } = mergeObservation(cases, message(now), now, caseRules);
    // What the store writes back: the text and, in the same set call, the popup's due index.
    const written = encodeWithDueIndex(store, (facts, goods) => assessForList(facts, { now, timeZone: 'Europe/Stockholm', ...(goods ? { goods } : {}) }), STAMP, now.getTime());
    sink += written.text.length > 0 && encodeDueIndex(written.index).length > 0 ? 1 : 0;
    const timed = timeCases(Object.values(store), caseRules, now, 'Europe/Stockholm');
    const badge = planBadge(timed, now, DEFAULT_SETTINGS);
    const alarm = planNextAlarm(timed, now, DEFAULT_SETTINGS);
    const plan = dueNotifications(timed, {}, now, DEFAULT_SETTINGS);
    sink += badge.count + (alarm ? 1 : 0) + plan.send.length;
    times.push(performance.now() - t0);
  }
  const warm = times.slice(1).sort((a, b) => a - b);
  const median = warm[Math.floor(warm.length / 2)]!;
  const worst = warm[warm.length - 1]!;
  console.log(`| step | ms |\n|---|---|\n| first run (cold) | ${times[0]!.toFixed(1)} |\n| median of ${warm.length} warm runs | ${median.toFixed(1)} |\n| slowest warm run | ${worst.toFixed(1)} |`);
  console.log(`${N} cases, reading of 50; target ≤ ${TARGET_MS} ms (median): ${median <= TARGET_MS ? 'met' : 'NOT met'} (sink ${sink})`);
  return median <= TARGET_MS;
}
