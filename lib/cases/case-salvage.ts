// A stored case that does not parse only because of a value no deadline is counted from (written by
// an older version: a page URL on a host that is no portal host now, a card network, goods type or
// evidence item it knew; a hand edit) is kept without that value, as stored settings keep every
// field that parses (./settings-salvage.ts); the store sets the stored value aside whole
// (./quarantine.ts), so nothing is lost. Set aside whole, the dispute left the badge, the popup
// and the notifications over a field that decides none of them. A value a deadline, the status or
// the key depends on (dates, status, provider, amount, store, ID) is never dropped: such a case is
// set aside whole, as before.
import { trackedCaseSchema, type TrackedCase } from './schema';
import { isRecord, type Fields } from './settings-salvage';

/** Facts that describe a dispute but decide no deadline, status or key: missing, they are unknown, never wrong. */
const DESCRIPTIVE_FACTS: ReadonlySet<PropertyKey> = new Set(['network', 'networkReasonCode', 'reason', 'orderId', 'merchantReference', 'buyerCountry']);
/** What the merchant entered, field by field (an evidence tick by itself). */
const MERCHANT_FIELDS: ReadonlySet<PropertyKey> = new Set(['buyerCountry', 'goods', 'notes']);

/** Takes the value at `path` out of `c` where it may go; false where it may not. */
function drop(c: Fields, path: readonly PropertyKey[]): boolean {
  const [top, field, item] = path;
  const part = typeof top === 'string' ? c[top] : undefined;
  if (top === 'pageUrl' || top === 'pageKind') {
    delete c.pageUrl;
    delete c.pageKind;
  } else if (top === 'facts' && isRecord(part) && field !== undefined && DESCRIPTIVE_FACTS.has(field)) {
    delete part[field as string];
  } else if (top === 'merchant' && isRecord(part) && field !== undefined && MERCHANT_FIELDS.has(field)) {
    delete part[field as string];
  } else if (top === 'merchant' && isRecord(part) && field === 'ticks' && isRecord(part.ticks) && item !== undefined) {
    delete part.ticks[item as string];
  } else {
    return false;
  }
  return true;
}

/** The case without the values that keep it from parsing, when only such values do; else null. */
export function salvageCase(value: unknown): TrackedCase | null {
  if (!isRecord(value)) return null;
  // (a stored case is JSON: its copy is too)
  const copy = JSON.parse(JSON.stringify(value)) as Fields;
  for (let round = 0; round < 3; round++) {
    const parsed = trackedCaseSchema.safeParse(copy);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) if (!drop(copy, issue.path)) return null;
  }
  return null;
}
