// Toolbar popup: wiring only (see components/popup).
import { render } from 'preact';
import { assessForList } from '../../lib/cases/list-assessment';
import { loadInitialState, Popup, popupLocale, readStoredState } from '../../components/popup/Popup';
import { baseCss, installCss } from '../../components/popup/theme';
import { popupCss } from '../../components/popup/popup.css';
import { takePrefetch } from '../../components/popup/prefetch';
import { createPageTexts, fetchJson } from '../../components/popup/page-texts';

// prefetch.ts started the storage read and the texts' fetch before this bundle was compiled; read
// now if it could not.
const prefetched = takePrefetch(globalThis);
const texts = createPageTexts('popup', fetchJson, prefetched?.texts ? { [prefetched.texts.locale]: prefetched.texts.data } : {});
installCss(document, baseCss() + popupCss, 'dispute-radar-css');

// The first render is the list itself: the stored state is read and checked, and the texts of the
// UI language are in, before anything is drawn.
void loadInitialState(prefetched?.state ?? readStoredState()).then(async (initial) => {
  await texts.ensure(popupLocale(initial.settings));
  render(<Popup assessDispute={assessForList} initial={initial} texts={texts} />, document.getElementById('app')!);
});
