// Detail page: the dispute panel, placed just above what the reader read the dispute from.
import { render } from 'preact';
import { DisputePanel } from '../../components/dispute-panel';
import type { Annotation, AnnotationEnv, PageModel } from './annotation';
import { createHost, removeHost, setScheme, type Host } from './hosts';

export function createDetailPanel(): Annotation {
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
      try {
        const view = model.reading.page === 'dispute_detail' ? model.views[0] : undefined;
        if (!view || !view.anchor.parentNode) {
          clear();
          return;
        }
        if (host && (host.key !== view.key || anchor !== view.anchor || host.el.nextElementSibling !== view.anchor)) clear();
        if (!host) {
          host = createHost(model.doc, 'panel', view.key, model.vc.scheme);
          view.anchor.before(host.el);
          anchor = view.anchor;
        }
        setScheme(host, model.vc.scheme);
        // Preact diffs the panel itself: inputs keep their focus across the minute re-render.
        render(
          <DisputePanel
            view={view}
            vc={model.vc}
            texts={env.texts}
            saveError={env.saveError(view.key)}
            onChange={(patch) => env.onMerchantChange(view, patch)}
          />,
          host.mount,
        );
      } catch (error) {
        env.report('detail-panel', error);
      }
    },
    clear,
    hosts() {
      return host ? [host] : [];
    },
  };
}
