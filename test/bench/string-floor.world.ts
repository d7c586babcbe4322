// Runs inside an isolated world of the bench page (test/bench/string-floor.ts bundles it): a
// sketch of a list reading from strings instead of nodes, with the reader's own value parsers. Not
// a reader: it knows only a table whose header row names its columns, and takes the rows' elements
// by a query (where a chip would go). It measures what such a design would cost at the least.
import { readAmount } from '../../lib/portal/amount';
import { parseCountry } from '../../lib/portal/country';
import { readDate } from '../../lib/portal/date';
import { fieldOfKey, paymentMethodOfText, reasonOfText, statusOfKey } from '../../lib/portal/lexicon';
import { preparePortalReader } from '../../lib/portal/prepare';
import { cleanText, labelKey } from '../../lib/portal/text';
import type { FieldKey } from '../../lib/portal/vocabulary';

type Facts = Record<string, unknown>;

export interface StringReading {
  /** ms: the page's innerText, one string (visible text; a table's cells by tabs, rows by lines) */
  innerText: number;
  /** ms: the header line found, every row's cells split and parsed */
  parse: number;
  /** ms: the rows' elements, where the chips would go */
  anchors: number;
  rows: number;
  complete: number;
}

function read(timeZone: string, intl: string): StringReading {
  const t0 = performance.now();
  const text = document.body.innerText;
  const t1 = performance.now();
  const lines = text.split('\n');
  let columns: (FieldKey | null)[] | null = null;
  let i = 0;
  for (; i < lines.length && !columns; i++) {
    const parts = lines[i]!.split('\t');
    if (parts.length < 3) continue;
    const fields = parts.map((p) => fieldOfKey(labelKey(p))?.value ?? null);
    if (fields.includes('id') && fields.filter(Boolean).length >= 3) columns = fields;
  }
  const out: Facts[] = [];
  for (; columns && i < lines.length; i++) {
    const parts = lines[i]!.split('\t');
    if (parts.length !== columns.length) break;
    const facts: Facts = {};
    for (let c = 0; c < columns.length; c++) {
      const field = columns[c];
      const v = cleanText(parts[c]!);
      if (!field || !v) continue;
      if (field === 'amount') {
        const r = readAmount(v, intl);
        if (r.ok) facts.amount = r.money;
      } else if (field === 'createdAt' || field === 'dueBy') {
        const r = readDate(v, intl, { timeZone, endOfDay: field === 'dueBy' });
        if (r.ok) facts[field] = r.iso;
      } else if (field === 'status') facts.status = statusOfKey(labelKey(v))?.value.status;
      else if (field === 'reason') facts.reason = reasonOfText(v);
      else if (field === 'paymentMethod') facts.provider = paymentMethodOfText(v)?.provider;
      else if (field === 'buyerCountry') facts.buyerCountry = parseCountry(v, intl);
      else facts[field] = v;
    }
    out.push(facts);
  }
  const t2 = performance.now();
  let anchors = 0;
  for (const row of document.querySelectorAll('tbody tr')) if (row.firstElementChild) anchors++;
  const t3 = performance.now();
  return {
    innerText: t1 - t0,
    parse: t2 - t1,
    anchors: anchors === out.length ? t3 - t2 : Number.NaN,
    rows: out.length,
    complete: out.filter((f) => f.id && f.amount && f.createdAt && f.status && f.provider).length,
  };
}

Object.assign(globalThis, {
  stringFloorPrepare: (timeZone: string) => preparePortalReader(document, { timeZone }),
  stringFloorRead: read,
});
