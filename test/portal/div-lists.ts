// A list of plain divs as the row tests draw it (lost-rows-twenty-first, rows-twenty-third): a
// header row of six divs over rows of six, no <th>, no role; what surrounds the rows is each test's.
import { storeBar, type Col, type Lang } from './list-pages';
import { valueOf } from './probe-pages';

/** the columns as the portal shows them: ID | Amount | Status | Reason | Respond by | Created */
export const ORDER: Col[] = ['id', 'amount', 'status', 'reason', 'dueBy', 'createdAt'];
/** a flex row of six plain divs, `text` of each column */
export const flex = (text: (c: Col, n: number) => string) => `<div style="display:flex">${ORDER.map((c, n) => `<div style="flex:1 1 0">${text(c, n)}</div>`).join('')}</div>`;
/** the header of plain divs, then what `draw` puts after it around rows 0, 1 and 2 */
export const page = (l: Lang, draw: (row: (i: number) => string) => string) =>
  `${storeBar(l)}<div class="disputes">${flex((c) => l.labels[c])}${draw((i) => flex((c) => valueOf(l, i, c)))}</div>`;
export const three = (row: (i: number) => string) => [0, 1, 2].map(row).join('');
