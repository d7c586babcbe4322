// What every in-page annotation implements. The mount manager calls `update` after each reading
// (and each minute for the countdowns) and `clear` when the content script goes away; each
// annotation keeps its own hosts keyed by dispute and must leave no duplicates behind.
import type { MerchantInput } from '../../lib/cases/schema';
import type { ViewContext } from '../../components/view-model';
import type { CaseBridge } from './bridge';
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

/**
 * What the detail panel (entrypoints/content/detail-panel.ts, in the module loaded on detail
 * pages) needs of the manager to change a dispute's inputs.
 */
export interface PanelContext {
  /** the merchant's inputs by case key, as the manager assesses with them (changed at once, before the background answers) */
  merchant: Map<string, MerchantInput>;
  /**
   * the case keys with changes the background has not answered yet: the manager's storage watch
   * leaves their inputs alone (a save landing before the next would show that next change undone)
   */
  saving: Set<string>;
  /** assess these disputes again with their inputs and draw them */
  rerender(only: ReadonlySet<string>): void;
  /**
   * the bridge's update: sends a change (checked with zod by the panel first: wire.ts checkUpdate)
   * to the background; absent, the panel sends it itself (bridge.ts sendMerchantUpdate)
   */
  update: CaseBridge['update'];
}

/** Creates the detail panel for a manager (the detail module's createDetailPanel). */
export type PanelFactory = (ctx: PanelContext) => Annotation;
