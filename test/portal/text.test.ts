// cleanText skips its replacements when a quick test finds nothing to change: that test must
// find every character the replacements would change, and every run of spaces.
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../lib/portal/text';

/** What cleanText does to a text, without the shortcut. */
const slow = (s: string) => s.replace(/[\u00ad\u200b-\u200f\u2060\u2066-\u2069\ufeff]/g, '').replace(/\s+/g, ' ').trim();
const spaces = Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c)).filter((ch) => /\s/.test(ch));

describe('cleanText', () => {
  it('changes every character its replacements change (each UTF-16 unit between two letters)', () => {
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const s = `a${String.fromCharCode(c)}b`;
      if (cleanText(s) !== slow(s)) wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });

  it('collapses every pair of spaces of any kind', () => {
    const wrong: string[] = [];
    for (const x of spaces) {
      for (const y of spaces) if (cleanText(`a${x}${y}b`) !== slow(`a${x}${y}b`)) wrong.push(`${x.charCodeAt(0)},${y.charCodeAt(0)}`);
    }
    expect(spaces.length).toBeGreaterThan(20);
    expect(wrong).toEqual([]);
  });

  it.each([
    ['  Dispute\u00a0ID ', 'Dispute ID'],
    ['1\u202f234,50\u00a0kr', '1 234,50 kr'],
    ['dp_\u200b1', 'dp_1'],
    ['Amount', 'Amount'],
  ])('%j → %j', (raw, clean) => expect(cleanText(raw)).toBe(clean));
});
