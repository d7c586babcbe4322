// The chips' and summary line's sheets colour every urgency: one .u-<urgency> rule per urgency the
// colour table has (components/annotation-css writes them from the table's keys), in its order,
// each taking the urgency's own variables, which both schemes define.
import { describe, expect, it } from 'vitest';
import { CHIP_CSS, LINE_CSS, MARKER_CSS, PANEL_CSS } from '../../components/annotation-css';
import { urgencyColors } from '../../components/format';

const URGENCIES = ['overdue', 'critical', 'soon', 'ok', 'none'] as const;

describe('the urgency rules of the in-page sheets', () => {
  it('the colour table has every urgency, in the same order in both schemes', () => {
    expect(Object.keys(urgencyColors.light)).toEqual(URGENCIES);
    expect(Object.keys(urgencyColors.dark)).toEqual(URGENCIES);
  });

  it.each([
    ['chips', CHIP_CSS],
    ['summary line', LINE_CSS],
    ['marker', MARKER_CSS],
    ['panel', PANEL_CSS],
  ])('%s: one rule per urgency, in order, with its variables defined for both schemes', (_name, css) => {
    const rules = [...css.matchAll(/\.u-([a-z]+)\{color:var\(--dr-\1-fg\);background:var\(--dr-\1-bg\);border:1px solid var\(--dr-\1-border\)\}/g)].map((m) => m[1]);
    expect(rules).toEqual(URGENCIES);
    for (const u of URGENCIES) for (const part of ['fg', 'bg', 'border']) expect(css.split(`--dr-${u}-${part}:`)).toHaveLength(3);
  });
});

const SHEETS = [
  ['chips', CHIP_CSS],
  ['summary line', LINE_CSS],
  ['marker', MARKER_CSS],
  ['panel', PANEL_CSS],
] as const;

/** `--dr-name:value` declarations: name → how many (a light and a dark one each). */
function defined(css: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of css.matchAll(/(--dr-[a-z-]+):/g)) out.set(m[1]!, (out.get(m[1]!) ?? 0) + 1);
  return out;
}
const used = (css: string): Set<string> => new Set([...css.matchAll(/var\((--dr-[a-z-]+)\)/g)].map((m) => m[1]!));

describe('the variables of the in-page sheets', () => {
  it.each(SHEETS)('%s: every variable it uses is defined for both schemes', (_name, css) => {
    const defs = defined(css);
    expect([...used(css)].filter((v) => defs.get(v) !== 2)).toEqual([]);
  });

  it('no sheet defines a variable that no sheet uses (the chips\' sheet is in every list page\'s content script)', () => {
    const all = new Set(SHEETS.flatMap(([, css]) => [...used(css)]));
    expect(SHEETS.flatMap(([, css]) => [...defined(css).keys()]).filter((v) => !all.has(v))).toEqual([]);
  });

  it.each([
    ['chips', CHIP_CSS, false],
    ['summary line', LINE_CSS, false],
    ['marker', MARKER_CSS, true],
    ['panel', PANEL_CSS, true],
  ] as const)('%s: a focus ring only where something takes focus (the marker\'s button, the panel\'s controls): %s', (_name, css, focusable) => {
    expect(css.includes(':focus-visible{outline:2px solid var(--dr-focus)')).toBe(focusable);
    expect(defined(css).has('--dr-muted')).toBe(focusable);
  });
});
