import { describe, expect, it } from 'vitest';
import { renderScaleFor } from '../../../src/game/ui/viewport';

describe('renderScaleFor', () => {
  it('draws at design size for small windows and never below it', () => {
    expect(renderScaleFor(960, 540, 1)).toBe(1);
    expect(renderScaleFor(1280, 720, 1)).toBe(1);
    expect(renderScaleFor(300, 200, 1)).toBe(1);
  });

  it('matches the screen pixels for large or dense displays, in quarter steps', () => {
    expect(renderScaleFor(2560, 1440, 1)).toBe(2);
    expect(renderScaleFor(1280, 720, 2)).toBe(2);
    expect(renderScaleFor(1920, 1080, 1)).toBe(1.5);
    expect(renderScaleFor(1366, 768, 1)).toBe(1.25);
  });

  it('is limited by the tighter side and capped at 3', () => {
    expect(renderScaleFor(2560, 720, 1)).toBe(1);
    expect(renderScaleFor(3840, 2160, 2)).toBe(3);
  });

  it('survives nonsense measurements', () => {
    expect(renderScaleFor(0, 0, 1)).toBe(1);
    expect(renderScaleFor(1280, 720, Number.NaN)).toBe(1);
  });
});
