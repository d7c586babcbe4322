// Toolbar popup: wiring only (see components/popup).
import { render } from 'preact';
import { assessDispute } from '../../lib/rules';
import { Popup, readStoredState } from '../../components/popup/Popup';
import { baseCss, installCss } from '../../components/popup/theme';
import { popupCss } from '../../components/popup/popup.css';
import { takePrefetch } from '../../components/popup/prefetch';

// prefetch.ts started the storage read before this bundle was compiled; read now if it could not.
const initial = takePrefetch(globalThis) ?? readStoredState();
installCss(document, baseCss() + popupCss, 'dispute-radar-css');
render(<Popup assessDispute={assessDispute} initial={initial} />, document.getElementById('app')!);
