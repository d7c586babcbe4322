// The popup's first script has Intl load the first frame's date, money and zone data while the main
// bundle is on its way (components/popup/prefetch.ts warmIntl): after the storage reads are asked
// for, in a task of its own, and never a throw.
import { describe, expect, it } from 'vitest';
import { startPrefetch, warmIntl } from '../../components/popup/prefetch';
import { PREFETCH_INTL_MARK } from '../../components/popup/marks';

describe('warmIntl', () => {
  it.each([['de-AT'], ['nb'], ['no'], ['en-US'], [''], ['xx-YY'], ['not a tag!!'], [undefined]])('does not throw for the browser language %j', (language) => {
    expect(() => warmIntl(language)).not.toThrow();
  });

  /** Intl whose constructors record the language tag they were made for (and work as Intl's own). */
  function recordingIntl(failNumbers = false) {
    const made: string[] = [];
    const record = <T extends new (tag: string, o?: object) => object>(name: string, Real: T) =>
      class extends (Real as new (tag: string, o?: object) => object) {
        constructor(tag: string, o?: object) {
          made.push(`${name} ${tag}`);
          if (failNumbers && name === 'NumberFormat') throw new RangeError('no currency formats here');
          super(tag, o);
        }
      } as unknown as T;
    const intl = {
      DateTimeFormat: record('DateTimeFormat', Intl.DateTimeFormat),
      NumberFormat: record('NumberFormat', Intl.NumberFormat),
      PluralRules: record('PluralRules', Intl.PluralRules),
    } as unknown as Pick<typeof Intl, 'DateTimeFormat' | 'NumberFormat' | 'PluralRules'>;
    return { intl, made };
  }

  it.each([
    ['sv-FI', 'sv-SE'],
    ['de-AT', 'de-DE'],
    ['no', 'nb-NO'],
    ['ja-JP', 'en-GB'],
  ])('asks Intl for the formats of the UI language (browser %s: %s) and the zone offsets', (language, tag) => {
    const { intl, made } = recordingIntl();
    warmIntl(language, intl);
    expect(made).toEqual([`DateTimeFormat ${tag}`, `NumberFormat ${tag}`, `PluralRules ${tag}`, 'DateTimeFormat en-US']);
  });

  it('does not throw when the engine lacks a format', () => {
    const { intl, made } = recordingIntl(true);
    expect(() => warmIntl('de-DE', intl)).not.toThrow();
    expect(made).toEqual(['DateTimeFormat de-DE', 'NumberFormat de-DE']);
  });
});

describe('startPrefetch and warmIntl', () => {
  it('warms Intl in a task of its own, after the reads are asked for, and marks it', () => {
    const order: string[] = [];
    const tasks: (() => void)[] = [];
    const marks: string[] = [];
    const scope = {
      chrome: { storage: { local: { get: async (keys: string[]) => (order.push(`get ${keys.join(',')}`), {}) } } },
      navigator: { language: 'fi-FI' },
      performance: { mark: (name: string) => marks.push(name) },
      setTimeout: (fn: () => void) => tasks.push(fn),
    } as unknown as typeof globalThis;
    expect(startPrefetch(scope)).not.toBeNull();
    expect(order).toEqual(['get cases$,dueIndex,settings,settingsReset']);
    // nothing of Intl yet: the first script returns at once, so the page's parser goes on
    expect(marks).not.toContain(PREFETCH_INTL_MARK);
    expect(tasks).toHaveLength(1);
    tasks[0]!();
    expect(marks).toContain(PREFETCH_INTL_MARK);
  });
});
