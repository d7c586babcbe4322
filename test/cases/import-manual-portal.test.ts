// An import that holds, for a dispute stored here, the other kind of case: one read from the portal
// where this browser has it only as typed into "Add a case" (from an e-mail), or the other way round.
// The portal's facts win, as they do when the portal's page is read (lib/cases/merge: a case added by
// hand that the portal shows becomes a portal case), whichever of the two was seen last: a deadline
// the portal shows always wins (README). What only the hand-typed case knows is kept.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openCaseStore } from '../../lib/cases/store';
import { EXPORT_FORMAT } from '../../lib/cases/transfer';
import type { TrackedCase } from '../../lib/cases/schema';
import { at, NOW, portalOnlyRules, trackedCase } from './fixtures';

const open = () => openCaseStore({ rules: portalOnlyRules, now: () => NOW });
const file = (cases: TrackedCase[]) => JSON.stringify({ format: EXPORT_FORMAT, version: 3, exportedAt: NOW.toISOString(), cases, quarantine: [] });

/** dp_1 as the portal's page shows it: respond within 30 h, €125.00, read `seen` hours from NOW. */
function fromPortal(seen: number): TrackedCase {
  return trackedCase('dp_1', 'open', 30, { lastSeenAt: at(seen), pageUrl: 'https://portal.kustom.co/disputes/dp_1', pageKind: 'dispute_detail' });
}

/** dp_1 as typed from an e-mail: another deadline and amount, a reason the page did not show, the merchant's notes. */
function byHand(seen: number): TrackedCase {
  const c = trackedCase('dp_1', 'open', 80, { manual: true, lastSeenAt: at(seen), firstSeenAt: at(seen), merchant: { ticks: { 'pod.tracking': true }, notes: 'from the e-mail' } });
  return { ...c, facts: { ...c.facts, amount: { amountMinor: 9_900, currency: 'EUR' }, reason: 'Fraudulent' } };
}

describe('import: a case read from the portal and one added by hand for the same dispute', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it.each([
    ['portal here, added by hand there (later)', fromPortal(-5), byHand(-1)],
    ['portal here, added by hand there (earlier)', fromPortal(-1), byHand(-5)],
    ['added by hand here (later), portal there', byHand(-1), fromPortal(-5)],
    ['added by hand here (earlier), portal there', byHand(-5), fromPortal(-1)],
  ])('%s: the portal\'s deadline and amount, a portal case, nothing the merchant typed lost', async (_name, here, there) => {
    const store = open();
    await fakeBrowser.storage.local.set({ cases: JSON.stringify({ [here.key]: here }), cases$: { v: 3 } });
    expect(await store.importJson(file([there]))).toEqual({ ok: true, report: { added: 0, merged: 1, skipped: [] } });
    const { cases } = await store.list();
    expect(cases).toHaveLength(1);
    expect(cases[0]).toMatchObject({
      key: 'S1|dp_1',
      manual: false,
      facts: { id: 'dp_1', dueBy: at(30), amount: { amountMinor: 12_500, currency: 'EUR' }, reason: 'Fraudulent' },
      merchant: { ticks: { 'pod.tracking': true }, notes: 'from the e-mail' },
      pageUrl: 'https://portal.kustom.co/disputes/dp_1',
    });
  });
});
