// What every in-page annotation implements. The mount manager calls `update` after each reading
// (and each minute for the countdowns) and `clear` when the content script goes away; each
// annotation keeps its own hosts keyed by dispute and must leave no duplicates behind.
import type { MerchantPatch } from '../../lib/cases/messages';
import type { RuleTexts } from '../../components/rule-texts';
import type { ViewContext } from '../../components/view-model';
import type { Host } from './hosts';
import type { AnchoredView, PortalReading } from './page-model';

export interface PageModel {
  doc: Document;
  url: string;
  reading: PortalReading;
  views: AnchoredView[];
  vc: ViewContext;
}

export interface AnnotationEnv {
  texts: RuleTexts;
  /** the merchant changed a fact, a tick or the goods type of one dispute */
  onMerchantChange: (view: AnchoredView, patch: MerchantPatch) => void;
  /** the last failed save for a dispute, in words; null when saved */
  saveError: (key: string) => string | null;
  /** the page-problem marker was dismissed for this URL */
  dismissMarker: (url: string) => void;
  markerDismissed: (url: string) => boolean;
  /** a render failed: report once, keep the page working */
  report: (where: string, error: unknown) => void;
}

export interface Annotation {
  name: string;
  /** may throw: the manager calls each annotation's update guarded, reports under `name`, and goes on with the next */
  update(model: PageModel, env: AnnotationEnv): void;
  clear(): void;
  /** the hosts it owns now, for the stray-host sweep and the unchanged-page check */
  hosts(): Host[];
}
