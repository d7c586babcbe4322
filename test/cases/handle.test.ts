// Sender checks and request shape: refused requests get { ok: false } and change nothing.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { classifySender, senderProblem, type SenderLike } from '../../lib/cases/sender';
import { DEFAULT_SETTINGS } from '../../lib/cases/schema';
import { at, EXTENSION_ID, EXTENSION_ORIGIN, handlerSetup, popupSender, portalTabSender, reading } from './fixtures';

const ID = EXTENSION_ID;
const ORIGIN = EXTENSION_ORIGIN;
const popup = popupSender;
const portalTab = portalTabSender;
const playgroundTab: SenderLike = { id: ID, url: 'https://portal.playground.kustom.co/x', tab: { url: 'https://portal.playground.kustom.co/x' } };

describe('classifySender', () => {
  it.each<[string, SenderLike, 'extension' | 'portal' | null]>([
    ['our popup', popup, 'extension'],
    ['our options page in a tab', { id: ID, url: `${ORIGIN}options.html`, tab: { url: `${ORIGIN}options.html` } }, 'extension'],
    ['content script on the portal', portalTab, 'portal'],
    ['content script on the playground portal', playgroundTab, 'portal'],
    ['another extension', { id: 'other', url: 'chrome-extension://other/popup.html' }, null],
    ['our id but a foreign page', { id: ID, url: 'https://evil.example/', tab: { url: 'https://evil.example/' } }, null],
    ['look-alike host', { id: ID, url: 'https://portal.kustom.co.evil.example/', tab: { url: 'https://portal.kustom.co.evil.example/' } }, null],
    ['plain http portal', { id: ID, url: 'http://portal.kustom.co/', tab: { url: 'http://portal.kustom.co/' } }, null],
    ['portal frame inside a foreign tab', { id: ID, url: 'https://portal.kustom.co/', tab: { url: 'https://evil.example/' } }, null],
    ['no URL at all', { id: ID }, null],
    ['another extension origin with our id', { id: ID, url: 'chrome-extension://zzz/popup.html' }, null],
  ])('%s', (_name, sender, role) => {
    expect(classifySender(sender, ID, ORIGIN, DEFAULT_SETTINGS)).toBe(role);
  });

  it('respects the hosts the settings allow', () => {
    const settings = { hosts: { production: false, playground: true } };
    expect(classifySender(portalTab, ID, ORIGIN, settings)).toBeNull();
    expect(classifySender(playgroundTab, ID, ORIGIN, settings)).toBe('portal');
  });

  it.each([
    ['portal', 'cases:observed', null],
    ['portal', 'case:merchant-update', null],
    ['portal', 'settings:get', null],
    ['portal', 'cases:clear', 'may not'],
    ['portal', 'cases:export', 'may not'],
    ['portal', 'settings:update', 'may not'],
    ['portal', 'settings:reset-seen', 'may not'],
    ['extension', 'settings:reset-seen', null],
    ['extension', 'cases:observed', 'portal pages only'],
    ['extension', 'cases:clear', null],
  ] as const)('%s may send %s: %s', (role, type, problem) => {
    const result = senderProblem(role, type);
    if (problem === null) expect(result).toBeNull();
    else expect(result).toContain(problem);
  });
});

