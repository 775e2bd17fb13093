import { describe, expect, it } from 'vitest';
import { goalLine } from '../../../src/game/act/goal-line';

const goal = (over: Partial<{ featuresShipped: number; outageHours: number }> = {}) => ({
  featuresShipped: 0,
  target: 8,
  byDay: 15,
  outageHours: 0,
  maxOutageHours: 16,
  ...over,
});

describe('the goal line', () => {
  it('counts features against the target and marks an even pace to the goal’s day', () => {
    const line = goalLine({ tick: 60, goal: goal({ featuresShipped: 2 }) });
    expect(line.features).toMatchObject({ shipped: 2, target: 8, byDay: 15, share: 0.25 });
    expect(line.features.pace).toBeCloseTo(60 / 120);
    // Half the time gone and a quarter shipped: behind.
    expect(line.features.state).toBe('behind');
    expect(goalLine({ tick: 60, goal: goal({ featuresShipped: 4 }) }).features.state).toBe('on-pace');
  });

  it('says met once the target is reached, and missed once the day passes without it', () => {
    expect(goalLine({ tick: 30, goal: goal({ featuresShipped: 8 }) }).features).toMatchObject({
      state: 'met',
      share: 1,
    });
    expect(goalLine({ tick: 120, goal: goal({ featuresShipped: 7 }) }).features.state).toBe('missed');
    expect(goalLine({ tick: 200, goal: goal({ featuresShipped: 9 }) }).features.share).toBe(1);
  });

  it('measures outage hours against the allowance', () => {
    expect(goalLine({ tick: 10, goal: goal() }).outage).toMatchObject({
      hours: 0,
      allowance: 16,
      state: 'clear',
    });
    expect(goalLine({ tick: 10, goal: goal({ outageHours: 4 }) }).outage).toMatchObject({
      share: 0.25,
      state: 'within',
    });
    expect(goalLine({ tick: 10, goal: goal({ outageHours: 12 }) }).outage.state).toBe('near');
    expect(goalLine({ tick: 10, goal: goal({ outageHours: 16 }) }).outage.state).toBe('near');
    expect(goalLine({ tick: 10, goal: goal({ outageHours: 17 }) }).outage).toMatchObject({
      share: 1,
      state: 'over',
    });
  });
});
