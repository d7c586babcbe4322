// A portal page that looks like a dispute page but could not be read gets one small marker in a
// corner, with the reader's problems in its tooltip; the merchant can dismiss it for that page.
// The marker itself (createUnreadMarker) is in the module loaded on demand (detail-rules.chunk.ts):
// few pages need it, and every byte of the content script counts against its 40 KB. The content
// script keeps only `needsMarker`, to know when to load it.
import { t } from '../../lib/i18n';
import { NO_TEXT } from '../../lib/portal/no-text';
import { MARKER_CSS } from '../../components/annotation-css';
import { renderUnreadMarker } from '../../components/unread-marker';
import type { Annotation, AnnotationEnv, PageModel } from './annotation';
import { createIsolatedHost, removeHost, setScheme, type Host } from './hosts';

/** A dispute page whose disputes could not be assessed, or one the reader could not classify but that says it is about disputes. */
export function needsMarker(model: PageModel): boolean {
  const { reading } = model;
  // A page that shows nothing yet is one the portal is still drawing, not one we could not read.
  if (reading.problems.length === 0 || reading.problems[0] === NO_TEXT) return false;
  // (or one that shows disputes it could not read beside those it did: a problem of the page, not
  // of one dispute, whose chip says its own, "Dispute DP-1: …")
  if (reading.page !== 'unknown') return model.views.every((v) => v.assessment === null) || reading.problems.some((p) => !p.startsWith('Dispute '));
  // The whole URL: a portal routed by its hash ('/#/disputes/dp_1') says so after the '#'.
  return /disput/i.test(model.url);
}

export function createUnreadMarker(): Annotation {
  let host: Host | null = null;
  let signature = '';

  function clear(): void {
    if (host) removeHost(host);
    host = null;
    signature = '';
  }

  return {
    name: 'unread-marker',
    update(model: PageModel, env: AnnotationEnv) {
      if (!needsMarker(model) || env.markerDismissed(model.url)) {
        clear();
        return;
      }
      const { locale } = model.vc;
      const body = model.doc.body;
      if (!body) return;
      if (host && host.el.parentNode !== body) clear();
      if (!host) {
        host = createIsolatedHost(model.doc, 'marker', 'page', model.vc.scheme, MARKER_CSS);
        body.appendChild(host.el);
      }
      setScheme(host, model.vc.scheme);
      // The reader's problems are diagnostics in English (lib/portal): introduced as such, in the page's language.
      const details = [t(locale, 'content.marker.details'), ...model.reading.problems.slice(0, 10)].join('\n');
      const next = `${locale}|${details}|${model.url}`;
      if (next === signature) return;
      signature = next;
      const url = model.url;
      renderUnreadMarker(host.mount, {
        // (beside chips for the disputes it did read: not all of the page)
        text: t(locale, model.views.some((v) => v.assessment) ? 'content.marker.partial' : 'content.marker.text'),
        details,
        dismiss: t(locale, 'content.marker.dismiss'),
        onDismiss: () => {
          // An event handler is an entry point from the page: nothing may escape it.
          try {
            env.dismissMarker(url);
            clear();
          } catch (error) {
            env.report('unread-marker', error);
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
