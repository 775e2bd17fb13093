import { describe, expect, it } from 'vitest';
import { scaledSize } from '../../../../src/game/ui/text-scale';

describe('scaledSize', () => {
  it('leaves every size as it is at 100%', () => {
    for (const size of [9, 12, 18, 22, 36, 76]) expect(scaledSize(size, 1)).toBe(size);
  });

  it('grows reading text by the whole factor', () => {
    expect(scaledSize(12, 1.5)).toBe(18);
    expect(scaledSize(18, 1.25)).toBe(22.5);
    expect(scaledSize(9, 1.5)).toBe(13.5);
  });

  it('grows titles less, and display type from 40 px not at all', () => {
    expect(scaledSize(22, 1.5)).toBeGreaterThan(22 * 1.3);
    expect(scaledSize(22, 1.5)).toBeLessThan(22 * 1.5);
    expect(scaledSize(36, 1.5)).toBeLessThan(36 * 1.1);
    expect(scaledSize(76, 1.5)).toBe(76);
  });

  it('never makes a larger size smaller than a smaller one at the same scale', () => {
    for (let size = 8; size < 80; size += 0.5)
      expect(scaledSize(size + 0.5, 1.5)).toBeGreaterThanOrEqual(scaledSize(size, 1.5));
  });
});
