// @vitest-environment happy-dom
// The popup's window title (what a screen reader announces on opening it, and the tab's title when
// the popup is opened as a page) is in the merchant's language, as the options page's is; it said
// "Dispute Radar" in English whatever the language.
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { Popup } from '../../components/popup/Popup';
import { createPageTexts } from '../../components/popup/page-texts';
import { DEFAULT_SETTINGS } from '../../lib/cases/schema';
import { fakeAssess, makeCase, NOW } from './fixtures';

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('the popup\'s title', () => {
  it.each([
    ['en', 'Dispute Radar – due disputes'],
    ['de', 'Dispute Radar – fällige Streitfälle'],
    ['sv', 'Dispute Radar – tvister att hantera'],
    ['fi', 'Dispute Radar – käsiteltävät kiistat'],
    ['nb', 'Dispute Radar – tvister som forfaller'],
    ['da', 'Dispute Radar – tvister, der forfalder'],
  ] as const)('%s: %s', (locale, title) => {
    document.title = 'Dispute Radar';
    root = document.createElement('div');
    document.body.append(root);
    const initial = { settings: { ...DEFAULT_SETTINGS, language: locale }, now: NOW.getTime(), cases: [makeCase('D-1', { hoursLeft: 30 })], preview: null, bad: 0, loadError: null, stored: null };
    act(() => render(<Popup assessDispute={(facts) => fakeAssess(facts, undefined)} initial={initial} texts={createPageTexts(async () => null)} />, root));
    expect(document.title).toBe(title);
    expect(document.documentElement.lang).toBe(locale);
  });
});
