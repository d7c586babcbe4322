// Detail page: the dispute panel, placed just above what the reader read the dispute from. The
// panel's Preact code comes with the detail rules (entrypoints/content/detail-rules.ts): until it
// is there, no panel (the manager waits for it on a detail page).
import type { Annotation, AnnotationEnv, PageModel } from './annotation';
import { createHost, removeHost, setScheme, type Host } from './hosts';
import type { PanelRenderer } from './panel-render';

export function createDetailPanel(renderer: () => PanelRenderer | null): Annotation {
  let host: Host | null = null;
  let anchor: Element | null = null;

  function clear(): void {
    if (host) removeHost(host);
    host = null;
    anchor = null;
  }

  return {
    name: 'detail-panel',
    update(model: PageModel, env: AnnotationEnv) {
      const view = model.reading.page === 'dispute_detail' ? model.views[0] : undefined;
      const draw = renderer();
      if (!view || !view.anchor.parentNode || !draw) {
        clear();
        return;
      }
      if (host && (host.key !== view.key || anchor !== view.anchor || host.el.nextElementSibling !== view.anchor)) clear();
      if (!host) {
        const created = createHost(model.doc, 'panel', view.key, model.vc.scheme, draw.css);
        created.dispose = () => draw.unmount(created.mount);
        view.anchor.before(created.el);
        host = created;
        anchor = view.anchor;
      }
      setScheme(host, model.vc.scheme);
      draw.render(host.mount, {
        view,
        vc: model.vc,
        texts: env.texts,
        saveError: env.saveError(view.key),
        onChange: (patch) => env.onMerchantChange(view, patch),
      });
    },
    clear,
    hosts() {
      return host ? [host] : [];
    },
  };
}
