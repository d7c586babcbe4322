// The real lib/rules behind the CaseRules interface (what the background passes to the store and
// the planners).
import { statusInfo } from '../rules/statuses';
import type { Deadline } from '../rules/types';
import type { CaseRules } from './rules-link';

// INTERIM until lib/rules exports assessDispute: the portal's own deadline (dueBy) only, which
// is what the rules give too whenever the portal shows one ("a deadline the portal shows wins").
export const caseRules: CaseRules = {
  statusInfo,
  assessDispute(facts) {
    const info = statusInfo(facts.status);
    const next: Deadline | null =
      facts.dueBy && info.phase !== 'closed'
        ? { kind: info.phase === 'enquiry' ? 'escalation' : 'response', at: facts.dueBy, source: 'portal', ruleId: 'portal.due_by' }
        : null;
    return { phase: info.phase, actionRequired: info.actionRequired, deadlines: next ? [next] : [], next };
  },
};
