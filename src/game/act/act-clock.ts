// The act clock's rate, on its own: the test hook (in the first load) needs it, and importing it from
// act-session would pull the engine and the scenarios into the first load.

/** Pause, the three player speeds, and 'max' (as fast as the engine goes; test hook only). */
export type Speed = 0 | 1 | 2 | 4 | 'max';

/** Real milliseconds per simulated working hour at 1×: a 20-day act takes about 4½ minutes. */
export const MS_PER_TICK_AT_1X = 1700;
