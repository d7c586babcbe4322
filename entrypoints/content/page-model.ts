// From what the reader saw and what the merchant entered to what the annotations show: facts are
// completed with the merchant's inputs (the page wins where it shows a fact), checked with zod, and
// assessed by lib/rules. Nothing here touches the DOM beyond the anchors the reader returned.
import type { MerchantInput } from '../../lib/cases/schema';
import { caseKey } from '../../lib/cases/schema';
import { checkFacts } from './wire';
import type { Assessment, AssessOptions, DisputeFacts } from '../../lib/rules/types';
import type { DisputeView } from '../../components/view-model';

import type { PortalReading as FullReading, ReadDispute } from '../../lib/portal/types';

export type { ReadDispute };
/** What the annotations use of a reading: the architecture's contract fields (lib/portal adds more). */
export type PortalReading = Pick<FullReading, 'page' | 'storeId' | 'locale' | 'disputes' | 'problems'>;

export type Assess = (facts: DisputeFacts, opts: AssessOptions) => Assessment;

export interface AnchoredView extends DisputeView {
  anchor: Element;
  /** a list row's ID cell (ReadDispute.cell), where its chip goes */
  cell?: Element;
}

export interface AssessContext {
  now: number;
  timeZone: string;
  thresholds: AssessOptions['thresholds'];
  merchant: ReadonlyMap<string, MerchantInput>;
  assess: Assess;
}

export function disputeKey(reading: PortalReading, d: ReadDispute): string {
  return caseKey(d.facts.storeId ?? reading.storeId, d.facts.id);
}

/** One view per dispute on the page; a dispute that cannot be assessed gets `missing` instead. */
export function buildViews(reading: PortalReading, ac: AssessContext): AnchoredView[] {
  return reading.disputes.map((d) => buildView(reading, d, ac));
}

export function buildView(reading: PortalReading, d: ReadDispute, ac: AssessContext): AnchoredView {
  const storeId = d.facts.storeId ?? reading.storeId;
  const key = caseKey(storeId, d.facts.id);
  const merchant = ac.merchant.get(key) ?? null;
  const merged = { ...d.facts };
  if (!merged.buyerCountry && merchant?.buyerCountry) merged.buyerCountry = merchant.buyerCountry;
  const parsed = checkFacts(merged);
  let assessment: Assessment | null = null;
  // (facts that do not pass: the fields that did not, and no assessment)
  let missing = parsed.ok ? [] : parsed.fields;
  if (parsed.ok) {
    try {
      // (no goods or thresholds: undefined, which the rules read as none given)
      assessment = ac.assess(parsed.facts, { now: new Date(ac.now), timeZone: ac.timeZone, goods: merchant?.goods, thresholds: ac.thresholds });
    } catch {
      // A rule that throws on odd facts must not take the page down: the chip says it could not assess.
      missing = ['rules'];
    }
  }
  return { key, storeId, facts: d.facts, assessment, missing, merchant, anchor: d.anchor, cell: d.cell };
}

/**
 * Re-assess, keeping what was read: at a new instant (the minute ticker), or only the disputes
 * in `only` (the merchant changed something of theirs).
 */
export function reassess(views: AnchoredView[], reading: PortalReading, ac: AssessContext, only?: ReadonlySet<string>): AnchoredView[] {
  const byAnchor = new Map(reading.disputes.map((d) => [d.anchor, d] as const));
  return views.map((v) => {
    if (only && !only.has(v.key)) return v;
    const d = byAnchor.get(v.anchor);
    return d ? buildView(reading, d, ac) : v;
  });
}

/** Inputs that change nothing (no country, no goods, nothing ticked) are the same as none. */
export function sameMerchant(a: MerchantInput | undefined, b: MerchantInput | undefined): boolean {
  // (JSON writes an absent value in an array as null)
  const norm = (m: MerchantInput | undefined) =>
    JSON.stringify([
      m?.buyerCountry,
      m?.goods,
      m?.notes,
      Object.entries(m?.ticks ?? {})
        .filter(([, v]) => v)
        .map(([k]) => k)
        .sort(),
    ]);
  return norm(a) === norm(b);
}
