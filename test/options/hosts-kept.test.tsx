// @vitest-environment happy-dom
// Turning a portal site off now also takes its cases off the badge, the notifications and the popup
// (test/cases/host-off.test.ts, test/popup/hosts-off.test.tsx); the section said only which sites
// are read. It now says what happens to the cases already read there: kept, and in the JSON export.
import { describe, expect, it } from 'vitest';
import { LOCALES, t } from '../../lib/i18n';
import { DEFAULT_SETTINGS } from '../../lib/cases/schema';
import { useOptionsPage } from './options-page';

const page = useOptionsPage();

describe('options page: portal sites', () => {
  it.each(LOCALES.flatMap((locale) => [[locale, true], [locale, false]] as const))('%s (the test portal on: %s): says the cases of a site turned off are kept', (locale, playground) => {
    page.mount({ locale, settings: { ...DEFAULT_SETTINGS, hosts: { production: true, playground } } });
    const section = page.root.querySelector('section[aria-labelledby="sec-hosts"]')!;
    const hints = [...section.querySelectorAll('.hint')].map((p) => p.textContent);
    expect(hints).toContain(t(locale, 'options.hosts.offKept'));
    // it names the export button as the page shows it
    const exportButton = [...page.root.querySelectorAll('button')].find((b) => b.textContent === t(locale, 'options.export'));
    expect(exportButton).toBeDefined();
    expect(t(locale, 'options.hosts.offKept')).toContain(t(locale, 'options.export'));
  });
});
