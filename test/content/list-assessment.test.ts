// @vitest-environment happy-dom
// A list page's chips and summary come from lib/rules' light assessSchedule (the content script
// carries no assessDispute; it comes with the detail rules on a detail page). Same schedule values
// as assessDispute's, so the same chip and summary texts; the detail page gets the full one once
// the detail rules are in, and the list's light one only when they cannot be loaded.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { assessDispute } from '../../lib/rules';
import type { DisputeFacts } from '../../lib/rules/types';
import { DAY, LIST_FACTS_START, listFacts, listThresholds } from '../fixtures/list-facts';
import { assessForList } from '../../entrypoints/content/list-assessment';
import * as chunk from '../../entrypoints/content/detail-rules.chunk';
import { assessDetail, setDetailRules } from '../../entrypoints/content/detail-rules';
import { chipModel, summaryModel, type DisputeView, type ViewContext } from '../../components/view-model';
import { MountManager } from '../../entrypoints/content/manager';
import { FakeBridge, FakeLife, fakeAssess, fakeRead, allPresent } from './fakes';

const facts = listFacts(['dp_x', 'dp_y']);
const thresholds = listThresholds;
const start = LIST_FACTS_START;

const view = (f: DisputeFacts, assessment: DisputeView['assessment']): DisputeView => ({
  key: `M1|${f.id}`,
  storeId: 'M1',
  facts: f,
  assessment,
  missing: [],
  merchant: null,
});

afterEach(() => setDetailRules(null));

describe("a list page's light assessment", () => {
  it('agrees with assessDispute on everything a chip or the summary shows, and gives the same texts', () => {
    fc.assert(
      fc.property(
        fc.array(facts, { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 0, max: 940 * 24 }),
        fc.constantFrom('UTC', 'Europe/Stockholm', 'America/New_York'),
        fc.constantFrom('en', 'de', 'fi'),
        thresholds,
        (list, hour, timeZone, locale, t) => {
          const now = start + hour * 3_600_000;
          const opts = { now: new Date(now), timeZone, ...(t ? { thresholds: t } : {}) };
          const vc: ViewContext = { locale, timeZone, now, scheme: 'light' };
          const light = list.map((f) => view(f, assessForList(f, opts)));
          const full = list.map((f) => view(f, assessDispute(f, opts)));
          light.forEach((v, i) => {
            const a = v.assessment!;
            const b = full[i]!.assessment!;
            const pick = (x: typeof a) => [x.id, x.provider, x.status, x.phase, x.actionRequired, x.statusInfo, x.deadlines, x.next, x.msLeft, x.urgency, x.fee];
            expect(pick(a)).toEqual(pick(b));
            expect(chipModel(v, vc)).toEqual(chipModel(full[i]!, vc));
          });
          expect(summaryModel(light, vc)).toEqual(summaryModel(full, vc));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("a detail page's assessment is assessDispute's once the detail rules are in, the light one before", () => {
    const f: DisputeFacts = {
      id: 'dp_1',
      provider: 'klarna',
      status: 'open',
      createdAt: '2026-03-01T12:00:00.000Z',
      amount: { amountMinor: 1000, currency: 'EUR' },
      buyerCountry: 'SE',
      reason: 'Goods not received',
    };
    const opts = { now: new Date('2026-03-05T12:00:00.000Z'), timeZone: 'Europe/Stockholm' };
    const assess = assessDetail(assessForList);
    expect(assess(f, opts)).toEqual(assessForList(f, opts));
    expect(assess(f, opts).checklist).toEqual([]);
    setDetailRules(chunk);
    const full = assessDispute(f, opts);
    expect(full.checklist.length).toBeGreaterThan(0);
    expect(full.timeline.length).toBeGreaterThan(0);
    expect(assess(f, opts)).toEqual(full);
  });
});

describe('the manager', () => {
  it('assesses a list with the light assessment and a detail page with the full one', async () => {
    const used: string[] = [];
    const life = new FakeLife();
    const due = new Date(Date.now() + 2 * DAY).toISOString();
    document.body.innerHTML = `<main><ul><li data-id="D1" data-due="${due}">D1</li><li data-id="D2" data-due="${due}">D2</li></ul></main>`;
    history.replaceState(null, '', '/disputes');
    const m = new MountManager({
    ...allPresent,
      doc: document,
      read: fakeRead,
      assess: (f, o) => (used.push(`full:${f.id}`), fakeAssess(f, o)),
      assessList: (f, o) => (used.push(`light:${f.id}`), fakeAssess(f, o)),
      bridge: new FakeBridge(),
      life,
      debounceMs: 0,
      settingsTimeoutMs: 100,
    });
    await m.start();
    expect(used).toEqual(['light:D1', 'light:D2']);
    used.length = 0;
    document.body.innerHTML = `<main><article data-id="D1" data-due="${due}">D1</article></main>`;
    await new Promise((r) => setTimeout(r, 30));
    expect(used).toEqual(['full:D1']);
    life.invalidate();
    document.body.innerHTML = '';
  });
});
