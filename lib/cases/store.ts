// The case store's single writer. Only the background opens it. Every operation runs in one
// serial queue (read → change → write), so concurrent messages cannot lose each other's changes;
// nothing is kept in memory between operations (the worker may stop at any time).
import { storage } from 'wxt/utils/storage';
import { fileDispute, mergeObservation, observedCaseKey, takeIn, type CaseRecord } from './merge';
import { applyMerchantPatch } from './merchant';
import type { CasesObserved, ImportReport, MerchantPatch, Problem, SettingsPatch } from './messages';
import { CASES_VERSION, storageMigrations } from './migrations';
import { pruneClosed } from './prune';
import { describeIssues, QUARANTINE_KEYS, quarantineSchema, splitStoredCases, type QuarantineEntry } from './quarantine';
import { STORAGE_KEYS } from './storage-keys';
import { decodeStoredCases, encodeStoredCases } from './stored-form';
import type { CaseRules } from './rules-link';
import { caseKey, DEFAULT_SETTINGS, settingsTimeZone, manualCaseFactsSchema, settingsSchema, trackedCaseSchema, type MerchantInput, type Settings, type TrackedCase } from './schema';
import { createSerialQueue, type SerialQueue } from './queue';
import { parseSettingsReset, resetFields, salvageSettings, settingsOf } from './settings-salvage';
import { CASES_META_KEY, DUE_INDEX_KEY, decodeDueIndex, encodeDueIndex, encodeWithDueIndex, indexFits, newRevision, offHosts } from './due-index';
import { caseStore, type CaseAssessment } from './group';
import type { AssessOptions, DisputeFacts } from '../rules/types';
import { isValidTimeZone } from '../rules/time';
import { exportCases, importCases } from './transfer';
import { pruneSentLog, salvageSentLog, sentLogSchema, type SentLog } from './notifications';

export type Outcome<T> = ({ ok: true } & T) | Problem;

/** What a set-aside entry is, for telling the same one twice: where it came from and its value. */
function quarantineIdentity(entry: Pick<QuarantineEntry, 'key' | 'value'>): string {
  return `${entry.key}\u0000${JSON.stringify(entry.value) ?? ''}`;
}

/** One value of a storage.setItems call (storage.local). */
type StoredItem = { key: `local:${string}`; value: unknown };

/** The refusal of a case added by hand for a dispute tracked from the portal (its pages keep it up to date). */
function trackedFromPortal(c: TrackedCase): Problem {
  const store = caseStore(c);
  return {
    ok: false,
    problem: `dispute ${c.facts.id} is already tracked from the portal${store ? ` (store ${store})` : ''}`,
    code: 'tracked-from-portal',
  };
}

export interface CaseStoreDeps {
  rules: Pick<CaseRules, 'statusInfo'>;
  now: () => Date;
  /**
   * With these, every write of the cases also writes the popup's due index (./due-index.ts);
   * without them the index is cleared on every write (the popup then reads every due case).
   */
  dueIndex?: {
    /** the popup's list assessment (./list-assessment.ts assessForList) */
    assess: (facts: DisputeFacts, opts: AssessOptions) => CaseAssessment;
    /** the extension version (its rules): an index of another build is not used */
    build: string;
    /** the zone deadlines are computed in when the settings name none */
    browserZone: () => string;
  };
}

export type CaseStore = ReturnType<typeof openCaseStore>;

