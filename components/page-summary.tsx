// One line above the dispute list: how many need a response, the next deadline, fees at risk.
import type { SummaryModel } from './view-model';

export function PageSummary({ model, brand }: { model: SummaryModel; brand: string }) {
  return (
    <div class="summary" role="status" aria-label={model.label}>
      <span class="brand">{brand}</span>
      <span class="count">{model.needResponse}</span>
      {model.overdue ? <span class="next u-overdue">{model.overdue}</span> : null}
      {model.next ? <span class={`next u-${model.next.urgency}`}>{model.next.text}</span> : null}
      <span class="fees">{model.fees}</span>
    </div>
  );
}
