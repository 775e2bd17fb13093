import { describe, expect, it } from 'vitest';
import { computeMetrics, type SimEvent } from '../../../src/engine';
import { debriefSeries } from '../../../src/game/debrief/series';

const hour = (tick: number, constraintBusy: number, constraintQueue: number): SimEvent => ({
  type: 'hour',
  tick,
  wip: { triage: 0, backlog: 0, dev: 0, test: 0, ops: 0, release: 0, total: 0 },
  constraintBusy,
  constraintQueue,
  outage: false,
  revenueLost: 0,
  hours: {
    planned: 1,
    unplanned: 0,
    improvement: 0,
    switching: 0,
    constraintUnplanned: 0,
    constraintWorked: 1,
  },
  debt: 0,
});

/**
 * Two days: a feature flows to Live, a change waits in the backlog, a project is rejected at triage, one
 * outage is opened, seen and fixed.
 */
function knownLog(): SimEvent[] {
  const events: SimEvent[] = [
    { type: 'item-created', tick: 0, itemId: 1, workType: 'feature', place: 'backlog' },
    { type: 'item-created', tick: 0, itemId: 2, workType: 'change', place: 'backlog' },
    { type: 'item-pulled', tick: 1, itemId: 1, from: 'backlog', to: 'dev' },
    { type: 'item-created', tick: 1, itemId: 4, workType: 'project', place: 'triage' },
    { type: 'item-triaged', tick: 3, itemId: 4, decision: 'reject', auto: false },
    { type: 'incident-opened', tick: 2, itemId: 3, cause: 'failed-release', outage: true, releaseId: 0 },
    { type: 'item-created', tick: 2, itemId: 3, workType: 'incident', place: 'undetected' },
    { type: 'item-moved', tick: 4, itemId: 1, from: 'dev', to: 'test' },
    { type: 'incident-detected', tick: 5, itemId: 3, detectionHours: 3 },
    { type: 'item-moved', tick: 6, itemId: 1, from: 'test', to: 'ops' },
    { type: 'constraint-done', tick: 8, itemId: 1, waitedHours: 3 },
    { type: 'item-moved', tick: 9, itemId: 1, from: 'ops', to: 'release' },
    { type: 'item-moved', tick: 10, itemId: 1, from: 'release', to: 'live' },
    {
      type: 'item-done',
      tick: 10,
      itemId: 1,
      workType: 'feature',
      customerLeadTimeHours: 10,
      changeLeadTimeHours: 9,
      cycleTimeHours: 9,
      activeHours: 6,
      stageHours: { dev: 3, test: 3, ops: 3, release: 1 },
      value: 100,
    },
    { type: 'incident-resolved', tick: 12, itemId: 3, restoreHours: 10, outage: true },
  ];
  for (let tick = 0; tick < 16; tick++) events.push(hour(tick, tick < 8 ? 0.5 : 1, tick < 8 ? 2 : 0));
  return events.sort((a, b) => a.tick - b.tick);
}

describe('debrief series from a known event log', () => {
  const events = knownLog();
  const series = debriefSeries(events, computeMetrics(events));

  it('builds the cumulative flow diagram: one band per stage, per day (rejected requests leave it)', () => {
    expect(series.cfd.days).toEqual([1, 2]);
    expect(series.cfd.cumulative).toEqual({
      requested: [2, 2],
      dev: [1, 1],
      test: [1, 1],
      ops: [1, 1],
      release: [0, 1],
      live: [0, 1],
    });
    expect(series.cfd.band).toEqual({
      requested: [1, 1],
      dev: [0, 0],
      test: [0, 0],
      ops: [1, 0],
      release: [0, 0],
      live: [0, 1],
    });
  });

  it('plots shipped requests at their lead time for changes, open ones at their age, with the scored medians', () => {
    expect(series.leadTimes.points).toEqual([
      { itemId: 1, workType: 'feature', day: 1.25, hours: 9, customerHours: 10, open: false },
      { itemId: 2, workType: 'change', day: 2, hours: null, customerHours: 16, open: true },
    ]);
    // Lead time for changes counts shipped requests only; customer lead time counts open ones at their age.
    expect(series.leadTimes.p50).toBe(9);
    expect(series.leadTimes.p85).toBe(9);
    expect(series.leadTimes.customerP50).toBe(10);
  });

  it('averages the constraint engineer’s load, queue and wait per day', () => {
    expect(series.utilisation).toEqual({
      days: [1, 2],
      busy: [0.5, 1],
      queue: [2, 0],
      waitHours: [3, null],
    });
  });

  it('lays each incident out as opened → detected → resolved', () => {
    expect(series.outages).toEqual({
      hours: 16,
      incidents: [
        { itemId: 3, cause: 'failed-release', outage: true, openedAt: 2, detectedAt: 5, resolvedAt: 12 },
      ],
    });
  });
});
