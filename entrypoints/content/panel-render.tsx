// Draws the detail panel with Preact. Part of content-rules/detail.js (modules/content-rules.ts),
// loaded on a dispute's detail page only: list pages carry no Preact and no panel components.
import { render } from 'preact';
import { DisputePanel, type PanelProps } from '../../components/dispute-panel';

export interface PanelRenderer {
  render(mount: HTMLElement, props: PanelProps): void;
  /** removes the panel's tree and runs its effects' cleanups */
  unmount(mount: HTMLElement): void;
}

export const panelRenderer: PanelRenderer = {
  // Preact diffs the panel itself: inputs keep their focus across the minute re-render.
  render: (mount, props) => render(<DisputePanel {...props} />, mount),
  unmount: (mount) => render(null, mount),
};
