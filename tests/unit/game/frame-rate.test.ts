import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { limitFrameRate, stepNow } from '../../../src/game/frame-rate';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** A game loop that records the limits it is given. */
const recordingLoop = () => {
  const limits: number[] = [];
  return { limits, setFPSLimit: (limit: number) => limits.push(limit) };
};

describe('limitFrameRate', () => {
  it('sets the limit in a task of its own, and lifts it in another once closed', () => {
    const loop = recordingLoop();
    const limit = limitFrameRate(loop, 30);
    // Not from inside the frame that asked: Phaser would run a second loop beside the first.
    expect(loop.limits).toEqual([]);
    vi.runAllTimers();
    expect(loop.limits).toEqual([30]);
    limit.close();
    expect(loop.limits).toEqual([30]);
    vi.runAllTimers();
    expect(loop.limits).toEqual([30, 0]);
    limit.close();
    vi.runAllTimers();
    expect(loop.limits).toEqual([30, 0]);
  });

  it('never sets a limit closed before it was set', () => {
    const loop = recordingLoop();
    limitFrameRate(loop, 30).close();
    vi.runAllTimers();
    expect(loop.limits).toEqual([]);
  });

  it('lifts one scene’s limit before the next scene’s is set', () => {
    const loop = recordingLoop();
    const title = limitFrameRate(loop, 30);
    vi.runAllTimers();
    title.close();
    limitFrameRate(loop, 20);
    vi.runAllTimers();
    expect(loop.limits).toEqual([30, 0, 20]);
  });
});

describe('stepNow', () => {
  const game = (running: boolean, isProcessing: boolean) => {
    const steps: number[] = [];
    return { steps, loop: { running, step: (time: number) => steps.push(time) }, scene: { isProcessing } };
  };

  it('steps the loop at once, with the time now, between frames', () => {
    const g = game(true, false);
    expect(stepNow(g, () => 1234)).toBe(true);
    expect(g.steps).toEqual([1234]);
  });

  it('never steps from inside a step, nor while the loop is stopped (a hidden tab)', () => {
    const inside = game(true, true);
    expect(stepNow(inside, () => 1)).toBe(false);
    const hidden = game(false, false);
    expect(stepNow(hidden, () => 1)).toBe(false);
    expect([...inside.steps, ...hidden.steps]).toEqual([]);
  });
});
