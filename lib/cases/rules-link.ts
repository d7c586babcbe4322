// What lib/cases needs from lib/rules, as an interface: the store and the planners receive it, so
// they can be tested with a small fake and run unchanged with the real rules (entrypoints pass
// `caseRules` from ./rules-real.ts).
import type { Assessment, AssessOptions, DisputeFacts, DisputeStatus, Phase } from '../rules/types';

export interface CaseRules {
  statusInfo(status: DisputeStatus): { phase: Phase; actionRequired: boolean };
  assessDispute(
    facts: DisputeFacts,
    opts: AssessOptions,
  ): Pick<Assessment, 'phase' | 'actionRequired' | 'deadlines' | 'next'>;
}
