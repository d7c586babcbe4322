// The service worker: the only writer of the case store (see lib/cases).
export default defineBackground(() => {});
