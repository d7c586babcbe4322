// The styles of every in-page annotation. They live in the shadow roots only (never in the
// portal's document), in px not rem: the portal sets its own root font size. The host element
// sits in the portal's DOM, where the portal's own rules would beat plain `:host` rules; an
// `!important` inside the shadow beats them (CSS Cascade 4, shadow-including tree order).
import { controlColors, lineColors, surfaceColors, urgencyColors, type ColorScheme } from './format';
import type { Urgency } from '../lib/rules/types';

// Each sheet defines only the variables its rules use (test/components/annotation-css.test.ts):
// the chips' and summary line's sheets are in every list page's content script (and a 500-row list
// has 500 chip shadow roots to style); the muted and focus colours only the marker and panel use.
function schemeVars(scheme: ColorScheme): string {
  const s = lineColors[scheme];
  const urgencies = Object.entries(urgencyColors[scheme]) as [Urgency, { fg: string; bg: string; border: string }][];
  return [
    `--dr-fg:${s.fg};--dr-bg:${s.bg};--dr-border:${s.border};`,
    ...urgencies.map(([u, c]) => `--dr-${u}-fg:${c.fg};--dr-${u}-bg:${c.bg};--dr-${u}-border:${c.border};`),
  ].join('');
}

// (A backslash at a line's end continues the line: the sheets in the content script carry no line
// breaks; every byte of it counts against the 40 KB limit.) `all` leaves out `direction`: on a
// right-to-left page our texts (every UI language is left to right) would be laid out right to
// left, a countdown's number moved to its end ("d 21 h to respond … 5").
const HOST_CSS = `\
:host{all:initial !important;direction:ltr !important;color-scheme:light !important;${schemeVars('light')}}\
:host([data-scheme="dark"]){color-scheme:dark !important;${schemeVars('dark')}}\
:host{font:12px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif !important;color:var(--dr-fg) !important}\
${Object.keys(urgencyColors.light)
  // (the border with its colour: a rule after it that set only \`border: 1px solid\`, as the chip's
  // once did, put the text's colour back on it)
  .map((u) => `.u-${u}{color:var(--dr-${u}-fg);background:var(--dr-${u}-bg);border:1px solid var(--dr-${u}-border)}`)
  .join('')}`;

/** The chips' sheet: small on purpose, since a 500-row list has 500 shadow roots to style. */
export const CHIP_CSS = `${HOST_CSS}\
:host{display:inline-block !important;vertical-align:middle !important;margin:0 0 0 6px !important}\
.chip{display:inline-block;padding:1px 7px;border-radius:10px;white-space:nowrap;line-height:18px}\
.est{font-weight:700;margin-right:4px}\
.sep{opacity:.8;margin:0 4px}\
.problem{border-style:dashed}\
:host([data-line]) .chip{white-space:normal}`;

/**
 * What the marker and the panel add to HOST_CSS: their muted text, a focus ring for their
 * controls, and border-box sizing for their widths (the chips and the summary line size to their
 * content, where it changes no box). (Made by a call marked pure: the content script, which has
 * neither sheet, then keeps none of it.)
 */
const controlsCss = (): string => `\
:host{--dr-muted:${surfaceColors.light.muted};--dr-focus:${surfaceColors.light.focus}}\
:host([data-scheme="dark"]){--dr-muted:${surfaceColors.dark.muted};--dr-focus:${surfaceColors.dark.focus}}\
:focus-visible{outline:2px solid var(--dr-focus);outline-offset:2px}\
*{box-sizing:border-box}`;
const CONTROLS_CSS = /* @__PURE__ */ controlsCss();

/** Summary line above the list (text only: nothing in it takes focus). */
export const LINE_CSS = `${HOST_CSS}\
:host{display:block !important;margin:8px 0 !important}\
.summary{display:flex;flex-wrap:wrap;gap:4px 14px;align-items:center;padding:6px 10px;border:1px solid var(--dr-border);border-radius:6px;background:var(--dr-bg);font-size:13px}\
.brand{font-weight:700}\
.next{padding:0 6px;border-radius:8px}`;

/** The unread marker (in the module loaded on demand, with the marker itself). */
export const MARKER_CSS = `${HOST_CSS}${CONTROLS_CSS}
:host([data-kind="marker"]){display:block !important;position:fixed !important;right:12px !important;bottom:12px !important;z-index:2147483647 !important}
.marker{display:flex;gap:8px;align-items:center;padding:6px 8px 6px 12px;border:1px dashed var(--dr-border);border-radius:8px;background:var(--dr-bg);color:var(--dr-fg);box-shadow:0 2px 8px rgba(0,0,0,.2);font-size:12px}
.marker button{font:inherit;color:var(--dr-fg);background:transparent;border:1px solid var(--dr-border);border-radius:4px;padding:0 6px;cursor:pointer}
`;

/** The detail panel (in the module loaded on detail pages, with the panel itself). */
export const PANEL_CSS = `${HOST_CSS}${CONTROLS_CSS}
:host{--dr-control:${controlColors.light}}
:host([data-scheme="dark"]){--dr-control:${controlColors.dark}}
:host([data-kind="panel"]){display:block !important;margin:8px 0 !important}
.panel .brand{font-weight:700}
.panel{border:1px solid var(--dr-border);border-radius:8px;background:var(--dr-bg);color:var(--dr-fg);padding:12px 14px;font-size:13px;max-width:760px}
.panel h2{font-size:15px;margin:0 0 8px;font-weight:700}
.panel summary{font-size:13px;margin:12px 0 6px;font-weight:700;cursor:pointer}
.panel details>:not(summary){margin-left:2px}
.panel .big{display:inline-block;font-size:16px;font-weight:700;padding:3px 10px;border-radius:8px}
.panel .due{color:var(--dr-muted);margin:4px 0 0}
.panel ol,.panel ul{margin:0;padding:0 0 0 18px}
.panel li{margin:2px 0}
.panel .passed{color:var(--dr-muted)}
.panel .src{color:var(--dr-muted);font-size:12px}
.panel dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px;margin:0}
.panel dt{color:var(--dr-muted)}
.panel dd{margin:0}
.panel label{display:inline-flex;gap:6px;align-items:center;margin:0 12px 4px 0}
.panel select,.panel input,.panel button{font:inherit;font-size:13px;color:var(--dr-fg);background:var(--dr-bg);border:1px solid var(--dr-control);border-radius:4px;padding:2px 6px}
.panel .check{list-style:none;padding:0}
.panel .check li{margin:6px 0}
.panel .check label{align-items:flex-start;margin:0}
.panel .lvl{font-size:11px;color:var(--dr-muted);text-transform:uppercase;letter-spacing:.03em}
.panel .hint{color:var(--dr-muted);font-size:12px;margin:2px 0 0 22px}
.panel .adv li{margin:4px 0}
.panel .sev-critical{color:var(--dr-critical-fg);background:var(--dr-critical-bg);border-radius:4px;padding:0 4px}
.panel .error{color:var(--dr-critical-fg)}
`;
