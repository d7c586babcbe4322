// cases:observed's observedAt is checked by lib/cases/messages isIsoDateTimeWithOffset (the shape
// of zod's date-time pattern, the date's day checked against its month by Date) instead of
// z.iso.datetime({ offset: true }), whose builder costs the content script 0.4 KB gzipped. The two
// must accept exactly the same texts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { casesObservedSchema, isIsoDateTimeWithOffset } from '../../lib/cases/messages';

const zodDateTime = z.iso.datetime({ offset: true });
const ours = casesObservedSchema.shape.observedAt;

function same(text: string): void {
  const expected = zodDateTime.safeParse(text).success;
  expect(ours.safeParse(text).success, text).toBe(expected);
  expect(isIsoDateTimeWithOffset(text), text).toBe(expected);
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

describe('observedAt: zod date-time with offset', () => {
  it.each([
    ['2026-03-02T12:00:00.000Z', true],
    ['2026-03-02T12:00:00Z', true],
    ['2026-03-02T12:00:00+01:00', true],
    ['2026-03-02T12:00:00.123456789-05:30', true],
    ['2024-02-29T00:00:00Z', true],
    ['2000-02-29T00:00:00Z', true],
    ['0000-02-29T00:00:00Z', true],
    ['2023-02-29T00:00:00Z', false],
    // years 0–99 (which Date.UTC would read as 1900–1999), days and months 00 and past the last
    ['0004-02-29T00:00:00Z', true],
    ['0096-02-29T00:00:00Z', true],
    ['0100-02-29T00:00:00Z', false],
    ['0001-02-29T00:00:00Z', false],
    ['0000-12-31T23:59:59Z', true],
    ['2026-01-00T00:00:00Z', false],
    ['2026-00-01T00:00:00Z', false],
    ['2026-01-99T00:00:00Z', false],
    ['2026-99-01T00:00:00Z', false],
    ['2026-02-31T00:00:00Z', false],
    ['2026-12-32T00:00:00Z', false],
    ['9999-12-31T23:59:59.999+23:59', true],
    ['1900-02-29T00:00:00Z', false],
    ['2026-04-31T00:00:00Z', false],
    ['2026-13-01T00:00:00Z', false],
    ['2026-03-02T24:00:00Z', false],
    ['2026-03-02T12:60:00Z', false],
    ['2026-03-02T12:00Z', false],
    ['2026-03-02T12:00:00', false],
    ['2026-03-02T12:00:00z', false],
    ['2026-03-02T12:00:00+0100', false],
    ['2026-03-02T12:00:00+24:00', false],
    ['2026-03-02 12:00:00Z', false],
    ['2026-03-02', false],
    ['+002026-03-02T12:00:00Z', false],
    ['2026-03-02T12:00:00.Z', false],
    ['', false],
  ])('%s: %s', (text, valid) => {
    expect(zodDateTime.safeParse(text).success).toBe(valid);
    same(text);
  });

  it('anything built from date-time parts, in range or not: the same verdict as zod', () => {
    const parts = fc.record({
      y: fc.integer({ min: 0, max: 9999 }),
      mo: fc.integer({ min: 0, max: 13 }),
      d: fc.integer({ min: 0, max: 32 }),
      sep: fc.constantFrom('T', 't', ' '),
      h: fc.integer({ min: 0, max: 25 }),
      mi: fc.integer({ min: 0, max: 61 }),
      s: fc.option(fc.integer({ min: 0, max: 61 }), { nil: undefined }),
      frac: fc.constantFrom('', '.', '.1', '.123', '.123456789', ',5'),
      zone: fc.constantFrom('Z', 'z', '', '+00:00', '-05:30', '+23:59', '+24:00', '+0100', '+01', '-12:60'),
    });
    fc.assert(
      fc.property(parts, (p) => {
        const seconds = p.s === undefined ? '' : `:${pad(p.s, 2)}${p.frac}`;
        same(`${pad(p.y, 4)}-${pad(p.mo, 2)}-${pad(p.d, 2)}${p.sep}${pad(p.h, 2)}:${pad(p.mi, 2)}${seconds}${p.zone}`);
      }),
      { numRuns: 3000 },
    );
  });

  it('any instant as toISOString writes it, and any text at all: the same verdict as zod', () => {
    fc.assert(fc.property(fc.date({ min: new Date('0000-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true }), (d) => same(d.toISOString())));
    fc.assert(fc.property(fc.string(), (s) => same(s)));
  });
});
