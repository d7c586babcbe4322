// The content script's checks at its boundaries use the contract schemas themselves (zod/mini, no
// twins): these tests pin what each check lets through and what it refuses.
import { describe, expect, it } from 'vitest';
import { STORAGE_KEYS } from '../../lib/cases/read';
import { DEFAULT_SETTINGS, settingsSchema } from '../../lib/cases/schema';
import * as wire from '../../entrypoints/content/wire';
import * as observedCheck from '../../entrypoints/content/observed-check';
import { observedMessage, REQUIRED_FACTS as facts } from './fakes';

const observed = observedMessage;

describe('content script boundary checks', () => {
  it.each([
    ['complete facts', facts, { ok: true }],
    ['no amount', { ...facts, amount: undefined }, { ok: false, fields: ['amount'] }],
    ['lower-case currency and an unknown provider', { ...facts, provider: 'paypal', amount: { amountMinor: 1, currency: 'eur' } }, { ok: false, fields: ['provider', 'amount'] }],
    ['a fractional amount', { ...facts, amount: { amountMinor: 12.5, currency: 'EUR' } }, { ok: false, fields: ['amount'] }],
    ['a date that is no date', { ...facts, createdAt: 'yesterday' }, { ok: false, fields: ['createdAt'] }],
  ])('checkFacts: %s', (_name, value, expected) => {
    const r = wire.checkFacts(value);
    expect(r.ok).toBe(expected.ok);
    if (!r.ok) expect(r.fields).toEqual((expected as { fields: string[] }).fields);
  });

  it('cases:observed: a portal page passes, another site or a bad instant does not', () => {
    const message = observed([{ id: 'D1', status: 'open' as const }]);
    expect(observedCheck.checkObserved(message)).toEqual(message);
    expect(observedCheck.checkObserved({ ...message, pageUrl: 'https://example.com/disputes' })).toBeNull();
    expect(observedCheck.checkObserved({ ...message, observedAt: '2026-03-02' })).toBeNull();
    expect(observedCheck.checkObservedDispute({ id: 'D1', buyerCountry: 'se' })).toBeNull();
    expect(observedCheck.checkObservedDispute({ id: 'D1', buyerCountry: 'SE' })).toEqual({ id: 'D1', buyerCountry: 'SE' });
  });

  it('cases:observed: a dispute that does not pass is left out, the others are sent; nothing when none or the envelope fails', () => {
    const message = observed([{ id: 'D1', status: 'open' as const }, { id: 'D2', buyerCountry: 'se' }, { id: 'D3', amount: { amountMinor: 100, currency: 'EUR' } }]);
    expect(observedCheck.checkObserved(message)?.disputes.map((d) => d.id)).toEqual(['D1', 'D3']);
    expect(observedCheck.checkObserved({ ...message, disputes: [{ id: 'D2', buyerCountry: 'se' }] })).toBeNull();
    expect(observedCheck.checkObserved({ ...message, disputes: [{ id: '' }] })).toBeNull();
    expect(observedCheck.checkObserved({ ...message, observedAt: 'now' })).toBeNull();
  });

  it('case:merchant-update: a patch passes, an unknown goods type does not', () => {
    const update = { type: 'case:merchant-update' as const, storeId: null, disputeId: 'D1', patch: { goods: 'digital' as const, ticks: { a: true } } };
    expect(wire.checkUpdate(update)).toEqual(update);
    expect(wire.checkUpdate({ ...update, patch: { goods: 'food' as never } })).toBeNull();
  });

  // the settings' own defaults, for the fields a page uses
  const PAGE_DEFAULTS = {
    timeZone: DEFAULT_SETTINGS.timeZone,
    criticalHours: DEFAULT_SETTINGS.criticalHours,
    soonHours: DEFAULT_SETTINGS.soonHours,
    hosts: DEFAULT_SETTINGS.hosts,
  };

  it('settings: the fields a page uses, defaults for what is missing, the defaults for settings that do not parse, hosts included', () => {
    expect(wire.parseContentSettings(undefined)).toEqual(PAGE_DEFAULTS);
    expect(wire.DEFAULT_CONTENT_SETTINGS).toEqual(PAGE_DEFAULTS);
    expect(wire.parseContentSettings({ criticalHours: 12, hosts: { playground: false } })).toEqual({
      ...PAGE_DEFAULTS,
      criticalHours: 12,
      hosts: { production: true, playground: false },
    });
    expect(wire.parseContentSettings({ criticalHours: -1 })).toEqual(PAGE_DEFAULTS);
    expect(wire.parseContentSettings({ timeZone: '' })).toEqual(PAGE_DEFAULTS);
  });

  it('settings: a bad value in a field a page never reads does not cost it the zone and thresholds', () => {
    const stored = { ...DEFAULT_SETTINGS, timeZone: 'Europe/Helsinki', criticalHours: 6, retentionDays: -5, language: 'xx', notifications: { enabled: 'yes' } };
    expect(wire.parseContentSettings(stored)).toEqual({ ...PAGE_DEFAULTS, timeZone: 'Europe/Helsinki', criticalHours: 6 });
  });

  it('settings: every field a page reads is checked as the settings check it', () => {
    for (const [field, value] of [
      ['timeZone', 'Europe/Oslo'],
      ['criticalHours', 1.5],
      ['soonHours', 1440],
      ['hosts', { production: false, playground: true }],
      ['criticalHours', 721],
      ['soonHours', 0],
      ['hosts', { production: 'no' }],
      ['timeZone', 3],
    ] as const) {
      const full = settingsSchema.safeParse({ [field]: value });
      const page = wire.parseContentSettings({ [field]: value });
      if (full.success) expect(page[field], `${field} ${JSON.stringify(value)}`).toEqual(full.data[field]);
      else expect(page, `${field} ${JSON.stringify(value)}`).toEqual(PAGE_DEFAULTS);
    }
  });

  it('storage keys are the contract ones', () => {
    expect(`local:${wire.STORED.cases}`).toBe(STORAGE_KEYS.cases);
    expect(`local:${wire.STORED.settings}`).toBe(STORAGE_KEYS.settings);
  });

  it('reads merchant inputs from the stored cases, skipping what does not parse', () => {
    const raw = {
      'M1|D1': { key: 'M1|D1', merchant: { goods: 'digital', ticks: { a: true } } },
      'M1|D2': { key: 'other', merchant: { ticks: {} } },
      'M1|D3': { key: 'M1|D3', merchant: { goods: 'food', ticks: {} } },
      'M1|D4': 'junk',
    };
    expect(wire.merchantFromStore(raw).get('M1|D1')).toEqual({ goods: 'digital', ticks: { a: true } });
    expect([...wire.merchantFromStore(raw).keys()].filter((k) => !k.startsWith('-|'))).toEqual(['M1|D1']);
    expect(wire.merchantFromStore(null).size).toBe(0);
  });

  // A page without a store reads D1 under "-|D1"; the background files that reading under the one
  // case stored for D1 (lib/cases/merge.ts fileDispute). The live watch gave that page nothing
  // until its next reading: a tick made in another tab did not show.
  it.each([
    ['one case under a store: its inputs for a page without a store too', { 'M1|D1': { goods: 'digital', ticks: { a: true } } }, { goods: 'digital', ticks: { a: true } }],
    ['two stores show the same dispute id: no guess', { 'M1|D1': { goods: 'digital', ticks: {} }, 'M2|D1': { goods: 'food', ticks: {} } }, undefined],
    [
      "a case stored without a store keeps its own inputs",
      { 'M1|D1': { goods: 'digital', ticks: {} }, '-|D1': { goods: 'physical', ticks: {} } },
      { goods: 'physical', ticks: {} },
    ],
    ['a second case whose inputs do not parse still counts: no guess', { 'M1|D1': { goods: 'digital', ticks: {} }, 'M2|D1': { goods: 'x' } }, undefined],
  ])('%s', (_name, merchants, storeless) => {
    const raw = Object.fromEntries(Object.entries(merchants).map(([key, merchant]) => [key, { key, merchant }]));
    expect(wire.merchantFromStore(raw).get('-|D1')).toEqual(storeless);
    expect(wire.merchantFromStore(JSON.stringify(raw)).get('-|D1')).toEqual(storeless);
  });
});
