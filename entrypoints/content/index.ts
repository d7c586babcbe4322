// The content script: wiring only. It runs on the portal hosts, reads each page with lib/portal,
// assesses with lib/rules (a list: assessSchedule; a detail page: assessDispute, loaded with it), and lets the mount manager keep the annotations in the page.
// (The order of these imports is the order of the modules in the built script, whose gzipped size
// it changes by up to 0.4 KB: this one was the smallest of those tried (a search moving one import
// at a time to each other place, again once zod-base had left zod's base out: the order before was
// 0.3 KB larger then; and again once the script was written in ASCII, wxt.config.ts: 21 B less
// than the order before). Each module's own imports are evaluated before it in any order.)
import { assessForList } from './list-assessment';
import { PORTAL_MATCHES } from '../../lib/cases/hosts';
import { preparePortalReader, readPortalPage, releasePortalReader } from '../../lib/portal';
import { assessDetail, createDetailRules, importDetailRules } from './detail-rules';
import { CATALOG } from '../../lib/i18n';
import { extensionBridge } from './bridge';
import { createLocaleTexts, fetchTexts } from './texts';
import { MountManager } from './manager';

export default defineContentScript({
  // the portal hosts: each page of them (lib/cases/hosts, as the manifest's host permissions)
  matches: PORTAL_MATCHES,
  cssInjectionMode: 'ui',
  // (run at document_idle: the browsers' default when the manifest names none)
  main(ctx) {
    try {
      const manager = new MountManager({
        doc: document,
        read: readPortalPage,
        prepare: preparePortalReader,
        // The full assessment comes with the detail rules (a detail page); a list's is the light one.
        assess: assessDetail(assessForList),
        assessList: assessForList,
        bridge: extensionBridge,
        localeTexts: createLocaleTexts(fetchTexts, CATALOG),
        detailRules: createDetailRules(importDetailRules, CATALOG),
        life: {
          setTimeout: (fn, ms) => ctx.setTimeout(fn, ms),
          // requestIdleCallback: Chromium 47+, Firefox 55+
          idle: (fn) => ctx.requestIdleCallback(fn, { timeout: 2000 }),
          clearTimeout: (id) => clearTimeout(id),
          onLocationChange: (cb) => ctx.addEventListener(window, 'wxt:locationchange', cb),
          onInvalidated: (cb) => ctx.onInvalidated(cb),
        },
      });
      manager.start().catch(() => manager.destroy());
      // The reader watches the document too (to read only the rows that changed): not after we go.
      ctx.onInvalidated(() => releasePortalReader(document));
    } catch {
      // Never into the page: without the manager the portal simply shows no annotations.
    }
  },
});
