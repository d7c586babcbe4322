// The evidence checklists, the advice and the detail panel (Preact and its components) in the
// content script: loaded when a dispute's detail page needs them, not with every portal page. The
// rules are half of lib/rules by size (their tables above all), and a list page shows none of it:
// its chips need deadlines, urgency and fees only.
//
// In the content script's build only, modules/content-rules.ts puts this module in place of
// lib/rules/evidence.ts and lib/rules/advice.ts, and builds those two (unchanged) with the panel
// (./panel-render.tsx) into content-rules/detail.js, a module of the extension itself
// (web-accessible to the portal hosts only) that `load` imports. Until it is loaded, assessments
// carry no checklist and no advice, and there is no panel. The module's texts are the content
// script's own catalog object (shared on load), so a language loaded later reaches both.
// The page reader's rarer layouts go the same way (lib/portal/labelled-twice.ts, row-above.ts,
// zone-names.ts, in place of which this module stands for lib/portal): a page that shows one is
// read again once the module is in (`wanted`).
// Unit tests and every other part of the extension use lib/rules and lib/portal as they are.
import { browser } from 'wxt/browser';
import type { evidenceChecklist as EvidenceChecklist, evidenceTextKey as EvidenceTextKey } from '../../lib/rules/evidence';
import type { adviceFor as AdviceFor, adviceTextKey as AdviceTextKey } from '../../lib/rules/advice';
import type { assessDispute as AssessDispute } from '../../lib/rules/assess';
import type { Assessment, AssessOptions, DisputeFacts } from '../../lib/rules/types';
import type { Locale } from '../../lib/i18n';
import type { Annotation, PanelFactory } from './annotation';
import type { ownLabel as OwnLabel } from '../../lib/portal/labelled-twice';
import { ROW, type rowAbove as RowAbove } from '../../lib/portal/row-above';
import type * as ZoneNames from '../../lib/portal/zone-names';

export interface DetailRulesModule {
  evidenceChecklist: typeof EvidenceChecklist;
  evidenceTextKey: typeof EvidenceTextKey;
  adviceFor: typeof AdviceFor;
  adviceTextKey: typeof AdviceTextKey;
  /** lib/rules' full assessment (exposure, timeline, checklist, advice), which only the panel shows */
  assessDispute: typeof AssessDispute;
  /** the detail panel and the saving of the merchant's changes in it (./detail-panel.ts) */
  createDetailPanel: PanelFactory;
  /** the marker on a page that could not be read (./unread-marker.ts) */
  createUnreadMarker: () => Annotation;
  /** lib/portal's choice between two labels of one field of a dispute (lib/portal/labelled-twice.ts) */
  ownLabel: typeof OwnLabel;
  /** lib/portal's dispute of a labelled value in a row outside every dispute (lib/portal/row-above.ts) */
  rowAbove: typeof RowAbove;
  /** lib/portal's tables of zone names, for dates that name a zone (lib/portal/zone-names.ts) */
  isZoneName: typeof ZoneNames.isZoneName;
  standardZone: typeof ZoneNames.standardZone;
  zoneAt: typeof ZoneNames.zoneAt;
  zoneNamed: typeof ZoneNames.zoneNamed;
  /** makes the module's texts the content script's catalog (entrypoints/content/catalog.ts) */
  shareCatalog(catalog: Record<Locale, Record<string, string>>): void;
}

/** Where modules/content-rules.ts writes the module (keep in step). */
export const DETAIL_RULES_PATH = '/content-rules/detail.js';

const NONE: readonly never[] = Object.freeze([]);
let impl: DetailRulesModule | null = null;

/** The module's functions, once loaded (also for tests). */
export function setDetailRules(module: DetailRulesModule | null): void {
  impl = module;
}

// The names lib/rules/assess.ts and lib/rules/index.ts import from evidence.ts and advice.ts.
export const evidenceChecklist: typeof EvidenceChecklist = (...args) => (impl ? impl.evidenceChecklist(...args) : NONE);
export const adviceFor: typeof AdviceFor = (ctx) => (impl ? impl.adviceFor(ctx) : NONE);
// Re-exported by lib/rules/index.ts; nothing in the content script calls them before the module is in.
export const evidenceTextKey: typeof EvidenceTextKey = (id, part) => (impl ? impl.evidenceTextKey(id, part) : '');
export const adviceTextKey: typeof AdviceTextKey = (id) => (impl ? impl.adviceTextKey(id) : '');

