// applyPatch: the merchant's inputs after a patch, the same as the background applies them
// (an optimistic view until the background's reply comes).
import { describe, expect, it } from 'vitest';
import { applyPatch } from '../../entrypoints/content/detail-panel';
import type { MerchantInput } from '../../lib/cases/schema';
import type { MerchantPatch } from '../../lib/cases/messages';

const before: MerchantInput = { buyerCountry: 'SE', goods: 'physical', notes: 'called the buyer', ticks: { a: true, b: false } };

describe('applyPatch', () => {
  it.each<[string, MerchantInput | undefined, MerchantPatch, MerchantInput]>([
    ['nothing before, nothing patched', undefined, {}, { ticks: {} }],
    ['an empty patch keeps all', before, {}, before],
    ['null clears each field', before, { buyerCountry: null, goods: null, notes: null }, { ticks: { a: true, b: false } }],
    ['values replace', before, { buyerCountry: 'DE', goods: 'digital', notes: 'x' }, { ...before, buyerCountry: 'DE', goods: 'digital', notes: 'x' }],
    ['a note may be emptied', before, { notes: '' }, { ...before, notes: '' }],
    ['ticks are merged, a false tick kept', before, { ticks: { b: true, c: false } }, { ...before, ticks: { a: true, b: true, c: false } }],
    ['empty stored texts are not carried over', { ticks: {}, notes: '' }, {}, { ticks: {} }],
  ])('%s', (_name, was, patch, expected) => {
    expect(applyPatch(was, patch)).toStrictEqual(expected);
  });

  it('leaves its input alone', () => {
    const copy = structuredClone(before);
    applyPatch(before, { ticks: { a: false }, notes: null });
    expect(before).toStrictEqual(copy);
  });
});
