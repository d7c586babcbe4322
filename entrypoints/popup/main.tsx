// Toolbar popup: wiring only (see components/popup).
import { render } from 'preact';
import { assessDispute } from '../../lib/rules';
import { Popup, readStoredState } from '../../components/popup/Popup';
import { baseCss, installCss } from '../../components/popup/theme';
import { popupCss } from '../../components/popup/popup.css';

// Storage is read first, so the read runs while the view is set up.
const initial = readStoredState();
installCss(document, baseCss() + popupCss, 'dispute-radar-css');
render(<Popup assessDispute={assessDispute} initial={initial} />, document.getElementById('app')!);
