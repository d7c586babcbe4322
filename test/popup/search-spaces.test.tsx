// @vitest-environment happy-dom
// The popup's search, as a merchant types or pastes into it: an order number as the e-mail groups
// its digits ("4711 0815" for the portal's "47110815"), a reference pasted from a page or a mail
// program with a no-break space or an invisible mark in it, two spaces typed. The search compared
// the text as typed (trimmed, lower case) with the stored value, so each of these found nothing
// ("No case matches the filter.") though the case was listed right under it. Spaces and invisible
// marks now count for nothing on either side, as letter case already did.
import { describe, expect, it } from 'vitest';
import { act } from 'preact/test-utils';
import { LOCALES, t } from '../../lib/i18n';
import { makeCase } from './fixtures';
import { usePopupView } from './view-page';

const page = usePopupView();
const ids = () => [...page.root.querySelectorAll('.row .id')].map((e) => e.textContent);

const CASES = [
  makeCase('DP-1001', { hoursLeft: 5, orderId: '47110815', ref: 'Invoice 2026 / 118' }),
  makeCase('DP-1002', { hoursLeft: 6, orderId: 'ORD-2026-0042', ref: 'Webshop SE 7731' }),
  makeCase('DP-1003', { hoursLeft: 7, orderId: '99887766', ref: 'INV-55' }),
];

function search(text: string): void {
  const input = page.root.querySelector<HTMLInputElement>('#filter-search')!;
  act(() => {
    input.value = text;
    input.dispatchEvent(new Event('input'));
  });
}

describe.each(LOCALES.map((l) => [l] as const))('%s: the popup\'s search', (locale) => {
  it.each<[string, string, string[]]>([
    ['an order ID as an e-mail groups its digits', '4711 0815', ['DP-1001']],
    ['an order ID with a no-break space pasted in', '4711\u00a00815', ['DP-1001']],
    ['a reference with a narrow no-break space', 'webshop\u202fse 7731', ['DP-1002']],
    ['a reference typed with two spaces', 'invoice  2026', ['DP-1001']],
    ['a reference typed without its spaces', 'webshopse7731', ['DP-1002']],
    ['a dispute ID with a zero-width space pasted in', 'DP-10\u200b03', ['DP-1003']],
    ['an order ID in another letter case, spaces around', '  ord-2026-0042 ', ['DP-1002']],
    ['a dispute ID in lower case', 'dp-1002', ['DP-1002']],
    ['what no case holds', '4711 0816', []],
  ])('%s: "%s"', (_name, text, found) => {
    page.mount({ cases: CASES, locale });
    search(text);
    expect(ids()).toEqual(found);
    if (found.length === 0) expect(page.root.textContent).toContain(t(locale, 'popup.noMatch'));
  });
});
