// Options page: wiring only (see components/options).
import { render } from 'preact';
import { Options } from '../../components/options/Options';
import { baseCss, installCss } from '../../components/popup/theme';
import { optionsCss } from '../../components/options/options.css';

installCss(document, baseCss() + optionsCss, 'dispute-radar-css');
render(<Options />, document.getElementById('app')!);
