// Shadow-root hosts for the annotations. Every host is an element named `dispute-radar-<kind>`
// (a valid custom-element name, so attachShadow is allowed without defining it: content scripts
// have no customElements registry in Chrome) carrying the dispute's key, so that a later run can
// find and replace an older one's elements. Our own are known by identity, not by that name
// (lib/portal/own-hosts.ts OWN_HOSTS, which the manager fills): the page's observer and the reader
// ignore them, and a page's element of the same name is the page's.
import { CHIP_CSS, LINE_CSS } from '../../components/annotation-css';
import type { ColorScheme } from '../../components/format';
import { OWN_HOSTS } from '../../lib/portal/own-hosts';

export type HostKind = 'chip' | 'summary' | 'panel' | 'marker';

/** The hosts' element names' start (`dispute-radar-chip`, …): how a later run finds an older one's (the reader goes by OWN_HOSTS, not by name). */
export const HOST_PREFIX = 'dispute-radar-';
export const HOST_SELECTOR = ['chip', 'summary', 'panel', 'marker'].map((k) => HOST_PREFIX + k).join(',');

export interface Host {
  kind: HostKind;
  key: string;
  el: HTMLElement;
  mount: HTMLElement;
  /** undoes what was drawn into `mount` beyond its nodes (the panel's Preact tree and effects) */
  dispose?: () => void;
}

/** One of this run's hosts (the manager registers each as it draws it: a page's element of the same name is not). */
export function isOurHost(node: Node): boolean {
  return OWN_HOSTS.has(node);
}

const sheets = new WeakMap<Document, Map<string, CSSStyleSheet | null>>();

/** One constructed stylesheet per document and text, shared by its shadow roots (500 chips, one parse). */
function sharedSheet(doc: Document, css: string): CSSStyleSheet | null {
  let byText = sheets.get(doc);
  if (!byText) sheets.set(doc, (byText = new Map()));
  if (byText.has(css)) return byText.get(css) ?? null;
  let sheet: CSSStyleSheet | null = null;
  // Firefox content scripts cannot hand a constructed sheet to a page node (Xray wrappers): use <style>.
  if (!import.meta.env.FIREFOX) {
    try {
      const Ctor = (doc.defaultView as (Window & typeof globalThis) | null)?.CSSStyleSheet ?? CSSStyleSheet;
      sheet = new Ctor();
      sheet.replaceSync(css);
    } catch {
      sheet = null;
    }
  }
  byText.set(css, sheet);
  return sheet;
}

// Events from inside a panel stay inside: the portal's own shortcuts and click handlers must not
// react to typing in our inputs.
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress', 'input', 'change', 'click'];

/** `css`: the host's stylesheet (default: the chips' or the summary line's; the marker and the panel pass their own). */
export function createHost(doc: Document, kind: HostKind, key: string, scheme: ColorScheme, css = kind === 'chip' ? CHIP_CSS : LINE_CSS): Host {
  const el = doc.createElement(HOST_PREFIX + kind);
  el.setAttribute('data-key', key);
  // Chips are styled by their own small sheet; the others' shared sheet tells them apart by kind.
  if (kind !== 'chip') el.setAttribute('data-kind', kind);
  el.setAttribute('data-scheme', scheme);
  const root = el.attachShadow({ mode: 'open' });
  const sheet = sharedSheet(doc, css);
  let adopted = false;
  if (sheet) {
    try {
      root.adoptedStyleSheets = [sheet];
      adopted = true;
    } catch {
      // not adopted: a <style> of its own instead
    }
  }
  if (!adopted) {
    const style = doc.createElement('style');
    style.textContent = css;
    root.appendChild(style);
  }
  // A chip draws into its own element (components/dispute-chip.ts): no wrapper node per chip.
  const mount = doc.createElement(kind === 'chip' ? 'span' : 'div');
  root.appendChild(mount);
  return { kind, key, el, mount };
}

/**
 * A host for controls (the detail panel, the unread marker): as createHost, and its events stay
 * inside. Apart from createHost so that the content script, whose own hosts are the chips and the
 * summary line (the panel and the marker are made in the module loaded on demand), leaves it out.
 */
export function createIsolatedHost(...args: Parameters<typeof createHost>): Host {
  const host = createHost(...args);
  for (const type of ISOLATED_EVENTS) host.el.addEventListener(type, (e) => e.stopPropagation());
  return host;
}

export function setScheme(host: Host, scheme: ColorScheme): void {
  if (host.el.getAttribute('data-scheme') !== scheme) host.el.setAttribute('data-scheme', scheme);
}

export function removeHost(host: Host): void {
  try {
    host.dispose?.();
  } finally {
    host.el.remove();
  }
}

/** Hosts in the document that no live annotation owns (left by an older, invalidated run). */
export function strayHosts(doc: Document, owned: Set<Element>): Element[] {
  return Array.from(doc.querySelectorAll(HOST_SELECTOR)).filter((el) => !owned.has(el));
}
