// @vitest-environment happy-dom
// The list chips on pages read with the real reader: a chip must not change what the next reading
// finds. In a table row it goes into the ID cell; a row of divs (ARIA or not) is a row of cells
// too, and a chip appended to the row itself would be one more column, so that the row no longer
// matches its header and the next reading (after any change on the page) loses every dispute.
import { describe, expect, it } from 'vitest';
import { readPortalPage } from '../../lib/portal';
import { realReaderPage } from './real-page';
import { settle } from './fakes';

const NOW = Date.parse('2026-03-02T12:00:00.000Z');

const ROWS: [string, string][] = [
  [
    'a table',
    `<table><thead><tr><th>Dispute ID</th><th>Respond by</th></tr></thead><tbody><tr><td>A-1</td><td>2026-03-05</td></tr><tr><td>A-2</td><td>2026-03-06</td></tr></tbody></table>`,
  ],
  [
    'an ARIA table of divs',
    `<div role="table"><div role="row"><div role="columnheader">Dispute ID</div><div role="columnheader">Respond by</div></div><div role="row"><div role="cell">A-1</div><div role="cell">2026-03-05</div></div><div role="row"><div role="cell">A-2</div><div role="cell">2026-03-06</div></div></div>`,
  ],
  [
    'an ARIA grid with row groups',
    `<div role="grid"><div role="rowgroup"><div role="row"><span role="columnheader">Dispute ID</span><span role="columnheader">Respond by</span></div></div><div role="rowgroup"><div role="row"><span role="gridcell">A-1</span><span role="gridcell">2026-03-05</span></div><div role="row"><span role="gridcell">A-2</span><span role="gridcell">2026-03-06</span></div></div></div>`,
  ],
  [
    'a grid of plain divs',
    `<div><div><div>Dispute ID</div><div>Respond by</div></div><div><div>A-1</div><div>2026-03-05</div></div><div><div>A-2</div><div>2026-03-06</div></div></div>`,
  ],
];

const page = realReaderPage(NOW);

describe('list chips in rows of cells', () => {
  it.each(ROWS)('%s: each chip sits in the ID cell, and the page reads the same with the chips in it', async (_name, html) => {
    await page.start(`<main><h1>Disputes</h1>${html}<p id="status">Loaded</p></main>`, '/disputes');
    const chips = Array.from(document.querySelectorAll('dispute-radar-chip'));
    expect(chips.map((c) => c.parentElement!.textContent)).toEqual(['A-1', 'A-2']);
    const again = readPortalPage(document, location.href, { timeZone: 'UTC' });
    expect(again.problems).toEqual([]);
    expect(again.disputes.map((d) => [d.facts.id, d.facts.dueBy])).toEqual([
      ['A-1', '2026-03-05T23:59:59.999Z'],
      ['A-2', '2026-03-06T23:59:59.999Z'],
    ]);
    // a change elsewhere on the page: read again, and the chips stay
    document.getElementById('status')!.textContent = 'Updated';
    await settle();
    expect(document.querySelectorAll('dispute-radar-chip')).toHaveLength(2);
  });
});
