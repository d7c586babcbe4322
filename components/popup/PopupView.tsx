// The popup: due cases grouped and soonest first, a store filter and a search, exports, the
// "Add a case" form, and removing a case added by hand. A pure view of its props: the container (Popup.tsx) reads storage and talks to
// the background; tests render this with fake data.
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { formatCount, t, tn, type Locale } from '../../lib/i18n';
import { assessCases, dueRows, groupRows, previewGroups, type AssessFn, type CaseRow as Row, type PreviewRows } from '../../lib/cases/group';
import type { Settings, TrackedCase } from '../../lib/cases/schema';
import { hostShown } from '../../lib/cases/case-host';
import type { DisputeFacts } from '../../lib/rules/types';
import type { Reply } from '../../lib/cases/messages';
import { CaseRow } from './CaseRow';
import { EmptyState, NoneDue } from './EmptyState';
import { SettingsReset } from './SettingsReset';
import type { AddCaseForm } from './AddCaseForm';
import { loadAddCaseForm, loadExports } from './later';
import { exportFileName } from './download';
import { problemText } from './add-problem';

import { INITIAL_ROWS } from './rows';

export { FIRST_FRAME_ROWS, INITIAL_ROWS } from './rows';
const MORE_ROWS = 100;

/** The background's answer to case:remove (a type only: the messages' schemas load with the first request). */
export type RemoveReply = Reply<'case:remove'>;

export interface PopupViewProps {
  /** null while loading (or while the first frame shows `preview`) */
  cases: TrackedCase[] | null;
  /**
   * The first frame's rows before every case is read (lib/cases/due-index.ts): shown while `cases`
   * is null; the full list replaces it. Exports wait for the full list.
   */
  preview?: PreviewRows | null;
  quarantined: number;
  /** stored cases not passed in `cases` because nothing is due on them (closed or answered) */
  settled?: number;
  loadError: string | null;
  settings: Settings;
  locale: Locale;
  timeZone: string;
  now: number;
  /** assessDispute bound to the clock, zone and thresholds (a new function when they change) */
  assess: AssessFn;
  onOpen: (row: Row) => void;
  onAddManual: (facts: DisputeFacts) => Promise<string | null>;
  /** asks the background to remove a case added by hand (case:remove): its reply */
  onRemove: (key: string) => Promise<RemoveReply>;
  onSettings: () => void;
  /** the names of the settings put back to their defaults (./SettingsReset.tsx useResetNames): a line with a way to the options page */
  settingsReset?: readonly string[];
  /** opens the portal's dispute list in a tab */
  onOpenPortal: () => void;
  onDownload: (fileName: string, mime: string, text: string, bom: boolean) => void;
  /** called after the cases have been assessed */
  onAssessed?: () => void;
  /** called once, after the first list (or the empty state) is on screen */
  onFirstList?: () => void;
  /**
   * Rows drawn in the first frame (the popup passes FIRST_FRAME_ROWS); the rest of INITIAL_ROWS
   * follow right after it is painted. Default: INITIAL_ROWS at once.
   */
  firstRows?: number;
}

