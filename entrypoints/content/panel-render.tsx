// Draws the detail panel with Preact. Part of content-rules/detail.js (modules/content-rules.ts),
// loaded on a dispute's detail page only: list pages carry no Preact and no panel components.
import { render } from 'preact';
import { PANEL_CSS } from '../../components/annotation-css';
import { DisputePanel, type PanelProps } from '../../components/dispute-panel';

export interface PanelRenderer {
  /** the panel host's stylesheet */
  css: string;
  render(mount: HTMLElement, props: PanelProps): void;
  /** removes the panel's tree and runs its effects' cleanups */
  unmount(mount: HTMLElement): void;
}

export const panelRenderer: PanelRenderer = {
  css: PANEL_CSS,
  // Preact diffs the panel itself: inputs keep their focus across the minute re-render.
  render: (mount, props) => render(<DisputePanel {...props} />, mount),
  unmount: (mount) => render(null, mount),
};
