// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { FIRST_FRAME_ROWS, INITIAL_ROWS } from '../../components/popup/PopupView';
import { fakeAssess, makeCase } from './fixtures';
import { assessCases, groupRows } from '../../lib/cases/group';
import { usePopupView } from './view-page';

const page = usePopupView();
const { mount, button, openAddForm } = page;
const ids = () => [...page.root.querySelectorAll('.row .id')].map((e) => e.textContent);
const groups = () => [...page.root.querySelectorAll('[data-group]')].map((e) => e.getAttribute('data-group'));

describe('PopupView', () => {
  it('shows the empty state that explains how cases appear, and reports the first list', () => {
    const props = mount({ cases: [] });
    expect(page.root.textContent).toContain('No cases yet');
    expect(page.root.textContent).toContain('Open the Disputes page in the Kustom Portal');
    expect(page.root.querySelector('.row')).toBeNull();
    expect(props.onFirstList).toHaveBeenCalledTimes(1);
    act(() => button('Open the Kustom Portal').click());
    expect(props.onOpenPortal).toHaveBeenCalledTimes(1);
  });

  it('shows a loading line, not the empty state, until the cases are read', () => {
    const props = mount({ cases: null });
    expect(page.root.textContent).toContain('Loading cases');
    expect(page.root.textContent).not.toContain('No cases yet');
    expect(props.onFirstList).not.toHaveBeenCalled();
  });

  it('lists cases by group, soonest first, with countdown, amount, fee, status and store', () => {
    mount({
      cases: [
        makeCase('D-later', { hoursLeft: 200 }),
        makeCase('D-late', { hoursLeft: -5 }),
        makeCase('D-soon', { hoursLeft: 3, store: 'M-2' }),
        makeCase('E-1', { hoursLeft: 100, status: 'warning_needs_response' }),
      ],
    });
    expect(groups()).toEqual(['overdue', 'due24h', 'later', 'enquiries']);
    expect(ids()).toEqual(['D-late', 'D-soon', 'D-later', 'E-1']);
    const soon = page.root.querySelector('[data-case-key="M-2|D-soon"]')!;
    expect(soon.textContent).toContain('3 h to respond');
    expect(soon.textContent).toContain('€49.90');
    expect(soon.textContent).toContain('Fee if lost: €15.00');
    expect(soon.textContent).toContain('Klarna · Response required');
    expect(soon.textContent).toContain('Store M-2');
    expect(page.root.querySelector('[data-case-key="M-1|D-late"]')!.textContent).toContain('overdue by 5 h');
    expect(page.root.querySelector('.u-overdue')).not.toBeNull();
    expect(page.root.querySelector('[data-case-key="M-1|E-1"]')!.textContent).toContain('escalates in 4 d 4 h');
  });

  it.each([
    ['DE', 'No published fee'],
    [undefined, 'Fee unknown: buyer country not known'],
  ])('without a fee, says why (buyer country %s)', (country, text) => {
    const c = makeCase('D-1', { hoursLeft: 10 });
    if (country) c.facts.buyerCountry = country;
    else delete c.facts.buyerCountry;
    mount({ cases: [c], assess: (f, g) => ({ ...fakeAssess(f, g), fee: null }) });
    expect(page.root.querySelector('.row')!.textContent).toContain(text);
  });

  it('marks a deadline estimated from the rules', () => {
    mount({
      cases: [makeCase('D-1', { hoursLeft: 10 })],
      assess: (f, g) => {
        const a = fakeAssess(f, g);
        return { ...a, next: { ...a.next!, source: 'rule' } };
      },
    });
    expect(page.root.querySelector('.estimate')?.textContent).toContain('estimate');
  });

  it('filters by store and searches by order ID', () => {
    mount({
      cases: [makeCase('A', { hoursLeft: 5, store: 'M-1' }), makeCase('B', { hoursLeft: 6, store: 'M-2', orderId: 'ORD-42' })],
    });
    const select = page.root.querySelector<HTMLSelectElement>('#filter-store')!;
    act(() => {
      select.value = 'M-2';
      select.dispatchEvent(new Event('change'));
    });
    expect(ids()).toEqual(['B']);
    act(() => {
      select.value = '';
      select.dispatchEvent(new Event('change'));
    });
    const search = page.root.querySelector<HTMLInputElement>('#filter-search')!;
    act(() => {
      search.value = 'ord-4';
      search.dispatchEvent(new Event('input'));
    });
    expect(ids()).toEqual(['B']);
    act(() => {
      search.value = 'zzz';
      search.dispatchEvent(new Event('input'));
    });
    expect(page.root.textContent).toContain('No case matches the filter.');
  });

  it('with firstRows, the first frame holds those rows and the rest of the first INITIAL_ROWS follow once it is painted', async () => {
    const many = Array.from({ length: 500 }, (_, i) => makeCase(`D-${String(i).padStart(4, '0')}`, { hoursLeft: 1 + i }));
    const onFirstList = vi.fn();
    // No act(): effects run as in the browser, after the frame is painted.
    mount({ cases: many, onFirstList, firstRows: FIRST_FRAME_ROWS }, { inAct: false });
    expect(page.root.querySelectorAll('.row')).toHaveLength(FIRST_FRAME_ROWS);
    expect(onFirstList).toHaveBeenCalledTimes(1);
    expect(page.root.textContent).toContain('500 cases');
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(page.root.querySelectorAll('.row')).toHaveLength(INITIAL_ROWS);
    expect(ids().slice(0, 3)).toEqual(['D-0000', 'D-0001', 'D-0002']);
  });

  it('a first frame from the due index: its rows and the index’s counts, exports wait; then the full list replaces it', () => {
    const many = Array.from({ length: 40 }, (_, i) => makeCase(`D-${String(i).padStart(4, '0')}`, { hoursLeft: i < 3 ? -1 - i : 1 + (i - 3) * 5 }));
    const full = groupRows(assessCases(many, fakeAssess));
    const first = full.groups.flatMap((g) => g.rows).slice(0, FIRST_FRAME_ROWS);
    const counts = { overdue: 0, due24h: 0, dueWeek: 0, later: 0, enquiries: 0 };
    for (const g of full.groups) counts[g.group] = g.rows.length;
    const preview = { rows: first, counts, total: full.total, stores: full.stores, hidden: 0 };
    const props = mount({ cases: null, preview, firstRows: FIRST_FRAME_ROWS });
    expect(props.onFirstList).toHaveBeenCalledTimes(1);
    expect(page.root.textContent).not.toContain('Loading cases');
    expect(ids()).toEqual(first.map((r) => r.case.facts.id));
    expect(groups()).toEqual(['overdue', 'due24h']);
    expect(page.root.querySelector('[data-group="overdue"] .count')?.textContent).toBe('(3)');
    expect(page.root.querySelector('[data-group="due24h"] .count')?.textContent).toBe(`(${counts.due24h})`);
    expect(page.root.textContent).toContain('40 cases');
    expect(page.root.textContent).toContain(`Show more (${40 - FIRST_FRAME_ROWS} not shown)`);
    expect(button('Export CSV').disabled).toBe(true);
    // The full list (every due case read and checked) replaces the first frame.
    page.rerender(props, { cases: many });
    expect(page.root.querySelectorAll('.row')).toHaveLength(INITIAL_ROWS);
    expect(ids().slice(0, FIRST_FRAME_ROWS)).toEqual(first.map((r) => r.case.facts.id));
    expect(groups()).toEqual(['overdue', 'due24h', 'dueWeek']);
    expect(page.root.querySelector('[data-group="dueWeek"] .count')?.textContent).toBe(`(${counts.dueWeek})`);
    expect(button('Export CSV').disabled).toBe(false);
    expect(props.onFirstList).toHaveBeenCalledTimes(1);
  });

  it('renders only the first rows of a long list, and more on request', () => {
    const many = Array.from({ length: 500 }, (_, i) => makeCase(`D-${String(i).padStart(4, '0')}`, { hoursLeft: 1 + i }));
    mount({ cases: many });
    expect(page.root.querySelectorAll('.row')).toHaveLength(INITIAL_ROWS);
    expect(ids()[0]).toBe('D-0000');
    act(() => button('Show more').click());
    expect(page.root.querySelectorAll('.row').length).toBeGreaterThan(INITIAL_ROWS);
  });

  it('opens a case with a click', () => {
    const props = mount({ cases: [makeCase('A', { hoursLeft: 5 })] });
    act(() => page.root.querySelector<HTMLButtonElement>('.row-btn')!.click());
    expect(props.onOpen).toHaveBeenCalledWith(expect.objectContaining({ case: expect.objectContaining({ key: 'M-1|A' }) }));
  });

  it('exports the listed cases as CSV and iCalendar (the writers loaded on the first click)', async () => {
    const props = mount({ cases: [makeCase('A', { hoursLeft: 5 })] });
    await act(async () => button('Export CSV').click());
    await vi.waitFor(() => expect(props.onDownload).toHaveBeenCalledTimes(1));
    await act(async () => button('Export calendar').click());
    await vi.waitFor(() => expect(props.onDownload).toHaveBeenCalledTimes(2));
    const calls = vi.mocked(props.onDownload).mock.calls;
    expect(calls.map((c) => [c[0], c[1]])).toEqual([
      ['dispute-radar-2026-03-10.csv', 'text/csv'],
      ['dispute-radar-2026-03-10.ics', 'text/calendar'],
    ]);
    expect(calls[0]![2]).toContain('\r\nDue within 24 hours,M-1,A,');
    expect(calls[1]![2]).toContain('BEGIN:VEVENT');
  });

  it('shows every text in the chosen language', () => {
    mount({ cases: [makeCase('A', { hoursLeft: 5 })], locale: 'fi' });
    expect(page.root.textContent).toContain('Erääntyy 24 tunnin sisällä');
    expect(page.root.textContent).toContain('Lisää tapaus');
  });

  it('the add form shows one message per wrong field and sends valid facts', async () => {
    const props = mount({ cases: [] });
    await openAddForm();
    const form = page.root.querySelector('form')!;
    await act(async () => {
      form.dispatchEvent(new Event('submit', { cancelable: true }));
    });
    expect(page.root.querySelector('#add-createdAt-error')?.textContent).toBe('Please fill this in.');
    expect(page.root.querySelector('#add-createdAt')?.getAttribute('aria-invalid')).toBe('true');
    expect(page.root.querySelector('#add-createdAt')?.getAttribute('aria-describedby')).toBe('add-createdAt-error');
    expect(page.root.querySelector('[role="alert"]')?.textContent).toBe('4 problems to fix in the form.');
    expect(props.onAddManual).not.toHaveBeenCalled();

    const fill = (name: string, value: string) => {
      const el = page.root.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`)!;
      el.value = value;
      el.dispatchEvent(new Event(el.tagName === 'SELECT' ? 'change' : 'input'));
    };
    act(() => {
      fill('disputeId', 'KL-9');
      fill('createdAt', '2026-03-01');
      fill('amount', '49,90');
      fill('currency', 'EUR');
      fill('buyerCountry', 'DE');
      fill('reason', 'Return');
    });
    await act(async () => {
      form.dispatchEvent(new Event('submit', { cancelable: true }));
    });
    expect(props.onAddManual).toHaveBeenCalledWith(
      expect.objectContaining({ id: 'KL-9', provider: 'klarna', amount: { amountMinor: 4990, currency: 'EUR' }, buyerCountry: 'DE', reason: 'Return' }),
    );
    expect(page.root.textContent).toContain('Case KL-9 added.');
  });

  it('keeps the form and says why when the background refuses the case', async () => {
    mount({ cases: [], onAddManual: vi.fn(async () => 'a case with this key is tracked from the portal') });
    await openAddForm();
    const fill = (name: string, value: string) => {
      const el = page.root.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`)!;
      el.value = value;
      el.dispatchEvent(new Event(el.tagName === 'SELECT' ? 'change' : 'input'));
    };
    act(() => {
      fill('createdAt', '2026-03-01');
      fill('amount', '10');
      fill('buyerCountry', 'SE');
      fill('reason', 'Return');
    });
    await act(async () => {
      page.root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    });
    expect(page.root.querySelector('form')).not.toBeNull();
    expect(page.root.querySelector('[role="alert"]')!.textContent).toBe('The case was not added: a case with this key is tracked from the portal');
  });
});
