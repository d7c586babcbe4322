// The toolbar badge and the popup's groups, with the real lib/rules: a case the popup lists as a
// response to give (Overdue, within 24 h, this week, later) is counted by the badge whatever its
// deadline, as a chargeback is; an enquiry watched for its escalation is counted once that is near.
import { describe, expect, it } from 'vitest';
import { planBadge } from '../../lib/cases/badge';
import { assessCases } from '../../lib/cases/group';
import { assessForList } from '../../lib/cases/list-assessment';
import { caseRules } from '../../lib/cases/rules-real';
import { DEFAULT_SETTINGS, type TrackedCase } from '../../lib/cases/schema';
import { timeCases } from '../../lib/cases/timing';
import type { DisputeStatus, Provider } from '../../lib/rules/types';
import { at, NOW, trackedCase } from './fixtures';

const ZONE = 'Europe/Stockholm';

function dispute(provider: Provider, status: DisputeStatus, reason: string, createdHours: number, dueInHours: number | null): TrackedCase {
  return trackedCase('dp_1', status, null, {
    facts: {
      id: 'dp_1',
      provider,
      status,
      reason,
      createdAt: at(createdHours),
      amount: { amountMinor: 4_990, currency: 'EUR' },
      buyerCountry: 'SE',
      ...(dueInHours === null ? {} : { dueBy: at(dueInHours) }),
    },
  });
}

describe('badge and popup agree on what needs the merchant', () => {
  it.each<[string, TrackedCase, string, string, string]>([
    ['a chargeback due in 10 days', dispute('card', 'open', 'fraudulent', -24, 240), 'later', '1', 'neutral'],
    ['a Klarna unauthorized purchase shown as an enquiry, due in 5 days', dispute('klarna', 'warning_needs_response', 'Unauthorized purchase', 0, null), 'dueWeek', '1', 'neutral'],
    ['a card enquiry whose portal "Respond by" is in 10 days', dispute('card', 'warning_needs_response', 'fraudulent', -24, 240), 'later', '1', 'neutral'],
    ['a card enquiry whose portal "Respond by" is in 100 h', dispute('card', 'warning_needs_response', 'fraudulent', -24, 100), 'dueWeek', '1', 'neutral'],
    ['a card enquiry whose portal "Respond by" is in 10 h', dispute('card', 'warning_needs_response', 'fraudulent', -24, 10), 'due24h', '1', 'red'],
    ['a Klarna enquiry escalating in weeks', dispute('klarna', 'warning_needs_response', 'Goods not received', -24, null), 'enquiries', '', 'none'],
    ['a chargeback under review', dispute('card', 'under_review', 'fraudulent', -24, 100), '-', '', 'none'],
  ])('%s', (_name, c, group, text, tone) => {
    const rows = assessCases([c], (facts, goods) => assessForList(facts, { now: NOW, timeZone: ZONE, ...(goods ? { goods } : {}) }));
    expect(rows.map((r) => r.group)).toEqual(group === '-' ? [] : [group]);
    expect(planBadge(timeCases([c], caseRules, NOW, ZONE), NOW, DEFAULT_SETTINGS)).toMatchObject({ text, tone });
  });
});
