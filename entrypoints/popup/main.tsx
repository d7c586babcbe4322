// Toolbar popup: wiring only (see components/popup).
import { render } from 'preact';
import { browser } from 'wxt/browser';
import POPUP_TEXTS from 'virtual:dispute-radar/popup-texts';
import { LOCALES } from '../../lib/i18n/locales';
import { assessForList } from '../../lib/cases/list-assessment';
import { extensionBuild } from '../../lib/cases/due-index';
import { Popup, popupLocale, readStoredState } from '../../components/popup/Popup';
import { loadInitialState } from '../../components/popup/first-frame';
import { FIRST_FRAME_ROWS } from '../../components/popup/rows';
import { browserTimeZone } from '../../components/format';
import { baseCss, installCss } from '../../components/popup/theme';
import { popupCss } from '../../components/popup/popup.css';
import { takePrefetch } from '../../components/popup/prefetch';
import { createPageTexts, type TextsFetch } from '../../components/popup/page-texts';
import { textsPath } from '../../components/popup/text-files';
import { MAIN_MARK, markOnce, RENDERED_MARK, TEXTS_MARK } from '../../components/popup/marks';

markOnce(MAIN_MARK);
// prefetch.ts started the storage read before this bundle was compiled; read now if it could not.
const prefetched = takePrefetch(globalThis);
// The popup's texts come with this bundle, one JSON text per language (modules/texts.ts): only the
// language shown is parsed, and nothing waits for a fetch (no file of them is written).
const fromBundle: TextsFetch = (path) => {
  const locale = LOCALES.find((l) => textsPath('popup', l) === path);
  return locale ? Promise.resolve(JSON.parse(POPUP_TEXTS[locale]) as unknown) : Promise.reject(new Error(`no built-in texts for ${path}`));
};
const texts = createPageTexts('popup', fromBundle);
installCss(document, baseCss() + popupCss, 'dispute-radar-css');

// The first render is the list itself: the stored state is read and checked, and the texts of the
// UI language are in, before anything is drawn. With the background's due index, only the rows of
// the first frame are checked and assessed before it; every due case follows once it is painted.
const context = { assessDispute: assessForList, build: extensionBuild(browser.runtime), browserZone: browserTimeZone, rows: FIRST_FRAME_ROWS };
void loadInitialState(prefetched?.state ?? readStoredState(), context).then(async (initial) => {
  await texts.ensure(popupLocale(initial.settings));
  markOnce(TEXTS_MARK);
  render(<Popup assessDispute={assessForList} initial={initial} texts={texts} />, document.getElementById('app')!);
  markOnce(RENDERED_MARK);
});
