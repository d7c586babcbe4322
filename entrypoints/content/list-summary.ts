// List page: one summary line above the list — how many need a response, the next deadline, the
// fees at risk per currency.
import { t } from '../../lib/i18n';
import { renderPageSummary } from '../../components/page-summary';
import { summaryModel } from '../../components/view-model';
import type { Annotation, AnnotationEnv, PageModel } from './annotation';
import { createHost, removeHost, setScheme, type Host } from './hosts';

/** The element holding every dispute of the list: their nearest common ancestor, a whole table for rows. */
export function listContainer(anchors: Element[]): Element | null {
  const first = anchors[0];
  if (!first) return null;
  let container: Element | null = first.parentElement;
  for (const anchor of anchors) {
    while (container && !container.contains(anchor)) container = container.parentElement;
  }
  if (!container) return null;
  const table = container.closest('table');
  return table ?? container;
}

export function createListSummary(): Annotation {
  let host: Host | null = null;
  let placedBefore: Element | null = null;
  let signature = '';

  function clear(): void {
    if (host) removeHost(host);
    host = null;
    placedBefore = null;
    signature = '';
  }

  return {
    name: 'list-summary',
    update(model: PageModel, env: AnnotationEnv) {
      const container = model.reading.page === 'dispute_list' ? listContainer(model.views.map((v) => v.anchor)) : null;
      if (!container || !container.parentNode) {
        clear();
        return;
      }
      if (host && (placedBefore !== container || host.el.nextElementSibling !== container)) clear();
      if (!host) {
        host = createHost(model.doc, 'summary', 'page', model.vc.scheme);
        container.before(host.el);
        placedBefore = container;
      }
      setScheme(host, model.vc.scheme);
      const summary = summaryModel(model.views, model.vc);
      const next = `${summary.label}|${summary.next?.urgency}`;
      if (next !== signature) {
        renderPageSummary(host.mount, summary, t(model.vc.locale, 'app.name'));
        signature = next;
      }
    },
    clear,
    hosts() {
      return host ? [host] : [];
    },
  };
}
