import { describe, expect, it } from 'vitest';
import { randomSeed } from '../../../src/shared/random-seed';

describe('randomSeed', () => {
  it('gives whole seeds that a link and a result code accept (1 … 2³¹ − 2), and not the same one twice in a row', () => {
    const seeds = Array.from({ length: 200 }, () => randomSeed());
    for (const seed of seeds) {
      expect(Number.isInteger(seed)).toBe(true);
      expect(seed).toBeGreaterThanOrEqual(1);
      expect(seed).toBeLessThanOrEqual(2 ** 31 - 2);
    }
    // 200 draws from two billion values repeat with odds of about 1 in 100,000.
    expect(new Set(seeds).size).toBe(seeds.length);
  });
});
