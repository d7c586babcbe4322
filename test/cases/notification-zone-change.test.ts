// The rules estimate a deadline in the merchant's zone (N calendar days keep the local time of day),
// so the same estimate is an hour apart in two zones whose clocks change on different days. A
// merchant who set another zone in the options (or whose browser moved to another zone) got the
// notification they had already had once more, for the "same" deadline an hour away. An estimate
// that moved by at most an hour is the deadline already notified; a portal date that moves, and an
// estimate that moves further (new facts), are new deadlines and notify again.
import { describe, expect, it } from 'vitest';
import { dueNotifications, recordSent, type SentLog } from '../../lib/cases/notifications';
import { caseRules } from '../../lib/cases/rules-real';
import { DEFAULT_SETTINGS, type TrackedCase } from '../../lib/cases/schema';
import { timeCases } from '../../lib/cases/timing';
import type { DisputeFacts } from '../../lib/rules/types';

const HOUR = 3_600_000;

function cardChargeback(facts: Partial<DisputeFacts> = {}): TrackedCase {
  return {
    key: 'S1|dp_7',
    facts: {
      id: 'dp_7',
      storeId: 'S1',
      provider: 'card',
      status: 'open',
      reason: 'fraudulent',
      network: 'visa',
      // the earliest response, 7 days on: 9 March 10:00 UTC counted in Stockholm, 09:00 UTC in New
      // York (its clocks went forward on 8 March, Stockholm's on 29 March)
      createdAt: '2026-03-02T10:00:00.000Z',
      amount: { amountMinor: 12_500, currency: 'EUR' },
      buyerCountry: 'SE',
      ...facts,
    },
    merchant: { ticks: {} },
    manual: false,
    firstSeenAt: '2026-03-02T10:00:00.000Z',
    lastSeenAt: '2026-03-02T10:00:00.000Z',
  };
}

function notify(c: TrackedCase, zone: string, now: Date, log: SentLog) {
  const plan = dueNotifications(timeCases([c], caseRules, now, zone), log, now, DEFAULT_SETTINGS);
  return { shown: plan.send.map((n) => `${n.deadline.at}#${n.hoursBefore}`), log: recordSent(log, plan, now) };
}

describe('a deadline estimated in another zone is the deadline already notified', () => {
  it.each<[string, string, string]>([
    ['Stockholm, then New York', 'Europe/Stockholm', 'America/New_York'],
    ['New York, then Stockholm', 'America/New_York', 'Europe/Stockholm'],
    ['UTC, then New York', 'UTC', 'America/New_York'],
  ])('%s: the 72 h notification once, the 24 h one once', (_name, first, second) => {
    const c = cardChargeback();
    const now = new Date('2026-03-06T12:00:00Z');
    const before = notify(c, first, now, {});
    expect(before.shown).toHaveLength(1);
    expect(before.shown[0]).toMatch(/#72$/);
    // The zone changes: the estimate moves by an hour, nothing new to say.
    const after = notify(c, second, new Date(now.getTime() + 60_000), before.log);
    expect(after.shown).toEqual([]);
    // The next threshold of the estimate in the new zone still comes, once.
    const deadline = timeCases([c], caseRules, now, second)[0]!.next!.at;
    const at24 = new Date(Date.parse(deadline) - 24 * HOUR);
    const next = notify(c, second, at24, after.log);
    expect(next.shown).toEqual([`${deadline}#24`]);
    expect(notify(c, second, new Date(at24.getTime() + 60_000), next.log).shown).toEqual([]);
  });

  it.each<[string, Partial<DisputeFacts>, number]>([
    ['the portal names its date, an hour before the estimate', { dueBy: '2026-03-09T09:00:00.000Z' }, 1],
    ['the portal names its date, an hour after the estimate', { dueBy: '2026-03-09T11:00:00.000Z' }, 1],
    ['the opening read to the minute, 6 h before the time read first: the estimate moves by 6 h', { createdAt: '2026-03-02T04:00:00.000Z' }, 1],
  ])('%s: a new deadline, notified again', (_name, facts, count) => {
    const now = new Date('2026-03-06T12:00:00Z');
    const before = notify(cardChargeback(), 'Europe/Stockholm', now, {});
    expect(before.shown).toHaveLength(1);
    expect(notify(cardChargeback(facts), 'Europe/Stockholm', new Date(now.getTime() + 60_000), before.log).shown).toHaveLength(count);
  });
});
