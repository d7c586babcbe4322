// The chip beside a dispute on the list page: countdown coloured by urgency, fee at stake, and a
// mark when the deadline is an estimate. The whole chip carries one sentence for screen readers.
import type { ChipModel } from './view-model';

export function DisputeChip({ model, estimateMark }: { model: ChipModel; estimateMark: string }) {
  return (
    <span
      class={`chip u-${model.urgency}${model.problem ? ' problem' : ''}`}
      role="note"
      aria-label={model.label}
      title={model.label}
    >
      {model.estimate ? (
        <span class="est" aria-hidden="true">
          {estimateMark}
        </span>
      ) : null}
      <span class="cd" aria-hidden="true">
        {model.text}
      </span>
      {model.fee ? (
        <>
          <span class="sep" aria-hidden="true">
            ·
          </span>
          <span class="fee" aria-hidden="true">
            {model.fee}
          </span>
        </>
      ) : null}
    </span>
  );
}
