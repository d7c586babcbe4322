// The mount manager: reads the page, assesses each dispute, and keeps the annotations right while
// the portal (a single-page app) navigates and re-renders. It does nothing while the page does not
// change, removes everything when the content script is invalidated, and never lets an exception
// reach the page.
// (The value imports' order is the order of their modules in the built script, chosen for its
// gzipped size as in index.ts.)
import { resolveLocale } from '../../lib/i18n';
import { settingsTimeZone, type MerchantInput } from '../../lib/cases/schema';
import { detectScheme } from './scheme';
import { needsMarker } from './unread-marker';
import { buildViews, reassess, sameMerchant, type AnchoredView, type Assess, type AssessContext, type PortalReading } from './page-model';
import { browserTimeZone, type ColorScheme } from '../../components/format';
import { isOurHost, strayHosts } from './hosts';
import { OWN_HOSTS } from '../../lib/portal/own-hosts';
import { createListChips } from './list-chips';
import { createListSummary } from './list-summary';
import type { ViewContext } from '../../components/view-model';
import type { Annotation, AnnotationEnv, PageModel, PanelContext } from './annotation';
import type { CaseBridge } from './bridge';
import { HIDDEN_BY_STATE, HIDING_ATTRIBUTES, HIDING_STYLE } from '../../lib/portal/dom';
import type { ContentSettings } from './wire';
import { PORTAL_ORIGINS } from '../../lib/cases/hosts';
import { HOUR, MINUTE } from '../../lib/rules/time';
import type { LocaleTexts } from './texts';
import type { DetailRules } from './detail-rules';

export type ReadPage = (doc: Document, url: string, opts: { timeZone: string }) => PortalReading;
/** Does ahead, in idle time, what a first reading learns from Intl (lib/portal preparePortalReader). */
export type PrepareReader = (doc: Document, opts: { timeZone: string }) => void;

/** What the manager needs from the content script's context (WXT's `ctx` in production). */
export interface Lifecycle {
  setTimeout(fn: () => void, ms: number): number;
  /** runs `fn` when the page is idle */
  idle(fn: () => void): void;
  clearTimeout(id: number): void;
  /** the URL changed (the manager reads the new one from the window: WXT may announce it late) */
  onLocationChange(cb: () => void): void;
  onInvalidated(cb: () => void): void;
}

export interface ManagerOptions {
  doc: Document;
  read: ReadPage;
  /** the full assessment (lib/rules assessDispute): a dispute's detail page, whose panel shows all of it */
  assess: Assess;
  /** what a list needs of it (lib/rules assessSchedule's values); default: `assess` */
  assessList?: Assess;
  bridge: CaseBridge;
  life: Lifecycle;
  now?: () => number;
  /** quiet time after the last mutation before the page is looked at again */
  debounceMs?: number;
  /** how long to wait for stored settings before the first reading */
  settingsTimeoutMs?: number;
  /** the texts of the page's language, loaded on demand (tests: test/content/fakes.ts allPresent) */
  localeTexts: LocaleTexts;
  /** the evidence and advice rules, the panel and the marker, loaded on demand (tests: test/content/fakes.ts moduleRules) */
  detailRules: DetailRules;
  /**
   * Prepares the reader while the page shows no disputes yet (the portal fetches its rows after
   * load): once, in idle time, so that the first reading of the rows does not learn Intl then.
   */
  prepare?: PrepareReader | null;
}

/**
 * Text and structure, and of attributes only those by which the page hides what the reader skips
 * (lib/portal/dom HIDING_ATTRIBUTES): the portal's other attribute churn (classes, hover states) is
 * not ours to watch — observing every attribute is what froze Bitwarden's pages.
 */
const WATCH: MutationObserverInit = { childList: true, subtree: true, characterData: true, characterDataOldValue: true, attributeFilter: HIDING_ATTRIBUTES, attributeOldValue: true };
const PERF = 'dispute-radar:';
/** more full readings than this within the window means the page and we are fighting */
const BUSY_LIMIT = 40;
const BUSY_WINDOW_MS = 10_000;
/** at most one immediate look (no debounce) per this time, while the page shows no disputes */
const IMMEDIATE_GAP_MS = 1000;

