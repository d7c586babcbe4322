// The content script's read-only view of the case store (entrypoints/content/wire.ts
// merchantFromStore) reads both stored forms: one JSON text (format 3) and the older object.
import { describe, expect, it } from 'vitest';
import { merchantFromStore } from '../../entrypoints/content/wire';
import { encodeStoredCases } from '../../lib/cases/stored-form';
import { trackedCase } from './fixtures';

describe('content script reading the stored cases', () => {
  const a = trackedCase('dp_1', 'open', 3, { merchant: { goods: 'digital', ticks: { receipt: true } } });
  const b = trackedCase('dp_2', 'open', 5, { merchant: { buyerCountry: 'SE', ticks: {} } });
  const record = { [a.key]: a, [b.key]: b };

  it.each([
    ['one JSON text (format 3)', encodeStoredCases(record)],
    ['an object of objects (format 2)', record],
  ])('%s gives every merchant input by case key', (_form, stored) => {
    expect(new Map(merchantFromStore(stored))).toEqual(
      new Map([
        [a.key, { goods: 'digital', ticks: { receipt: true } }],
        [b.key, { buyerCountry: 'SE', ticks: {} }],
        // and under the key a page without a store reads them by (test/content/wire.test.ts)
        ['-|dp_1', { goods: 'digital', ticks: { receipt: true } }],
        ['-|dp_2', { buyerCountry: 'SE', ticks: {} }],
      ]),
    );
  });

  it.each([['{broken'], [null], [42]])('an unreadable store %j gives nothing, without throwing', (stored) => {
    expect(merchantFromStore(stored).size).toBe(0);
  });
});
