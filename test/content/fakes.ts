// Fakes for the mount manager's tests: a reader of a tiny made-up markup, an assessor that
// trusts the page's deadline, a bridge that records what it was sent, and a lifecycle whose
// invalidation the test triggers.
import { afterEach, beforeEach } from 'vitest';
import type { CaseMerchantUpdate, CasesObserved } from '../../lib/cases/messages';
import type { MerchantInput } from '../../lib/cases/schema';
import { DEFAULT_CONTENT_SETTINGS, type ContentSettings } from '../../entrypoints/content/wire';
import type { Assessment, DisputeFacts } from '../../lib/rules/types';
import type { CaseBridge } from '../../entrypoints/content/bridge';
import type { Lifecycle, ReadPage } from '../../entrypoints/content/manager';
import type { PortalReading } from '../../entrypoints/content/page-model';
import type { LocaleTexts } from '../../entrypoints/content/texts';
import type { DetailRules } from '../../entrypoints/content/detail-rules';
import type { Annotation, PanelFactory } from '../../entrypoints/content/annotation';

/** Lets the manager's short timers, promises and idle callbacks run (the fakes' debounce is 0). */
export const settle = (ms = 30) => new Promise((r) => setTimeout(r, ms));

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** A dispute's facts with exactly the fields the full schema requires (the boundary checks' tests). */
/** A cases:observed message from the portal's dispute list carrying `disputes`. */
export const observedMessage = <D>(disputes: D[]) => ({
  type: 'cases:observed' as const,
  pageUrl: 'https://portal.kustom.co/disputes',
  page: 'dispute_list' as const,
  storeId: 'M1',
  locale: 'en-GB',
  observedAt: '2026-03-02T12:00:00.000Z',
  disputes,
});

export const REQUIRED_FACTS = {
  id: 'D1',
  provider: 'card',
  status: 'open',
  createdAt: '2026-03-02T12:00:00.000Z',
  amount: { amountMinor: 1250, currency: 'EUR' },
};

/** Rows are `<li data-id data-due data-status>`; a detail page is one `<article data-id …>`. */
export const fakeRead: ReadPage & { calls: number } = Object.assign(
  (doc: Document, url: string): PortalReading => {
    fakeRead.calls += 1;
    const detail = doc.querySelector('article[data-id]');
    const rows = detail ? [detail] : Array.from(doc.querySelectorAll('li[data-id]'));
    const page = detail ? 'dispute_detail' : rows.length > 0 ? 'dispute_list' : 'unknown';
    return {
      page,
      storeId: 'M1',
      locale: doc.documentElement.lang || null,
      problems: rows.length === 0 && /disput/.test(url) ? ['no dispute found'] : [],
      disputes: rows.map((el) => {
        const facts: Partial<DisputeFacts> & { id: string } = { id: el.getAttribute('data-id') ?? '' };
        if (el.getAttribute('data-broken') === null) {
          facts.provider = 'klarna';
          facts.status = (el.getAttribute('data-status') as DisputeFacts['status']) ?? 'open';
          facts.createdAt = '2026-01-01T00:00:00.000Z';
          facts.amount = { amountMinor: 10000, currency: el.getAttribute('data-currency') ?? 'EUR' };
        }
        const due = el.getAttribute('data-due');
        if (due) facts.dueBy = due;
        return { facts, anchor: el };
      }),
    };
  },
  { calls: 0 },
);

export function fakeAssess(facts: DisputeFacts, opts: { now: Date }): Assessment {
  if (facts.id === 'THROWS') throw new Error('rule table missing');
  const closed = facts.status === 'won' || facts.status === 'lost';
  const next = facts.dueBy && !closed ? { kind: 'response' as const, at: facts.dueBy, source: 'portal' as const, ruleId: 'portal' } : null;
  const msLeft = next ? Date.parse(next.at) - opts.now.getTime() : null;
  const urgency = msLeft === null ? 'none' : msLeft < 0 ? 'overdue' : msLeft < DAY ? 'critical' : msLeft < 3 * DAY ? 'soon' : 'ok';
  const fee = { fee: { amountMinor: 1500, currency: facts.amount.currency }, charged: 'if_lost' as const, refundedIfWon: false, ruleId: 'fee' };
  return {
    id: facts.id,
    provider: facts.provider,
    status: facts.status,
    phase: closed ? 'closed' : 'chargeback',
    actionRequired: !closed,
    statusInfo: { phase: closed ? 'closed' : 'chargeback', actionRequired: !closed, tab: 'response_required', klarnaEquivalent: null },
    reasonCategory: null,
    goods: null,
    deadlines: next ? [next] : [],
    next,
    msLeft,
    urgency,
    fee,
    exposure: { accept: [facts.amount], challengeIfLost: [facts.amount, fee.fee], challengeIfWon: [] },
    checklist: [
      { id: 'pod.tracking_id', level: 'required', titleKey: 'T1', explanationKey: 'E1', acceptanceKey: 'A1', source: 's' },
    ],
    advice: [{ id: 'one_response', severity: 'critical', textKey: 'ADV', source: 's' }],
    timeline: [{ kind: 'created', at: facts.createdAt, source: 'page', passed: true }],
  };
}

