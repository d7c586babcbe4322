// The real lib/rules behind the CaseRules interface (what the background passes to the store and
// the planners).
import { assessDispute, statusInfo } from '../rules';
import type { CaseRules } from './rules-link';

export const caseRules: CaseRules = { statusInfo, assessDispute };
