/**
 * A fresh seed for a run or a class link, from the browser's cryptographic generator (the engine's own
 * randomness is seeded and lives in its state: this is only where a new seed comes from). Always within
 * what a link and a result code accept: 1 … 2³¹ − 2.
 */
export function randomSeed(): number {
  const values = new Uint32Array(1);
  globalThis.crypto.getRandomValues(values);
  return 1 + (values[0]! % (2 ** 31 - 2));
}
