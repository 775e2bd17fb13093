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

/** Poisson quantile for a fixed uniform draw: the same draw gives more defects when the mean rises. */
export function poissonFromUniform(u: number, mean: number): number {
  if (mean <= 0) return 0;
  let k = 0;
  let term = portableExp(-mean);
  let cumulative = term;
  while (u > cumulative && k < 50) {
    k++;
    term *= mean / k;
    cumulative += term;
  }
  return k;
}

/**
 * e^x from + − × ÷ only. Those are correctly rounded in every JavaScript engine, whereas the built-in
 * exponential and power functions may differ in the last bit between browsers — which would break
 * verifying a classroom result re-simulated elsewhere. Range reduction to |r| ≤ 1/16, Taylor series,
 * then squaring back.
 */
export function portableExp(x: number): number {
  let r = x;
  let halvings = 0;
  while ((r > 0.0625 || r < -0.0625) && halvings < 60) {
    r /= 2;
    halvings++;
  }
  let term = 1;
  let sum = 1;
  for (let n = 1; n <= 12; n++) {
    term = (term * r) / n;
    sum += term;
  }
  for (let i = 0; i < halvings; i++) sum *= sum;
  return sum;
}

/** base^exponent for a non-negative integer exponent, by repeated multiplication (portable, see above). */
export function powInt(base: number, exponent: number): number {
  let result = 1;
  for (let i = 0; i < exponent; i++) result *= base;
  return result;
}
