// @vitest-environment happy-dom
// "Add a case" for a dispute already read on a portal site turned off in the settings: the
// background refuses it (tracked from the portal), and the form said "already tracked from your
// portal pages" while the list, which leaves that site's cases out, did not show it anywhere. The
// form now says the site is turned off; a dispute tracked from a site that is on keeps the words.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Popup } from '../../components/popup/Popup';
import { createPageTexts } from '../../components/popup/page-texts';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/cases/schema';
import { t } from '../../lib/i18n';
import { fakeAssess, makeCase, NOW } from './fixtures';
import { fillValidCase, submitForm } from './view-page';

let root: HTMLElement;
beforeEach(() => {
  fakeBrowser.reset();
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const PLAYGROUND = 'https://portal.playground.kustom.co/disputes';
const PRODUCTION = 'https://portal.kustom.co/disputes';

describe('Add a case: a dispute tracked from a portal site turned off', () => {
  it.each<[string, string, Settings['hosts'], string]>([
    ['read on the test portal, turned off', PLAYGROUND, { production: true, playground: false }, 'popup.add.error.trackedOnHostOff'],
    ['read on the test portal, on', PLAYGROUND, { production: true, playground: true }, 'popup.add.error.trackedFromPortal'],
    ['read on the portal, on', PRODUCTION, { production: true, playground: false }, 'popup.add.error.trackedFromPortal'],
  ])('%s: the form says so', async (_name, pageUrl, hosts, key) => {
    fakeBrowser.runtime.onMessage.addListener(async () => ({ ok: false, problem: 'dispute G-1 is already tracked from the portal (store M-1)', code: 'tracked-from-portal' }));
    const initial = {
      settings: { ...DEFAULT_SETTINGS, hosts },
      now: NOW.getTime(),
      cases: [makeCase('G-1', { hoursLeft: 30, pageUrl }), makeCase('P-1', { hoursLeft: 40, pageUrl: PRODUCTION })],
      preview: null,
      bad: 0,
      loadError: null,
      stored: null,
    };
    act(() => render(<Popup assessDispute={(facts) => fakeAssess(facts, undefined)} initial={initial} texts={createPageTexts(async () => null)} />, root));
    await act(async () => [...root.querySelectorAll('button')].find((b) => b.textContent === 'Add a case')!.click());
    await vi.waitFor(() => expect(root.querySelector('form')).not.toBeNull());
    fillValidCase(root);
    act(() => {
      const id = root.querySelector<HTMLInputElement>('[name="disputeId"]')!;
      id.value = 'G-1';
      id.dispatchEvent(new Event('input'));
    });
    await submitForm(root);
    await vi.waitFor(() => expect(root.querySelector('form [role="alert"]')?.textContent).toContain(t('en', key, { id: 'G-1' })));
  });
});
