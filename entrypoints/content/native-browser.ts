// In the content script's build, modules/content-texts.ts resolves `webextension-polyfill` to this
// file. Both targets are Manifest V3, where Chrome's `chrome.*` and Firefox's `browser.*` already
// return promises for every call the content script makes (runtime.sendMessage, runtime.getURL,
// storage.local.get, storage.onChanged): the polyfill's ~3 KB gzipped buys nothing in the page.
const native = (globalThis as { browser?: unknown; chrome?: unknown }).browser ?? (globalThis as { chrome?: unknown }).chrome;
export default native;
