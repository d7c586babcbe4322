// @vitest-environment happy-dom
// A list page where the reader read some disputes and reports others it could not (disputes in a
// layout whose values no element tells apart, a row showing no ID, an ID cut short, a column whose
// label is cut short, the page's language undecided): the merchant gets the chips of the disputes
// read and the unread marker, saying that not all of the page was read, with the reader's problems
// in its tooltip. Before: the marker came only where no dispute could be assessed, so such a page
// showed its chips and nothing of the disputes left out. A problem of one dispute ("Dispute D1:
// …") is its chip's to show (an estimate, "not enough data"): no marker for it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { beforeEach, describe, expect, it } from 'vitest';
import { MountManager, type ReadPage } from '../../entrypoints/content/manager';
import { createUnreadMarker } from '../../entrypoints/content/unread-marker';
import { DAY, FakeBridge, FakeLife, fakeAssess, fakeRead, usePageLife, moduleRules, allPresent } from './fakes';

const NOW = Date.parse('2026-03-02T12:00:00.000Z');
const LIST = `<main><h1>Disputes</h1><ul><li data-id="D1" data-due="${new Date(NOW + DAY).toISOString()}"><span>D1</span></li></ul></main>`;

/** problems of the page as lib/portal writes them: none of them has a chip to show it */
const PAGE_PROBLEMS: [string, string][] = [
  ['disputes no element tells apart', 'Labelled disputes could not be read.'],
  ['a row showing no dispute ID', 'Row 3 of the list shows no dispute ID.'],
  ['a dispute ID cut short', 'The dispute ID "DP-10…" could not be read: it is cut short.'],
  ['a label cut short', 'The label "Respond…" could not be read: it is cut short.'],
  ['the page\'s language undecided', 'The page\'s language could be sv-SE or nb-NO.'],
];
/** problems of one dispute: its chip says them */
const DISPUTE_PROBLEMS: [string, string][] = [
  ['an amount', 'Dispute D1: the amount could not be read: "lots" is not an amount the reader knows.'],
  ['a deadline', 'Dispute D1: the respond by date could not be read: "4 Febtober 2026" is not a date the reader knows.'],
];

let life: FakeLife;
const pageLife = usePageLife();
beforeEach(() => {
  life = pageLife();
});

async function start(problems: string[], lang = 'en-GB'): Promise<void> {
  document.documentElement.lang = lang;
  document.body.innerHTML = LIST;
  history.replaceState(null, '', '/disputes');
  const read: ReadPage = (doc, url, opts) => ({ ...fakeRead(doc, url, opts), problems });
  const manager = new MountManager({ ...allPresent, doc: document, read, assess: fakeAssess, bridge: new FakeBridge(), life, now: () => NOW, debounceMs: 0, detailRules: moduleRules({ marker: createUnreadMarker }) });
  await manager.start();
}
const markers = () => Array.from(document.querySelectorAll('dispute-radar-marker'));
const markerText = () => markers()[0]!.shadowRoot!.querySelector('span')!.textContent;
const markerTitle = () => markers()[0]!.shadowRoot!.querySelector('[title]')!.getAttribute('title')!;

describe('a list page read in part', () => {
  it.each(PAGE_PROBLEMS)('%s: the chips of the disputes read, and one marker saying not all of the page was read', async (_, problem) => {
    await start([problem]);
    expect(document.querySelectorAll('dispute-radar-chip')).toHaveLength(1);
    expect(markers()).toHaveLength(1);
    expect(markerText()).toBe('Dispute Radar could not read all of this page');
    expect(markerTitle().split('\n')).toEqual(['What could not be read (technical details, in English):', problem]);
  });
  it('in the page\'s language', async () => {
    await start([PAGE_PROBLEMS[0]![1]], 'de-DE');
    expect(markerText()).toBe('Dispute Radar konnte diese Seite nicht ganz lesen');
  });
  it('beside a dispute\'s own problems: one marker, every problem in its tooltip', async () => {
    await start([DISPUTE_PROBLEMS[0]![1], PAGE_PROBLEMS[0]![1]]);
    expect(markers()).toHaveLength(1);
    expect(markerTitle().split('\n').slice(1)).toEqual([DISPUTE_PROBLEMS[0]![1], PAGE_PROBLEMS[0]![1]]);
  });
});

describe('a list page whose problems are its disputes\' own (guards)', () => {
  it.each(DISPUTE_PROBLEMS)('%s: the chips, no marker', async (_, problem) => {
    await start([problem]);
    expect(document.querySelectorAll('dispute-radar-chip')).toHaveLength(1);
    expect(markers()).toHaveLength(0);
  });
  it('no problem: no marker', async () => {
    await start([]);
    expect(markers()).toHaveLength(0);
  });
});

// needsMarker tells a dispute's problems from the page's by their first word: only draft.ts
// disputeProblem may write a problem beginning "Dispute " (a page's problem so written would show
// no marker, its disputes left out with nothing shown).
describe('which problems are a dispute\'s own', () => {
  it('only draft.ts disputeProblem writes a text beginning "Dispute " in lib/portal', () => {
    const dir = join(__dirname, '../../lib/portal');
    const found: string[] = [];
    // (vocabulary.ts is the page's words, "Dispute ID", no problem's)
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'vocabulary.ts')) {
      const source = ts.createSourceFile(name, readFileSync(join(dir, name), 'utf8'), ts.ScriptTarget.Latest, true);
      const visit = (node: ts.Node): void => {
        if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node)) && node.text.startsWith('Dispute ')) {
          const fn = ts.findAncestor(node, ts.isVariableDeclaration);
          found.push(`${name} ${fn ? fn.name.getText() : '?'}`);
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
    expect(found).toEqual(['draft.ts disputeProblem']);
  });
});
