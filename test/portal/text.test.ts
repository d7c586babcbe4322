// cleanText skips its replacements when a quick test finds nothing to change: that test must
// find every character the replacements would change, and every run of spaces.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText, withoutTail } from '../../lib/portal/text';

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

// withoutTail drops a label's or value's trailing colon, info mark, sort arrow or separator from the
// end backwards: what the pattern it replaced dropped (the pattern, tried from every position, took
// seconds on a long run of such characters).
describe('withoutTail', () => {
  const PATTERN = /(?:[\s:：*·•|\u2139\u24d8\ufe0f\u2190-\u21ff\u25b2-\u25c1\u2b06\u2b07\u2303\u2304\u02c4\u02c5]|\(\?\))+$/;
  const PIECES = [' ', ':', '：', '*', '·', '•', '|', 'ℹ', 'ⓘ', '\ufe0f', '↑', '▼', '⬇', '⌃', '˅', '(?)', '(', '?', ')', 'a', 'Ö', '1', '€', '-'];
  it('drops what the pattern dropped, on any text of its pieces', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }), (parts) => {
        const s = parts.join('');
        expect(withoutTail(s)).toBe(s.replace(PATTERN, ''));
      }),
      { numRuns: 3000 },
    );
  });
  it.each([
    ['Respond by:', 'Respond by'],
    ['Amount (?)', 'Amount'],
    ['€120.50 ⓘ', '€120.50'],
    ['Won ·', 'Won'],
    ['(?)(?): ', ''],
    ['a(?)b:', 'a(?)b'],
  ])('%j → %j', (s, out) => expect(withoutTail(s)).toBe(out));
});
