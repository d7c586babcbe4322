// Toolbar popup: wiring only (see components/popup). This chunk holds what the first frame from the
// due index needs; Preact and the app (components/popup/app.tsx, with the browser polyfill and
// @wxt-dev/storage) are a chunk of their own, imported once that frame is painted (or at once when
// the popup takes the full path).
import POPUP_TEXTS from 'virtual:dispute-radar/popup-texts';
import { assessForList } from '../../lib/cases/list-assessment';
import { extensionBuild } from '../../lib/cases/due-index';
import { loadInitialState } from '../../components/popup/first-frame';
import { FIRST_FRAME_ROWS } from '../../components/popup/rows';
import { browserTimeZone } from '../../components/format';
import { settingsLocale, settingsTimeZone } from '../../lib/cases/schema';
import { baseCss, installCss } from '../../components/popup/theme';
import { popupCss } from '../../components/popup/popup.css';
import { extensionApi, readState, takePrefetch, type StoredState } from '../../components/popup/prefetch';
import { createPageTexts } from '../../components/popup/texts-loader';
import { paintAppLoadError, paintFirstFrame } from '../../components/popup/first-paint';
import { FIRST_LIST_MARK, MAIN_MARK, markOnce, RENDERED_MARK, TEXTS_MARK } from '../../components/popup/marks';

markOnce(MAIN_MARK);
const api = extensionApi(globalThis);
/** Starts reading storage (when the popup's first script could not). */
function readStoredState(): StoredState {
  const local = api?.storage?.local;
  return local ? readState(local) : { head: Promise.reject(new Error('no storage API in this page')), cases: () => Promise.resolve(null) };
}
// prefetch.ts started the storage read before this bundle was compiled; read now if it could not.
const prefetched = takePrefetch(globalThis);
// The popup's texts come with this bundle, one JSON text per language (modules/texts.ts): only the
// language shown is parsed, and nothing waits for a fetch (no file of them is written).
const texts = createPageTexts((locale) => Promise.resolve(JSON.parse(POPUP_TEXTS[locale]) as unknown));
installCss(document, baseCss() + popupCss, 'dispute-radar-css');

// The first render is the list itself: the stored state is read and checked, and the texts of the
// UI language are in, before anything is drawn. With the background's due index, only the rows of
// the first frame are checked and assessed before it, and that frame is drawn with plain DOM calls
// (components/popup/first-paint.ts: the same document PopupView renders); once it is painted, Preact
// renders the popup in its place and every due case follows. Without the index, Preact draws the
// full list at once, as before.
/** The app's chunk, asked for once: at once on the full path, after the first frame otherwise. */
let app: Promise<typeof import('../../components/popup/app')> | null = null;
const loadApp = () => (app ??= import('../../components/popup/app'));
const context = {
  assessDispute: assessForList,
  build: extensionBuild(api?.runtime ?? {}),
  browserZone: browserTimeZone,
  rows: FIRST_FRAME_ROWS,
  // Without a first frame from the index, Preact draws the list: its chunk loads while the store is read.
  onFullPath: () => void loadApp(),
};
void loadInitialState(prefetched?.state ?? readStoredState(), context).then(async (initial) => {
  const locale = settingsLocale(initial.settings);
  // (a preview from the index has at least one row: first-frame.ts gives none for an empty list)
  const preview = initial.preview;
  await texts.ensure(locale);
  markOnce(TEXTS_MARK);
  const root = document.getElementById('app')!;
  const props = { assessDispute: assessForList, initial, texts };
  const inCatalog = texts.has(locale);
  const appFailed = () => paintAppLoadError(document, root, inCatalog ? locale : 'en');
  // The language shown must be in the catalog (ensure fell back to English otherwise): Preact's
  // first render shows the same one (useShownLocale).
  if (preview === null || !inCatalog) {
    await loadApp().then(({ mountPopup }) => mountPopup(root, props), appFailed);
    markOnce(RENDERED_MARK);
    return;
  }
  const timeZone = settingsTimeZone(initial.settings, browserTimeZone);
  paintFirstFrame(document, root, { preview, locale, timeZone, now: initial.now, rows: FIRST_FRAME_ROWS });
  markOnce(RENDERED_MARK);
  requestAnimationFrame(() => {
    markOnce(FIRST_LIST_MARK, { rows: root.querySelectorAll('.row').length, fromIndex: true });
    // After this frame is painted: Preact draws the same view in its place (one task: the frame in
    // between is never shown empty) and goes on as after its own first render.
    const later = loadApp();
    setTimeout(() => {
      void later.then(({ mountPopup }) => {
        root.replaceChildren();
        mountPopup(root, props);
      }, appFailed);
    }, 0);
  });
});