export class FakeBridge implements CaseBridge {
  observedMessages: CasesObserved[] = [];
  updates: CaseMerchantUpdate[] = [];
  failUpdates = false;
  stored = new Map<string, MerchantInput>();
  settingsValue: ContentSettings = { ...DEFAULT_CONTENT_SETTINGS, timeZone: 'UTC' };
  merchantWatchers: ((m: Map<string, MerchantInput>) => void)[] = [];
  unsubscribed = 0;

  async settings() {
    return this.settingsValue;
  }
  /** replies to cases:observed wait for releaseObserved(), carrying what was stored when the message was sent */
  holdObserved = false;
  private heldReplies: (() => void)[] = [];
  async observed(message: CasesObserved) {
    this.observedMessages.push(message);
    const asSent = Object.fromEntries(this.stored);
    if (!this.holdObserved) return asSent;
    return new Promise<Record<string, MerchantInput>>((resolve) => this.heldReplies.push(() => resolve(asSent)));
  }
  releaseObserved(): void {
    for (const reply of this.heldReplies.splice(0)) reply();
  }
  async update(message: CaseMerchantUpdate) {
    this.updates.push(message);
    if (this.failUpdates) return { problem: 'storage full' };
    const key = `${message.storeId ?? '-'}|${message.disputeId}`;
    const before = this.stored.get(key) ?? { ticks: {} };
    const merchant: MerchantInput = { ...before, ticks: { ...before.ticks, ...(message.patch.ticks ?? {}) } };
    if (message.patch.goods) merchant.goods = message.patch.goods;
    if (message.patch.buyerCountry) merchant.buyerCountry = message.patch.buyerCountry;
    this.stored.set(key, merchant);
    return { merchant };
  }
  watchMerchant(cb: (m: Map<string, MerchantInput>) => void) {
    this.merchantWatchers.push(cb);
    return () => {
      this.unsubscribed += 1;
    };
  }
  settingsWatchers: ((s: ContentSettings) => void)[] = [];
  watchSettings(cb: (s: ContentSettings) => void) {
    this.settingsWatchers.push(cb);
    return () => {
      this.unsubscribed += 1;
    };
  }
  /** the stored settings change (e.g. on the options page) */
  changeSettings(patch: Partial<ContentSettings>): void {
    this.settingsValue = { ...this.settingsValue, ...patch };
    for (const cb of this.settingsWatchers) cb(this.settingsValue);
  }
}

export class FakeLife implements Lifecycle {
  private invalidated: (() => void)[] = [];
  private navigation: ((url: string) => void)[] = [];
  timers = new Set<ReturnType<typeof setTimeout>>();
  /** timers of a second or more (the minute ticker): held, run only by `runLongTimers` */
  long = new Map<number, () => void>();
  private nextLong = 1_000_000;
  setTimeout(fn: () => void, ms: number): number {
    if (ms >= 1000) {
      const id = this.nextLong++;
      this.long.set(id, fn);
      return id;
    }
    const id = setTimeout(() => {
      this.timers.delete(id);
      fn();
    }, ms);
    this.timers.add(id);
    return id as unknown as number;
  }
  /** the page is idle at once: after a zero timeout */
  idle(fn: () => void): void {
    this.setTimeout(fn, 0);
  }
  clearTimeout(id: number): void {
    if (this.long.delete(id)) return;
    clearTimeout(id as unknown as ReturnType<typeof setTimeout>);
    this.timers.delete(id as unknown as ReturnType<typeof setTimeout>);
  }
  runLongTimers(): number {
    const due = [...this.long];
    this.long.clear();
    for (const [, fn] of due) fn();
    return due.length;
  }
  onLocationChange(cb: (url: string) => void): void {
    this.navigation.push(cb);
  }
  onInvalidated(cb: () => void): void {
    this.invalidated.push(cb);
  }
  navigate(url: string): void {
    for (const cb of this.navigation) cb(url);
  }
  invalidate(): void {
    this.long.clear();
    for (const cb of this.invalidated) cb();
    for (const id of this.timers) clearTimeout(id);
    this.timers.clear();
  }
}

/**
 * Each test of the file on an English page with a FakeLife of its own, invalidated after the test
 * (the manager removes what it drew), and the page emptied afterwards. Returns the running test's
 * FakeLife (call it in a beforeEach registered after this one, or in the test).
 */
export function usePageLife(): () => FakeLife {
  let life: FakeLife;
  beforeEach(() => {
    life = new FakeLife();
    document.documentElement.lang = 'en-GB';
  });
  afterEach(() => {
    life.invalidate();
    document.body.innerHTML = '';
  });
  return () => life;
}

/**
 * A manager's texts and detail rules when the test's catalog already holds every text and its
 * rules and panel are lib/rules' own (no module to load): spread first into MountManager's options,
 * so that a test's own localeTexts or detailRules win.
 */
export const allPresent: { localeTexts: LocaleTexts; detailRules: DetailRules } = {
  localeTexts: { has: () => true, failed: () => false, ensure: () => Promise.resolve(true) },
  detailRules: { loaded: () => true, wanted: () => false, panel: () => null, marker: () => null, failed: () => false, load: () => Promise.resolve(true) },
};

/**
 * allPresent's detail rules with the loaded module's panel and marker makers (what a page has once
 * the module is in): a test's own panel (createDetailPanel, or one made to fail) and marker.
 */
export function moduleRules(made: { panel?: PanelFactory; marker?: () => Annotation }): DetailRules {
  return { ...allPresent.detailRules, panel: () => made.panel ?? null, marker: () => made.marker ?? null };
}
