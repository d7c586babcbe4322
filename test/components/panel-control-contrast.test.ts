// The detail panel's select (what was sold, buyer country) and text inputs: their border is the only
// thing that shows where to choose or type, so it must stand out from the panel at 3:1 (WCAG 1.4.11
// non-text contrast), light and dark, as the popup's and options page's controls already do
// (test/popup/theme-contrast.test.ts). The panel drew them with its separator colour --dr-border
// (1.5:1 light, 2.2:1 dark).
import { describe, expect, it } from 'vitest';
import { PANEL_CSS } from '../../components/annotation-css';
import { contrastRatio } from '../../components/format';

/** Custom properties with a #rrggbb value declared in the blocks of `css` whose selector is `selector`. */
function varsOf(css: string, selector: string): Record<string, string> {
  const out: Record<string, string> = {};
  const escaped = selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const m of css.matchAll(new RegExp(`(?:^|[}\\n])${escaped}\\{([^}]*)\\}`, 'g'))) {
    for (const d of m[1]!.split(';')) {
      const v = /^\s*--([\w-]+)\s*:\s*(#[0-9a-f]{6})\s*$/i.exec(d);
      if (v) out[v[1]!] = v[2]!;
    }
  }
  return out;
}

const light = varsOf(PANEL_CSS, ':host');
const dark = { ...light, ...varsOf(PANEL_CSS, ':host([data-scheme="dark"])') };

/** The variable the panel's controls take their border colour from. */
function controlBorderVar(): string {
  const rule = /(?:^|\n)\.panel select,[^{]*\{([^}]*)\}/.exec(PANEL_CSS);
  expect(rule, 'the rule for .panel select').not.toBeNull();
  const value = /border:[^;]*var\(--([\w-]+)\)/.exec(rule![1]!);
  expect(value, 'its border colour').not.toBeNull();
  return value![1]!;
}

describe('the detail panel’s controls', () => {
  it('both schemes are read', () => {
    expect(light['dr-bg']).toMatch(/^#/);
    expect(dark['dr-bg']).not.toBe(light['dr-bg']);
  });

  it.each([
    ['light', light],
    ['dark', dark],
  ] as const)('%s: a select’s and a text field’s border shows against the panel (3:1)', (_scheme, vars) => {
    const border = vars[controlBorderVar()];
    expect(border, `--${controlBorderVar()}`).toBeDefined();
    expect(contrastRatio(border!, vars['dr-bg']!)).toBeGreaterThanOrEqual(3);
  });
});