/**
 * The manager's state and steps are a closure's variables and functions rather than a class's
 * private fields and methods: every `this.#field` is eight more characters in the content script,
 * whose size is limited (issue 3: ≤ 40 KB gzipped), and the manager has some three hundred of them.
 */
export class MountManager {
  // (`declare`: the constructor sets each, at its end; no class field is written out before it in
  // the content script)
  /** Starts watching; resolves after the first reading. */
  declare readonly start: () => Promise<void>;
  /** Reads the page now and brings every annotation up to date (tests and the first run). */
  declare readonly refresh: () => void;
  /** Removes every host and stops every observer and timer. Safe to call twice. */
  declare readonly destroy: () => void;

  constructor(options: ManagerOptions) {
    const doc = options.doc;
    const win = doc.defaultView as Window;
    const opts: Required<Omit<ManagerOptions, 'doc' | 'prepare'>> & Pick<ManagerOptions, 'prepare'> = {
      assessList: options.assess,
      now: Date.now,
      debounceMs: 50,
      settingsTimeoutMs: 1000,
      ...options,
    };
    const merchant = new Map<string, MerchantInput>();
    /** keys with merchant changes not answered yet (the panel's): PanelContext.saving */
    const saving = new Set<string>();
    const dismissed = new Set<string>();
    const reported = new Set<string>();
    const cleanups: (() => void)[] = [];
    let settings: ContentSettings | null = null;
    let url = win.location.href;
    /** the last reading, whose disputes the annotations show */
    let shown: PortalReading | null = null;
    let views: AnchoredView[] = [];
    let scheme: ColorScheme = 'light';
    let target: Element | null = null;
    let lastText: string | null = null;
    /** the zone the last reading's dates were read in */
    let readZone = '';
    /** the anchors of the disputes read outside the main content, watched beside it */
    let outside: Element[] = [];
    let observer: MutationObserver | null = null;
    let themeObserver: MutationObserver | null = null;
    let pending: number | null = null;
    let force = false;
    let tick: number | null = null;
    let lastSent = '';
    let annotatedOnce = false;
    let destroyed = false;
    let started = false;
    /** true once the first reading ran (mutations before it are covered by it) */
    let ready = false;
    /** the merchant switched this portal host off (Settings.hosts): nothing is read or shown */
    let standingBy = false;
    let recentRefreshes: number[] = [];
    /** when the observer last looked at once rather than after the debounce (performance.now) */
    let lastImmediate = -Infinity;
    /** true while a look runs in the observer's callback, before the page's changes are styled */
    let beforePaint = false;
    const annotations: Annotation[] = [
      createListChips(),
      createListSummary(),
      panelSlot(),
      moduleSlot('unread-marker', () => opts.detailRules.marker()?.(), (model, env) => needsMarker(model) && !env.markerDismissed(model.url)),
    ];

    /** Starts watching; resolves after the first reading. */
    async function start(): Promise<void> {
      if (started) return;
      started = true;
      guard('start', () => {
        opts.life.onInvalidated(destroy);
        opts.life.onLocationChange(() => guard('navigation', () => ready && schedule(true)));
        removeStrayHosts();
        observe();
        watchScheme();
        cleanups.push(
          opts.bridge.watchSettings((s) => guard('settings', () => settingsChanged(s))),
          opts.bridge.watchMerchant((m) => guard('merchant', () => merchantChanged(m))),
        );
      });
      // Settings and the page's language texts (its <html lang>, as the reader reads it) load together.
      const [loaded] = await Promise.all([
        loadSettings(),
        opts.localeTexts.ensure(resolveLocale(doc.documentElement.lang || win.navigator?.language)).catch(() => false),
      ]);
      settings = loaded;
      if (destroyed) return;
      ready = true;
      guard('first reading', refresh);
      guard('prepare', prepareWhileIdle);
    }

    /**
     * No disputes on the page yet (the portal's rows come later): the reader's Intl start (number and
     * date formats, the zone's rules) is done now, in idle time, rather than in the first reading of
     * the rows, which the portal's rows then wait for. Once (start's first reading asks, and start
     * runs once); skipped once rows were read meanwhile.
     */
    function prepareWhileIdle(): void {
      const prepare = opts.prepare;
      if (!prepare || destroyed || standingBy || views.length > 0) return;
      const run = () =>
        guard('prepare', () => {
          if (destroyed || standingBy || views.length > 0) return;
          const t0 = performance.now();
          prepare(doc, { timeZone: timeZone() });
          measure('prepare', t0, performance.now(), {});
        });
      opts.life.idle(run);
    }

    /** Removes every host and stops every observer and timer. Safe to call twice. */
    function destroy(): void {
      if (destroyed) return;
      destroyed = true;
      observer?.disconnect();
      themeObserver?.disconnect();
      if (pending !== null) opts.life.clearTimeout(pending);
      if (tick !== null) opts.life.clearTimeout(tick);
      for (const cleanup of cleanups.splice(0)) guard('cleanup', cleanup);
      // Only our own hosts: a newer copy of the script may already have mounted its own.
      for (const a of annotations) guard(a.name, () => a.clear());
    }

    /** Reads the page now and brings every annotation up to date (tests and the first run). */
    function refresh(): void {
      if (destroyed) return;
      // The URL now, not as last announced: WXT announces a new one up to a second late where the
      // browser has no Navigation API (it polls), and a page drawn before that is read meanwhile.
      url = win.location.href;
      if (!hostEnabled()) {
        standBy();
        return;
      }
      standingBy = false;
      const t0 = performance.now();
      observeTargetIfMoved();
      const tz = (readZone = timeZone());
      let reading: PortalReading;
      try {
        reading = opts.read(doc, url, { timeZone: tz });
      } catch (error) {
        // The reader promises never to throw; if it does, the page gets the marker, not an exception.
        report('read', error);
        reading = { page: 'unknown', storeId: null, locale: null, disputes: [], problems: [String(error)] };
      }
      const rules = opts.detailRules;
      if ((reading.page === 'dispute_detail' || rules.wanted()) && !rules.loaded() && !rules.failed()) {
        // A detail page needs the evidence and advice rules: read again once they are in (a few ms),
        // rather than draw a panel without its checklist first. So does a page the reader met one of
        // its rarer layouts on, which the module reads (detail-rules.ts `wanted`).
        void rules.load().then(() => guard('detail rules', refresh));
        return;
      }
      const t1 = performance.now();
      shown = reading;
      views = buildViews(reading, assessContext(reading));
      // A dispute outside the main content (a drawer the portal renders into <body>): watched too,
      // its text part of the page's.
      outside = reading.disputes.map((d) => d.anchor).filter((a) => !target?.contains(a));
      for (const a of outside) observer?.observe(a, WATCH);
      const t1b = performance.now();
      // Before the portal's new rows are painted (checkNow), their computed style would make the
      // browser style them now, in our task: the scheme is taken from the main content (styled
      // already) and checked against the rows once the page is idle.
      const near = beforePaint ? target : reading.disputes[0]?.anchor;
      scheme = detectScheme(win, near);
      render();
      lastText = fingerprint();
      const t2 = performance.now();
      const rows = reading.disputes.length;
      measure('read', t0, t1, { rows });
      measure('assess', t1, t1b, { rows });
      measure('mount', t1b, t2, { rows });
      measure(annotatedOnce ? 'annotate' : 'first-annotate', t0, t2, { rows, page: reading.page });
      if (rows > 0) annotatedOnce = true;
      scheduleTick();
      // Telling the background is not urgent: after the page has painted, when it is idle.
      const recheckScheme = beforePaint;
      const send = () =>
        guard('observed', () => {
          if (recheckScheme) schemeMayHaveChanged();
          const s0 = performance.now();
          const rows = sendObserved();
          if (rows > 0) measure('send', s0, performance.now(), { rows });
        });
      opts.life.idle(send);
    }

    // ── change detection ──────────────────────────────────────────────────────────────────────

    /** The portal's main content, where its disputes are; the body when it marks none. */
    function pickTarget(): Element | null {
      return doc.querySelector('main, [role="main"]') ?? doc.body;
    }

    function observe(): void {
      observer = new MutationObserver((records) => guard('mutations', () => mutated(records)));
      attachObserver();
    }

    function attachObserver(): void {
      const mo = observer;
      if (!mo) return;
      mo.disconnect();
      target = pickTarget();
      if (!target) return;
      mo.observe(target, WATCH);
      // A single-page app may swap its whole main element, or a layout around it (a store switched,
      // an error boundary reset): watch the children of each of its ancestors, not deeper.
      for (let p = target.parentNode; p; p = p.parentNode) mo.observe(p, { childList: true });
    }

    function observeTargetIfMoved(): void {
      const next = pickTarget();
      if (next !== target || !target?.isConnected) attachObserver();
    }

    function mutated(records: MutationRecord[]): void {
      if (destroyed || !ready || standingBy) return;
      const t0 = performance.now();
      /** the texts whose first record was looked at */
      const seen = new Set<Node>();
      for (const r of records) {
        // Our own hosts being added is our own doing; a host removed may be the portal's doing. A
        // style change that neither hides nor shows: nothing to do. Nor a text written again as
        // it was (a clock redrawing the same minute, a value set twice: its first record holds its
        // text before), nor an empty text added: the round ends here, without taking the page's
        // text (500 rows of it).
        if (
          r.attributeName === 'style'
            ? HIDING_STYLE.test(r.oldValue ?? '') === HIDING_STYLE.test((r.target as Element).getAttribute('style') ?? '')
            : r.type === 'attributes'
              ? // (aria-hidden or open hide only a tab panel or a dialog: a tooltip's or a menu's churn is not looked at)
                r.attributeName !== 'hidden' && !(r.target as Element).matches(HIDDEN_BY_STATE)
              : r.type === 'childList'
                ? r.removedNodes.length === 0 && addsNothingShown(r)
                : r.type === 'characterData' && (seen.has(r.target) || (seen.add(r.target), r.oldValue === r.target.nodeValue))
        )
          continue;
        // Shown or hidden (a tab or a filter that keeps its rows, Vue's v-show): the text is the
        // same, what the reader reads is not.
        force ||= r.type === 'attributes';
        if (newRowsMayHaveArrived(records)) checkNow();
        else schedule(false);
        return;
      }
      measure('check', t0, performance.now(), { changed: false });
    }

    /**
     * Elements added to a page that shows no disputes yet (the portal fetches its rows after load),
     * or in place of the rows we annotated (a tab, a page of the list, a new sort order drawn
     * afresh): worth a look at once. The observer's callback runs before the browser styles, lays
     * out and paints what the portal just added, so chips added now cost one rendering pass together
     * with the rows, and the rows never show without their chips; after the debounce they would
     * cost a second pass over the whole table (for 500 rows, as much main-thread time as the
     * script's own annotation). At most once a second, so that a busy page is looked at no more
     * often than before.
     */
    function newRowsMayHaveArrived(records: MutationRecord[]): boolean {
      const at = performance.now();
      if (at - lastImmediate < IMMEDIATE_GAP_MS) return false;
      let added = false;
      let removed = false;
      for (const r of records) {
        if (r.removedNodes.length > 0) removed = true;
        for (const node of r.addedNodes) if (!added && node.nodeType === 1 && !isOurHost(node)) added = true;
      }
      if (!added) return false;
      // Rows still there (another part of the page changed): the debounce, as before.
      if (views.length > 0 && !(removed && views.some((v) => !v.anchor.isConnected))) return false;
      lastImmediate = at;
      return true;
    }

    /** The observer round now (a debounced one waiting is not needed any more). */
    function checkNow(): void {
      if (pending !== null) {
        opts.life.clearTimeout(pending);
        pending = null;
      }
      beforePaint = true;
      try {
        guard('check', check);
      } finally {
        beforePaint = false;
      }
    }

    function schedule(forced: boolean): void {
      force ||= forced;
      if (pending !== null || destroyed) return;
      pending = opts.life.setTimeout(() => {
        pending = null;
        guard('check', check);
      }, opts.debounceMs);
    }

    /** One observer round: a cheap look first, the full reading only when something changed. */
    function check(): void {
      const t0 = performance.now();
      const forced = force;
      force = false;
      // (the main content's text, taken once: 500 rows of it)
      const sameText = fingerprint() === lastText;
      if (!forced && sameText && unchanged()) {
        measure('check', t0, performance.now(), { changed: false });
        return;
      }
      // Only a page whose text stays the same can be fighting us (undoing our chips, drawing the same
      // rows again): new text is new content to annotate however often it comes (a long scroll
      // through a virtualised list gives its rows new disputes many times a second).
      if (sameText && tooBusy(t0)) return;
      refresh();
    }

    /**
     * A circuit breaker (after Bitwarden's inline menu): a page that undoes our annotations as fast
     * as we add them, its text unchanged, would keep us reading forever. Past the limit, stand back
     * for a while.
     */
    function tooBusy(now: number): boolean {
      recentRefreshes = recentRefreshes.filter((at) => now - at < BUSY_WINDOW_MS);
      recentRefreshes.push(now);
      if (recentRefreshes.length <= BUSY_LIMIT) return false;
      report('busy', `paused: >${BUSY_LIMIT} changes in ${BUSY_WINDOW_MS / 1000} s`);
      observer?.disconnect();
      recentRefreshes = [];
      opts.life.setTimeout(() => {
        guard('resume', () => {
          attachObserver();
          refresh();
        });
      }, BUSY_WINDOW_MS);
      return true;
    }

    /** With the main content's text the same (the caller's look): every chip still in its row, nothing to do. */
    function unchanged(): boolean {
      if (url !== win.location.href) return false;
      if (!target?.isConnected || target !== pickTarget()) return false;
      for (const a of annotations) for (const h of a.hosts()) if (!h.el.isConnected) return false;
      for (const v of views) if (!v.anchor.isConnected) return false;
      return true;
    }

    function fingerprint(): string | null {
      return target ? target.textContent + outside.map((a) => a.textContent).join() : null;
    }

    // ── rendering ─────────────────────────────────────────────────────────────────────────────

    function render(): void {
      const reading = shown;
      if (!reading) return;
      // the language the reader found on the page; the browser's where it found none
      const locale = resolveLocale(reading.locale ?? win.navigator?.language);
      if (!opts.localeTexts.has(locale) && !opts.localeTexts.failed(locale)) {
        // A language not loaded yet (the page's language differs from its <html lang>): draw again
        // once its texts arrive; meanwhile English stands in if it is there, else wait (a few ms).
        void opts.localeTexts.ensure(locale).then(() => guard('texts', rerender));
        if (!opts.localeTexts.has('en') && !opts.localeTexts.failed('en')) return;
      }
      const vc: ViewContext = { locale, timeZone: timeZone(), now: opts.now(), scheme };
      const model: PageModel = { doc, url, reading, views, vc };
      for (const a of annotations) guard(a.name, () => a.update(model, env));
      removeStrayHosts();
    }

    /** Re-assesses at the current time and re-renders, without reading the page again. */
    function rerender(only?: ReadonlySet<string>): void {
      if (!shown || destroyed || standingBy) return;
      views = reassess(views, shown, assessContext(shown), only);
      render();
      // Not `lastText`: it is the text of the last reading. Taking the page's text now would hide a
      // change still waiting for its debounced look (the minute's tick between a change and the look).
    }

    /** The merchant's zone (settings), checked once per setting rather than on every reading. */
    function timeZone(): string {
      // (isValidTimeZone keeps each zone it has seen: no formatter is built per refresh)
      return settingsTimeZone(settings, browserTimeZone);
    }

    function assessContext(reading: PortalReading): AssessContext {
      const s = settings;
      return {
        now: opts.now(),
        timeZone: timeZone(),
        thresholds: s ? { criticalMs: s.criticalHours * HOUR, soonMs: s.soonHours * HOUR } : undefined,
        merchant,
        assess: reading.page === 'dispute_detail' ? opts.assess : opts.assessList,
      };
    }

    /** Countdowns move on the minute; the timer runs only while a countdown is on the page. */
    function scheduleTick(): void {
      if (tick !== null) {
        opts.life.clearTimeout(tick);
        tick = null;
      }
      const live = views.some((v) => v.assessment?.next) && annotations.some((a) => a.hosts().length > 0);
      if (!live || destroyed) return;
      const now = opts.now();
      tick = opts.life.setTimeout(() => {
        tick = null;
        guard('tick', () => {
          scheme = detectScheme(win, shown?.disputes[0]?.anchor);
          // The browser's zone changed (the computer travelled): the page's dates are read again in it.
          if (timeZone() !== readZone) refresh();
          else rerender();
          scheduleTick();
        });
      }, MINUTE - (now % MINUTE) + 20);
    }

    function watchScheme(): void {
      const media = win.matchMedia?.('(prefers-color-scheme: dark)');
      const onChange = () => guard('scheme', schemeMayHaveChanged);
      if (media?.addEventListener) {
        media.addEventListener('change', onChange);
        cleanups.push(() => media.removeEventListener('change', onChange));
      }
      // The portal's own dark mode is a class or attribute on <html>/<body>: watch just those, not deeper.
      themeObserver = new MutationObserver(onChange);
      const filter = { attributes: true, attributeFilter: ['class', 'style', 'data-theme', 'data-color-scheme', 'data-mode'] };
      themeObserver.observe(doc.documentElement, filter);
      if (doc.body) themeObserver.observe(doc.body, filter);
    }

    function schemeMayHaveChanged(): void {
      if (!shown) return;
      const next = detectScheme(win, shown.disputes[0]?.anchor);
      if (next === scheme) return;
      scheme = next;
      render();
    }

    // ── the background ────────────────────────────────────────────────────────────────────────

    async function loadSettings(): Promise<ContentSettings | null> {
      try {
        const timeout = new Promise<null>((resolve) => opts.life.setTimeout(() => resolve(null), opts.settingsTimeoutMs));
        return await Promise.race([opts.bridge.settings(), timeout]);
      } catch (error) {
        report('settings', error);
        return null;
      }
    }

    function settingsChanged(next: ContentSettings): void {
      settings = next;
      // Switched off: annotations go at once, not after the debounce.
      if (ready && !hostEnabled()) standBy();
      else schedule(true);
    }

    /**
     * Whether the merchant lets the extension work on this portal host (Settings.hosts). Settings not
     * loaded (yet) mean the defaults: both hosts on. A page outside the portal hosts is not ours to
     * judge (the manifest keeps the script off it).
     */
    function hostEnabled(): boolean {
      const hosts = settings?.hosts;
      if (!hosts) return true;
      // (`url` is the window's location.href: always a URL that parses)
      const origin = new URL(url).origin;
      if (origin === PORTAL_ORIGINS.production) return hosts.production;
      if (origin === PORTAL_ORIGINS.playground) return hosts.playground;
      return true;
    }

    /** A switched-off host: every annotation removed, no timer, nothing read or sent until switched on. */
    function standBy(): void {
      standingBy = true;
      if (pending !== null) opts.life.clearTimeout(pending);
      pending = null;
      force = false;
      if (tick !== null) opts.life.clearTimeout(tick);
      tick = null;
      for (const a of annotations) guard(a.name, () => a.clear());
      removeStrayHosts();
      shown = null;
      views = [];
      lastText = null;
      lastSent = '';
    }

    /**
     * Stored inputs arrived or changed: only the disputes whose inputs differ are assessed again.
     * `asSent`: the inputs the page had when it sent the message this answers; a dispute whose
     * inputs changed since (the merchant's change in the panel, a newer stored value) keeps them,
     * since the answer was read from the store before that change.
     */
    function merchantChanged(byKey: Map<string, MerchantInput>, asSent?: ReadonlyMap<string, MerchantInput>): void {
      const changed = new Set<string>();
      for (const v of views) {
        const next = byKey.get(v.key);
        if (!next) continue;
        const before = merchant.get(v.key);
        if (asSent ? before !== asSent.get(v.key) : saving.has(v.key)) continue;
        merchant.set(v.key, next);
        if (!sameMerchant(next, before)) changed.add(v.key);
      }
      if (changed.size > 0) rerender(changed);
    }

    /** Sends what was read (checked in the bridge, synchronously before it awaits); returns how many disputes it offered. */
    function sendObserved(): number {
      const reading = shown;
      if (!reading || destroyed || reading.page === 'unknown' || reading.disputes.length === 0) return 0;
      // Checked once, at the boundary (the bridge, entrypoints/content/wire.ts checkObserved), which
      // leaves out a dispute that does not pass rather than the whole message.
      const disputes = reading.disputes.map((d) => ({ ...d.facts, storeId: d.facts.storeId ?? reading.storeId ?? undefined }));
      if (url.length > 2000) return 0;
      // The URL too: a router may draw a dispute's page before it changes the URL; read again with
      // the new URL, the dispute is sent again with it (the background keeps a detail page's URL).
      const signature = JSON.stringify([url, reading.page, reading.storeId, disputes]);
      if (signature === lastSent) return 0;
      lastSent = signature;
      const asSent = new Map(merchant);
      void opts.bridge
        .observed({
          type: 'cases:observed',
          pageUrl: url,
          page: reading.page,
          storeId: reading.storeId,
          locale: reading.locale,
          observedAt: new Date(opts.now()).toISOString(),
          disputes,
        })
        .then((inputs) => {
          if (inputs) guard('observed reply', () => merchantChanged(new Map(Object.entries(inputs)), asSent));
        })
        .catch((error: unknown) => report('observed', error));
      return disputes.length;
    }

    const env: AnnotationEnv = {
      dismissMarker: (pageUrl) => dismissed.add(pageUrl),
      markerDismissed: (pageUrl) => dismissed.has(pageUrl),
      report,
    };

    /**
     * The place among the annotations of one that lives in the module loaded on demand (detail
     * pages): empty until the module is in, then the module's annotation, made once. The detail
     * panel: a detail page loads the module before its reading is drawn (refresh). The unread marker:
     * a page that needs it (`wanted`) loads the module and is drawn again once it is in.
     */
    function moduleSlot(name: string, make: () => Annotation | null | undefined, wanted?: (model: PageModel, env: AnnotationEnv) => boolean): Annotation {
      let made: Annotation | null = null;
      const rules = opts.detailRules;
      return {
        name,
        update: (model, env) => {
          made ??= make() ?? null;
          if (!made && !rules.loaded() && wanted?.(model, env)) void rules.load().then((ok) => ok && guard(name, refresh));
          made?.update(model, env);
        },
        clear: () => made?.clear(),
        hosts: () => made?.hosts() ?? [],
      };
    }

    /** The detail panel, made with what it needs to save the merchant's changes. */
    function panelSlot(): Annotation {
      const ctx: PanelContext = {
        merchant,
        saving,
        rerender: (only) => guard('rerender', () => rerender(only)),
        update: opts.bridge.update?.bind(opts.bridge),
      };
      return moduleSlot('detail-panel', () => opts.detailRules.panel()?.(ctx));
    }

    // ── safety ────────────────────────────────────────────────────────────────────────────────

    /**
     * Also registers every host the annotations own now as ours (OWN_HOSTS), before the records of
     * their coming reach an observer or a reading: the page's observer above and the reader's row
     * memory pass over them, and the reader reads none of them. Here, where every drawing ends
     * (render), rather than in hosts.ts: the module loaded on demand has a copy of its own of
     * lib/portal/own-hosts.ts, and its panel and marker are ours too.
     */
    function removeStrayHosts(): void {
      const owned = new Set<Element>();
      for (const a of destroyed ? [] : annotations) for (const h of a.hosts()) owned.add(h.el), OWN_HOSTS.add(h.el);
      for (const el of strayHosts(doc, owned)) el.remove();
    }

    function guard(where: string, fn: () => void): void {
      try {
        fn();
      } catch (error) {
        report(where, error);
      }
    }

    /** Loud for developers (once per place and message), silent for the page. */
    function report(where: string, error: unknown): void {
      try {
        const message = error instanceof Error ? error.message : String(error);
        const key = `${where}|${message}`;
        if (reported.has(key)) return;
        reported.add(key);
        console.warn(`[Dispute Radar] ${where}: ${message}`);
      } catch {
        // console itself may be replaced by the page; nothing more to do.
      }
    }

    /** Timings on the page's performance timeline, latest only (the benchmark reads them). */
    function measure(name: string, start: number, end: number, detail: Record<string, unknown>): void {
      try {
        performance.clearMeasures(PERF + name);
        performance.measure(PERF + name, { start, end, detail });
      } catch {
        // Older engines without the options form: timings are a convenience, not a feature.
      }
    }

    this.start = start;
    this.refresh = refresh;
    this.destroy = destroy;
  }
}

/** Only our own hosts, or texts still empty, added (a text filled later is a record of its own). */
function addsNothingShown(r: MutationRecord): boolean {
  for (const node of r.addedNodes) if (!isOurHost(node) && !(node.nodeType === 3 && !node.nodeValue)) return false;
  return true;
}
