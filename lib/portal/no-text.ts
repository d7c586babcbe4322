// The reader's problem for a page that shows no text at all (a portal still loading: a spinner,
// skeleton bars), which the content script's marker leaves out. A module of its own: the marker
// (in the module loaded on demand) imports it without the reader and its vocabulary.
export const NO_TEXT = 'The page shows no text.';
