// @vitest-environment happy-dom
// The evidence and advice rules load on demand in the content script's build (a detail page needs
// them, a list page does not): the stand-in returns no checklist and no advice until the module is
// in, then lib/rules' own functions; a detail page waits for them before drawing its panel.
import { afterEach, describe, expect, it } from 'vitest';
import * as evidence from '../../lib/rules/evidence';
import * as advice from '../../lib/rules/advice';
import { CATALOG } from '../../lib/i18n';
import * as chunk from '../../entrypoints/content/detail-rules.chunk';
import * as stub from '../../entrypoints/content/detail-rules';
import { MountManager } from '../../entrypoints/content/manager';
import type { Assess } from '../../entrypoints/content/page-model';
import type { Assessment } from '../../lib/rules/types';
import { ruleTexts } from '../../components/rule-texts';
import { FakeBridge, FakeLife, fakeAssess, fakeRead, DAY, settle, allPresent } from './fakes';

const realModule: stub.DetailRulesModule = chunk;

afterEach(() => stub.setDetailRules(null));

describe('the stand-in for lib/rules evidence and advice', () => {
  it('gives no checklist, no advice and no panel before the module is loaded, the real ones after', async () => {
    expect(stub.evidenceChecklist('klarna', 'product_not_received', 'physical')).toEqual([]);
    expect(stub.adviceFor({} as never)).toEqual([]);
    const rules = stub.createDetailRules(async () => realModule, CATALOG);
    expect(rules.loaded()).toBe(false);
    expect(rules.panel()).toBeNull();
    expect(await rules.load()).toBe(true);
    expect(rules.loaded()).toBe(true);
    const real = evidence.evidenceChecklist('klarna', 'product_not_received', 'physical');
    expect(real.length).toBeGreaterThan(0);
    expect(stub.evidenceChecklist('klarna', 'product_not_received', 'physical')).toEqual(real);
    expect(stub.evidenceTextKey('x', 'title')).toBe(evidence.evidenceTextKey('x', 'title'));
    expect(stub.adviceTextKey('x')).toBe(advice.adviceTextKey('x'));
  });

  it('imports once however often it is asked', async () => {
    let imports = 0;
    const rules = stub.createDetailRules(async () => {
      imports += 1;
      return realModule;
    }, CATALOG);
    expect(await Promise.all([rules.load(), rules.load(), rules.load()])).toEqual([true, true, true]);
    expect(imports).toBe(1);
  });

  it.each([
    ['an import that fails', () => Promise.reject(new Error('blocked'))],
    ['a module that is not the rules', () => Promise.resolve({} as stub.DetailRulesModule)],
  ])('%s: marked failed, asked once, never a throw', async (_name, importModule) => {
    let calls = 0;
    const rules = stub.createDetailRules(() => {
      calls += 1;
      return importModule();
    }, CATALOG);
    expect(await rules.load()).toBe(false);
    expect(await rules.load()).toBe(false);
    expect(rules.failed()).toBe(true);
    expect(rules.loaded()).toBe(false);
    expect(calls).toBe(1);
  });
});

