// @vitest-environment happy-dom
// Detail pages in layouts the sandbox does not draw: timelines, label columns, several values
// per label. A date read from the wrong line is worse than none: every case here either reads
// the date the page shows for the label or none.
import { describe, expect, it } from 'vitest';
import { readPortalPage } from '../../lib/portal';

const TZ = 'Europe/Stockholm';
const URL = 'https://portal.kustom.co/disputes/N-1';
const read = (body: string, lang = 'en-GB') =>
  readPortalPage(new DOMParser().parseFromString(`<html lang="${lang}"><body>${body}</body></html>`, 'text/html'), URL, { timeZone: TZ });

const HEAD = `<dl><dt>Dispute ID</dt><dd>N-1</dd><dt>Status</dt><dd>Won</dd></dl>`;

describe('a timeline whose lines show the date first and the event after it', () => {
  it.each([
    ['list items with <time>', `<ol><li><time>19 Jan 2026</time> Created</li><li><time>26 Jan 2026</time> Respond by</li><li><time>28 Jan 2026</time> Won</li></ol>`],
    ['list items with <time datetime>', `<ol><li><time datetime="2026-01-19">19 Jan 2026</time> Created</li><li><time datetime="2026-01-26">26 Jan 2026</time> Respond by</li><li><time datetime="2026-01-28">28 Jan 2026</time> Won</li></ol>`],
    ['divs with a bold date', `<div><div><b>19 Jan 2026</b> Created</div><div><b>26 Jan 2026</b> Respond by</div><div><b>28 Jan 2026</b> Won</div></div>`],
  ])('%s: each date is its own line\'s', (_name, timeline) => {
    const r = read(`<main>${HEAD}<h2>Timeline</h2>${timeline}</main>`);
    expect(r.problems).toEqual([]);
    expect(r.disputes.map((d) => d.facts)).toEqual([
      { id: 'N-1', status: 'won', createdAt: '2026-01-18T23:00:00.000Z', dueBy: '2026-01-26T22:59:59.999Z' },
    ]);
  });

  it('an icon ligature before a label is no value: the value after it is read', () => {
    const r = read(`<main><div><span><span class="material-icons">tag</span>Dispute ID</span><span>N-1</span></div><div><span><i class="material-icons">event</i> Respond by</span><span>26 Jan 2026</span></div></main>`);
    expect(r.problems).toEqual([]);
    expect(r.disputes.map((d) => d.facts)).toEqual([{ id: 'N-1', dueBy: '2026-01-26T22:59:59.999Z' }]);
  });
});

describe('status words without a status label', () => {
  it.each([
    ['a timeline of several statuses: none is surely the current one', `<dl><dt>Dispute ID</dt><dd>N-1</dd></dl><ol><li><time>19 Jan 2026</time> Created</li><li><time>20 Jan 2026</time> Response required</li><li><time>28 Jan 2026</time> Won</li></ol>`, undefined],
    ['one badge: it is the status', `<p>Dispute ID: N-1</p><p><span>Won</span></p><p>Created: 19 Jan 2026</p>`, 'won'],
    ['the same status twice (badge and caption): it is the status', `<p>Dispute ID: N-1</p><p><span>Under review</span></p><p>Created: 19 Jan 2026</p><small>Under review</small>`, 'under_review'],
  ])('%s', (_name, body, status) => {
    const r = read(`<main>${body}</main>`);
    expect(r.disputes.map((d) => [d.facts.id, d.facts.createdAt, d.facts.status])).toEqual([['N-1', '2026-01-18T23:00:00.000Z', status]]);
  });
});

describe('a definition list with the day and the time of a date in a dd each', () => {
  const AT = new Date('2026-01-26T13:00:00.000Z'); // 14:00 in Stockholm
  const LABELS = {
    'en-GB': ['Dispute ID', 'Respond by'],
    'de-DE': ['Streitfall-ID', 'Antwort bis'],
    'sv-SE': ['Tvist-ID', 'Svara senast'],
    'fi-FI': ['Kiistan tunnus', 'Vastaa viimeistään'],
    'nb-NO': ['Tvist-ID', 'Svar innen'],
    'da-DK': ['Tvist-ID', 'Svar senest'],
  } as const;
  it.each(Object.entries(LABELS))('%s: the deadline is the day at that time, not the day’s end', (lang, [idLabel, dueLabel]) => {
    const day = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: TZ }).format(AT);
    const time = new Intl.DateTimeFormat(lang, { timeStyle: 'short', timeZone: TZ }).format(AT);
    const r = read(`<main><dl><dt>${idLabel}</dt><dd>N-1</dd><dt>${dueLabel}</dt><dd>${day}</dd><dd>\n  ${time}\n</dd></dl></main>`, lang);
    expect(r.problems).toEqual([]);
    expect(r.disputes.map((d) => d.facts)).toEqual([{ id: 'N-1', dueBy: AT.toISOString() }]);
  });

  it.each([
    ['a second dd that is no time (a note): the first dd alone', '<dd>26 Jan 2026</dd><dd>extended once</dd>', '2026-01-26T22:59:59.999Z'],
    ['a time in the next dt’s dd: not this date’s', '<dd>26 Jan 2026</dd><dt>Created</dt><dd>14:00</dd>', '2026-01-26T22:59:59.999Z'],
  ])('%s', (_name, dds, dueBy) => {
    const r = read(`<main><dl><dt>Dispute ID</dt><dd>N-1</dd><dt>Respond by</dt>${dds}</dl></main>`);
    expect(r.disputes[0]!.facts.dueBy).toBe(dueBy);
  });
});
