// The popup's first script (a classic script of its own, loaded by popup.html before the main
// bundle): starts the storage read so it overlaps with the browser compiling the popup's code.
import { publishPrefetch, startPrefetch } from '../components/popup/prefetch';

export default defineUnlistedScript(() => {
  publishPrefetch(globalThis, startPrefetch(globalThis));
});
