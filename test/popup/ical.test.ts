import { describe, expect, it } from 'vitest';
import { assessCases, dueRows, groupRows } from '../../lib/cases/group';
import { casesToIcal, escapeText, eventUid, foldLine, icalUtc } from '../../lib/cases/ical';
import { fakeAssess, makeCase, NOW, ZONE } from './fixtures';

const octets = (s: string) => new TextEncoder().encode(s).length;

/** Unfolds (RFC 5545 3.1) and splits into [name, params, value] per content line. */
function parseIcal(text: string): { name: string; value: string }[] {
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/); // no bare CR or LF
  const unfolded = text.replace(/\r\n[ \t]/g, '');
  return unfolded
    .split('\r\n')
    .filter((l) => l.length > 0)
    .map((line) => {
      const colon = line.indexOf(':');
      return { name: line.slice(0, colon).split(';')[0]!, value: line.slice(colon + 1) };
    });
}

function unescapeText(v: string): string {
  return v.replace(/\\([\\;,nN])/g, (_m, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

describe('escapeText', () => {
  it.each([
    ['a,b;c\\d', 'a\\,b\\;c\\\\d'],
    ['line1\nline2\r\nline3', 'line1\\nline2\\nline3'],
    ['bell\u0007', 'bell'],
    ['Ünïcødé ✓', 'Ünïcødé ✓'],
  ])('%j → %j', (input, out) => expect(escapeText(input)).toBe(out));
});

describe('foldLine', () => {
  it.each([
    ['short', 1],
    ['x'.repeat(75), 1],
    ['x'.repeat(76), 2],
    ['x'.repeat(75 + 74 + 1), 3],
    ['ø'.repeat(100), 3],
    ['✓'.repeat(60), 3],
  ])('%#: folds to pieces of ≤ 75 octets that unfold to the original', (line, pieces) => {
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts).toHaveLength(pieces);
    for (const p of parts) expect(octets(p)).toBeLessThanOrEqual(75);
    for (const p of parts.slice(1)) expect(p.startsWith(' ')).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    // No UTF-8 character is split: every piece is valid text on its own.
    for (const p of parts) expect(new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(p))).toBe(p);
  });
});

describe('icalUtc', () => {
  it.each([
    ['2026-03-10T17:05:09.999Z', '20260310T170509Z'],
    ['2026-03-10T18:05:09+01:00', '20260310T170509Z'],
  ])('%s → %s', (iso, out) => expect(icalUtc(iso)).toBe(out));
});

describe('eventUid', () => {
  it('is stable and safe for any case key', () => {
    expect(eventUid('M-1|D 1;ø', 'response')).toBe('response-M-1%7CD%201%3B%C3%B8@dispute-radar.invalid');
    expect(eventUid('M-1|D-1', 'escalation')).not.toBe(eventUid('M-1|D-1', 'response'));
  });
});

describe('casesToIcal', () => {
  const long = makeCase('D-long', {
    hoursLeft: 30,
    ref: 'Ref; with, specials\\ and a newline\nthat goes on and on so that the description line is longer than seventy-five octets ✓',
    pageUrl: 'https://portal.kustom.co/disputes/D-long',
  });
  const rows = dueRows(groupRows(assessCases([makeCase('D-1', { hoursLeft: 5 }), long, makeCase('X', { incomplete: true })], fakeAssess)));
  const ics = casesToIcal(rows, { locale: 'en', timeZone: ZONE, now: NOW, hoursBefore: [24, 2, 72, 0.5] });
  const lines = parseIcal(ics);

  it('has every line ≤ 75 octets and CRLF line ends', () => {
    for (const raw of ics.split('\r\n')) expect(octets(raw)).toBeLessThanOrEqual(75);
  });

  it('is one VCALENDAR with VERSION 2.0 and a PRODID', () => {
    expect(lines[0]).toEqual({ name: 'BEGIN', value: 'VCALENDAR' });
    expect(lines.at(-1)).toEqual({ name: 'END', value: 'VCALENDAR' });
    expect(lines.find((l) => l.name === 'VERSION')?.value).toBe('2.0');
    expect(lines.find((l) => l.name === 'PRODID')?.value).toMatch(/^-\/\/Dispute Radar\/\//);
  });

  it('has one VEVENT per deadline (none for a case without one), each with UID, DTSTAMP and a UTC DTSTART', () => {
    const events: { name: string; value: string }[][] = [];
    let current: { name: string; value: string }[] | null = null;
    for (const l of lines) {
      if (l.name === 'BEGIN' && l.value === 'VEVENT') current = [];
      else if (l.name === 'END' && l.value === 'VEVENT') events.push(current!), (current = null);
      else if (current) current.push(l);
    }
    expect(events).toHaveLength(2);
    const prop = (e: { name: string; value: string }[], name: string) => e.filter((l) => l.name === name).map((l) => l.value);
    for (const e of events) {
      expect(prop(e, 'UID')).toHaveLength(1);
      expect(prop(e, 'DTSTAMP')).toEqual(['20260310T120000Z']);
      expect(prop(e, 'DTSTART')[0]).toMatch(/^\d{8}T\d{6}Z$/);
      expect(prop(e, 'TRIGGER')).toEqual(['-PT72H', '-PT24H', '-PT2H', '-PT30M']);
      expect(prop(e, 'ACTION')).toEqual(['DISPLAY', 'DISPLAY', 'DISPLAY', 'DISPLAY']);
    }
    expect(new Set(events.map((e) => prop(e, 'UID')[0])).size).toBe(2);
    expect(prop(events[0]!, 'DTSTART')).toEqual(['20260310T170000Z']);
    expect(unescapeText(prop(events[0]!, 'SUMMARY')[0]!)).toBe('Respond to dispute D-1 (€49.90)');
    const description = unescapeText(prop(events[1]!, 'DESCRIPTION')[0]!);
    expect(description).toContain('Ref; with, specials\\ and a newline\nthat goes on');
    expect(description).toContain('Fee at stake: €15.00');
    expect(prop(events[1]!, 'URL')).toEqual(['https://portal.kustom.co/disputes/D-long']);
  });

  it('escapes TEXT values: no unescaped comma or semicolon in SUMMARY or DESCRIPTION', () => {
    for (const l of lines.filter((x) => x.name === 'DESCRIPTION' || x.name === 'SUMMARY')) {
      expect(l.value.replace(/\\[\\;,nN]/g, '')).not.toMatch(/[;,\\]/);
    }
  });

  it('marks an estimated deadline as such', () => {
    const estimated = assessCases([makeCase('E', { hoursLeft: 10 })], (f, g) => {
      const a = fakeAssess(f, g);
      const next = { ...a.next!, source: 'rule' as const, ruleId: 'card.response', latest: '2026-03-20T12:00:00.000Z' };
      return { ...a, next, deadlines: [next] };
    });
    const text = parseIcal(casesToIcal(estimated, { locale: 'en', timeZone: ZONE, now: NOW, hoursBefore: [2] }))
      .filter((l) => l.name === 'DESCRIPTION')
      .map((l) => unescapeText(l.value))
      .join('\n');
    // (20 March 12:00 UTC is 13:00 in Stockholm, the tests' zone)
    expect(text).toContain('estimated from the rules; it may be as late as 20 Mar 2026, 13:00');
  });
});
