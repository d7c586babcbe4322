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
    const rules = [...css.matchAll(/\.u-([a-z]+)\{color:var\(--dr-\1-fg\);background:var\(--dr-\1-bg\);border-color:var\(--dr-\1-border\)\}/g)].map((m) => m[1]);
    expect(rules).toEqual(URGENCIES);
    for (const u of URGENCIES) for (const part of ['fg', 'bg', 'border']) expect(css.split(`--dr-${u}-${part}:`)).toHaveLength(3);
  });
});
