/** Changes whenever the model's rules change: a log recorded under another version may not replay. */
export const ENGINE_VERSION = 'phoenix-sim-2.1.0';
