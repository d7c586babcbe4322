// Page styles for the extension's own pages (popup, options): colours come from the shared tokens
// in components/format.ts, so the popup's urgency chips match the ones on the portal page. Dark mode
// follows the system (prefers-color-scheme); focus is always visible (WCAG 2.4.7).
import { controlColors, surfaceColors, urgencyColors, type ColorScheme } from '../format';
import type { Urgency } from '../../lib/rules/types';

const URGENCIES: Urgency[] = ['overdue', 'critical', 'soon', 'ok', 'none'];

function variables(scheme: ColorScheme): string {
  const s = surfaceColors[scheme];
  const lines = [
    `--fg:${s.fg}`,
    `--muted:${s.muted}`,
    `--bg:${s.bg}`,
    `--border:${s.border}`,
    `--accent:${s.accent}`,
    `--focus:${s.focus}`,
    `--raised:${scheme === 'light' ? '#f9fafb' : '#1f2633'}`,
    `--error:${scheme === 'light' ? '#b42318' : '#fda29b'}`,
    `--ok:${scheme === 'light' ? '#085d3a' : '#a6f4c5'}`,
    // A text field's or select's border: the only thing that shows where to type, so 3:1 against
    // the page (WCAG 1.4.11); --border (1.5:1 light) is for lines that only separate.
    `--control:${controlColors[scheme]}`,
  ];
  for (const u of URGENCIES) {
    const c = urgencyColors[scheme][u];
    lines.push(`--u-${u}-fg:${c.fg}`, `--u-${u}-bg:${c.bg}`, `--u-${u}-border:${c.border}`);
  }
  return lines.join(';');
}

/** Base CSS shared by the popup and the options page. */
export function baseCss(): string {
  return `
:root{${variables('light')};color-scheme:light dark}
@media (prefers-color-scheme: dark){:root{${variables('dark')}}}
*{box-sizing:border-box}
html,body{margin:0;background:var(--bg);color:var(--fg);font:14px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
button,input,select,textarea{font:inherit;color:inherit}
button{cursor:pointer}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}
.btn{display:inline-flex;align-items:center;gap:4px;padding:5px 10px;border:1px solid var(--border);border-radius:6px;background:var(--raised);color:var(--fg)}
.btn:hover{border-color:var(--accent)}
.btn.primary{background:var(--accent);border-color:var(--accent);color:var(--bg);font-weight:600}
.btn.danger{background:var(--u-overdue-bg);border-color:var(--u-overdue-border);color:var(--u-overdue-fg);font-weight:600}
.btn:disabled{opacity:.6;cursor:default}
.field{display:flex;flex-direction:column;gap:2px;margin:0 0 8px}
.field label,.field .label{font-weight:600}
.field input,.field select{width:100%;min-width:0;padding:5px 7px;border:1px solid var(--control);border-radius:6px;background:var(--bg)}
.field input[aria-invalid="true"],.field select[aria-invalid="true"]{border-color:var(--error);border-width:2px}
.hint{color:var(--muted);font-size:12px}
.error{color:var(--error);font-size:12px;font-weight:600}
.notice{padding:6px 8px;border-radius:6px;border:1px solid var(--border);background:var(--raised)}
.notice.bad{border-color:var(--error);color:var(--error)}
.notice.good{border-color:var(--ok);color:var(--ok)}
.chip{display:inline-block;padding:1px 6px;border-radius:10px;border:1px solid;font-weight:600;font-size:12px;white-space:nowrap}
${URGENCIES.map((u) => `.u-${u}{color:var(--u-${u}-fg);background:var(--u-${u}-bg);border-color:var(--u-${u}-border)}`).join('\n')}
`;
}

/** Puts the CSS into the document once (the pages are ours: no shadow root needed). */
export function installCss(doc: Document, css: string, id: string): void {
  if (doc.getElementById(id)) return;
  const style = doc.createElement('style');
  style.id = id;
  style.textContent = css;
  doc.head.append(style);
}
