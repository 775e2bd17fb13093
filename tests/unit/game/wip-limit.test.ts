import { describe, expect, it } from 'vitest';
import { nextWipLimit, WIP_LIMIT_MAX } from '../../../src/game/act/wip-limit';

describe('a WIP limit step', () => {
  it('sets the limit at the column count on the first −, and keeps "no limit" on +', () => {
    expect(nextWipLimit(null, -1, 5)).toBe(5);
    expect(nextWipLimit(null, -1, 0)).toBe(1);
    expect(nextWipLimit(null, 1, 5)).toBeNull();
  });

  it('steps by one, never below 1, and lifts the limit past the maximum', () => {
    expect(nextWipLimit(3, -1, 9)).toBe(2);
    expect(nextWipLimit(1, -1, 9)).toBe(1);
    expect(nextWipLimit(3, 1, 0)).toBe(4);
    expect(nextWipLimit(WIP_LIMIT_MAX - 1, 1, 0)).toBe(WIP_LIMIT_MAX);
    expect(nextWipLimit(WIP_LIMIT_MAX, 1, 0)).toBeNull();
  });
});
