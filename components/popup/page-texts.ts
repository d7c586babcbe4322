// A page's texts (./texts-loader.ts) and the hook that follows the UI language once they are in.
import { useEffect, useState } from 'preact/hooks';
import type { Locale } from '../../lib/i18n';
import type { PageTexts } from './texts-loader';

export { createPageTexts, textFiles, type PageTexts } from './texts-loader';

/**
 * The UI language to show: `wanted` once its texts are in the catalog, the previous one meanwhile
 * (a language chosen while the page is open loads first, so the page never shows keys).
 */
export function useShownLocale(wanted: Locale, texts: PageTexts): Locale {
  const [locale, setLocale] = useState<Locale>(wanted);
  useEffect(() => {
    let live = true;
    if (texts.has(wanted)) setLocale(wanted);
    else void texts.ensure(wanted).then(() => live && setLocale(wanted));
    return () => {
      live = false;
    };
  }, [wanted]);
  return locale;
}