/**
 * Whether a reading met what the page reader leaves to the module (below: a dispute's field
 * labelled twice, a labelled value in a row outside every dispute, a date naming a zone): its page
 * is read again once the module is in. All are rare; no page of the sandbox's meets one but its
 * detail page's store labelled twice, and a detail page loads the module anyway.
 */
let wanted = false;

/**
 * lib/portal/labelled-twice.ts in the content script's build (modules/content-rules.ts puts this
 * module in place of it for lib/portal): the module's answer once it is in; until then the first
 * label's value stands, as in a page's reading without the module, and the page is read again
 * once it is (the manager, `wanted`). Not where the value read first had no label (a column's):
 * the module's answer is that one's too, nothing to wait for.
 */
export const ownLabel: typeof OwnLabel = (...args) => (impl ? impl.ownLabel(...args) : ((wanted ||= !!args[1].label), false));

/**
 * lib/portal/row-above.ts in the content script's build, alike: until the module is in, no row's
 * (the label is the page's), and the page is read again once it is, where the label is in a row.
 */
export const rowAbove: typeof RowAbove = (...args) => (impl ? impl.rowAbove(...args) : ((wanted ||= !!args[0].box.closest(ROW)), undefined));

/**
 * lib/portal/zone-names.ts in the content script's build: the module's tables once it is in. Until
 * then a date that names a zone cannot be read, and no reading of it may be kept (date.ts and
 * facts.ts keep each date's and row's): the page's reading stops here, said (lib/portal
 * readPortalPage), and the page is read again once the module is in. The portal's own dates name none.
 */
function zoneNames(): DetailRulesModule {
  if (impl) return impl;
  wanted = true;
  throw new Error('zone names: loading');
}
export const isZoneName: typeof ZoneNames.isZoneName = (name) => zoneNames().isZoneName(name);
export const standardZone: typeof ZoneNames.standardZone = (name) => zoneNames().standardZone(name);
export const zoneAt: typeof ZoneNames.zoneAt = (...args) => zoneNames().zoneAt(...args);
export const zoneNamed: typeof ZoneNames.zoneNamed = (...args) => zoneNames().zoneNamed(...args);
export { LONG_NAME } from '../../lib/portal/zone-names';

/**
 * A detail page's assessment: lib/rules' assessDispute from the module once it is in (the manager
 * waits for it on a detail page); `fallback` (the list's light one) while it is not, or when it
 * cannot be loaded (then there is no panel either, and chips need no more).
 */
export function assessDetail(fallback: (d: DisputeFacts, opts: AssessOptions) => Assessment): (d: DisputeFacts, opts: AssessOptions) => Assessment {
  return (d, opts) => (impl ? impl.assessDispute(d, opts) : fallback(d, opts));
}

export interface DetailRules {
  loaded(): boolean;
  /** whether a reading met what only the module reads (`ownLabel`, `rowAbove`, the zone names below) */
  wanted(): boolean;
  /** the detail panel's maker, once loaded */
  panel(): PanelFactory | null;
  /** the unread marker's maker, once loaded */
  marker(): (() => Annotation) | null;
  failed(): boolean;
  /** resolves true once loaded; false when it cannot be (the panel then shows no checklist) */
  load(): Promise<boolean>;
}

export function createDetailRules(
  importModule: () => Promise<DetailRulesModule>,
  catalog: Record<Locale, Record<string, string>>,
): DetailRules {
  let failed = false;
  let pending: Promise<boolean> | null = null;
  return {
    loaded: () => impl !== null,
    wanted: () => wanted,
    panel: () => impl?.createDetailPanel ?? null,
    marker: () => impl?.createUnreadMarker ?? null,
    failed: () => failed,
    load() {
      if (impl) return Promise.resolve(true);
      if (failed) return Promise.resolve(false);
      pending ??= importModule()
        .then((module) => {
          // not the rules module: as an import that fails
          if (
            typeof module?.evidenceChecklist !== 'function' ||
            typeof module.adviceFor !== 'function' ||
            typeof module.assessDispute !== 'function' ||
            typeof module.createDetailPanel !== 'function'
          ) {
            return false;
          }
          module.shareCatalog(catalog);
          setDetailRules(module);
          return true;
        })
        .catch(() => false)
        .then((ok) => {
          if (!ok) failed = true;
          pending = null;
          return ok;
        });
      return pending;
    },
  };
}

/** The extension's own module, by its extension URL (never the network). */
export const importDetailRules = (): Promise<DetailRulesModule> =>
  import(/* @vite-ignore */ (browser.runtime.getURL as (path: string) => string)(DETAIL_RULES_PATH));
