// How many rows the popup draws before the merchant asks for more (imports nothing: the
// real-browser tests and the benchmark read these too).
/** Rows rendered at first: enough to fill the popup several times; the rest on demand (2,000 cases stay fast). */
export const INITIAL_ROWS = 30;
/** Rows in the very first frame: a 600 px popup shows about five. The rest of INITIAL_ROWS follow once it is painted. */
export const FIRST_FRAME_ROWS = 8;
