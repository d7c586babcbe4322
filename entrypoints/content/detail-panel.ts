// Detail page: the dispute panel, placed just above what the reader read the dispute from, and the
// merchant's changes made in it (goods type, buyer country, ticks, notes). Part of
// content-rules/detail.js (modules/content-rules.ts), loaded on a dispute's detail page only: a
// list page carries neither the panel nor the code that saves its changes. The content script only
// imports types from here; its manager holds a slot for the panel until the module is in.
import { t, type Locale } from '../../lib/i18n';
import type { MerchantPatch } from '../../lib/cases/messages';
import type { MerchantInput } from '../../lib/cases/schema';
import { applyMerchantPatch } from '../../lib/cases/merchant';
import type { Annotation, AnnotationEnv, PageModel, PanelContext } from './annotation';
import { createIsolatedHost, removeHost, setScheme, type Host } from './hosts';
import type { AnchoredView } from './page-model';
import { panelRenderer, type PanelRenderer } from './panel-render';
import { checkUpdate } from './wire';
import { sendMerchantUpdate } from './bridge';
import { ruleTexts, type RuleTexts } from '../../components/rule-texts';

/**
 * Where the panel goes: right before the dispute's element, or before its table when that is a
 * part of one (a table of row headers reads as its tbody): a block among a table's rows would be
 * wrapped into one anonymous cell of its first column, squeezed to the width of the labels.
 */
export function panelPlace(anchor: Element): Element {
  return (/^(t[rdh]|tbody|thead|tfoot|caption)$/.test(anchor.localName) && anchor.closest('table')) || anchor;
}

/** The patch that puts back what `patch` changed, as it was in `before`. */
function undoPatch(before: MerchantInput | undefined, patch: MerchantPatch): MerchantPatch {
  const undo: MerchantPatch = {};
  if (patch.ticks) undo.ticks = Object.fromEntries(Object.keys(patch.ticks).map((id) => [id, before?.ticks[id] === true]));
  if (patch.buyerCountry !== undefined) undo.buyerCountry = before?.buyerCountry ?? null;
  if (patch.goods !== undefined) undo.goods = before?.goods ?? null;
  if (patch.notes !== undefined) undo.notes = before?.notes ?? null;
  return undo;
}

/** `draw` and `texts` (the checklist's and advice's words): the module's own; tests may hand in others. */
export function createDetailPanel(ctx: PanelContext, draw: PanelRenderer = panelRenderer, texts: RuleTexts = ruleTexts): Annotation {
  let host: Host | null = null;
  let locale: Locale = 'en';
  /** the last failed save per dispute, in words (cleared by the next change) */
  const saveErrors = new Map<string, string>();
  /**
   * Per dispute with changes the background has not answered yet: how many, and its inputs as last
   * known stored (before the first of them, or as the last saved one's reply brought them).
   */
  const unanswered = new Map<string, { count: number; stored: MerchantInput | undefined }>();

  function clear(): void {
    if (host) removeHost(host);
    host = null;
  }

  /**
   * Shown at once (the manager assesses with the changed inputs), then sent; a save the background
   * refuses takes the change back and says so in the panel. With later changes still unanswered
   * only this one's fields are taken back; the last answer puts back what is stored.
   */
  function change(view: AnchoredView, patch: MerchantPatch, env: AnnotationEnv): void {
    const { key } = view;
    const before = ctx.merchant.get(key);
    const pending = unanswered.get(key) ?? { count: 0, stored: before };
    pending.count += 1;
    unanswered.set(key, pending);
    ctx.saving.add(key);
    // (the background applies the same function: the optimistic view is what it will store)
    ctx.merchant.set(key, applyMerchantPatch(before ?? { ticks: {} }, patch));
    saveErrors.delete(key);
    const only = new Set([key]);
    ctx.rerender(only);
    const shownIn = locale;
    // Checked here, where the message is made (zod, the contract's schema): the content script
    // itself carries no schema of it, since only this module sends one.
    const message = checkUpdate({ type: 'case:merchant-update', storeId: view.storeId, disputeId: view.facts.id, patch });
    (message ? (ctx.update ?? sendMerchantUpdate)(message) : Promise.resolve({ problem: 'not a valid change' }))
      .then((result) => {
        pending.count -= 1;
        if (pending.count === 0) {
          unanswered.delete(key);
          ctx.saving.delete(key);
        }
        if ('merchant' in result) {
          pending.stored = result.merchant;
          // (with later changes still unanswered, the inputs shown have them: the last answer brings all)
          if (pending.count === 0) ctx.merchant.set(key, result.merchant);
        } else {
          if (pending.count > 0) ctx.merchant.set(key, applyMerchantPatch(ctx.merchant.get(key) ?? { ticks: {} }, undoPatch(before, patch)));
          else if (pending.stored) ctx.merchant.set(key, pending.stored);
          else ctx.merchant.delete(key);
          saveErrors.set(key, t(shownIn, 'content.panel.saveFailed'));
        }
        ctx.rerender(only);
      })
      .catch((error: unknown) => env.report('update', error));
  }

  return {
    name: 'detail-panel',
    update(model: PageModel, env: AnnotationEnv) {
      const view = model.reading.page === 'dispute_detail' ? model.views[0] : undefined;
      if (!view || !view.anchor.parentNode) {
        clear();
        return;
      }
      locale = model.vc.locale;
      const place = panelPlace(view.anchor);
      if (host && host.key !== view.key) clear();
      if (!host) {
        const created = createIsolatedHost(model.doc, 'panel', view.key, model.vc.scheme, draw.css);
        created.dispose = () => draw.unmount(created.mount);
        place.before(created.el);
        host = created;
      } else if (host.el.nextElementSibling !== place) {
        // The same dispute drawn again elsewhere by the portal: the panel follows it whole, with
        // what the merchant closed and where their focus was (moving a node drops its focus).
        const focused = host.el.shadowRoot?.activeElement as HTMLElement | null | undefined;
        place.before(host.el);
        if (focused && host.el.shadowRoot?.activeElement !== focused) focused.focus({ preventScroll: true });
      }
      setScheme(host, model.vc.scheme);
      draw.render(host.mount, {
        view,
        vc: model.vc,
        texts,
        saveError: saveErrors.get(view.key) ?? null,
        onChange: (patch) => {
          try {
            change(view, patch, env);
          } catch (error) {
            env.report('input', error);
          }
        },
      });
    },
    clear,
    hosts() {
      return host ? [host] : [];
    },
  };
}
