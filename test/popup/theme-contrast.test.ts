// The colours the popup and the options page draw with (components/popup/theme.ts), light and dark:
// text at AA (4.5:1) on the surfaces it sits on, and the boundary of a text field or a select, the
// only thing that shows where to type, at 3:1 (WCAG 1.4.11 non-text contrast), as the focus ring.
import { describe, expect, it } from 'vitest';
import { baseCss } from '../../components/popup/theme';
import { popupCss } from '../../components/popup/popup.css';
import { contrastRatio } from '../../components/format';

function vars(block: string): Record<string, string> {
  return Object.fromEntries(
    block
      .split(';')
      .map((d) => /^\s*--([\w-]+)\s*:\s*(#[0-9a-f]{6})\s*$/i.exec(d))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[1]!, m[2]!]),
  );
}
const blocks = [...baseCss().matchAll(/:root\{([^}]*)\}/g)].map((m) => vars(m[1]!));
const schemes = { light: blocks[0]!, dark: blocks[1]! };

/** The colour of the rule for `selector` and `property` in `css` (baseCss unless given), as a variable name. */
function ruleVar(selector: string, property: string, css = baseCss()): string {
  const rule = new RegExp(`(^|\\n)${selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\{([^}]*)\\}`).exec(css);
  expect(rule, selector).not.toBeNull();
  const value = new RegExp(`${property}:[^;]*var\\(--([\\w-]+)\\)`).exec(rule![2]!);
  expect(value, `${selector} ${property}`).not.toBeNull();
  return value![1]!;
}

describe('popup and options colours', () => {
  it('both schemes are read', () => {
    expect(Object.keys(schemes.light).length).toBeGreaterThan(10);
    expect(Object.keys(schemes.dark)).toEqual(Object.keys(schemes.light));
  });

  it.each(
    (['light', 'dark'] as const).flatMap((scheme) =>
      [
        ['fg', 'bg'],
        ['fg', 'raised'],
        ['muted', 'bg'],
        ['muted', 'raised'],
        ['error', 'bg'],
        ['error', 'raised'],
        ['ok', 'raised'],
        ['bg', 'accent'],
      ].map(([fg, bg]) => [scheme, fg!, bg!] as const),
    ),
  )('%s: text --%s on --%s meets AA (4.5:1)', (scheme, fg, bg) => {
    const c = schemes[scheme];
    expect(contrastRatio(c[fg]!, c[bg]!)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(['light', 'dark'] as const)('%s: a text field’s and a select’s border shows against the page (3:1), as the focus ring does', (scheme) => {
    const c = schemes[scheme];
    const border = ruleVar('.field input,.field select', 'border');
    expect(contrastRatio(c[border]!, c.bg!)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(c.focus!, c.bg!)).toBeGreaterThanOrEqual(3);
  });

  it.each(['light', 'dark'] as const)('%s: the popup’s line of settings put back to their defaults: its text, its button’s text, edge and focus ring on the notice', (scheme) => {
    const c = schemes[scheme];
    const notice = ruleVar('.notice', 'background');
    expect(contrastRatio(c[ruleVar('.notice.bad', 'color')]!, c[notice]!)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(c[ruleVar('.btn', 'color')]!, c[ruleVar('.btn', 'background')]!)).toBeGreaterThanOrEqual(4.5);
    // The button is as raised as the notice it sits on: its edge is what shows it is one.
    expect(contrastRatio(c[ruleVar('.settings-reset .btn', 'border-color', popupCss)]!, c[notice]!)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(c.focus!, c[notice]!)).toBeGreaterThanOrEqual(3);
  });
});
