// The mount manager: reads the page, assesses each dispute, and keeps the annotations right while
// the portal (a single-page app) navigates and re-renders. It does nothing while the page does not
// change, removes everything when the content script is invalidated, and never lets an exception
// reach the page.
import { resolveLocale } from '../../lib/i18n';
import { settingsTimeZone, type MerchantInput } from '../../lib/cases/schema';
import { browserTimeZone, type ColorScheme } from '../../components/format';
import type { ViewContext } from '../../components/view-model';
import type { Annotation, AnnotationEnv, PageModel, PanelContext } from './annotation';
import type { CaseBridge } from './bridge';
import { isOurHost, strayHosts } from './hosts';
import { HIDING_STYLE } from '../../lib/portal/dom';
import { createListChips } from './list-chips';
import { createListSummary } from './list-summary';
import { buildViews, reassess, sameMerchant, type AnchoredView, type Assess, type AssessContext, type PortalReading } from './page-model';
import { detectScheme } from './scheme';
import { needsMarker } from './unread-marker';
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
 * Text and structure, and of attributes only the two by which the page hides what the reader
 * skips: the portal's other attribute churn (classes, hover states) is not ours to watch —
 * observing every attribute is what froze Bitwarden's pages.
 */
const WATCH: MutationObserverInit = { childList: true, subtree: true, characterData: true, attributeFilter: ['hidden', 'style'], attributeOldValue: true };
const PERF = 'dispute-radar:';
/** more full readings than this within the window means the page and we are fighting */
const BUSY_LIMIT = 40;
const BUSY_WINDOW_MS = 10_000;
/** at most one immediate look (no debounce) per this time, while the page shows no disputes */
const IMMEDIATE_GAP_MS = 1000;

export class MountManager {
  readonly #doc: Document;
  readonly #win: Window;
  readonly #o: Required<Omit<ManagerOptions, 'doc' | 'prepare'>> & Pick<ManagerOptions, 'prepare'>;
  readonly #annotations: Annotation[];
  readonly #merchant = new Map<string, MerchantInput>();
  /** keys with merchant changes not answered yet (the panel's): PanelContext.saving */
  readonly #saving = new Set<string>();
  readonly #dismissed = new Set<string>();
  readonly #reported = new Set<string>();
  readonly #cleanups: (() => void)[] = [];
  #settings: ContentSettings | null = null;
  #url: string;
  #reading: PortalReading | null = null;
  #views: AnchoredView[] = [];
  #scheme: ColorScheme = 'light';
  #target: Element | null = null;
  #lastText: string | null = null;
  /** the anchors of the disputes read outside the main content, watched beside it */
  #outside: Element[] = [];
  #observer: MutationObserver | null = null;
  #themeObserver: MutationObserver | null = null;
  #pending: number | null = null;
  #force = false;
  #tick: number | null = null;
  #lastSent = '';
  #annotatedOnce = false;
  #destroyed = false;
  #started = false;
  /** true once the first reading ran (mutations before it are covered by it) */
  #ready = false;
  /** the merchant switched this portal host off (Settings.hosts): nothing is read or shown */
  #standingBy = false;
  #recentRefreshes: number[] = [];
  /** when the observer last looked at once rather than after the debounce (performance.now) */
  #lastImmediate = -Infinity;
  /** true while a look runs in the observer's callback, before the page's changes are styled */
  #beforePaint = false;

