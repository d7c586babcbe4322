// One check for the lists whose row holds a cell the page hides (hidden-shift,
// hidden-cells-twenty-first): read again and again, as the content script reads on every change
// (the row memory keeping the row), the cell shown and hidden again, each reading as a fresh copy
// of the page reads.
import { expect, onTestFinished } from 'vitest';
import { readPortalPage } from '../../lib/portal';
import { releaseRowMemo } from '../../lib/portal/row-memo';
import { parse } from './list-pages';
import { HELSINKI, readIn, reading } from './probe-pages';

/**
 * Reads `html` (a list in the language `tag`, one cell hidden by the hidden attribute) twice, then
 * with the cell shown, then hidden again, each as a fresh copy reads: the readings with the cell
 * shown and hidden again.
 */
export function readHiddenAgain(html: string, tag: string) {
  const doc = parse(html, tag);
  onTestFinished(() => releaseRowMemo(doc));
  const read = () => reading(readPortalPage(doc, 'https://portal.kustom.co/disputes', { timeZone: HELSINKI }));
  const fresh = () => reading(readIn(doc.body.innerHTML, tag));
  const cell = doc.querySelector('[hidden]')!;
  expect(read()).toEqual(fresh());
  expect(read()).toEqual(fresh());
  cell.removeAttribute('hidden');
  const shown = read();
  cell.setAttribute('hidden', '');
  expect(read()).toEqual(fresh());
  return { shown, again: read() };
}
