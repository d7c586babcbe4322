// @vitest-environment happy-dom
// The "Add a case" form's buyer countries. Intl names some regions that ISO 3166 reserves for parts
// of other countries ("exceptionally reserved" codes): the Canary Islands (IC) and Ceuta and Melilla
// (EA) are Spain, in the EEA; Ascension (AC) and Tristan da Cunha (TA) are parts of Saint Helena,
// Diego Garcia (DG) of the British Indian Ocean Territory, Clipperton (CP) of France's overseas lands,
// Sark (CQ) of Guernsey. The form offered them as countries of their own, and a case saved with
// "Canary Islands" had "no published fee" instead of Spain's (the EEA row's €15 for a card). They
// are not offered or accepted now, as in the detail panel's list (0142cd9), which is the same list.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { AddCaseForm } from '../../components/popup/AddCaseForm';
import { buyerCountries } from '../../components/countries';
import { countryCodes } from '../../lib/cases/countries';
import { EMPTY_MANUAL_FORM, validateManualCase, type ManualCaseForm } from '../../lib/cases/manual-case';
import { assessDispute } from '../../lib/rules';
import { LOCALES } from '../../lib/i18n';
import { NOW } from './fixtures';

const RESERVED = ['AC', 'CP', 'CQ', 'DG', 'EA', 'IC', 'TA'];
const opts = { now: NOW, timeZone: 'Europe/Madrid', newId: () => 'manual-1' };
const cardCase = (buyerCountry: string): ManualCaseForm => ({
  ...EMPTY_MANUAL_FORM,
  provider: 'card',
  status: 'open',
  disputeId: 'C-1',
  createdAt: '2026-03-02',
  amount: '120,00',
  currency: 'EUR',
  buyerCountry,
  reason: 'Goods not received',
});

let root: HTMLElement | null = null;
afterEach(() => {
  if (root) render(null, root);
  root?.remove();
  root = null;
});

function offered(locale: (typeof LOCALES)[number]): string[] {
  root = document.createElement('div');
  document.body.append(root);
  const el = root;
  act(() => render(<AddCaseForm locale={locale} timeZone="Europe/Madrid" stores={[]} now={() => NOW} onSubmit={vi.fn(async () => null)} onDone={vi.fn()} onCancel={vi.fn()} />, el));
  const select = el.querySelector<HTMLSelectElement>('select[name="buyerCountry"]')!;
  return [...select.options].map((o) => o.value).filter((v) => v !== '');
}

describe('Add a case: buyer countries', () => {
  it.each(LOCALES)('%s: no region that is part of another country is offered; Spain is', (locale) => {
    const codes = offered(locale);
    for (const code of RESERVED) expect(codes, code).not.toContain(code);
    for (const code of ['ES', 'SH', 'IO', 'FR', 'GG', 'SE', 'JP']) expect(codes, code).toContain(code);
  });

  it.each(RESERVED)('%s is not accepted as a buyer country', (code) => {
    expect(countryCodes()).not.toContain(code);
    const result = validateManualCase(cardCase(code), opts);
    expect(result.ok ? null : result.errors.buyerCountry).toBe('popup.add.error.country');
  });

  it('a buyer on the Canary Islands is entered as Spain and gets the EEA card fee', () => {
    const result = validateManualCase(cardCase('ES'), opts);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.facts.buyerCountry).toBe('ES');
    expect(assessDispute(result.facts, { now: NOW, timeZone: 'Europe/Madrid' }).fee?.fee).toEqual({ amountMinor: 1500, currency: 'EUR' });
  });

  it('the form and the detail panel offer the same countries', () => {
    expect(new Set(buyerCountries())).toEqual(new Set(countryCodes()));
  });
});
