// Our own UI's shadow-root hosts (made by entrypoints/content/hosts.ts): never the page's text,
// though their shadow roots are open (dom.ts visibleText), nor a change of it (row-memo.ts), nor an
// element among its values or cells (values.ts acrossRun, dom.ts columnCount). A module of its own:
// hosts.ts, which the module loaded on demand imports too, takes it without the reader and its
// vocabulary.

/**
 * The hosts themselves, by identity: the content script's manager adds each of its annotations'
 * hosts as it draws them (manager.ts removeStrayHosts; the detail module's too, which has its own
 * copy of this module). Not by their name: a page's element named so (or any attribute) is the
 * page's, read as any other; a page cannot put its own element into this set.
 */
export const OWN_HOSTS = new WeakSet<Node>();
