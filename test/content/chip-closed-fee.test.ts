// The chip of a closed dispute says what became of its fee, as the detail panel does (7d21179): a
// closed dispute's fee is decided, charged or not, and "closed · fee €15.00 if lost" told the
// merchant of a loss still to come. Lost (or accepted): charged; won with a fee charged only if
// lost, or an enquiry closed without escalating: no fee charged; won with a fee charged on opening
// (before 2 Dec 2025, Kustom 483942): refunded. The words are the panel's (components/view-model
// feeText, one copy); open disputes unchanged.
import { describe, expect, it } from 'vitest';
import { chipModel, panelFeeText, type DisputeView, type ViewContext } from '../../components/view-model';
import { formatMoney } from '../../components/format';
import { LOCALES, t, type Locale } from '../../lib/i18n';
import type { DisputeFacts } from '../../lib/rules/types';
import { CARD, ENQUIRY, NOW, OLD_CARD } from '../fixtures/closed-disputes';
import { assessForList } from '../../entrypoints/content/list-assessment';

const TZ = 'Europe/Stockholm';

const vc = (locale: Locale): ViewContext => ({ locale, timeZone: TZ, now: NOW, scheme: 'light' });
// The list's own assessment (the content script's chips are drawn from it).
function view(facts: DisputeFacts): DisputeView {
  return { key: `M1|${facts.id}`, storeId: 'M1', facts, assessment: assessForList(facts, { now: new Date(NOW), timeZone: TZ }), missing: [], merchant: null };
}
const eur15 = (l: Locale) => formatMoney(l, { amountMinor: 1500, currency: 'EUR' });
const sek150 = (l: Locale) => formatMoney(l, { amountMinor: 15_000, currency: 'SEK' });

const cases: [string, DisputeFacts, (l: Locale) => string][] = [
  ['lost: charged', CARD, (l) => t(l, 'content.fee.charged', { amount: eur15(l) })],
  ['won, fee only if lost: not charged', { ...CARD, status: 'won' }, (l) => t(l, 'content.fee.notCharged')],
  ['enquiry closed: not charged', ENQUIRY, (l) => t(l, 'content.fee.notCharged')],
  ['won before 2 Dec 2025: refunded', { ...OLD_CARD, status: 'won' }, (l) => t(l, 'content.fee.refunded', { amount: sek150(l) })],
  ['lost before 2 Dec 2025: charged', OLD_CARD, (l) => t(l, 'content.fee.charged', { amount: sek150(l) })],
];

describe('the chip of a closed dispute', () => {
  it.each(LOCALES.flatMap((l) => cases.map(([name, facts, want]) => [l, name, facts, want] as const)))('%s, %s', (locale, _name, facts, want) => {
    const v = view(facts);
    const m = chipModel(v, vc(locale));
    expect(m.text).toBe(t(locale, 'content.chip.closed'));
    expect(m.fee).toBe(want(locale));
    // the panel's words, one copy
    expect(m.fee).toBe(panelFeeText(v, v.assessment!, locale));
    expect(m.label.endsWith(`${want(locale)}.`)).toBe(true);
    expect(m.fee).not.toBe(t(locale, 'content.fee.ifLost', { amount: eur15(locale) }));
  });

  it.each(LOCALES)('%s: an open dispute still says what a loss would cost', (locale) => {
    const m = chipModel(view({ ...CARD, status: 'open' }), vc(locale));
    expect(m.fee).toBe(t(locale, 'content.fee.ifLost', { amount: eur15(locale) }));
  });
});