describe('message handler', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  const setup = handlerSetup;

  it('stores a valid reading from the portal and replies with the merchant inputs', async () => {
    const { handle, afterChange } = setup();
    const reply = await handle(reading([{ id: 'dp_1', status: 'open', dueBy: at(5) }]), portalTab);
    expect(reply).toEqual({ ok: true, merchant: { 'S1|dp_1': { ticks: {} } }, stored: 1 });
    expect(afterChange).toHaveBeenCalledTimes(1);
  });

  it.each<[string, unknown, SenderLike]>([
    ['not an object', 'cases:observed', portalTab],
    ['unknown type', { type: 'cases:nuke' }, popup],
    ['bad dispute in a reading', reading([{ id: '' }]), portalTab],
    ['bad page URL', { ...reading([{ id: 'x' }]), pageUrl: 'javascript:alert(1)x' }, portalTab],
    ['page URL on another site', { ...reading([{ id: 'x' }]), pageUrl: 'https://evil.example/disputes' }, portalTab],
    ['clear without confirm', { type: 'cases:clear' }, popup],
    ['clear with confirm false', { type: 'cases:clear', confirm: false }, popup],
    ['reading from a stranger', reading([{ id: 'dp_1' }]), { id: 'other', url: 'https://portal.kustom.co/' }],
    ['clear from the portal page', { type: 'cases:clear', confirm: true }, portalTab],
    ['reading from our popup', reading([{ id: 'dp_1' }]), popup],
  ])('refuses %s: ok false, nothing stored, no refresh', async (_name, message, sender) => {
    const { store, handle, afterChange } = setup();
    await store.observe(reading([{ id: 'keep' }]));
    const before = await fakeBrowser.storage.local.get(null);
    const reply = await handle(message, sender);
    expect(reply).toMatchObject({ ok: false, problem: expect.any(String) });
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
    expect(afterChange).not.toHaveBeenCalled();
  });

  it('settings:reset-seen: a portal page cannot clear the list of reset settings; the options page (our own) can', async () => {
    const { handle, afterChange } = setup();
    await fakeBrowser.storage.local.set({ settingsReset: ['language'] });
    expect(await handle({ type: 'settings:reset-seen' }, portalTab)).toMatchObject({ ok: false, problem: expect.any(String) });
    expect((await fakeBrowser.storage.local.get('settingsReset')).settingsReset).toEqual(['language']);
    expect(await handle({ type: 'settings:reset-seen' }, popup)).toMatchObject({ ok: true });
    expect((await fakeBrowser.storage.local.get('settingsReset')).settingsReset).toBeUndefined();
    expect(afterChange).not.toHaveBeenCalled();
  });

  it('serves the popup: list, add-manual, export, import, clear with confirmation, settings', async () => {
    const { handle } = setup();
    await handle(reading([{ id: 'dp_1' }]), portalTab);
    const manual = await handle(
      { type: 'case:add-manual', facts: { id: 'mail-1', provider: 'klarna', status: 'warning_needs_response', createdAt: at(-2), amount: { amountMinor: 100, currency: 'SEK' } } },
      popup,
    );
    expect(manual).toEqual({ ok: true, key: '-|mail-1', created: true });
    const list = await handle({ type: 'cases:list' }, popup);
    expect(list.ok && 'cases' in list && list.cases.map((c) => c.key).sort()).toEqual(['-|mail-1', 'S1|dp_1']);
    const exported = await handle({ type: 'cases:export' }, popup);
    const json = exported.ok && 'json' in exported ? exported.json : '';
    expect(await handle({ type: 'cases:clear', confirm: true }, popup)).toEqual({ ok: true, removed: 2 });
    expect(await handle({ type: 'cases:import', json }, popup)).toEqual({ ok: true, report: { added: 2, merged: 0, skipped: [] } });
    expect(await handle({ type: 'settings:update', patch: { soonHours: 48 } }, popup)).toMatchObject({ ok: true, settings: { soonHours: 48 } });
    expect(await handle({ type: 'settings:get' }, portalTab)).toMatchObject({ ok: true, settings: { soonHours: 48 } });
  });

  it('a settings patch changes only the fields it names: a chosen language stays when another setting changes', async () => {
    const { handle } = setup();
    await handle({ type: 'settings:update', patch: { language: 'sv' } }, popup);
    expect(await handle({ type: 'settings:update', patch: { soonHours: 48 } }, popup)).toMatchObject({ ok: true, settings: { language: 'sv', soonHours: 48 } });
    expect(await handle({ type: 'settings:update', patch: { notifications: { enabled: false } } }, popup)).toMatchObject({ ok: true, settings: { language: 'sv' } });
    // null still means "the browser's language"
    expect(await handle({ type: 'settings:update', patch: { language: null } }, popup)).toMatchObject({ ok: true, settings: { language: null, soonHours: 48 } });
  });

  it('a portal tab the settings exclude is refused', async () => {
    const { handle } = setup();
    await handle({ type: 'settings:update', patch: { hosts: { production: false } } }, popup);
    expect(await handle(reading([{ id: 'dp_1' }]), portalTab)).toMatchObject({ ok: false });
    expect(await handle(reading([{ id: 'dp_1' }], { pageUrl: 'https://portal.playground.kustom.co/d' }), playgroundTab)).toMatchObject({ ok: true });
  });
});
