// Options page: wiring only (see components/options).
import { render } from 'preact';
import { Options } from '../../components/options/Options';
import { settingsLocale } from '../../lib/cases/schema';
import { baseCss, installCss } from '../../components/popup/theme';
import { optionsCss } from '../../components/options/options.css';
import { readSettings } from '../../lib/cases/read';
import { createPageTexts, textFiles } from '../../components/popup/page-texts';

installCss(document, baseCss() + optionsCss, 'dispute-radar-css');
// The page's texts in its UI language are loaded before the first render (its build carries none).
const texts = createPageTexts(textFiles('options'));
void readSettings()
  .catch(() => null)
  .then((settings) => texts.ensure(settingsLocale(settings)))
  .then(() => render(<Options texts={texts} />, document.getElementById('app')!));
