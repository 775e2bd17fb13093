import { describe, expect, it } from 'vitest';
import type { DebriefSeries } from '../../../src/game/debrief/series';
import { outageBarRoom, outageBars } from '../../../src/game/ui/debrief/charts';

type Incident = DebriefSeries['outages']['incidents'][number];

const incident = (itemId: number, openedAt: number, resolvedAt: number | null): Incident =>
  ({
    itemId,
    openedAt,
    detectedAt: openedAt + 1,
    resolvedAt,
    outage: true,
    cause: 'infrastructure',
  }) as Incident;

describe('the incidents chart', () => {
  it('draws every incident when each bar has a line for its label', () => {
    const incidents = [incident(1, 0, 4), incident(2, 5, 6)];
    expect(outageBars(incidents, 160, 12)).toEqual(incidents);
  });

  it('draws only the longest incidents, in the order they opened, when there are more than lines', () => {
    const incidents = [
      incident(1, 0, 2),
      incident(2, 3, 30),
      incident(3, 10, 11),
      incident(4, 20, null), // still open at hour 160: the longest
      incident(5, 40, 50),
    ];
    expect(outageBars(incidents, 160, 3).map((i) => i.itemId)).toEqual([2, 4, 5]);
  });

  it('has room for a label every 13 pixels, and at least four bars', () => {
    expect(outageBarRoom(130)).toBe(10);
    expect(outageBarRoom(20)).toBe(4);
  });
});
