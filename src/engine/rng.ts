// Seeded PRNG: mulberry32 (Tommy Ettinger's 32-bit generator, public domain). Its whole state is one
// 32-bit integer, kept in the run state, so a saved or replayed run continues the exact same stream.

export type RngStream = 'arrivals' | 'outcomes';

export interface RngHolder {
  rng: Record<RngStream, number>;
}

/** Mixes a user seed into a well-spread 32-bit state (splitmix32-style finaliser). */
export function seedState(seed: number, salt: number): number {
  let h = (Math.trunc(seed) ^ Math.imul(salt + 1, 0x9e3779b9)) | 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

/** Uniform in [0, 1), advancing the given stream. */
export function nextFloat(holder: RngHolder, stream: RngStream): number {
  const s = (holder.rng[stream] + 0x6d2b79f5) | 0;
  holder.rng[stream] = s;
  let t = Math.imul(s ^ (s >>> 15), s | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

export function uniform(holder: RngHolder, stream: RngStream, min: number, max: number): number {
  return min + (max - min) * nextFloat(holder, stream);
}

export function chance(holder: RngHolder, stream: RngStream, p: number): boolean {
  return nextFloat(holder, stream) < p;
}

/** Poisson sample (Knuth's method; fine for the small means used per tick). */
export function poisson(holder: RngHolder, stream: RngStream, mean: number): number {
  if (mean <= 0) return 0;
  const limit = Math.exp(-mean);
  let k = 0;
  let p = nextFloat(holder, stream);
  while (p > limit) {
    k++;
    p *= nextFloat(holder, stream);
  }
  return k;
}

/** Poisson quantile for a fixed uniform draw: the same draw gives more defects when the mean rises. */
export function poissonFromUniform(u: number, mean: number): number {
  if (mean <= 0) return 0;
  let k = 0;
  let term = Math.exp(-mean);
  let cumulative = term;
  while (u > cumulative && k < 50) {
    k++;
    term *= mean / k;
    cumulative += term;
  }
  return k;
}
