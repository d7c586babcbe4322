// Toolbar popup: wiring only (see components/popup).
import { render } from 'preact';
import { assessDispute } from '../../lib/rules';
import { Popup } from '../../components/popup/Popup';
import { baseCss, installCss } from '../../components/popup/theme';
import { popupCss } from '../../components/popup/popup.css';

installCss(document, baseCss() + popupCss, 'dispute-radar-css');
render(<Popup assessDispute={assessDispute} />, document.getElementById('app')!);
