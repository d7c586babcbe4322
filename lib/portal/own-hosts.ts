// The element names of our own UI's shadow-root hosts (`dispute-radar-chip`, …, made by
// entrypoints/content/hosts.ts): never the page's text, though their shadow roots are open (the
// reader skips them: dom.ts visibleText). A module of its own: hosts.ts, which the module loaded on
// demand imports too, takes it without the reader and its vocabulary.
export const OWN_HOST_PREFIX = 'dispute-radar-';
