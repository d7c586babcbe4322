// The panel shows a change at once with lib/cases' applyMerchantPatch, the function the background
// stores it with (lib/cases/store): the optimistic view is what the background will save.
import { describe, expect, it } from 'vitest';
import { applyMerchantPatch } from '../../lib/cases/merchant';
import type { MerchantInput } from '../../lib/cases/schema';
import type { MerchantPatch } from '../../lib/cases/messages';

const before: MerchantInput = { buyerCountry: 'SE', goods: 'physical', notes: 'called the buyer', ticks: { a: true, b: false } };

describe('applyMerchantPatch', () => {
  it.each<[string, MerchantInput, MerchantPatch, MerchantInput]>([
    ['nothing before, nothing patched', { ticks: {} }, {}, { ticks: {} }],
    ['an empty patch keeps all', before, {}, before],
    ['null clears each field', before, { buyerCountry: null, goods: null, notes: null }, { ticks: { a: true, b: false } }],
    ['values replace', before, { buyerCountry: 'DE', goods: 'digital', notes: 'x' }, { ...before, buyerCountry: 'DE', goods: 'digital', notes: 'x' }],
    ['a note may be emptied', before, { notes: '' }, { ...before, notes: '' }],
    ['ticks are merged, a false tick kept', before, { ticks: { b: true, c: false } }, { ...before, ticks: { a: true, b: true, c: false } }],
    ['a stored empty note stays until a patch changes it', { ticks: {}, notes: '' }, {}, { ticks: {}, notes: '' }],
  ])('%s', (_name, was, patch, expected) => {
    expect(applyMerchantPatch(was, patch)).toStrictEqual(expected);
  });

  it('leaves its input alone', () => {
    const copy = structuredClone(before);
    applyMerchantPatch(before, { ticks: { a: false }, notes: null });
    expect(before).toStrictEqual(copy);
  });
});
