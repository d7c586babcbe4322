// Fake cases and a fake assessment for the popup's unit tests: the popup's grouping must not depend
// on the rules' numbers, only on the assessment it is given.
import { vi } from 'vitest';
import type { PopupViewProps } from '../../components/popup/PopupView';
import type { AssessFn, CaseAssessment } from '../../lib/cases/group';
import { DEFAULT_SETTINGS, type TrackedCase } from '../../lib/cases/schema';
import type { DisputeFacts, DisputeStatus } from '../../lib/rules/types';

export const NOW = new Date('2026-03-10T12:00:00Z');
/** The zone and extension version the first-frame tests build their due indexes for. */
export const ZONE = 'Europe/Stockholm';
export const BUILD = '9.9.9';
const HOUR = 3_600_000;

export function makeCase(
  id: string,
  opts: { store?: string | null; hoursLeft?: number | null; status?: DisputeStatus; orderId?: string; ref?: string; manual?: boolean; incomplete?: boolean; pageUrl?: string } = {},
): TrackedCase {
  const store = opts.store === undefined ? 'M-1' : opts.store;
  const facts: Partial<DisputeFacts> & { id: string } = { id };
  if (!opts.incomplete) {
    Object.assign(facts, {
      provider: 'klarna',
      status: opts.status ?? 'open',
      createdAt: '2026-03-01T09:00:00.000Z',
      amount: { amountMinor: 4990, currency: 'EUR' },
      buyerCountry: 'DE',
    });
  }
  if (store) facts.storeId = store;
  if (opts.hoursLeft !== undefined && opts.hoursLeft !== null) facts.dueBy = new Date(NOW.getTime() + opts.hoursLeft * HOUR).toISOString();
  if (opts.orderId) facts.orderId = opts.orderId;
  if (opts.ref) facts.merchantReference = opts.ref;
  return {
    key: `${store ?? '-'}|${id}`,
    facts,
    merchant: { ticks: {} },
    manual: opts.manual ?? false,
    firstSeenAt: '2026-03-01T10:00:00.000Z',
    lastSeenAt: '2026-03-09T10:00:00.000Z',
    ...(opts.pageUrl ? { pageUrl: opts.pageUrl } : {}),
  };
}

/** A stand-in for assessDispute: the portal deadline (dueBy) is the next deadline. */
export const fakeAssess: AssessFn = (facts) => {
  const phase = facts.status.startsWith('warning_') ? (facts.status === 'warning_closed' ? 'closed' : 'enquiry') : ['won', 'lost'].includes(facts.status) ? 'closed' : 'chargeback';
  const actionRequired = facts.status === 'open' || facts.status === 'warning_needs_response';
  const next = facts.dueBy
    ? { kind: phase === 'enquiry' ? ('escalation' as const) : ('response' as const), at: facts.dueBy, source: 'portal' as const, ruleId: 'portal' }
    : null;
  const msLeft = next ? Date.parse(next.at) - NOW.getTime() : null;
  const a: CaseAssessment = {
    phase,
    actionRequired,
    next,
    deadlines: next ? [next] : [],
    msLeft,
    urgency: msLeft === null ? 'none' : msLeft < 0 ? 'overdue' : msLeft < 24 * HOUR ? 'critical' : msLeft < 72 * HOUR ? 'soon' : 'ok',
    fee: { fee: { amountMinor: 1500, currency: 'EUR' }, charged: 'if_lost', refundedIfWon: false, ruleId: 'fee.test' },
  };
  return a;
};

/**
 * PopupView's props for the popup's tests: no cases, English, Stockholm time at NOW, fakeAssess, and
 * a spy for every handler (a case removed when asked); `over` replaces any of them.
 */
export function viewProps(over: Partial<PopupViewProps> = {}): PopupViewProps {
  return {
    cases: [],
    quarantined: 0,
    loadError: null,
    settings: DEFAULT_SETTINGS,
    locale: 'en',
    timeZone: 'Europe/Stockholm',
    now: NOW.getTime(),
    assess: fakeAssess,
    onOpen: vi.fn(),
    onAddManual: vi.fn(async () => null),
    onRemove: vi.fn(async () => ({ ok: true as const, removed: true })),
    onSettings: vi.fn(),
    onOpenPortal: vi.fn(),
    onDownload: vi.fn(),
    ...over,
  };
}
