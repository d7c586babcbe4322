// @vitest-environment happy-dom
// The popup's countdowns move on the minute, as the page's chips do (entrypoints/content/manager's
// tick): they count whole minutes down, so a countdown read late promises time that is gone. The
// popup re-read the clock every 30 s from whenever it was opened: opened 30 s before a deadline, it
// still said "< 1 min to respond" (and listed the dispute as due) for up to 30 s after the deadline
// had passed; now the row is overdue within a moment of it.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { Popup } from '../../components/popup/Popup';
import { createPageTexts } from '../../components/popup/page-texts';
import { assessForList } from '../../lib/cases/list-assessment';
import { DEFAULT_SETTINGS } from '../../lib/cases/schema';
import { LOCALES, t } from '../../lib/i18n';
import { makeCase, NOW } from './fixtures';

let root: HTMLElement;
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
});
afterEach(() => {
  render(null, root);
  root.remove();
  vi.useRealTimers();
});

/** The popup opened `openedMsBefore` ms before dp's deadline (NOW), in `locale`. */
function open(locale: (typeof LOCALES)[number], openedMsBefore: number): () => string {
  vi.setSystemTime(NOW.getTime() - openedMsBefore);
  root = document.createElement('div');
  document.body.append(root);
  const initial = { settings: { ...DEFAULT_SETTINGS, language: locale }, now: Date.now(), cases: [makeCase('D-1', { hoursLeft: 0 })], preview: null, bad: 0, loadError: null, stored: null };
  act(() => render(<Popup assessDispute={assessForList} initial={initial} texts={createPageTexts(async () => null)} />, root));
  return () => root.querySelector('.chip')!.textContent!;
}

describe.each(LOCALES.map((l) => [l] as const))('%s: the popup open across a deadline', (locale) => {
  const underMinute = t(locale, 'fmt.unit.underMinute');
  it.each([30_100, 45_000, 59_000])('opened %d ms before: overdue within a second of the deadline', (before) => {
    const chip = open(locale, before);
    expect(chip()).toBe(t(locale, 'fmt.countdown.response', { time: underMinute }));
    act(() => void vi.advanceTimersByTime(before + 1_000));
    expect(chip()).toBe(t(locale, 'fmt.countdown.overdue', { time: underMinute }));
    expect(root.querySelector('[data-group="overdue"]')).not.toBeNull();
  });
});
