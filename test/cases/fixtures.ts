// Shared test data for lib/cases: cases, readings and a rules stand-in whose deadlines are the
// portal's own dates, so the planners' tests do not depend on the rule tables.
import { vi } from 'vitest';
import { createMessageHandler } from '../../lib/cases/handle';
import type { CaseRules } from '../../lib/cases/rules-link';
import type { SenderLike } from '../../lib/cases/sender';
import { openCaseStore } from '../../lib/cases/store';
import type { CasesObserved } from '../../lib/cases/messages';
import { caseKey, type TrackedCase } from '../../lib/cases/schema';
import type { Locale } from '../../lib/i18n';
import { statusInfo } from '../../lib/rules/statuses';
import type { Deadline, DisputeStatus } from '../../lib/rules/types';

export const HOUR = 3_600_000;
export const NOW = new Date('2026-03-10T12:00:00.000Z');

export function at(hoursFromNow: number, now: Date = NOW): string {
  return new Date(now.getTime() + hoursFromNow * HOUR).toISOString();
}

/** statusInfo from lib/rules; deadlines: the portal's dueBy only. */
export const portalOnlyRules: CaseRules = {
  statusInfo,
  assessDispute(facts) {
    const info = statusInfo(facts.status);
    const next: Deadline | null =
      facts.dueBy && info.phase !== 'closed'
        ? { kind: info.phase === 'enquiry' ? 'escalation' : 'response', at: facts.dueBy, source: 'portal', ruleId: 'portal' }
        : null;
    return { phase: info.phase, actionRequired: info.actionRequired, deadlines: next ? [next] : [], next };
  },
};

export function trackedCase(
  id: string,
  status: DisputeStatus,
  dueInHours: number | null,
  extra: Partial<TrackedCase> = {},
): TrackedCase {
  const storeId = 'S1';
  return {
    key: caseKey(storeId, id),
    facts: {
      id,
      provider: 'card',
      status,
      createdAt: at(-24 * 5),
      amount: { amountMinor: 12_500, currency: 'EUR' },
      storeId,
      ...(dueInHours === null ? {} : { dueBy: at(dueInHours) }),
    },
    merchant: { ticks: {} },
    manual: false,
    firstSeenAt: at(-24 * 5),
    lastSeenAt: at(-1),
    ...extra,
  };
}

export function reading(disputes: CasesObserved['disputes'], extra: Partial<CasesObserved> = {}): CasesObserved {
  return {
    type: 'cases:observed',
    pageUrl: 'https://portal.kustom.co/disputes',
    page: 'dispute_list',
    storeId: 'S1',
    locale: 'en-GB',
    observedAt: NOW.toISOString(),
    disputes,
    ...extra,
  };
}

/** The extension's id and origin, and senders of our popup and of a portal tab (message handler tests). */
/** A merchant's settings in `locale` with every field chosen, none the default (tests break some of them). */
export const chosenSettings = (locale: Locale) => ({
  timeZone: 'America/New_York',
  language: locale,
  criticalHours: 12,
  soonHours: 48,
  notifications: { enabled: false, hoursBefore: [48, 4] },
  retentionDays: 30,
  hosts: { production: true, playground: false },
});

export const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';
export const EXTENSION_ORIGIN = `chrome-extension://${EXTENSION_ID}/`;
export const popupSender: SenderLike = { id: EXTENSION_ID, url: `${EXTENSION_ORIGIN}popup.html` };
export const portalTabSender: SenderLike = { id: EXTENSION_ID, url: 'https://portal.kustom.co/disputes', tab: { url: 'https://portal.kustom.co/disputes' } };

/** A fresh store at NOW (portal rules only) behind the message handler, with its afterChange hook watched. */
export function handlerSetup() {
  const store = openCaseStore({ rules: portalOnlyRules, now: () => NOW });
  const afterChange = vi.fn(async () => undefined);
  const handle = createMessageHandler({ store, runtimeId: EXTENSION_ID, extensionOrigin: EXTENSION_ORIGIN, afterChange });
  return { store, handle, afterChange };
}
