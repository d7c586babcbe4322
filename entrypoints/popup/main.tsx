// Toolbar popup: wiring only (see components/popup).
import { render } from 'preact';
import { resolveLocale } from '../../lib/i18n/locales';
import { assessForList } from '../../lib/cases/list-assessment';
import { browser } from 'wxt/browser';
import { Popup, popupLocale, readStoredState } from '../../components/popup/Popup';
import { loadInitialState } from '../../components/popup/first-frame';
import { FIRST_FRAME_ROWS } from '../../components/popup/rows';
import { extensionBuild } from '../../lib/cases/due-index';
import { browserTimeZone } from '../../components/format';
import { baseCss, installCss } from '../../components/popup/theme';
import { popupCss } from '../../components/popup/popup.css';
import { takePrefetch } from '../../components/popup/prefetch';
import { createPageTexts, fetchJson } from '../../components/popup/page-texts';
import { MAIN_MARK, markOnce, RENDERED_MARK, TEXTS_MARK } from '../../components/popup/marks';

markOnce(MAIN_MARK);
// prefetch.ts started the storage read and the texts' fetch before this bundle was compiled; read
// now if it could not.
const prefetched = takePrefetch(globalThis);
const texts = createPageTexts('popup', fetchJson, prefetched?.texts ? { [prefetched.texts.locale]: prefetched.texts.data } : {});
installCss(document, baseCss() + popupCss, 'dispute-radar-css');

// The first render is the list itself: the stored state is read and checked, and the texts of the
// UI language are in, before anything is drawn. With the background's due index, only the rows of
// the first frame are checked and assessed before it; every due case follows once it is painted.
// The browser language's texts load alongside (most merchants keep it); another language chosen
// in the options is loaded once the settings say so.
const browserTexts = texts.ensure(resolveLocale(navigator.language));
const context = { assessDispute: assessForList, build: extensionBuild(browser.runtime), browserZone: browserTimeZone, rows: FIRST_FRAME_ROWS };
void Promise.all([loadInitialState(prefetched?.state ?? readStoredState(), context), browserTexts]).then(async ([initial]) => {
  await texts.ensure(popupLocale(initial.settings));
  markOnce(TEXTS_MARK);
  render(<Popup assessDispute={assessForList} initial={initial} texts={texts} />, document.getElementById('app')!);
  markOnce(RENDERED_MARK);
});
