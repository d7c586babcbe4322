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
// Unit tests and every other part of the extension use lib/rules as it is.
import { browser } from 'wxt/browser';
import type { evidenceChecklist as EvidenceChecklist, evidenceTextKey as EvidenceTextKey } from '../../lib/rules/evidence';
import type { adviceFor as AdviceFor, adviceTextKey as AdviceTextKey } from '../../lib/rules/advice';
import type { assessDispute as AssessDispute } from '../../lib/rules/assess';
import type { Assessment, AssessOptions, DisputeFacts } from '../../lib/rules/types';
import type { Locale } from '../../lib/i18n';
import type { Annotation, PanelFactory } from './annotation';

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
 * A detail page's assessment: lib/rules' assessDispute from the module once it is in (the manager
 * waits for it on a detail page); `fallback` (the list's light one) while it is not, or when it
 * cannot be loaded (then there is no panel either, and chips need no more).
 */
export function assessDetail(fallback: (d: DisputeFacts, opts: AssessOptions) => Assessment): (d: DisputeFacts, opts: AssessOptions) => Assessment {
  return (d, opts) => (impl ? impl.assessDispute(d, opts) : fallback(d, opts));
}

export interface DetailRules {
  loaded(): boolean;
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