export function PopupView(props: PopupViewProps) {
  const { cases, locale, timeZone, now, assess, settings } = props;
  const preview = cases === null ? (props.preview ?? null) : null;
  const shown = cases !== null || preview !== null;
  const [view, setView] = useState<'list' | 'add'>('list');
  // The add-case form comes in its own chunk on the first click (./later.ts).
  const [Form, setForm] = useState<typeof AddCaseForm | null>(null);
  // (The chunk is the extension's own file; should its import fail, which happens when the extension
  // was updated while the popup was open, the click says so and the next one tries again.)
  const openForm = () => {
    void loadAddCaseForm().then(
      (m) => {
        setForm(() => m.AddCaseForm);
        setView('add');
      },
      () => setStatus({ text: t(locale, 'popup.appLoadError'), good: false }),
    );
  };
  // Leaving the form takes focus with it (to the page's body): it goes back to "Add a case".
  const addButton = useRef<HTMLButtonElement>(null);
  const backToList = useRef(false);
  const closeForm = () => {
    backToList.current = true;
    setView('list');
  };
  useLayoutEffect(() => {
    if (view !== 'list' || !backToList.current) return;
    backToList.current = false;
    addButton.current?.focus();
  }, [view]);
  const [store, setStore] = useState('');
  const [search, setSearch] = useState('');
  const [limit, setLimit] = useState(() => Math.min(props.firstRows ?? INITIAL_ROWS, INITIAL_ROWS));
  const [status, setStatus] = useState<{ text: string; good: boolean } | null>(null);

  // Assessments are computed once per change of the cases or the clock, not per render.
  const rows = useMemo(() => {
    if (!cases) return [];
    const assessed = assessCases(cases, assess);
    props.onAssessed?.();
    return assessed;
  }, [cases, assess]);
  // The cases of a portal host turned off in the options (the test portal's test disputes) are not
  // listed, as they raise no badge or notification; a line says how many, so none seems lost (they
  // stay stored; turning the host on again lists them).
  const { production, playground } = settings.hosts;
  const listed = useMemo(() => rows.filter((r) => hostShown(r.case, { production, playground })), [rows, production, playground]);
  const hostsOff = preview ? preview.hidden : rows.length - listed.length;
  const grouped = useMemo(() => {
    if (preview) return previewGroups(preview);
    const chosen = groupRows(listed, { store, search });
    // A chosen store whose last due case has left the list (removed, closed, won) filters no more:
    // the merchant could neither see it in the store list nor choose "All stores" any longer.
    return store && !chosen.stores.includes(store) ? groupRows(listed, { search }) : chosen;
  }, [preview, listed, store, search]);
  // ...and is forgotten, so it is not chosen again by itself should a case of that store come back.
  useLayoutEffect(() => {
    if (store && !preview && !grouped.stores.includes(store)) setStore('');
  }, [grouped]);

  // Layout effect: runs as soon as the list is in the document, before the browser paints it.
  useLayoutEffect(() => {
    if (shown) props.onFirstList?.();
  }, [shown]);

  // After the first paint (effects run after it) and on every change of filter: INITIAL_ROWS.
  useEffect(() => setLimit(INITIAL_ROWS), [store, search]);

  // "Show more": focus goes to the first row it brought in (the button itself leaves with the last ones).
  const listRef = useRef<HTMLDivElement>(null);
  const focusRow = useRef<number | null>(null);
  const showMore = () => {
    focusRow.current = listRef.current?.querySelectorAll('.row-btn').length ?? null;
    setLimit((l) => l + MORE_ROWS);
  };
  useLayoutEffect(() => {
    const at = focusRow.current;
    if (at === null) return;
    focusRow.current = null;
    listRef.current?.querySelectorAll<HTMLElement>('.row-btn')[at]?.focus();
  }, [limit]);

  const exportAs = async (kind: 'csv' | 'ics') => {
    const list = dueRows(grouped);
    if (list.length === 0) {
      setStatus({ text: t(locale, 'popup.export.nothing'), good: false });
      return;
    }
    // The writers' chunk (./later.ts); should its import fail, the click says so and the next one tries again.
    const writers = await loadExports().catch(() => null);
    if (!writers) {
      setStatus({ text: t(locale, 'popup.appLoadError'), good: false });
      return;
    }
    const { casesToCsv, casesToIcal } = writers;
    const date = new Date(now);
    const name = exportFileName(date, timeZone, kind);
    // A calendar event needs a date: a case whose deadline is not known yet has none in the file,
    // which the merchant is told (a file of no event at all is not made).
    const undated = kind === 'ics' ? list.filter((row) => !row.assessment?.next).length : 0;
    if (undated === list.length) {
      setStatus({ text: tn(locale, 'popup.export.noDeadline', undated), good: false });
      return;
    }
    if (kind === 'csv') props.onDownload(name, 'text/csv', casesToCsv(list, { locale, timeZone, now: date }), true);
    else
      props.onDownload(
        name,
        'text/calendar',
        casesToIcal(list, { locale, timeZone, now: date, hoursBefore: settings.notifications.hoursBefore }),
        false,
      );
    const done = t(locale, 'popup.export.done', { file: name });
    setStatus({ text: undated > 0 ? `${done} ${tn(locale, 'popup.export.undated', undated)}` : done, good: true });
  };

  /** Removes a case added by hand; the outcome goes to the status line. True once it is gone. */
  const removeCase = async (row: Row): Promise<boolean> => {
    const id = row.case.facts.id;
    let reply: RemoveReply;
    try {
      reply = await props.onRemove(row.case.key);
    } catch (error) {
      reply = { ok: false, problem: error instanceof Error ? error.message : String(error) };
    }
    if (!reply.ok) {
      setStatus({ text: t(locale, 'popup.remove.failed', { id, problem: problemText(locale, reply) }), good: false });
      return false;
    }
    // Not found: removed already (from another window); the list follows the store either way.
    setStatus({ text: t(locale, reply.removed ? 'popup.remove.done' : 'popup.remove.gone', { id }), good: true });
    return true;
  };

  if (view === 'add' && Form) {
    return (
      <main class="popup">
        <Form
          locale={locale}
          timeZone={timeZone}
          stores={grouped.stores}
          now={() => new Date()}
          onSubmit={props.onAddManual}
          onCancel={closeForm}
          onDone={(id) => {
            closeForm();
            setStatus({ text: t(locale, 'popup.add.done', { id }), good: true });
          }}
        />
      </main>
    );
  }

  const empty = cases !== null ? cases.length === 0 : preview !== null && preview.total === 0;
  let budget = limit;
  let hidden = 0;

  return (
    <main class="popup">
      <header class="bar">
        <h1>{t(locale, 'app.name')}</h1>
        <div class="bar-actions">
          <button type="button" class="btn primary" onClick={openForm} ref={addButton}>
            {t(locale, 'popup.action.add')}
          </button>
          <button type="button" class="btn" onClick={props.onSettings}>
            {t(locale, 'popup.action.settings')}
          </button>
        </div>
      </header>
      <p class="status" role="status" aria-live="polite">
        {status ? <span class={`notice ${status.good ? 'good' : 'bad'}`}>{status.text}</span> : null}
      </p>
      <SettingsReset names={props.settingsReset ?? []} locale={locale} onSettings={props.onSettings} />
      {props.loadError ? (
        <p class="notice bad" role="alert">
          {t(locale, 'popup.loadError', { problem: props.loadError })}
        </p>
      ) : null}
      {props.quarantined > 0 ? <p class="notice bad">{tn(locale, 'popup.quarantined', props.quarantined)}</p> : null}
      {hostsOff > 0 ? <p class="muted hosts-off">{tn(locale, 'popup.hostsOff', hostsOff)}</p> : null}
      {!shown ? <p class="muted">{t(locale, 'popup.loading')}</p> : null}
      {empty && props.settled ? <NoneDue locale={locale} settled={props.settled} onOpenPortal={props.onOpenPortal} /> : null}
      {empty && !props.settled ? <EmptyState locale={locale} onAdd={openForm} onOpenPortal={props.onOpenPortal} /> : null}
      {shown && !empty ? (
        <>
          <div class="filters" role="search">
            {grouped.stores.length > 1 ? (
              <div class="field">
                <label for="filter-store">{t(locale, 'popup.filter.store')}</label>
                <select id="filter-store" value={store} onChange={(e) => setStore((e.currentTarget as HTMLSelectElement).value)}>
                  <option value="">{t(locale, 'popup.filter.allStores')}</option>
                  {grouped.stores.map((s) => (
                    <option value={s} key={s}>
                      {s}
                    </option>
                  ))}
                </select>
              </div>
            ) : null}
            <div class="field grow">
              <label for="filter-search">{t(locale, 'popup.filter.search')}</label>
              <input
                id="filter-search"
                type="search"
                value={search}
                placeholder={t(locale, 'popup.filter.searchPlaceholder')}
                onInput={(e) => setSearch((e.currentTarget as HTMLInputElement).value)}
              />
            </div>
          </div>
          <div class="summary">
            <span>{tn(locale, 'popup.count', grouped.total)}</span>
            <span class="bar-actions">
              {/* The visible words are the accessible name (WCAG 2.5.3); the longer text describes. */}
              <button type="button" class="btn" disabled={cases === null} onClick={() => void exportAs('csv')} aria-describedby="export-csv-desc" title={t(locale, 'popup.action.csv.label')}>
                {t(locale, 'popup.action.csv')}
              </button>
              <button type="button" class="btn" disabled={cases === null} onClick={() => void exportAs('ics')} aria-describedby="export-ics-desc" title={t(locale, 'popup.action.ical.label')}>
                {t(locale, 'popup.action.ical')}
              </button>
              <span id="export-csv-desc" class="sr-only">
                {t(locale, 'popup.action.csv.label')}
              </span>
              <span id="export-ics-desc" class="sr-only">
                {t(locale, 'popup.action.ical.label')}
              </span>
            </span>
          </div>
          {/* (every case hidden with its host, no filter: the line above says why the list is empty) */}
          {grouped.total === 0 && (hostsOff === 0 || store !== '' || search.trim() !== '') ? <p class="muted">{t(locale, 'popup.noMatch')}</p> : null}
          <div class="groups" data-testid="case-list" data-rows-limit={limit} ref={listRef}>
            {grouped.groups.map(({ group, rows: groupRowsList, count }) => {
              const listed = groupRowsList.slice(0, Math.max(0, budget));
              budget -= listed.length;
              hidden += count - listed.length;
              if (listed.length === 0) return null;
              return (
                <section class={`group g-${group}`} aria-labelledby={`group-${group}`} key={group} data-group={group}>
                  <h2 id={`group-${group}`}>
                    {t(locale, `popup.group.${group}`)} <span class="count">({formatCount(locale, count)})</span>
                  </h2>
                  <ul>
                    {listed.map((row) => (
                      <CaseRow key={row.case.key} row={row} locale={locale} timeZone={timeZone} now={now} onOpen={props.onOpen} onRemove={removeCase} />
                    ))}
                  </ul>
                </section>
              );
            })}
          </div>
          {hidden > 0 ? (
            <button type="button" class="btn more" onClick={showMore}>
              {t(locale, 'popup.more', { count: formatCount(locale, hidden) })}
            </button>
          ) : null}
        </>
      ) : null}
    </main>
  );
}
