// @vitest-environment happy-dom
// The first frame drawn with plain DOM calls (components/popup/first-paint.ts) is the same document
// PopupView renders for the same preview: elements, classes, ids, labels, ARIA, texts, in every
// language, with one store or several, estimates, manual cases and fewer rows than listed.
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { PopupView, FIRST_FRAME_ROWS } from '../../components/popup/PopupView';
import { firstFrameView, paintAppLoadError, paintFirstFrame } from '../../components/popup/first-paint';
import { makeAssess, previewFromIndex } from '../../components/popup/first-frame';
import { encodeDueIndex, encodeWithDueIndex } from '../../lib/cases/due-index';
import { assessForList } from '../../lib/cases/list-assessment';
import { CASES_VERSION } from '../../lib/cases/migrations';
import { DEFAULT_SETTINGS, type TrackedCase } from '../../lib/cases/schema';
import type { PreviewRows } from '../../lib/cases/group';
import { LOCALES, type Locale } from '../../lib/i18n/locales';
import { tn } from '../../lib/i18n';
import { sandboxCases } from '../fixtures/sandbox-cases';
import { BUILD, NOW, viewProps, ZONE } from './fixtures';


/** The preview the popup's first frame shows for these cases at `nowMs`. */
function previewOf(cases: TrackedCase[], nowMs: number, hosts = DEFAULT_SETTINGS.hosts): PreviewRows {
  const record = Object.fromEntries(cases.map((c) => [c.key, c]));
  const assess = makeAssess(assessForList, nowMs, ZONE, DEFAULT_SETTINGS);
  const { index } = encodeWithDueIndex(record, assess, { rev: 'r', format: CASES_VERSION, build: BUILD, tz: ZONE }, nowMs, hosts);
  const preview = previewFromIndex({ meta: { v: CASES_VERSION, rev: 'r' }, index: encodeDueIndex(index), settings: null }, nowMs, ZONE, assess, {
    build: BUILD,
    rows: FIRST_FRAME_ROWS,
  }, hosts);
  if (!preview) throw new Error('no preview for these cases');
  return preview;
}

/** Elements with their attributes sorted, form state (value, disabled) and text: what a reader and a screen reader get. */
function describeNode(node: Node): string {
  if (node.nodeType === 3) return node.textContent ?? '';
  if (node.nodeType !== 1) return '';
  const e = node as HTMLElement;
  const attrs = [...e.attributes].map((a) => `${a.name.toLowerCase()}=${JSON.stringify(a.value)}`).sort();
  const state =
    e instanceof HTMLInputElement || e instanceof HTMLSelectElement || e instanceof HTMLOptionElement
      ? ` value=${JSON.stringify(e.value)}`
      : e instanceof HTMLButtonElement
        ? ` disabled=${e.disabled}`
        : '';
  return `<${e.tagName.toLowerCase()} ${attrs.join(' ')}${state}>${[...e.childNodes].map(describeNode).join('')}</${e.tagName.toLowerCase()}>`;
}

let root: HTMLElement | null = null;
afterEach(() => {
  if (root) {
    render(null, root);
    root.remove();
    root = null;
  }
});

function preactView(preview: PreviewRows, locale: Locale, nowMs: number): string {
  root = document.createElement('div');
  document.body.append(root);
  const el = root;
  // The first render as it is drawn, before its effects run (after them the rest of INITIAL_ROWS follow).
  render(
    <PopupView
      {...viewProps({
        cases: null,
        preview,
        locale,
        timeZone: ZONE,
        now: nowMs,
        assess: makeAssess(assessForList, nowMs, ZONE, DEFAULT_SETTINGS),
        firstRows: FIRST_FRAME_ROWS,
      })}
    />,
    el,
  );
  return describeNode(el.firstElementChild!);
}

const SANDBOX = sandboxCases({ count: 400, now: NOW, seed: 5 });
const oneStore = SANDBOX.filter((c) => c.facts.storeId === SANDBOX[0]!.facts.storeId);
const withManual = SANDBOX.map((c, n) => (n % 2 === 0 ? { ...c, manual: true } : c));
const fewRows = SANDBOX.slice(0, 12);
/** Every third case read on the test portal, which the settings turn off. */
const onTestPortal = SANDBOX.map((c, n) => (n % 3 === 0 ? { ...c, pageUrl: 'https://portal.playground.kustom.co/disputes' } : c));
const TEST_PORTAL_OFF = { production: true, playground: false };

