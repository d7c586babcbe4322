// The one small sign that a portal page could not be read; dismissible, never in the way.
export function UnreadMarker(props: { text: string; details: string; dismiss: string; onDismiss: () => void }) {
  return (
    <div class="marker" role="status" title={props.details}>
      <span>{props.text}</span>
      <button type="button" onClick={props.onDismiss} aria-label={props.dismiss} title={props.dismiss}>
        ×
      </button>
    </div>
  );
}
