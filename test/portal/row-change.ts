// One check for the list tests in unfamiliar markup (unseen-lists, kits-lists): a page read, then
// changed in place the way a re-render of one row changes it, and read again must read as a fresh
// copy of its markup does (the row memory, lib/portal/row-memo.ts, keeps only rows no change touched).
import { expect } from 'vitest';
import { readPortalPage } from '../../lib/portal';

/**
 * Reads `html` (a list of DP-1001…DP-1003, their amounts second in `rows`), changes DP-1003's ID to
 * DP-1009 and DP-1002's amount to DP-1001's in the page's text, reads again and checks the reading
 * against a fresh copy's. The disputes' facts as read again.
 */
export function readAfterRowChange(html: string, l: { tag: string; rows: string[][] }, timeZone: string) {
  const parse = (body: string) => new DOMParser().parseFromString(`<html lang="${l.tag}"><body>${body}</body></html>`, 'text/html');
  const read = (doc: Document) => {
    const r = readPortalPage(doc, 'https://portal.kustom.co/disputes', { timeZone });
    return { page: r.page, problems: r.problems, facts: r.disputes.map((d) => d.facts) };
  };
  const doc = parse(html);
  read(doc);
  const walker = doc.createTreeWalker(doc.body, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = n as Text;
    if (t.data.includes('DP-1003')) t.data = t.data.replace('DP-1003', 'DP-1009');
    if (t.data.includes(l.rows[1]![1]!)) t.data = t.data.replace(l.rows[1]![1]!, l.rows[0]![1]!);
  }
  const again = read(doc);
  expect(again).toEqual(read(parse(doc.body.innerHTML)));
  expect(again.facts.map((f) => f.id)).toContain('DP-1009');
  return again.facts;
}