describe('the first frame drawn without Preact', () => {
  it.each(
    LOCALES.flatMap((locale) =>
      (
        [
          ['several stores', SANDBOX, NOW.getTime()],
          ['one store (no store filter)', oneStore, NOW.getTime()],
          ['manual cases', withManual, NOW.getTime() + 3 * 86_400_000],
          ['a few cases', fewRows, NOW.getTime() + 20 * 86_400_000],
        ] as const
      ).map(([name, cases, at]) => [locale, name, cases, at] as const),
    ),
  )('%s, %s: the same document as PopupView', (locale, _name, cases, at) => {
    const preview = previewOf([...cases], at);
    const plain = firstFrameView(document, { preview, locale, timeZone: ZONE, now: at, rows: FIRST_FRAME_ROWS });
    expect(describeNode(plain)).toBe(preactView(preview, locale, at));
  });

  it.each(LOCALES)('%s, the test portal turned off: the same document as PopupView, with the line on its cases left out', (locale) => {
    const at = NOW.getTime();
    const preview = previewOf(onTestPortal, at, TEST_PORTAL_OFF);
    expect(preview.hidden).toBeGreaterThan(0);
    const plain = firstFrameView(document, { preview, locale, timeZone: ZONE, now: at, rows: FIRST_FRAME_ROWS });
    expect(plain.querySelector('.hosts-off')?.textContent).toBe(tn(locale, 'popup.hostsOff', preview.hidden));
    expect(describeNode(plain)).toBe(preactView(preview, locale, at));
  });

  it('covers what a row can show: estimates, a store filter, a "more" button and every group the sandbox fills', () => {
    const preview = previewOf(SANDBOX, NOW.getTime());
    const plain = firstFrameView(document, { preview, locale: 'en', timeZone: ZONE, now: NOW.getTime(), rows: FIRST_FRAME_ROWS });
    expect(plain.querySelectorAll('.row')).toHaveLength(FIRST_FRAME_ROWS);
    expect(plain.querySelector('#filter-store')).not.toBeNull();
    expect(plain.querySelector('.btn.more')).not.toBeNull();
    const allManual = SANDBOX.map((c) => ({ ...c, manual: true }));
    const manual = firstFrameView(document, { preview: previewOf(allManual, NOW.getTime()), locale: 'de', timeZone: ZONE, now: NOW.getTime(), rows: FIRST_FRAME_ROWS });
    expect(manual.querySelector('.manual')).not.toBeNull();
    // Every manual row has its "Remove" button, naming the dispute; portal rows have none.
    expect(manual.querySelectorAll('.row-remove-btn')).toHaveLength(FIRST_FRAME_ROWS);
    expect(manual.querySelector('.row-remove-btn')?.getAttribute('aria-label')).toBe(`Fall ${manual.querySelector('.row .id')?.textContent} entfernen`);
    expect(plain.querySelector('.row-remove')).toBeNull();
    // The equality cases above hold rows of both kinds side by side.
    const mixed = firstFrameView(document, { preview: previewOf(withManual, NOW.getTime() + 3 * 86_400_000), locale: 'en', timeZone: ZONE, now: NOW.getTime(), rows: FIRST_FRAME_ROWS });
    const removable = mixed.querySelectorAll('.row .row-remove').length;
    expect(removable).toBeGreaterThan(0);
    expect(removable).toBeLessThan(FIRST_FRAME_ROWS);
    // ...and estimates (at NOW the first rows are overdue ones that passed last, none estimated).
    expect(mixed.querySelector('.estimate')).not.toBeNull();
  });

  it('puts texts in as text, never as markup', () => {
    const [first] = SANDBOX;
    const sneaky = { ...first!, facts: { ...first!.facts, id: '<img src=x onerror=alert(1)>' } };
    const preview = previewOf([sneaky, ...SANDBOX.slice(1)], NOW.getTime());
    const app = document.createElement('div');
    paintFirstFrame(document, app, { preview, locale: 'en', timeZone: ZONE, now: NOW.getTime(), rows: preview.rows.length });
    expect(app.querySelector('img')).toBeNull();
    if (preview.rows.some((r) => r.case.key === sneaky.key)) expect(app.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});

describe('when the app cannot be loaded', () => {
  it.each(LOCALES)('%s: an alert below the first frame\'s status line, the frame kept', (locale) => {
    const app = document.createElement('div');
    const preview = previewOf(SANDBOX, NOW.getTime());
    paintFirstFrame(document, app, { preview, locale, timeZone: ZONE, now: NOW.getTime(), rows: FIRST_FRAME_ROWS });
    paintAppLoadError(document, app, locale);
    const alert = app.querySelector('[role="alert"]');
    expect(alert?.previousElementSibling?.className).toBe('status');
    expect(alert?.textContent).toMatch(/Dispute Radar/);
    expect(alert?.textContent).not.toContain('popup.');
    expect(app.querySelectorAll('.row')).toHaveLength(FIRST_FRAME_ROWS);
  });

  it('an alert alone when nothing was drawn', () => {
    const app = document.createElement('div');
    paintAppLoadError(document, app, 'sv');
    expect(app.querySelectorAll('[role="alert"]')).toHaveLength(1);
    expect(app.textContent).toBe('Dispute Radar kunde inte öppnas helt. Stäng det här fönstret och öppna det igen.');
  });
});
