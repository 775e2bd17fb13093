import { describe, expect, it } from 'vitest';
import { nextFloat, poissonFromUniform, portableExp, powInt, seedState } from '../../../src/engine/rng';

describe('seeded PRNG', () => {
  it('is reproducible from its state and differs between seeds', () => {
    const a = { rng: { arrivals: seedState(42, 1), outcomes: seedState(42, 2) } };
    const b = JSON.parse(JSON.stringify(a));
    const drawsA = Array.from({ length: 50 }, () => nextFloat(a, 'arrivals'));
    const drawsB = Array.from({ length: 50 }, () => nextFloat(b, 'arrivals'));
    expect(drawsB).toEqual(drawsA);
    const c = { rng: { arrivals: seedState(43, 1), outcomes: seedState(43, 2) } };
    expect(nextFloat(c, 'arrivals')).not.toBe(drawsA[0]);
    expect(seedState(42, 1)).not.toBe(seedState(42, 2));
  });

  it('draws uniformly in [0, 1)', () => {
    const holder = { rng: { arrivals: seedState(7, 1), outcomes: 0 } };
    const bins = new Array(10).fill(0);
    for (let i = 0; i < 20_000; i++) {
      const x = nextFloat(holder, 'arrivals');
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
      bins[Math.floor(x * 10)]++;
    }
    for (const count of bins) expect(Math.abs(count - 2000)).toBeLessThan(200);
  });

  it('Poisson quantiles have the right mean and grow with the mean for a fixed draw', () => {
    const holder = { rng: { arrivals: seedState(3, 1), outcomes: 0 } };
    let sum = 0;
    for (let i = 0; i < 20_000; i++) sum += poissonFromUniform(nextFloat(holder, 'arrivals'), 1.7);
    expect(Math.abs(sum / 20_000 - 1.7)).toBeLessThan(0.05);
    expect(poissonFromUniform(0.9, 3)).toBeGreaterThanOrEqual(poissonFromUniform(0.9, 1));
    expect(poissonFromUniform(0.5, 0)).toBe(0);
  });

  it('portable exp and integer powers agree with the built-ins to many digits', () => {
    for (const x of [-12, -3.3, -1, -0.2, 0, 0.01, 0.5, 2.5]) {
      expect(Math.abs(portableExp(x) / Math.exp(x) - 1)).toBeLessThan(1e-12);
    }
    expect(powInt(0.98, 10)).toBeCloseTo(0.98 ** 10, 14);
    expect(powInt(0.6, 0)).toBe(1);
  });
});
