// The popup's Preact app, in a chunk of its own: the first frame from the due index is drawn without
// it (./first-paint.ts), so Preact, the components, the browser polyfill and @wxt-dev/storage load
// while that frame is computed and painted, not before it (entrypoints/popup/main.tsx).
import { render } from 'preact';
import { Popup, type PopupProps } from './Popup';

/** Renders the popup into `app` (replacing what is there). */
export function mountPopup(app: HTMLElement, props: PopupProps): void {
  render(<Popup {...props} />, app);
}
