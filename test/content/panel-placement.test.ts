// @vitest-environment happy-dom
// Where the detail panel goes on detail pages read with the real reader: just above the dispute,
// and never among a table's rows (a block between them is wrapped into one anonymous cell of the
// table's first column: the panel squeezed to the width of the labels).
import { describe, expect, it } from 'vitest';
import { realReaderPage } from './real-page';

const NOW = Date.parse('2026-03-02T12:00:00.000Z');
const FIELDS: [string, string][] = [
  ['Dispute ID', 'N-1'],
  ['Payment method', 'Klarna'],
  ['Status', 'Response required'],
  ['Amount', '€12.50'],
  ['Created', '2026-03-01'],
  ['Respond by', '2026-03-09'],
];

const page = realReaderPage(NOW);

describe('the detail panel', () => {
  it.each([
    ['a table of row headers (no tbody written)', `<table id="dispute">${FIELDS.map(([l, v]) => `<tr><th>${l}</th><td>${v}</td></tr>`).join('')}</table>`],
    ['a table of row headers with a caption and a thead row', `<table id="dispute"><caption>Dispute</caption><thead><tr><th colspan="2">Details</th></tr></thead><tbody>${FIELDS.map(([l, v]) => `<tr><td>${l}</td><td>${v}</td></tr>`).join('')}</tbody></table>`],
    ['a definition list', `<dl id="dispute">${FIELDS.map(([l, v]) => `<dt>${l}</dt><dd>${v}</dd>`).join('')}</dl>`],
  ])('on %s: right before the dispute, outside any table', async (_name, html) => {
    const manager = await page.start(`<main><h1>Dispute N-1</h1>${html}</main>`, '/disputes/N-1');
    const panel = document.querySelector('dispute-radar-panel');
    expect(panel).not.toBeNull();
    expect(panel!.closest('table')).toBeNull();
    expect(panel!.nextElementSibling!.id).toBe('dispute');
    // read again (the page changed elsewhere): the panel stays where it is, once
    manager.refresh();
    expect(document.querySelectorAll('dispute-radar-panel')).toHaveLength(1);
    expect(document.querySelector('dispute-radar-panel')).toBe(panel);
  });
});
