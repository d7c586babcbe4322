// The one small sign that a portal page could not be read; dismissible, never in the way.
// Plain DOM (no Preact): it appears on pages that carry no panel.
export interface UnreadMarkerProps {
  text: string;
  details: string;
  dismiss: string;
  onDismiss: () => void;
}

/** Draws the marker into `mount`, replacing what was there. Page data only ever goes in as text. */
export function renderUnreadMarker(mount: HTMLElement, props: UnreadMarkerProps): void {
  const doc = mount.ownerDocument;
  const marker = doc.createElement('div');
  marker.className = 'marker';
  marker.setAttribute('role', 'status');
  marker.title = props.details;
  const text = doc.createElement('span');
  text.textContent = props.text;
  const button = doc.createElement('button');
  button.type = 'button';
  button.setAttribute('aria-label', props.dismiss);
  button.title = props.dismiss;
  button.textContent = '×';
  button.addEventListener('click', props.onDismiss);
  marker.append(text, button);
  mount.replaceChildren(marker);
}