export function openCaseStore(deps: CaseStoreDeps) {
  // Stored as one JSON text (format 3, ./stored-form.ts); older forms are migrated before the first
  // read. @wxt-dev/storage reads an item's whole value when the item is defined, and its migration
  // check reads it again: two reads of the text on every wake of the worker. So the item with the
  // migrations is defined only where the meta names an older format (or none).
  let migrated: Promise<void> | undefined;
  async function readCasesText(): Promise<unknown> {
    migrated ??= storage.getMeta<{ v?: number }>(STORAGE_KEYS.cases).then(
      async (meta) => {
        if (meta.v !== CASES_VERSION) {
          await storage.defineItem<unknown>(STORAGE_KEYS.cases, { fallback: null, version: CASES_VERSION, migrations: storageMigrations }).getValue();
        }
      },
      (error: unknown) => {
        migrated = undefined; // (the next read asks again)
        throw error;
      },
    );
    await migrated;
    return storage.getItem<unknown>(STORAGE_KEYS.cases);
  }
  const settingsItem = storage.defineItem<unknown>(STORAGE_KEYS.settings, { fallback: null });
  const quarantineItem = storage.defineItem<unknown>(STORAGE_KEYS.quarantine, { fallback: [] });
  const sentItem = storage.defineItem<unknown>(STORAGE_KEYS.sentNotifications, { fallback: {} });
  const queue: SerialQueue = createSerialQueue();

  async function readQuarantine(): Promise<QuarantineEntry[]> {
    const raw = await quarantineItem.getValue();
    const parsed = quarantineSchema.safeParse(raw);
    // The quarantine itself unreadable: keep it whole, as one entry, rather than lose it.
    return parsed.success ? parsed.data : [{ key: '(quarantine)', value: raw, problem: 'unreadable quarantine', at: deps.now().toISOString() }];
  }

  /**
   * Sets `entries` aside in the quarantine and writes `rewrite` (where they came from, without them)
   * in ONE storage.local.set call: a write that fails (storage full) changes neither, so the next try
   * does not set the same values aside again, and nothing leaves its place before it is set aside.
   */
  async function setAside(entries: QuarantineEntry[], rewrite: StoredItem[]): Promise<void> {
    const kept = await readQuarantine();
    await storage.setItems([...rewrite, { key: STORAGE_KEYS.quarantine, value: [...kept, ...entries] }]);
  }

  /**
   * One stored value that does not parse, set aside under `key` with what replaces it in its place
   * (setAside). With storage full it stays where it is, to be set aside on a later read; the caller
   * goes on with what it has (the defaults, the entries that parse).
   */
  async function setAsideValue(key: string, raw: unknown, error: Parameters<typeof describeIssues>[0], ...replacements: StoredItem[]): Promise<void> {
    const entry = { key, value: raw, problem: describeIssues(error), at: deps.now().toISOString() };
    try {
      await setAside([entry], replacements);
    } catch (failure) {
      console.warn(`[dispute-radar] a stored value that does not parse (${key}) could not be set aside`, failure);
    }
  }

  /** The valid cases; entries that do not parse move to the quarantine (written at once). */
  async function loadCases(): Promise<CaseRecord> {
    return (await readCases(true)).cases;
  }

  /**
   * The valid cases, and the entries that did not parse but could not be set aside. Their write
   * failing (storage full) fails a task that writes the cases (`strict`: writing the others without
   * them would drop them); a task that only reads (refresh, list, export) goes on with the valid
   * ones, the others staying stored where they are until a later read sets them aside.
   */
  async function readCases(strict: boolean): Promise<{ cases: CaseRecord; pending: QuarantineEntry[] }> {
    const raw = await readCasesText();
    const { cases, quarantined } = splitStoredCases(decodeStoredCases(raw), deps.now());
    if (quarantined.length === 0) return { cases, pending: [] };
    try {
      // The cases' items first: computing them reads the settings, which may set those aside too.
      await setAside(quarantined, await casesItems(cases));
    } catch (error) {
      if (strict) throw error;
      console.warn(`[dispute-radar] ${quarantined.length} stored case(s) that do not parse could not be set aside`, error);
      return { cases, pending: quarantined };
    }
    console.warn(`[dispute-radar] ${quarantined.length} stored case(s) did not parse and were quarantined`, quarantined);
    return { cases, pending: [] };
  }

  /**
   * The one way the cases are written: the text, the item's meta (format version and a fresh
   * revision) and the due index computed from the same text, in ONE storage.local.set call, so a
   * reader never sees a text with the index of another. readCasesText has run before in the same
   * queued task (loadCases), so @wxt-dev/storage's migrations are done.
   */
  async function writeCases(cases: CaseRecord): Promise<void> {
    await storage.setItems(await casesItems(cases));
  }

  /** What writeCases writes, for a caller that adds to the same set call. */
  async function casesItems(cases: CaseRecord): Promise<StoredItem[]> {
    const rev = newRevision();
    let text: string;
    let index: string | null = null;
    if (deps.dueIndex) {
      const { assess, build, browserZone } = deps.dueIndex;
      const settings = await loadSettings();
      const tz = settingsTimeZone(settings, browserZone);
      // Deadlines do not depend on the clock but until the index's `until`; which rows are listed does not (./due-index.ts).
      const now = deps.now();
      const encoded = encodeWithDueIndex(cases, (facts, goods) => assess(facts, { now, timeZone: tz, ...(goods ? { goods } : {}) }), {
        rev,
        format: CASES_VERSION,
        build,
        tz,
      }, now.getTime(), settings.hosts);
      text = encoded.text;
      index = encodeDueIndex(encoded.index);
    } else {
      text = encodeStoredCases(cases);
    }
    return [
      { key: STORAGE_KEYS.cases, value: text },
      { key: CASES_META_KEY, value: { v: CASES_VERSION, rev } },
      { key: DUE_INDEX_KEY, value: index },
    ];
  }

  /**
   * Whether the stored index was computed from the stored text (the revision in the cases' meta),
   * by this build, in this zone: the popup's own test (./due-index.ts indexFits). Reads only the small
   * values, so a worker's wake does not read the store's text once more for it.
   */
  async function dueIndexCurrent(): Promise<boolean> {
    if (!deps.dueIndex) return true;
    const [meta, rawIndex] = (await storage.getItems([CASES_META_KEY, DUE_INDEX_KEY])).map((g) => g.value);
    const index = decodeDueIndex(rawIndex);
    if (!index) return false;
    const settings = await loadSettings();
    const tz = settingsTimeZone(settings, deps.dueIndex.browserZone);
    return index.format === CASES_VERSION && indexFits(index, meta, { build: deps.dueIndex.build, tz, hosts: settings.hosts, nowMs: deps.now().getTime() });
  }

  /** `also`: other items written in the same set call. */
  /**
   * One read of the cases with the closed ones past their retention taken out (./prune.ts), and
   * written so. A prune that cannot be written (storage full), or that would drop entries not yet
   * set aside, is left to a later one (`removed`: none); the closed cases it would remove count for
   * nothing meanwhile (`kept`).
   */
  async function pruneRead(settings: Settings): Promise<{ kept: CaseRecord; removed: string[] }> {
    const { cases, pending } = await readCases(false);
    const { store: kept, removed } = pruneClosed(cases, deps.now(), settings.retentionDays);
    const written =
      removed.length > 0 &&
      pending.length === 0 &&
      (await saveCases(kept).then(
        () => true,
        (error: unknown) => (console.warn('[dispute-radar] closed cases could not be pruned', error), false),
      ));
    return { kept, removed: written ? removed : [] };
  }

  async function saveCases(cases: CaseRecord, also: StoredItem[] = []): Promise<void> {
    // zod on every write: a case that would not parse on the next read is a bug here; refuse it.
    for (const [key, tracked] of Object.entries(cases)) {
      const check = trackedCaseSchema.safeParse(tracked);
      if (!check.success || check.data.key !== key) throw new Error(`refusing to store an invalid case ${key}: ${check.success ? 'key mismatch' : describeIssues(check.error)}`);
    }
    await storage.setItems([...(await casesItems(cases)), ...also]);
  }

  async function loadSentLog(): Promise<SentLog> {
    const raw = await sentItem.getValue();
    const parsed = sentLogSchema.safeParse(raw);
    if (parsed.success) return parsed.data;
    // Set aside once, as the settings are: the log is rewritten at once with the entries that
    // still parse (each keeps its notification from being shown again), so the next refresh
    // finds a good log instead of quarantining the same value again, every 15 minutes.
    const salvaged = salvageSentLog(raw);
    await setAsideValue(QUARANTINE_KEYS.sentLog, raw, parsed.error, { key: STORAGE_KEYS.sentNotifications, value: salvaged });
    return salvaged;
  }

  async function loadSettings(): Promise<Settings> {
    const raw = await settingsItem.getValue();
    if (raw == null) return DEFAULT_SETTINGS;
    const parsed = settingsSchema.safeParse(raw);
    if (parsed.success) return parsed.data;
    // Kept whole for a person to look at; every field that parses on its own stays the merchant's
    // (written back, so the popup and options page read the same), the defaults apply to the rest.
    const kept = salvageSettings(raw);
    // The settings put back to their defaults, for the options page to name (once: it says when it has).
    const earlier = await storage.getItem<unknown>(STORAGE_KEYS.settingsReset);
    const reset = [...new Set([...parseSettingsReset(earlier), ...resetFields(raw, kept)])];
    await setAsideValue(QUARANTINE_KEYS.settings, raw, parsed.error, { key: STORAGE_KEYS.settings, value: kept }, { key: STORAGE_KEYS.settingsReset, value: reset });
    return settingsOf(kept, DEFAULT_SETTINGS);
  }

  function merchantOf(cases: CaseRecord, keys: string[]): Record<string, MerchantInput> {
    const out: Record<string, MerchantInput> = {};
    for (const key of keys) {
      const tracked = cases[key];
      if (tracked) out[key] = tracked.merchant;
    }
    return out;
  }

  /** The stored case for (storeId, disputeId); a store-less id finds the one case with that id. */
  function findKey(cases: CaseRecord, storeId: string | null, disputeId: string): string | null {
    const key = caseKey(storeId, disputeId);
    if (cases[key]) return key;
    if (storeId) return cases[caseKey(null, disputeId)] ? caseKey(null, disputeId) : null;
    const matches = Object.keys(cases).filter((k) => cases[k]?.facts.id === disputeId);
    return matches.length === 1 ? (matches[0] as string) : null;
  }

  return {
    queue,
    /** run any task in the store's queue (the background's refresh runs here too) */
    run: <T>(task: () => Promise<T>) => queue.run(task),

    observe(message: CasesObserved) {
      return queue.run(async () => {
        const cases = await loadCases();
        const { store, keys } = mergeObservation(cases, message, deps.now(), deps.rules);
        await saveCases(store);
        const merchant = merchantOf(store, keys);
        // The page looks each dispute up under the key it read it under ("-|id" where it names no
        // store), which may not be the key the store filed it under (its store's, known from another
        // page): the merchant's input goes back under both.
        message.disputes.forEach((dispute, i) => {
          const asRead = observedCaseKey(message, dispute);
          const filed = merchant[keys[i] as string];
          if (filed && !merchant[asRead]) merchant[asRead] = filed;
        });
        return { merchant, stored: keys.length };
      });
    },

    updateMerchant(storeId: string | null, disputeId: string, patch: MerchantPatch): Promise<Outcome<{ key: string; merchant: MerchantInput }>> {
      return queue.run(async () => {
        const cases = await loadCases();
        const key = findKey(cases, storeId, disputeId);
        const tracked = key ? cases[key] : undefined;
        if (!key || !tracked) return { ok: false as const, problem: `no tracked case for dispute ${disputeId}` };
        const merchant = applyMerchantPatch(tracked.merchant, patch);
        await saveCases({ ...cases, [key]: { ...tracked, merchant } });
        return { ok: true as const, key, merchant };
      });
    },

    addManual(factsInput: unknown, patch: MerchantPatch | undefined): Promise<Outcome<{ key: string; created: boolean }>> {
      return queue.run(async () => {
        const parsed = manualCaseFactsSchema.safeParse(factsInput);
        if (!parsed.success) return { ok: false as const, problem: describeIssues(parsed.error) };
        const facts = parsed.data;
        const cases = await loadCases();
        // One case per dispute, filed as a reading is (merge.ts fileDispute): without a store, the
        // dispute's one case under a store is meant; with one, a case added earlier without a store
        // moves under it. A case the portal keeps up to date, under either key, is not overwritten.
        const filing = fileDispute(cases, caseKey(facts.storeId ?? null, facts.id), facts.id);
        const { key, existing } = filing;
        const fromPortal = [existing, filing.orphan].find((c) => c !== undefined && !c.manual);
        if (fromPortal) return trackedFromPortal(fromPortal);
        const next = { ...cases };
        const earlier = takeIn(next, filing);
        const now = deps.now().toISOString();
        const tracked: TrackedCase = {
          key,
          // the store of the case it updates, when the form named none
          facts: !facts.storeId && existing?.facts.storeId ? { ...facts, storeId: existing.facts.storeId } : facts,
          merchant: applyMerchantPatch(earlier?.merchant ?? { ticks: {} }, patch ?? {}),
          manual: true,
          firstSeenAt: earlier?.firstSeenAt ?? now,
          lastSeenAt: now,
        };
        if (deps.rules.statusInfo(facts.status).phase === 'closed') tracked.closedAt = earlier?.closedAt ?? now;
        next[key] = tracked;
        await saveCases(next);
        return { ok: true as const, key, created: !earlier };
      });
    },

    /**
     * Removes a case the merchant added by hand (one entered by mistake). A case read from the
     * portal is refused and kept: it would come back on the next visit, and until then its
     * deadline would be missing from the list and the badge. A key no longer stored (removed
     * already, from another window) is not a failure: `removed: false`, nothing written.
     */
    remove(key: string): Promise<Outcome<{ removed: boolean }>> {
      return queue.run(async () => {
        const cases = await loadCases();
        const tracked = cases[key];
        if (!tracked) return { ok: true as const, removed: false };
        if (!tracked.manual) {
          return { ok: false as const, problem: `dispute ${tracked.facts.id} is tracked from the portal; only cases added by hand can be removed` };
        }
        const { [key]: _gone, ...rest } = cases;
        await saveCases(rest);
        return { ok: true as const, removed: true };
      });
    },

    list() {
      return queue.run(async () => {
        const { cases, pending } = await readCases(false);
        return { cases: Object.values(cases), quarantined: (await readQuarantine()).length + pending.length };
      });
    },

    exportJson() {
      return queue.run(async () => {
        // Works with storage full too (a way to make room): what could not be set aside goes along.
        const { cases, pending } = await readCases(false);
        const sent = salvageSentLog(await sentItem.getValue());
        return { json: exportCases(cases, [...(await readQuarantine()), ...pending], deps.now(), sent), count: Object.keys(cases).length };
      });
    },

    importJson(json: string): Promise<Outcome<{ report: ImportReport }>> {
      return queue.run(async () => {
        const cases = await loadCases();
        const result = importCases(cases, json);
        if (!result.ok) return result;
        // The file's notifications already shown join the log here (what is logged here stays), in
        // the same set call as the cases: nothing shown there is shown again here.
        const here = await loadSentLog();
        const added = Object.keys(result.sentLog).filter((id) => !here[id]);
        const log: StoredItem[] = added.length > 0 ? [{ key: STORAGE_KEYS.sentNotifications, value: pruneSentLog({ ...result.sentLog, ...here }, deps.now()) }] : [];
        // What the file holds but could not be stored is set aside as it is (nothing of a backup is
        // lost by importing it; an export from here carries it), once: the same file imported again
        // adds nothing.
        if (result.setAside.length > 0) {
          const kept = await readQuarantine();
          const known = new Set(kept.map(quarantineIdentity));
          const at = deps.now().toISOString();
          const fresh = result.setAside.map((e) => ({ at, ...e })).filter((e) => !known.has(quarantineIdentity(e)));
          if (fresh.length > 0) log.push({ key: STORAGE_KEYS.quarantine, value: [...kept, ...fresh] });
        }
        await saveCases(result.store, log);
        return { ok: true as const, report: result.report };
      });
    },

    clear() {
      return queue.run(async () => {
        const cases = await loadCases();
        await writeCases({});
        // The sent-log stays: cases read again from the portal after a clear do not notify twice.
        return { removed: Object.keys(cases).length };
      });
    },

    /** Closed cases past their retention taken out (each refresh does this too: internal.loadPrunedCases). */
    prune: () => queue.run(async () => ({ removed: (await pruneRead(await loadSettings())).removed })),

    getSettings: () => queue.run(loadSettings),

    /** The options page has named the settings put back to their defaults (loadSettings): not again. */
    settingsResetSeen: () => queue.run(() => storage.removeItem(STORAGE_KEYS.settingsReset)),

    /**
     * Rewrites the due index when it is missing or stale (a new build's rules, another browser
     * zone, a migrated store): the background runs this when it starts. Returns whether it wrote.
     */
    refreshDueIndex() {
      return queue.run(async () => {
        if (await dueIndexCurrent()) return { rewritten: false };
        await writeCases(await loadCases());
        return { rewritten: true };
      });
    },

    updateSettings(patch: SettingsPatch): Promise<Outcome<{ settings: Settings }>> {
      return queue.run(async () => {
        const current = await loadSettings();
        const candidate = {
          ...current,
          ...patch,
          notifications: { ...current.notifications, ...(patch.notifications ?? {}) },
          hosts: { ...current.hosts, ...(patch.hosts ?? {}) },
        };
        const parsed = settingsSchema.safeParse(candidate);
        if (!parsed.success) return { ok: false as const, problem: describeIssues(parsed.error) };
        const zone = parsed.data.timeZone;
        if (zone !== null && !isValidTimeZone(zone)) return { ok: false as const, problem: `unknown time zone "${zone}"` };
        if (parsed.data.criticalHours > parsed.data.soonHours) {
          return { ok: false as const, problem: 'the critical threshold must not be above the soon threshold' };
        }
        await settingsItem.setValue(parsed.data);
        // The due index's deadlines are in the zone of the settings, and it lists the cases of the
        // hosts turned on: a new zone or other hosts, a new index.
        const hostsChanged = offHosts(parsed.data.hosts) !== offHosts(current.hosts);
        if (deps.dueIndex && (parsed.data.timeZone !== current.timeZone || hostsChanged)) await writeCases(await loadCases());
        return { ok: true as const, settings: parsed.data };
      });
    },

    /** For the background's refresh, inside the queue only. */
    internal: {
      /** read only: with storage full, the cases that parse (see readCases) */
      loadCases: async () => (await readCases(false)).cases,
      /** The cases as `prune` leaves them, from the same read: a refresh prunes, so a wake reads the text once. */
      loadPrunedCases: async (settings: Settings): Promise<CaseRecord> => (await pruneRead(settings)).kept,
      loadSettings,
      loadSentLog,
      async saveSentLog(log: SentLog): Promise<void> {
        await sentItem.setValue(sentLogSchema.parse(pruneSentLog(log, deps.now())));
      },
    },
  };
}