describe('a detail page with rules loaded on demand', () => {
  it('draws its panel once the rules are in, and a list page does not ask for them', async () => {
    const life = new FakeLife();
    const bridge = new FakeBridge();
    let release: () => void = () => {};
    let asked = 0;
    let shared: unknown = null;
    const rules = stub.createDetailRules(() => {
      asked += 1;
      return new Promise((resolve) => (release = () => resolve({ ...realModule, shareCatalog: (c) => (shared = c) })));
    }, CATALOG);
    const due = new Date(Date.now() + 2 * DAY).toISOString();
    document.body.innerHTML = `<main><ul><li data-id="D1" data-due="${due}">D1</li></ul></main>`;
    // the assessment the panel was drawn from: the last one made
    let assessed: Assessment | null = null;
    const assess: Assess = (d, opts) => (assessed = fakeAssess(d, opts));
    const manager = new MountManager({ ...allPresent, doc: document, read: fakeRead, assess, bridge, life, debounceMs: 0, settingsTimeoutMs: 100, detailRules: rules });
    try {
      await manager.start();
      expect(document.querySelectorAll('dispute-radar-chip')).toHaveLength(1);
      expect(asked).toBe(0);
      document.querySelector('main')!.innerHTML = `<article data-id="D1" data-due="${due}"><h1>D1</h1></article>`;
      life.navigate(location.href);
      await settle();
      expect(asked).toBe(1);
      expect(document.querySelector('dispute-radar-panel')).toBeNull();
      release();
      await settle();
      expect(document.querySelectorAll('dispute-radar-panel')).toHaveLength(1);
      expect(document.querySelectorAll('dispute-radar-chip')).toHaveLength(0);
      // the module reads the content script's own texts
      expect(shared).toBe(CATALOG);
      // and its panel words the checklist and the advice with components/rule-texts
      const panelText = document.querySelector('dispute-radar-panel')!.shadowRoot!.textContent ?? '';
      const item = (assessed as Assessment | null)!.checklist[0]!;
      expect(ruleTexts.evidence(item, 'en').title.length).toBeGreaterThan(0);
      expect(panelText).toContain(ruleTexts.evidence(item, 'en').title);
      expect(rules.panel()).toBe(chunk.createDetailPanel);
    } finally {
      life.invalidate();
      document.body.innerHTML = '';
    }
  });
});

describe('the unread marker, in the module loaded on demand', () => {
  async function unreadablePage(importModule: () => Promise<stub.DetailRulesModule>) {
    const life = new FakeLife();
    let asked = 0;
    const rules = stub.createDetailRules(() => {
      asked += 1;
      return importModule();
    }, CATALOG);
    document.body.innerHTML = '<main><p>Something new</p></main>';
    history.replaceState(null, '', '/disputes');
    fakeRead.calls = 0;
    const manager = new MountManager({ ...allPresent, doc: document, read: fakeRead, assess: fakeAssess, bridge: new FakeBridge(), life, debounceMs: 0, settingsTimeoutMs: 100, detailRules: rules });
    await manager.start();
    return { life, manager, rules, asked: () => asked };
  }
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('a page that cannot be read loads the module and then shows the marker, once', async () => {
    const page = await unreadablePage(async () => realModule);
    try {
      await settle();
      expect(page.asked()).toBe(1);
      expect(document.querySelectorAll('dispute-radar-marker')).toHaveLength(1);
      expect(document.querySelector('dispute-radar-marker')!.shadowRoot!.textContent).toContain('Dispute Radar could not read this page');
      page.manager.refresh();
      await settle();
      expect(document.querySelectorAll('dispute-radar-marker')).toHaveLength(1);
      expect(page.asked()).toBe(1);
      expect(page.rules.marker()).toBe(chunk.createUnreadMarker);
    } finally {
      page.life.invalidate();
    }
    expect(document.querySelector('dispute-radar-marker')).toBeNull();
  });

  it('a module that cannot be loaded: no marker, no exception, no loop of readings', async () => {
    const page = await unreadablePage(() => Promise.reject(new Error('blocked')));
    try {
      await settle();
      const reads = fakeRead.calls;
      page.manager.refresh();
      await settle();
      expect(document.querySelector('dispute-radar-marker')).toBeNull();
      expect(page.asked()).toBe(1);
      expect(fakeRead.calls).toBe(reads + 1);
    } finally {
      page.life.invalidate();
    }
  });

  it('a readable list page never asks for the module', async () => {
    const due = new Date(Date.now() + 2 * DAY).toISOString();
    let asked = 0;
    const rules = stub.createDetailRules(async () => {
      asked += 1;
      return realModule;
    }, CATALOG);
    const life = new FakeLife();
    document.body.innerHTML = `<main><ul><li data-id="D1" data-due="${due}">D1</li></ul></main>`;
    history.replaceState(null, '', '/disputes');
    const manager = new MountManager({ ...allPresent, doc: document, read: fakeRead, assess: fakeAssess, bridge: new FakeBridge(), life, debounceMs: 0, settingsTimeoutMs: 100, detailRules: rules });
    try {
      await manager.start();
      await settle();
      expect(document.querySelectorAll('dispute-radar-chip')).toHaveLength(1);
      expect(asked).toBe(0);
    } finally {
      life.invalidate();
    }
  });
});
