// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { STORES, tabOf, type SandboxDispute } from './data';
import { createSandbox } from './handler';
import { LANGS, countryName, fieldLabel, formatAmount, formatDateTime, statusLabel, tabLabel, ui, type Field, type Lang } from './i18n';

const NOW = new Date('2026-03-10T09:00:00Z');
const TZ = 'Europe/Stockholm';
const sandbox = createSandbox({ now: NOW, timeZone: TZ, seed: 1 });
const all = sandbox.disputes();
const [STORE_A, STORE_B] = STORES.map((s) => s.id) as [string, string];

function get(url: string, method = 'GET') {
  return sandbox.handle({ method, url });
}

function page(url: string): Document {
  const res = get(url);
  expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
  return new DOMParser().parseFromString(res.body, 'text/html');
}

/** Normalised visible text (Intl output carries no-break spaces). */
const text = (el: Element | Document | null | undefined) => (el?.textContent ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();
const norm = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

function rowIds(doc: Document): string[] {
  return [...doc.querySelectorAll('[data-rows] > [data-key]')].map((el) => el.getAttribute('data-key') as string);
}

const pinned = (key: string): SandboxDispute => all.find((d) => d.pinned === key) as SandboxDispute;

describe('pages in every language and layout', () => {
  const langs = LANGS.map((l) => [l] as [Lang]);

  it.each(langs)('%s: list (table) shows the vocabulary labels, tabs with counters, and Intl amounts and dates', (lang) => {
    const doc = page(`/disputes?ssr=1&lang=${lang}&tab=all`);
    expect(doc.documentElement.getAttribute('lang')).toBe(lang);
    const headers = [...doc.querySelectorAll('thead th')].map(text);
    const fields: Field[] = ['disputeId', 'orderId', 'merchantReference', 'amount', 'status', 'reason', 'paymentMethod', 'buyerCountry', 'created', 'respondBy'];
    expect(headers).toEqual(fields.map((f) => fieldLabel(lang, f)));
    expect(text(doc.querySelector('h1'))).toBe(ui(lang, 'sectionTitle'));
    const inStore = all.filter((d) => d.facts.storeId === STORE_A);
    const tabs = [...doc.querySelectorAll('[role=tab]')].map(text);
    expect(tabs).toEqual([
      `${tabLabel(lang, 'response_required')} ${inStore.filter((d) => tabOf(d.facts.status) === 'response_required').length}`,
      `${tabLabel(lang, 'under_review')} ${inStore.filter((d) => tabOf(d.facts.status) === 'under_review').length}`,
      `${tabLabel(lang, 'no_response_needed')} ${inStore.filter((d) => tabOf(d.facts.status) === 'no_response_needed').length}`,
      `${tabLabel(lang, 'closed')} ${inStore.filter((d) => tabOf(d.facts.status) === 'closed').length}`,
      `${tabLabel(lang, 'all')} ${inStore.length}`,
    ]);
    expect(text(doc.querySelector('.store-current'))).toBe(`${fieldLabel(lang, 'store')}: ${STORE_A}`);

    const d = pinned('respond_2d4h');
    const row = doc.querySelector(`[data-key="${d.facts.id}"]`);
    const cells = [...(row?.querySelectorAll('td') ?? [])].map(text);
    expect(cells).toEqual([
      d.facts.id,
      d.facts.orderId,
      d.facts.merchantReference,
      norm(formatAmount(lang, 124_900, 'SEK')),
      statusLabel(lang, 'open'),
      'Product not received',
      'Visa',
      countryName(lang, 'SE'),
      norm(new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short', timeZone: TZ }).format(new Date(d.facts.createdAt))),
      norm(formatDateTime(lang, d.facts.dueBy as string, TZ, 'medium')),
    ]);
  });

  it.each(langs)('%s: list (cards) shows "Label: value" lines with ISO-coded amounts', (lang) => {
    const doc = page(`/disputes?ssr=1&lang=${lang}&layout=cards`);
    expect(doc.querySelector('table')).toBeNull();
    const d = pinned('respond_2d4h');
    const card = doc.querySelector(`[data-key="${d.facts.id}"]`);
    const lines = [...(card?.querySelectorAll('.card-lines > li') ?? [])].map(text);
    expect(lines).toEqual([
      `${fieldLabel(lang, 'disputeId')}: ${d.facts.id}`,
      `${fieldLabel(lang, 'amount')}: ${norm(formatAmount(lang, 124_900, 'SEK', 'code'))}`,
      `${fieldLabel(lang, 'reason')}: Product not received`,
      `${fieldLabel(lang, 'networkReasonCode')}: 13.1`,
      `${fieldLabel(lang, 'paymentMethod')}: Visa`,
      `${fieldLabel(lang, 'orderId')}: ${d.facts.orderId}`,
      `${fieldLabel(lang, 'merchantReference')}: ${d.facts.merchantReference}`,
      `${fieldLabel(lang, 'buyerCountry')}: SE`,
      `${fieldLabel(lang, 'created')}: ${norm(formatDateTime(lang, d.facts.createdAt, TZ, 'short'))}`,
      `${fieldLabel(lang, 'respondBy')}: ${norm(formatDateTime(lang, d.facts.dueBy as string, TZ, 'medium'))}`,
    ]);
  });

  it.each(LANGS.flatMap((l) => (['grid', 'dl'] as const).map((layout) => [l, layout] as const)))(
    '%s: detail (%s) shows every field of a card dispute, the timeline and both buttons',
    (lang, layout) => {
      const d = pinned('visa_fraud_fr');
      const doc = page(`/disputes/${d.facts.id}?ssr=1&lang=${lang}&detail=${layout}`);
      const labels = [...doc.querySelectorAll(layout === 'grid' ? '.field-label' : 'dt')].map(text);
      const values = [...doc.querySelectorAll(layout === 'grid' ? '.field-value' : 'dd')].map(text);
      const style = layout === 'grid' ? 'long' : 'medium';
      const expected: [Field, string][] = [
        ['disputeId', d.facts.id],
        ['status', statusLabel(lang, 'open')],
        ['amount', norm(formatAmount(lang, 42_000, 'EUR'))],
        ['reason', 'Fraudulent'],
        ['networkReasonCode', '10.4'],
        ['paymentMethod', 'Visa'],
        ['orderId', d.facts.orderId],
        ['merchantReference', d.facts.merchantReference],
        ['created', norm(formatDateTime(lang, d.facts.createdAt, TZ, style))],
        ['respondBy', norm(formatDateTime(lang, d.facts.dueBy as string, TZ, style))],
        ['buyerCountry', countryName(lang, 'FR')],
        ['store', STORE_A],
      ];
      expect(labels).toEqual(expected.map(([f]) => fieldLabel(lang, f)));
      expect(values).toEqual(expected.map(([, v]) => v));
      expect([...doc.querySelectorAll('button[data-action]')].map(text)).toEqual([ui(lang, 'acceptDispute'), ui(lang, 'counterDispute')]);
      expect(doc.querySelectorAll('.timeline li')).toHaveLength(d.timeline.length);
    },
  );

  it('leaves out "Respond by", buyer country and the network reason code when a dispute has none', () => {
    const d = all.find((x) => x.facts.provider === 'klarna' && !x.facts.dueBy && !x.facts.buyerCountry) as SandboxDispute;
    expect(d).toBeDefined();
    const labels = [...page(`/disputes/${d.facts.id}?ssr=1`).querySelectorAll('.field-label')].map(text);
    expect(labels).not.toContain('Respond by');
    expect(labels).not.toContain('Buyer country');
    expect(labels).not.toContain('Network reason code');
    expect(labels).toContain('Dispute ID');
  });

  it('shows closed outcomes as the status, and the refunded part of a partial win on the timeline', () => {
    const partial = all.find((x) => x.outcome === 'partially_won') as SandboxDispute;
    const accepted = all.find((x) => x.outcome === 'accepted') as SandboxDispute;
    const p = page(`/disputes/${partial.facts.id}?ssr=1`);
    expect(text(p.querySelector('.field:nth-child(2) .field-value'))).toBe('Partially won');
    expect(text(p.querySelector('.evt-decided'))).toContain(`Decision: Partially won (${norm(formatAmount('en-GB', partial.refundedMinor as number, partial.facts.amount.currency))} refunded to the customer)`);
    expect(p.querySelector('button[data-action]')).toBeNull();
    expect(text(page(`/disputes/${accepted.facts.id}?ssr=1&lang=de-DE`).querySelector('.field:nth-child(2) .field-value'))).toBe('Akzeptiert');
  });

  it.each(langs)('%s: home page has the disputes card and the orders page shows no dispute ID', (lang) => {
    const home = page(`/?ssr=1&lang=${lang}`);
    expect(text(home.querySelector('.disputes-card'))).toContain(tabLabel(lang, 'response_required'));
    const orders = page(`/orders?ssr=1&lang=${lang}`);
    expect([...orders.querySelectorAll('th')].map(text)).toContain(fieldLabel(lang, 'orderId'));
    expect(text(orders)).not.toContain(fieldLabel(lang, 'disputeId'));
  });

  it('renders the dark theme from ?theme=dark', () => {
    expect(page('/disputes?theme=dark').documentElement.getAttribute('data-theme')).toBe('dark');
    expect(page('/disputes').documentElement.getAttribute('data-theme')).toBe('light');
  });

  it('serves the shell with a loading placeholder and the client script; content comes from /api/view', () => {
    const shell = page('/disputes?lang=da-DK');
    expect(shell.querySelector('script[src="/_sandbox/app.js"]')).not.toBeNull();
    expect(shell.querySelector('main')?.getAttribute('aria-busy')).toBe('true');
    expect(shell.querySelector('[data-rows]')).toBeNull();
    const view = JSON.parse(get('/api/view?path=/disputes&lang=da-DK').body) as { status: number; html: string; store: string };
    expect(view).toMatchObject({ status: 200, store: STORE_A });
    expect(view.html).toContain('Tvist-ID');
    expect(get('/_sandbox/app.js').headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(get('/_sandbox/styles.css').headers['content-type']).toBe('text/css; charset=utf-8');
  });

  it('keeps the sticky parameters in links', () => {
    const doc = page('/disputes?ssr=1&lang=nb-NO&layout=cards&theme=dark&seed=1&now=2026-03-10T09:00:00Z');
    const link = doc.querySelector('[data-rows] a')?.getAttribute('href') ?? '';
    const params = new URL(link, 'https://x').searchParams;
    expect(Object.fromEntries(params)).toEqual({ lang: 'nb-NO', layout: 'cards', theme: 'dark', seed: '1', now: '2026-03-10T09:00:00Z' });
  });
});

describe('search, store, tabs, sorting and paging', () => {
  const d = pinned('klarna_chargeback');

  it.each([
    ['order ID', d.facts.orderId],
    ['merchant reference', d.facts.merchantReference.toLowerCase()],
    ['dispute ID', d.facts.id],
  ])('finds a dispute by its %s across all tabs', (_what, q) => {
    const doc = page(`/disputes?ssr=1&q=${encodeURIComponent(q)}`);
    expect(rowIds(doc)).toEqual([d.facts.id]);
    expect(doc.querySelector('[role=tab][aria-selected=true]')?.getAttribute('data-tab')).toBe('all');
    expect((doc.querySelector('input[name=q]') as HTMLInputElement).value).toBe(q);
  });

  it('says so when nothing matches, and escapes what was searched', () => {
    const doc = page(`/disputes?ssr=1&q=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
    expect(rowIds(doc)).toEqual([]);
    expect(text(doc.querySelector('[data-rows]'))).toBe('No disputes found');
    expect(doc.querySelector('img')).toBeNull();
  });

  it('lists only the selected store', () => {
    const ids = rowIds(page(`/disputes?ssr=1&tab=all&store=${STORE_B}&pageSize=500`));
    expect(new Set(ids)).toEqual(new Set(all.filter((x) => x.facts.storeId === STORE_B).map((x) => x.facts.id)));
    expect(text(page(`/disputes?ssr=1&store=${STORE_B}`).querySelector('[data-current-store]'))).toBe(STORE_B);
  });

  it.each(['response_required', 'under_review', 'no_response_needed', 'closed'] as const)('tab %s lists exactly its statuses', (tab) => {
    const ids = rowIds(page(`/disputes?ssr=1&tab=${tab}&pageSize=500`));
    expect(new Set(ids)).toEqual(new Set(all.filter((x) => x.facts.storeId === STORE_A && tabOf(x.facts.status) === tab).map((x) => x.facts.id)));
  });

  it('sorts by respond-by (soonest first, none last), by amount and by created (newest first by default)', () => {
    const inTab = all.filter((x) => x.facts.storeId === STORE_A && x.facts.status === 'open');
    const due = rowIds(page('/disputes?ssr=1&sort=respond_by&pageSize=500'));
    const withDue = inTab.filter((x) => x.facts.dueBy).sort((a, b) => Date.parse(a.facts.dueBy as string) - Date.parse(b.facts.dueBy as string));
    expect(due.slice(0, withDue.length)).toEqual(withDue.map((x) => x.facts.id));
    expect(due.slice(withDue.length)).toHaveLength(inTab.length - withDue.length);
    const created = rowIds(page('/disputes?ssr=1&pageSize=500'));
    const tie = (a: SandboxDispute, b: SandboxDispute) => a.facts.id.localeCompare(b.facts.id);
    const byCreated = [...inTab].sort((a, b) => Date.parse(b.facts.createdAt) - Date.parse(a.facts.createdAt) || tie(a, b));
    expect(created).toEqual(byCreated.map((x) => x.facts.id));
    const major = (x: SandboxDispute) => x.facts.amount.amountMinor / 10 ** (x.facts.amount.currency === 'JPY' ? 0 : 2);
    const byAmount = [...inTab].sort((a, b) => major(a) - major(b) || tie(a, b));
    expect(rowIds(page('/disputes?ssr=1&pageSize=500&sort=amount&dir=asc'))).toEqual(byAmount.map((x) => x.facts.id));
  });

  it('shows every pinned dispute on the first page of its tab', () => {
    for (const d of all.filter((x) => x.pinned)) {
      expect(rowIds(page(`/disputes?ssr=1&tab=${tabOf(d.facts.status)}`))).toContain(d.facts.id);
    }
  });

  it('pages through a tab without losing or repeating a row', () => {
    const first = page('/disputes?ssr=1&tab=all&pageSize=10');
    const total = all.filter((x) => x.facts.storeId === STORE_A).length;
    const pages = Math.ceil(total / 10);
    expect(text(first.querySelector('.pager-pos'))).toBe(`Page 1 of ${pages}`);
    const seen: string[] = [];
    for (let p = 1; p <= pages; p++) seen.push(...rowIds(page(`/disputes?ssr=1&tab=all&pageSize=10&page=${p}`)));
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
  });

  it('answers the rows API with counters, rows and facts for the same selection', () => {
    const r = JSON.parse(get('/api/disputes?tab=closed&pageSize=5').body) as {
      counts: Record<string, number>;
      total: number;
      pages: number;
      rowsHtml: string;
      items: { id: string; status: string }[];
    };
    expect(r.items).toHaveLength(5);
    expect(r.items.every((i) => tabOf(i.status as never) === 'closed')).toBe(true);
    expect(r.total).toBe(r.counts.closed);
    expect(r.pages).toBe(Math.ceil(r.total / 5));
    for (const i of r.items) expect(r.rowsHtml).toContain(i.id);
  });
});

describe('clock, errors and methods', () => {
  it('dates the data from ?now= when given', () => {
    const d = JSON.parse(get('/api/disputes/dp_pin_respond_2d4h?now=2026-06-01T12:00:00Z').body) as SandboxDispute;
    expect(d.facts.dueBy).toBe('2026-06-03T16:30:00.000Z');
    const fixed = JSON.parse(get('/api/disputes/dp_pin_respond_2d4h').body) as SandboxDispute;
    expect(fixed.facts.dueBy).toBe('2026-03-12T13:30:00.000Z');
  });

  it.each([
    ['/disputes/dp_unknown', 404],
    ['/nowhere', 404],
    ['/api/nothing', 404],
    ['/favicon.ico', 204],
    ['https://portal.playground.kustom.co/disputes?ssr=1', 200],
  ])('%s → %i', (url, status) => {
    expect(get(url).status).toBe(status);
  });

  it('refuses other methods', () => {
    expect(get('/disputes', 'POST').status).toBe(405);
  });

  it('falls back to English for an unknown language and maps a bare language code', () => {
    expect(page('/disputes?lang=xx').documentElement.getAttribute('lang')).toBe('en-GB');
    expect(page('/disputes?lang=fi').documentElement.getAttribute('lang')).toBe('fi-FI');
  });
});
