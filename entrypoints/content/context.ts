// The content script's context, in place of WXT's own (wxt/utils/content-script-context, which
// wxt.config.ts points here for the content script's build): the part of it this script uses, the
// same steps. WXT's class carries what we never call (setInterval, requestAnimationFrame, block(),
// the isValid and signal getters, a debug logger that is silent in a production build) and a class's
// `this.` before every field: 0.3 KB of the content script's 40 KB gzipped budget (issue 3).
//
// Kept as WXT does it (0.21, test/content/context.test.ts runs the same tests on both):
// - invalidation: the context is invalid once the extension's runtime is gone (an update or an
//   uninstall: browser.runtime.id is undefined), found when a timer fires, or once a newer copy of
//   this script starts in the page (its start event, with the same script name and another id);
//   then every listener added through it is removed and every onInvalidated callback runs;
// - timers: a timeout runs only while the context is valid, an idle callback only while it was not
//   invalidated, and both are cancelled on invalidation;
// - SPA navigation: the first listener of `wxt:locationchange` starts a watcher of the URL (the
//   Navigation API's navigate event where there is one, else a check every second) that sends the
//   event when the URL changes. The event is a plain Event: WXT's carries the new and old URL, which
//   the content script does not read (it reads window.location: the manager).
import { browser } from 'wxt/browser';

/** an event name unique to the extension and this content script (WXT's getUniqueEventName) */
const eventName = (type: string): string => `${browser?.runtime?.id}:${import.meta.env.ENTRYPOINT}:${type}`;

export class ContentScriptContext {
  // (`declare`: the constructor sets each; no class field is written out before it, `name;` each, in
  // the content script)
  /** a callback for when the context is invalidated; returns its removal */
  declare readonly onInvalidated: (cb: () => void) => () => void;
  /** window.setTimeout that runs only while the context is valid, cancelled on invalidation */
  declare readonly setTimeout: (handler: () => void, timeout?: number) => number;
  /** window.requestIdleCallback, cancelled on invalidation */
  declare readonly requestIdleCallback: (callback: IdleRequestCallback, options?: IdleRequestOptions) => number;
  /** target.addEventListener, removed on invalidation; `wxt:…` types are this script's own events */
  declare readonly addEventListener: (target: EventTarget, type: string, handler: (event: Event) => void, options?: AddEventListenerOptions) => void;

  constructor(contentScriptName: string) {
    const controller = new AbortController();
    const signal = controller.signal;
    const id = Math.random().toString(36).slice(2);
    const started = eventName('wxt:content-script-started');
    const locationChange = eventName('wxt:locationchange');
    // (WXT's context aborts with a reason, "Content script context invalidated"; this one with none:
    // its signal is handed to nothing outside it, and inside it the abort only removes listeners and
    // runs the onInvalidated callbacks, none of which reads a reason)
    const invalidate = () => controller.abort();
    const isValid = () => {
      if (browser.runtime?.id == null) invalidate();
      return !signal.aborted;
    };
    const onInvalidated = (cb: () => void) => {
      signal.addEventListener('abort', cb);
      return () => signal.removeEventListener('abort', cb);
    };
    /** a timer whose handler runs only while the context is valid, cleared on invalidation */
    const timer = <T>(start: (run: () => void) => T, clear: (id: T) => void, handler: () => void): T => {
      const t = start(() => {
        if (isValid()) handler();
      });
      onInvalidated(() => clear(t));
      return t;
    };

    let watching = false;
    const watchLocation = () => {
      if (watching) return;
      watching = true;
      let last = new URL(location.href);
      const arrived = (next: URL) => {
        if (next.href === last.href) return;
        window.dispatchEvent(new Event(locationChange));
        last = next;
      };
      const navigation = (globalThis as { navigation?: EventTarget }).navigation;
      if (typeof navigation?.addEventListener === 'function') {
        navigation.addEventListener('navigate', (event) => arrived(new URL((event as Event & { destination: { url: string } }).destination.url)), { signal });
      } else {
        timer((run) => setInterval(run, 1000), clearInterval, () => arrived(new URL(location.href)));
      }
    };

    this.onInvalidated = onInvalidated;
    this.setTimeout = (handler, timeout) => timer((run) => setTimeout(run, timeout), clearTimeout, handler) as unknown as number;
    this.requestIdleCallback = (callback, options) => {
      const t = requestIdleCallback((deadline) => {
        if (!signal.aborted) callback(deadline);
      }, options);
      onInvalidated(() => cancelIdleCallback(t));
      return t;
    };
    this.addEventListener = (target, type, handler, options) => {
      if (type === 'wxt:locationchange' && isValid()) watchLocation();
      target.addEventListener?.(type.startsWith('wxt:') ? eventName(type) : type, handler, { ...options, signal });
    };

    // An older copy of this script in the page (before an update) stops; a newer one stops this.
    const detail = { contentScriptName, messageId: id };
    document.dispatchEvent(new CustomEvent(started, { detail }));
    window.postMessage({ type: started, ...detail }, '*');
    const onStarted = (event: Event) => {
      if (!(event instanceof CustomEvent)) return;
      const other = (event as CustomEvent<Partial<typeof detail> | null>).detail;
      if (other?.contentScriptName === contentScriptName && other?.messageId !== id) invalidate();
    };
    document.addEventListener(started, onStarted);
    onInvalidated(() => document.removeEventListener(started, onStarted));
  }
}
