// @vitest-environment happy-dom
// Where annotations go and which colour scheme they take, on made-up markup (the reader decides
// what a dispute is; these helpers only place chips beside it).
import { describe, expect, it, vi } from 'vitest';
import { chipSlot } from '../../entrypoints/content/list-chips';
import { listContainer } from '../../entrypoints/content/list-summary';
import { detectScheme, isDark, parseOpaqueColor } from '../../entrypoints/content/scheme';

describe('chipSlot', () => {
  it.each([
    ['the cell showing the dispute ID', '<table><tr><td>ORD-1</td><td><a>D1</a></td><td>€5</td></tr></table>', 'tr', 1],
    ['the first cell when no cell shows the ID', '<table><tr><td>ORD-1</td><td>€5</td></tr></table>', 'tr', 0],
  ])('in a table row: %s', (_what, html, anchorSel, cellIndex) => {
    document.body.innerHTML = html;
    const anchor = document.querySelector(anchorSel)!;
    expect(chipSlot(anchor, 'D1')).toBe(anchor.children[cellIndex]);
  });

  it('in a card or list item: the element itself', () => {
    document.body.innerHTML = '<div class="card"><h3>D1</h3><p>€5</p></div>';
    const card = document.querySelector('.card')!;
    expect(chipSlot(card, 'D1')).toBe(card);
  });
});

describe('listContainer', () => {
  it.each([
    ['a table of rows: the whole table', '<main><table><tbody><tr id="a"></tr><tr id="b"></tr></tbody></table></main>', 'TABLE'],
    ['cards in one list: the list', '<main><ul id="l"><li id="a"></li><li id="b"></li></ul></main>', 'UL'],
    ['cards in two groups: their common ancestor', '<main id="m"><section><div id="a"></div></section><section><div id="b"></div></section></main>', 'MAIN'],
  ])('%s', (_what, html, tag) => {
    document.body.innerHTML = html;
    const anchors = [document.getElementById('a')!, document.getElementById('b')!];
    expect(listContainer(anchors)?.tagName).toBe(tag);
  });

  it('is null without anchors', () => expect(listContainer([])).toBeNull());
});

describe('colour scheme', () => {
  it.each([
    ['rgb(255, 255, 255)', [255, 255, 255]],
    ['rgba(16, 24, 40, 0.9)', [16, 24, 40]],
    ['rgba(0, 0, 0, 0)', null],
    ['rgba(0, 0, 0, 0.2)', null],
    ['rgb(22 27 38 / 100%)', [22, 27, 38]],
    ['transparent', null],
  ] as const)('parses %s', (css, rgb) => expect(parseOpaqueColor(css)).toEqual(rgb));

  it.each([
    [[255, 255, 255], false],
    [[242, 244, 247], false],
    [[22, 27, 38], true],
    [[52, 64, 84], true],
  ] as const)('%j is dark: %s', (rgb, dark) => expect(isDark([...rgb] as [number, number, number])).toBe(dark));

  it.each([
    [true, 'dark'],
    [false, 'light'],
  ] as const)('follows prefers-color-scheme (dark: %s) when the portal paints no background', (dark, scheme) => {
    document.body.innerHTML = '<main><ul><li id="row">D1</li></ul></main>';
    const media = vi.spyOn(window, 'matchMedia').mockImplementation(
      (query: string) => ({ matches: dark && query.includes('dark'), media: query }) as unknown as MediaQueryList,
    );
    expect(detectScheme(window, document.getElementById('row'))).toBe(scheme);
    media.mockRestore();
  });

  it('follows the background the portal paints behind the list', () => {
    document.body.innerHTML = '<main style="background-color: rgb(17, 20, 28)"><ul><li id="row">D1</li></ul></main>';
    expect(detectScheme(window, document.getElementById('row'))).toBe('dark');
    document.querySelector('main')!.setAttribute('style', 'background-color: rgb(250, 250, 250)');
    expect(detectScheme(window, document.getElementById('row'))).toBe('light');
  });
});

describe('buyer countries offered', () => {
  it('are the fee tables’ own countries and the EEA members, named in the UI language', async () => {
    const { buyerCountries, countryOptions } = await import('../../components/countries');
    const codes = buyerCountries();
    for (const code of ['SE', 'NO', 'DK', 'GB', 'CH', 'US', 'DE', 'FR', 'IS', 'LI']) expect(codes).toContain(code);
    expect(codes).not.toContain('EEA');
    expect(new Set(codes).size).toBe(codes.length);
    const de = countryOptions('de-DE');
    expect(de.find((c) => c.code === 'SE')?.name).toBe('Schweden');
    expect(de.map((c) => c.name)).toEqual([...de.map((c) => c.name)].sort((a, b) => a.localeCompare(b, 'de-DE')));
  });
});
