// caseKey's inverse (lib/cases/schema keyParts), which the badge, a notification's click and
// storelessKey take a case key apart with, rather than each splitting it by hand.
import { describe, expect, it } from 'vitest';
import { caseKey, keyParts, storelessKey } from '../../lib/cases/schema';

describe('keyParts', () => {
  it.each([
    ['S1', 'DP-1'],
    [null, 'DP-1'],
    ['K100482', 'dp_9|x'],
    [null, ''],
  ])('takes apart caseKey(%j, %j)', (store, id) => {
    expect(keyParts(caseKey(store, id))).toEqual({ storeId: store, disputeId: id });
  });
  it('is null for what is no case key', () => expect(keyParts('DP-1')).toBeNull());
  it.each([
    ['S1|DP-1', '-|DP-1'],
    ['-|DP-1', '-|DP-1'],
    ['DP-1', null],
  ])('storelessKey(%j) is %j', (key, out) => expect(storelessKey(key)).toBe(out));
});
