import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inWindow, parseInstant, parseIsoFast, window } from '../../lib/rules/effective';

describe('parseInstant', () => {
  it('gives Date.parse\'s result for every ISO form the fast path takes (property)', () => {
    const offset = fc.oneof(
      fc.constant('Z'),
      fc.tuple(fc.constantFrom('+', '-'), fc.integer({ min: 0, max: 14 }), fc.constantFrom(0, 30, 45)).map(
        ([s, h, m]) => `${s}${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`,
      ),
    );
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1970, 0, 2), max: Date.UTC(2200, 0, 1) }), offset, fc.boolean(), (t, off, withMs) => {
        const iso = new Date(t).toISOString().replace('Z', '');
        const s = (withMs ? iso : iso.slice(0, 19)) + off;
        expect(parseInstant(s)).toBe(Date.parse(s));
      }),
      { numRuns: 5000 },
    );
  });

  it.each([
    '2025-02-29T10:00:00Z', // not a leap year: left to Date.parse (NaN)
    '2024-02-29T10:00:00Z',
    '2025-12-31T23:59:59.999Z',
    '2025-13-01T00:00:00Z',
    '2025-06-01T24:00:00Z',
    '2025-06-01T10:00Z',
    '2025-06-01',
    '2025-06-01T10:00:00.5Z',
    '2025-06-01T10:00:00+0200',
    '1969-12-31T23:59:59Z',
    'Sun, 01 Jun 2025 10:00:00 GMT',
    '2025-06-01T10:00:00Zjunk',
  ])('%s as Date.parse reads it (or null where Date.parse gives NaN)', (s) => {
    const expected = Date.parse(s);
    expect(parseInstant(s)).toBe(Number.isNaN(expected) ? null : expected);
  });

  it.each(['', 'soon', undefined, null, 42, {}])('%s → null', (v) => {
    expect(parseInstant(v)).toBeNull();
  });

  it('the fast path declines what it does not handle', () => {
    expect(parseIsoFast('2025-06-29T10:00:00Z')).toBeNull();
    expect(parseIsoFast('2025-06-01')).toBeNull();
    expect(parseIsoFast('2025-06-01T10:00:00Z')).toBe(Date.UTC(2025, 5, 1, 10));
  });
});

describe('effective windows: [from, until)', () => {
  const w = window({ from: '2025-08-08T00:00:00+02:00', until: '2026-01-01T00:00:00Z' });
  it.each([
    ['2025-08-07T21:59:59.999Z', false],
    ['2025-08-07T22:00:00.000Z', true],
    ['2025-12-31T23:59:59.999Z', true],
    ['2026-01-01T00:00:00.000Z', false],
  ])('%s → %s', (t, inside) => {
    expect(inWindow(w, Date.parse(t))).toBe(inside);
  });

  it('open ends', () => {
    expect(inWindow(window({}), -8.64e15)).toBe(true);
    expect(inWindow(window({ until: '2025-01-01T00:00:00Z' }), 0)).toBe(true);
    expect(inWindow(window({ from: '2025-01-01T00:00:00Z' }), 8.64e15)).toBe(true);
  });
});