  constructor(options: ManagerOptions) {
    this.#doc = options.doc;
    this.#win = options.doc.defaultView as Window;
    this.#url = this.#win.location.href;
    this.#o = { assessList: options.assess, now: Date.now, debounceMs: 50, settingsTimeoutMs: 1000, ...options };
    this.#annotations = [
      createListChips(),
      createListSummary(),
      this.#panelSlot(),
      this.#moduleSlot('unread-marker', () => this.#o.detailRules.marker()?.(), (model, env) => needsMarker(model) && !env.markerDismissed(model.url)),
    ];
  }

  /** Starts watching; resolves after the first reading. */
  async start(): Promise<void> {
    if (this.#started) return;
    this.#started = true;
    this.#guard('start', () => {
      this.#o.life.onInvalidated(() => this.destroy());
      this.#o.life.onLocationChange(() => this.#guard('navigation', () => this.#ready && this.#schedule(true)));
      this.#removeStrayHosts();
      this.#observe();
      this.#watchScheme();
      this.#cleanups.push(this.#o.bridge.watchSettings((s) => this.#guard('settings', () => this.#settingsChanged(s))));
      this.#cleanups.push(this.#o.bridge.watchMerchant((m) => this.#guard('merchant', () => this.#merchantChanged(m))));
    });
    // Settings and the page's language texts (its <html lang>, as the reader reads it) load together.
    const [settings] = await Promise.all([
      this.#loadSettings(),
      this.#o.localeTexts.ensure(resolveLocale(this.#doc.documentElement.lang || this.#win.navigator?.language)).catch(() => false),
    ]);
    this.#settings = settings;
    if (this.#destroyed) return;
    this.#ready = true;
    this.#guard('first reading', () => this.refresh());
    this.#guard('prepare', () => this.#prepareWhileIdle());
  }

  /**
   * No disputes on the page yet (the portal's rows come later): the reader's Intl start (number and
   * date formats, the zone's rules) is done now, in idle time, rather than in the first reading of
   * the rows, which the portal's rows then wait for. Once (start's first reading asks, and start
   * runs once); skipped once rows were read meanwhile.
   */
  #prepareWhileIdle(): void {
    const prepare = this.#o.prepare;
    if (!prepare || this.#destroyed || this.#standingBy || this.#views.length > 0) return;
    const run = () =>
      this.#guard('prepare', () => {
        if (this.#destroyed || this.#standingBy || this.#views.length > 0) return;
        const t0 = performance.now();
        prepare(this.#doc, { timeZone: this.#timeZone() });
        this.#measure('prepare', t0, performance.now(), {});
      });
    this.#o.life.idle(run);
  }

  /** Removes every host and stops every observer and timer. Safe to call twice. */
  destroy(): void {
    if (this.#destroyed) return;
    this.#destroyed = true;
    this.#observer?.disconnect();
    this.#themeObserver?.disconnect();
    if (this.#pending !== null) this.#o.life.clearTimeout(this.#pending);
    if (this.#tick !== null) this.#o.life.clearTimeout(this.#tick);
    for (const cleanup of this.#cleanups.splice(0)) this.#guard('cleanup', cleanup);
    // Only our own hosts: a newer copy of the script may already have mounted its own.
    for (const a of this.#annotations) this.#guard(a.name, () => a.clear());
  }

  /** Reads the page now and brings every annotation up to date (tests and the first run). */
  refresh(): void {
    if (this.#destroyed) return;
    // The URL now, not as last announced: WXT announces a new one up to a second late where the
    // browser has no Navigation API (it polls), and a page drawn before that is read meanwhile.
    this.#url = this.#win.location.href;
    if (!this.#hostEnabled()) {
      this.#standBy();
      return;
    }
    this.#standingBy = false;
    const t0 = performance.now();
    this.#observeTargetIfMoved();
    const tz = this.#timeZone();
    let reading: PortalReading;
    try {
      reading = this.#o.read(this.#doc, this.#url, { timeZone: tz });
    } catch (error) {
      // The reader promises never to throw; if it does, the page gets the marker, not an exception.
      this.#report('read', error);
      reading = { page: 'unknown', storeId: null, locale: null, disputes: [], problems: [String(error)] };
    }
    const rules = this.#o.detailRules;
    if (reading.page === 'dispute_detail' && !rules.loaded() && !rules.failed()) {
      // A detail page needs the evidence and advice rules: read again once they are in (a few ms),
      // rather than draw a panel without its checklist first.
      void rules.load().then(() => this.#guard('detail rules', () => this.refresh()));
      return;
    }
    const t1 = performance.now();
    this.#reading = reading;
    this.#views = buildViews(reading, this.#assessContext(reading));
    // A dispute outside the main content (a drawer the portal renders into <body>): watched too,
    // its text part of the page's.
    this.#outside = reading.disputes.map((d) => d.anchor).filter((a) => !this.#target?.contains(a));
    for (const a of this.#outside) this.#observer?.observe(a, WATCH);
    const t1b = performance.now();
    // Before the portal's new rows are painted (checkNow), their computed style would make the
    // browser style them now, in our task: the scheme is taken from the main content (styled
    // already) and checked against the rows once the page is idle.
    const near = this.#beforePaint ? this.#target : reading.disputes[0]?.anchor;
    this.#scheme = detectScheme(this.#win, near);
    this.#render();
    this.#lastText = this.#fingerprint();
    const t2 = performance.now();
    this.#measure('read', t0, t1, { rows: reading.disputes.length });
    this.#measure('assess', t1, t1b, { rows: reading.disputes.length });
    this.#measure('mount', t1b, t2, { rows: reading.disputes.length });
    this.#measure(this.#annotatedOnce ? 'annotate' : 'first-annotate', t0, t2, { rows: reading.disputes.length, page: reading.page });
    if (reading.disputes.length > 0) this.#annotatedOnce = true;
    this.#scheduleTick();
    // Telling the background is not urgent: after the page has painted, when it is idle.
    const recheckScheme = this.#beforePaint;
    const send = () =>
      this.#guard('observed', () => {
        if (recheckScheme) this.#schemeMayHaveChanged();
        const s0 = performance.now();
        const rows = this.#sendObserved();
        if (rows > 0) this.#measure('send', s0, performance.now(), { rows });
      });
    this.#o.life.idle(send);
  }

  // ── change detection ──────────────────────────────────────────────────────────────────────

  /** The portal's main content, where its disputes are; the body when it marks none. */
  #pickTarget(): Element | null {
    return this.#doc.querySelector('main, [role="main"]') ?? this.#doc.body;
  }

  #observe(): void {
    this.#observer = new MutationObserver((records) => this.#guard('mutations', () => this.#mutated(records)));
    this.#attachObserver();
  }

  #attachObserver(): void {
    const observer = this.#observer;
    if (!observer) return;
    observer.disconnect();
    this.#target = this.#pickTarget();
    if (!this.#target) return;
    observer.observe(this.#target, WATCH);
    // A single-page app may swap its whole main element, or a layout around it (a store switched,
    // an error boundary reset): watch the children of each of its ancestors, not deeper.
    for (let p = this.#target.parentNode; p; p = p.parentNode) observer.observe(p, { childList: true });
  }

  #observeTargetIfMoved(): void {
    const next = this.#pickTarget();
    if (next !== this.#target || !this.#target?.isConnected) this.#attachObserver();
  }

  #mutated(records: MutationRecord[]): void {
    if (this.#destroyed || !this.#ready || this.#standingBy) return;
    for (const r of records) {
      // Our own hosts being added is our own doing; a host removed may be the portal's doing. A
      // style change that neither hides nor shows: nothing to do.
      if (
        r.attributeName === 'style'
          ? HIDING_STYLE.test(r.oldValue ?? '') === HIDING_STYLE.test((r.target as Element).getAttribute('style') ?? '')
          : r.type === 'childList' && r.removedNodes.length === 0 && addsOnlyOurHosts(r)
      )
        continue;
      // Shown or hidden (a tab or a filter that keeps its rows, Vue's v-show): the text is the
      // same, what the reader reads is not.
      this.#force ||= r.type === 'attributes';
      if (this.#newRowsMayHaveArrived(records)) this.#checkNow();
      else this.#schedule(false);
      return;
    }
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
  #newRowsMayHaveArrived(records: MutationRecord[]): boolean {
    const at = performance.now();
    if (at - this.#lastImmediate < IMMEDIATE_GAP_MS) return false;
    let added = false;
    let removed = false;
    for (const r of records) {
      if (r.removedNodes.length > 0) removed = true;
      for (const node of r.addedNodes) if (!added && node.nodeType === 1 && !isOurHost(node)) added = true;
    }
    if (!added) return false;
    // Rows still there (another part of the page changed): the debounce, as before.
    if (this.#views.length > 0 && !(removed && this.#views.some((v) => !v.anchor.isConnected))) return false;
    this.#lastImmediate = at;
    return true;
  }

  /** The observer round now (a debounced one waiting is not needed any more). */
  #checkNow(): void {
    if (this.#pending !== null) {
      this.#o.life.clearTimeout(this.#pending);
      this.#pending = null;
    }
    this.#beforePaint = true;
    try {
      this.#guard('check', () => this.#check());
    } finally {
      this.#beforePaint = false;
    }
  }

  #schedule(force: boolean): void {
    this.#force ||= force;
    if (this.#pending !== null || this.#destroyed) return;
    this.#pending = this.#o.life.setTimeout(() => {
      this.#pending = null;
      this.#guard('check', () => this.#check());
    }, this.#o.debounceMs);
  }

  /** One observer round: a cheap look first, the full reading only when something changed. */
  #check(): void {
    const t0 = performance.now();
    const force = this.#force;
    this.#force = false;
    // (the main content's text, taken once: 500 rows of it)
    const sameText = this.#fingerprint() === this.#lastText;
    if (!force && sameText && this.#unchanged()) {
      this.#measure('check', t0, performance.now(), { changed: false });
      return;
    }
    // Only a page whose text stays the same can be fighting us (undoing our chips, drawing the same
    // rows again): new text is new content to annotate however often it comes (a long scroll
    // through a virtualised list gives its rows new disputes many times a second).
    if (sameText && this.#tooBusy(t0)) return;
    this.refresh();
  }

  /**
   * A circuit breaker (after Bitwarden's inline menu): a page that undoes our annotations as fast
   * as we add them, its text unchanged, would keep us reading forever. Past the limit, stand back
   * for a while.
   */
  #tooBusy(now: number): boolean {
    this.#recentRefreshes = this.#recentRefreshes.filter((at) => now - at < BUSY_WINDOW_MS);
    this.#recentRefreshes.push(now);
    if (this.#recentRefreshes.length <= BUSY_LIMIT) return false;
    this.#report('busy', `more than ${BUSY_LIMIT} page changes in ${BUSY_WINDOW_MS / 1000} s; pausing`);
    this.#observer?.disconnect();
    this.#recentRefreshes = [];
    this.#o.life.setTimeout(() => {
      this.#guard('resume', () => {
        this.#attachObserver();
        this.refresh();
      });
    }, BUSY_WINDOW_MS);
    return true;
  }

  /** With the main content's text the same (the caller's look): every chip still in its row, nothing to do. */
  #unchanged(): boolean {
    if (this.#url !== this.#win.location.href) return false;
    if (!this.#target?.isConnected || this.#target !== this.#pickTarget()) return false;
    for (const a of this.#annotations) for (const h of a.hosts()) if (!h.el.isConnected) return false;
    for (const v of this.#views) if (!v.anchor.isConnected) return false;
    return true;
  }

  #fingerprint(): string | null {
    return this.#target ? this.#target.textContent + this.#outside.map((a) => a.textContent).join() : null;
  }

  // ── rendering ─────────────────────────────────────────────────────────────────────────────

  #render(): void {
    const reading = this.#reading;
    if (!reading) return;
    // the language the reader found on the page; the browser's where it found none
    const locale = resolveLocale(reading.locale ?? this.#win.navigator?.language);
    if (!this.#o.localeTexts.has(locale) && !this.#o.localeTexts.failed(locale)) {
      // A language not loaded yet (the page's language differs from its <html lang>): draw again
      // once its texts arrive; meanwhile English stands in if it is there, else wait (a few ms).
      void this.#o.localeTexts.ensure(locale).then(() => this.#guard('texts', () => this.#rerender()));
      if (!this.#o.localeTexts.has('en') && !this.#o.localeTexts.failed('en')) return;
    }
    const vc: ViewContext = { locale, timeZone: this.#timeZone(), now: this.#o.now(), scheme: this.#scheme };
    const model: PageModel = { doc: this.#doc, url: this.#url, reading, views: this.#views, vc };
    for (const a of this.#annotations) this.#guard(a.name, () => a.update(model, this.#env));
    this.#removeStrayHosts();
  }

  /** Re-assesses at the current time and re-renders, without reading the page again. */
  #rerender(only?: ReadonlySet<string>): void {
    if (!this.#reading || this.#destroyed || this.#standingBy) return;
    this.#views = reassess(this.#views, this.#reading, this.#assessContext(this.#reading), only);
    this.#render();
    // Not `lastText`: it is the text of the last reading. Taking the page's text now would hide a
    // change still waiting for its debounced look (the minute's tick between a change and the look).
  }

  /** The merchant's zone (settings), checked once per setting rather than on every reading. */
  #timeZone(): string {
    // (isValidTimeZone keeps each zone it has seen: no formatter is built per refresh)
    return settingsTimeZone(this.#settings, browserTimeZone);
  }

  #assessContext(reading: PortalReading): AssessContext {
    const s = this.#settings;
    return {
      now: this.#o.now(),
      timeZone: this.#timeZone(),
      thresholds: s ? { criticalMs: s.criticalHours * HOUR, soonMs: s.soonHours * HOUR } : undefined,
      merchant: this.#merchant,
      assess: reading.page === 'dispute_detail' ? this.#o.assess : this.#o.assessList,
    };
  }

  /** Countdowns move on the minute; the timer runs only while a countdown is on the page. */
  #scheduleTick(): void {
    if (this.#tick !== null) {
      this.#o.life.clearTimeout(this.#tick);
      this.#tick = null;
    }
    const live = this.#views.some((v) => v.assessment?.next) && this.#annotations.some((a) => a.hosts().length > 0);
    if (!live || this.#destroyed) return;
    const now = this.#o.now();
    this.#tick = this.#o.life.setTimeout(() => {
      this.#tick = null;
      this.#guard('tick', () => {
        this.#scheme = detectScheme(this.#win, this.#reading?.disputes[0]?.anchor);
        this.#rerender();
        this.#scheduleTick();
      });
    }, MINUTE - (now % MINUTE) + 20);
  }

  #watchScheme(): void {
    const media = this.#win.matchMedia?.('(prefers-color-scheme: dark)');
    const onChange = () => this.#guard('scheme', () => this.#schemeMayHaveChanged());
    if (media?.addEventListener) {
      media.addEventListener('change', onChange);
      this.#cleanups.push(() => media.removeEventListener('change', onChange));
    }
    // The portal's own dark mode is a class or attribute on <html>/<body>: watch just those, not deeper.
    this.#themeObserver = new MutationObserver(onChange);
    const filter = { attributes: true, attributeFilter: ['class', 'style', 'data-theme', 'data-color-scheme', 'data-mode'] };
    this.#themeObserver.observe(this.#doc.documentElement, filter);
    if (this.#doc.body) this.#themeObserver.observe(this.#doc.body, filter);
  }

  #schemeMayHaveChanged(): void {
    if (!this.#reading) return;
    const next = detectScheme(this.#win, this.#reading.disputes[0]?.anchor);
    if (next === this.#scheme) return;
    this.#scheme = next;
    this.#render();
  }

  // ── the background ────────────────────────────────────────────────────────────────────────

  async #loadSettings(): Promise<ContentSettings | null> {
    try {
      const timeout = new Promise<null>((resolve) => this.#o.life.setTimeout(() => resolve(null), this.#o.settingsTimeoutMs));
      return await Promise.race([this.#o.bridge.settings(), timeout]);
    } catch (error) {
      this.#report('settings', error);
      return null;
    }
  }

  #settingsChanged(settings: ContentSettings): void {
    this.#settings = settings;
    // Switched off: annotations go at once, not after the debounce.
    if (this.#ready && !this.#hostEnabled()) this.#standBy();
    else this.#schedule(true);
  }

  /**
   * Whether the merchant lets the extension work on this portal host (Settings.hosts). Settings not
   * loaded (yet) mean the defaults: both hosts on. A page outside the portal hosts is not ours to
   * judge (the manifest keeps the script off it).
   */
  #hostEnabled(): boolean {
    const hosts = this.#settings?.hosts;
    if (!hosts) return true;
    // (`#url` is the window's location.href: always a URL that parses)
    const origin = new URL(this.#url).origin;
    if (origin === PORTAL_ORIGINS.production) return hosts.production;
    if (origin === PORTAL_ORIGINS.playground) return hosts.playground;
    return true;
  }

  /** A switched-off host: every annotation removed, no timer, nothing read or sent until switched on. */
  #standBy(): void {
    this.#standingBy = true;
    if (this.#pending !== null) this.#o.life.clearTimeout(this.#pending);
    this.#pending = null;
    this.#force = false;
    if (this.#tick !== null) this.#o.life.clearTimeout(this.#tick);
    this.#tick = null;
    for (const a of this.#annotations) this.#guard(a.name, () => a.clear());
    this.#removeStrayHosts();
    this.#reading = null;
    this.#views = [];
    this.#lastText = null;
    this.#lastSent = '';
  }

  /**
   * Stored inputs arrived or changed: only the disputes whose inputs differ are assessed again.
   * `asSent`: the inputs the page had when it sent the message this answers; a dispute whose
   * inputs changed since (the merchant's change in the panel, a newer stored value) keeps them,
   * since the answer was read from the store before that change.
   */
  #merchantChanged(byKey: Map<string, MerchantInput>, asSent?: ReadonlyMap<string, MerchantInput>): void {
    const changed = new Set<string>();
    for (const v of this.#views) {
      const next = byKey.get(v.key);
      if (!next) continue;
      const before = this.#merchant.get(v.key);
      if (asSent ? before !== asSent.get(v.key) : this.#saving.has(v.key)) continue;
      this.#merchant.set(v.key, next);
      if (!sameMerchant(next, before)) changed.add(v.key);
    }
    if (changed.size > 0) this.#rerender(changed);
  }

  /** Sends what was read (checked in the bridge, synchronously before it awaits); returns how many disputes it offered. */
  #sendObserved(): number {
    const reading = this.#reading;
    if (!reading || this.#destroyed || reading.page === 'unknown' || reading.disputes.length === 0) return 0;
    // Checked once, at the boundary (the bridge, entrypoints/content/wire.ts checkObserved), which
    // leaves out a dispute that does not pass rather than the whole message.
    const disputes = reading.disputes.map((d) => ({ ...d.facts, storeId: d.facts.storeId ?? reading.storeId ?? undefined }));
    if (this.#url.length > 2000) return 0;
    // The URL too: a router may draw a dispute's page before it changes the URL; read again with
    // the new URL, the dispute is sent again with it (the background keeps a detail page's URL).
    const signature = JSON.stringify([this.#url, reading.page, reading.storeId, disputes]);
    if (signature === this.#lastSent) return 0;
    this.#lastSent = signature;
    const asSent = new Map(this.#merchant);
    void this.#o.bridge
      .observed({
        type: 'cases:observed',
        pageUrl: this.#url,
        page: reading.page,
        storeId: reading.storeId,
        locale: reading.locale,
        observedAt: new Date(this.#o.now()).toISOString(),
        disputes,
      })
      .then((merchant) => {
        if (merchant) this.#guard('observed reply', () => this.#merchantChanged(new Map(Object.entries(merchant)), asSent));
      })
      .catch((error: unknown) => this.#report('observed', error));
    return disputes.length;
  }

  readonly #env: AnnotationEnv = {
    dismissMarker: (url) => this.#dismissed.add(url),
    markerDismissed: (url) => this.#dismissed.has(url),
    report: (where, error) => this.#report(where, error),
  };

  /**
   * The place among the annotations of one that lives in the module loaded on demand (detail
   * pages): empty until the module is in, then the module's annotation, made once. The detail
   * panel: a detail page loads the module before its reading is drawn (refresh). The unread marker:
   * a page that needs it (`wanted`) loads the module and is drawn again once it is in.
   */
  #moduleSlot(name: string, make: () => Annotation | null | undefined, wanted?: (model: PageModel, env: AnnotationEnv) => boolean): Annotation {
    let made: Annotation | null = null;
    const rules = this.#o.detailRules;
    return {
      name,
      update: (model, env) => {
        made ??= make() ?? null;
        if (!made && !rules.loaded() && wanted?.(model, env)) void rules.load().then((ok) => ok && this.#guard(name, () => this.refresh()));
        made?.update(model, env);
      },
      clear: () => made?.clear(),
      hosts: () => made?.hosts() ?? [],
    };
  }

  /** The detail panel, made with what it needs to save the merchant's changes. */
  #panelSlot(): Annotation {
    const ctx: PanelContext = {
      merchant: this.#merchant,
      saving: this.#saving,
      rerender: (only) => this.#guard('rerender', () => this.#rerender(only)),
      update: this.#o.bridge.update?.bind(this.#o.bridge),
    };
    return this.#moduleSlot('detail-panel', () => this.#o.detailRules.panel()?.(ctx));
  }

  // ── safety ────────────────────────────────────────────────────────────────────────────────

  #removeStrayHosts(): void {
    const owned = new Set<Element>();
    for (const a of this.#destroyed ? [] : this.#annotations) for (const h of a.hosts()) owned.add(h.el);
    for (const el of strayHosts(this.#doc, owned)) el.remove();
  }

  #guard(where: string, fn: () => void): void {
    try {
      fn();
    } catch (error) {
      this.#report(where, error);
    }
  }

  /** Loud for developers (once per place and message), silent for the page. */
  #report(where: string, error: unknown): void {
    try {
      const message = error instanceof Error ? error.message : String(error);
      const key = `${where}|${message}`;
      if (this.#reported.has(key)) return;
      this.#reported.add(key);
      console.warn(`[Dispute Radar] ${where}: ${message}`);
    } catch {
      // console itself may be replaced by the page; nothing more to do.
    }
  }

  /** Timings on the page's performance timeline, latest only (the benchmark reads them). */
  #measure(name: string, start: number, end: number, detail: Record<string, unknown>): void {
    try {
      performance.clearMeasures(PERF + name);
      performance.measure(PERF + name, { start, end, detail });
    } catch {
      // Older engines without the options form: timings are a convenience, not a feature.
    }
  }
}

function addsOnlyOurHosts(r: MutationRecord): boolean {
  for (const node of r.addedNodes) if (!isOurHost(node)) return false;
  return true;
}
