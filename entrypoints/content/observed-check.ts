// The zod check of what the content script sends the background of a page's reading (the
// cases:observed message, lib/cases/messages), as content-rules/observed.js: a module of the
// extension itself that the bridge loads once, in idle time, before its first sending
// (entrypoints/content/bridge.ts, modules/content-rules.ts). The message's schemas are the
// contract's own; out of the content script they leave its ≤ 40 KB budget 0.3 KB for reading
// (issue 3), and a page's first annotation never waited for them: its sending comes after it.
// Nothing is sent unchecked: where the module cannot be loaded, nothing is sent.
import { casesObservedSchema, type CasesObserved } from '../../lib/cases/messages';
import { partialDisputeFactsSchema } from '../../lib/rules/schema';

/**
 * The message as a whole, each dispute checked once (one pass of zod over 500 rows, not two). Only
 * when something in it fails are the disputes checked one by one: a row that does not pass is left
 * out, so that one odd row does not keep the others from the background.
 */
export function checkObserved(value: CasesObserved): CasesObserved | null {
  const parsed = casesObservedSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const disputes = value.disputes.map(checkObservedDispute).filter((d) => d !== null);
  // Every dispute passes on its own (the envelope is wrong) or none does: nothing worth sending.
  if (disputes.length === 0 || disputes.length === value.disputes.length) return null;
  const again = casesObservedSchema.safeParse({ ...value, disputes });
  return again.success ? again.data : null;
}

export function checkObservedDispute(value: unknown): CasesObserved['disputes'][number] | null {
  const parsed = partialDisputeFactsSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
