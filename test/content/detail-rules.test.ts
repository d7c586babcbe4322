// @vitest-environment happy-dom
// The evidence and advice rules load on demand in the content script's build (a detail page needs
// them, a list page does not): the stand-in returns no checklist and no advice until the module is
// in, then lib/rules' own functions; a detail page waits for them before drawing its panel.
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as evidence from '../../lib/rules/evidence';
import * as advice from '../../lib/rules/advice';
import { CATALOG } from '../../lib/i18n';
import * as chunk from '../../entrypoints/content/detail-rules.chunk';
import * as stub from '../../entrypoints/content/detail-rules';
import { MountManager, type ReadPage } from '../../entrypoints/content/manager';
import type { Draft } from '../../lib/portal/draft';
import type { LabelHit } from '../../lib/portal/scan';
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

// The page reader's rarer layouts (lib/portal/labelled-twice.ts, row-above.ts) are in the module in
// the content script's build (modules/content-rules.ts puts these stand-ins in their place): until
// it is in, the first label's value stands and a row's label is the page's, and a page whose
// reading met either is not drawn from that reading: the module is loaded and the page read again.
describe("the reader's rarer layouts, in the module loaded on demand", () => {
  // a fresh stand-in each time: whether a reading wanted the module is the content script's, once
  async function freshStub() {
    vi.resetModules();
    return (await import('../../entrypoints/content/detail-rules')) as typeof stub;
  }
  // DP-1's fields with an "Amount" nearer its ID than the other "Amount" (an aside's, read first)
  const PAGE = '<main><section><dl><dt>Dispute ID</dt><dd>D1</dd><dt>Amount</dt><dd>€2.00</dd></dl></section><aside><p>Amount: €1.00</p></aside><table><tbody><tr><td>Amount: €3.00</td></tr></tbody></table></main>';
  const hits = () => {
    const [idLabel, mine] = Array.from(document.querySelectorAll('dt'));
    const d = { id: 'D1', anchor: document.querySelector('main')!, values: new Map(), fromColumns: new Set(), idLabel } as Draft;
    const h = { field: 'amount', box: mine!, value: { text: '€2.00', el: null } } as unknown as LabelHit;
    const had = { text: '€1.00', el: null, label: document.querySelector('aside p')! };
    const inRow = { field: 'amount', box: document.querySelector('td')! } as unknown as LabelHit;
    return { d, h, had, inRow };
  };

  it('before the module: the first label\'s value, no row, and the module wanted only where either matters', async () => {
    const fresh = await freshStub();
    document.body.innerHTML = PAGE;
    const { d, h, had, inRow } = hits();
    // (a value read first through a column has no label: the module's answer is the same)
    expect(fresh.ownLabel(h, { text: '€1.00', el: null }, d, [], [])).toBe(false);
    expect(fresh.rowAbove({ ...inRow, box: document.querySelector('aside p')! }, new Map(), [])).toBeUndefined();
    expect(fresh.createDetailRules(async () => realModule, CATALOG).wanted()).toBe(false);
    expect(fresh.ownLabel(h, had, d, [], [])).toBe(false);
    expect(fresh.createDetailRules(async () => realModule, CATALOG).wanted()).toBe(true);
    const other = await freshStub();
    expect(other.rowAbove(inRow, new Map(), [])).toBeUndefined();
    expect(other.createDetailRules(async () => realModule, CATALOG).wanted()).toBe(true);
    // once in, the module's own answers
    const rules = other.createDetailRules(async () => realModule, CATALOG);
    expect(await rules.load()).toBe(true);
    expect(other.ownLabel(h, had, d, [], [])).toBe(true);
    other.setDetailRules(null);
  });

  it('zone names: before the module, no answer at all (the reading stops) and the module wanted; its tables after', async () => {
    const fresh = await freshStub();
    const rules = fresh.createDetailRules(async () => realModule, CATALOG);
    expect(() => fresh.zoneNamed('eastern standard time', 'en-GB')).toThrow();
    expect(rules.wanted()).toBe(true);
    for (const ask of [() => fresh.isZoneName('cet'), () => fresh.standardZone('cet'), () => fresh.zoneAt(3_600_000, ['cet'])]) expect(ask).toThrow();
    expect(await rules.load()).toBe(true);
    expect(fresh.zoneNamed('eastern standard time', 'en-GB')).toEqual([-5 * 3_600_000, 'America/New_York']);
    expect(fresh.isZoneName('cet')).toBe(true);
    expect(fresh.standardZone('cet')).toBe('Europe/Stockholm');
    fresh.setDetailRules(null);
  });

  it('a list page whose reading meets one is drawn once the module is in, from a reading with it', async () => {
    const fresh = await freshStub();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let asked = 0;
    const rules = fresh.createDetailRules(async () => {
      asked += 1;
      await gate;
      return realModule;
    }, CATALOG);
    const life = new FakeLife();
    const due = new Date(Date.now() + 2 * DAY).toISOString();
    document.body.innerHTML = `${PAGE}<ul><li data-id="D1" data-due="${due}">D1</li></ul>`;
    history.replaceState(null, '', '/disputes');
    // (as lib/portal's reader asks the stand-in in the content script's build, then the fake's disputes)
    const answers: boolean[] = [];
    const read: ReadPage = (doc, url, opts) => {
      const { d, h, had } = hits();
      answers.push(fresh.ownLabel(h, had, d, [], []));
      return fakeRead(doc, url, opts);
    };
    const manager = new MountManager({ ...allPresent, doc: document, read, assess: fakeAssess, bridge: new FakeBridge(), life, debounceMs: 0, settingsTimeoutMs: 100, detailRules: rules });
    try {
      await manager.start();
      await settle();
      expect(asked).toBe(1);
      expect(answers).toEqual([false]);
      expect(document.querySelectorAll('dispute-radar-chip')).toHaveLength(0);
      release();
      await settle();
      expect(answers).toEqual([false, true]);
      expect(document.querySelectorAll('dispute-radar-chip')).toHaveLength(1);
      expect(asked).toBe(1);
    } finally {
      life.invalidate();
      fresh.setDetailRules(null);
      document.body.innerHTML = '';
    }
  });

  it('a module that cannot be loaded: the page drawn from the reading without it, asked once', async () => {
    const fresh = await freshStub();
    let asked = 0;
    const rules = fresh.createDetailRules(async () => {
      asked += 1;
      throw new Error('blocked');
    }, CATALOG);
    const life = new FakeLife();
    const due = new Date(Date.now() + 2 * DAY).toISOString();
    document.body.innerHTML = `${PAGE}<ul><li data-id="D1" data-due="${due}">D1</li></ul>`;
    history.replaceState(null, '', '/disputes');
    const read: ReadPage = (doc, url, opts) => {
      const { d, h, had } = hits();
      fresh.ownLabel(h, had, d, [], []);
      return fakeRead(doc, url, opts);
    };
    const manager = new MountManager({ ...allPresent, doc: document, read, assess: fakeAssess, bridge: new FakeBridge(), life, debounceMs: 0, settingsTimeoutMs: 100, detailRules: rules });
    try {
      await manager.start();
      await settle();
      expect(document.querySelectorAll('dispute-radar-chip')).toHaveLength(1);
      manager.refresh();
      await settle();
      expect(asked).toBe(1);
    } finally {
      life.invalidate();
      document.body.innerHTML = '';
    }
  });
});
