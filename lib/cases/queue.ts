// A promise chain: tasks run one after another, in the order they were queued, each seeing what
// the previous one wrote. A failed task does not stop the ones after it. Every write to the store
// goes through one queue, so two tabs reporting at once cannot overwrite each other's cases.
export interface SerialQueue {
  run<T>(task: () => Promise<T>): Promise<T>;
  /** resolves when everything queued so far has finished */
  idle(): Promise<void>;
}

export function createSerialQueue(): SerialQueue {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    run<T>(task: () => Promise<T>): Promise<T> {
      // `tail` never rejects (see below), so each task starts once the previous one settled.
      const result = tail.then(task);
      tail = result.catch(() => undefined);
      return result;
    },
    idle() {
      return tail.then(() => undefined);
    },
  };
}
