import { describe, expect, it } from 'vitest';
import {
  advance,
  type Command,
  computeMetrics,
  createRun,
  dispatch,
  type Run,
  type SimEvent,
  simulate,
} from '../../../src/engine';
import { changeNote, dueNotes, NOTE_DELAY_HOURS } from '../../../src/game/act/change-notes';
import {
  computeTrends,
  constraintUtilisationLastDay,
  markerTicks,
  policyChanges,
  TREND_WINDOW_HOURS,
  windowFigures,
} from '../../../src/game/act/trends';
import { getScenario } from '../../../src/scenarios';

const firstWay = getScenario('first-way')!;
const thirdWay = getScenario('third-way')!;

/** Plays an act hands-off, giving each command at its hour. */
function play(scenario = firstWay, commands: [number, Command][] = [], until = scenario.days * 8): Run {
  const run = createRun({ scenario, seed: 7 });
  while (run.state.tick < until) {
    for (const [at, command] of commands)
      if (at === run.state.tick) expect(dispatch(run, command).ok).toBe(true);
    advance(run);
  }
  return run;
}

const changesOf = (run: Run, scenario = firstWay) =>
  policyChanges({
    events: run.events,
    initial: scenario.defaults,
    kindOfItem: (id) => run.state.items[id]?.kind,
  });

/** Median by nearest rank, computed here independently of the module. */
function nearestRankMedian(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = values.slice().sort((a, b) => a - b);
  return sorted[Math.ceil(sorted.length / 2) - 1]!;
}

describe('window figures', () => {
  it('over the whole act, agree with the metrics the tiles and the results panel show', () => {
    const { run, metrics } = simulate({
      scenario: firstWay,
      seed: 11,
      policy: { wipLimits: { dev: 4, test: 2, ops: 3 }, batchSize: 2, protectConstraint: true },
    });
    const whole = windowFigures(run.events, 0, run.state.tick);
    expect(whole.shipped).toBe(metrics.itemsShipped);
    expect(whole.leadTimeHours).toBe(metrics.leadTimeForChangesHours.p50);
    expect(whole.throughputPerDay).toBeCloseTo(metrics.throughputPerDay, 9);
    expect(whole.deploymentsPerDay).toBeCloseTo(metrics.deploymentsPerDay, 9);
    expect(whole.changeFailureRate).toBeCloseTo(metrics.changeFailureRate ?? Number.NaN, 9);
    expect(whole.timeToRestoreHours).toBeCloseTo(metrics.mttrHours ?? Number.NaN, 9);
  });

  it('count only what happened in the stretch, and give no rate under a working day', () => {
    const run = play();
    const done = run.events.filter(
      (e): e is Extract<SimEvent, { type: 'item-done' }> =>
        e.type === 'item-done' && e.workType !== 'improvement',
    );
    const inStretch = done.filter((e) => e.tick - 1 >= 40 && e.tick - 1 < 80);
    const figures = windowFigures(run.events, 40, 80);
    expect(figures.shipped).toBe(inStretch.length);
    expect(figures.throughputPerDay).toBeCloseTo(inStretch.length / 5, 9);
    expect(figures.leadTimeHours).toBe(nearestRankMedian(inStretch.map((e) => e.changeLeadTimeHours)));
    expect(windowFigures(run.events, 40, 44).throughputPerDay).toBeNull();
  });
});

describe('trends', () => {
  it('has one point per hour played, each measuring the two days before it', () => {
    const run = play(firstWay, [[0, { type: 'setBatchSize', size: 1 }]], 60);
    const trends = computeTrends(run.events, run.state.tick);
    expect(trends.points.leadTime).toHaveLength(60);
    // Something to compare: deployments, some of them failing, and shipped work in the stretches read.
    expect(trends.points.changeFailureRate.filter((v) => v !== null).length).toBeGreaterThan(10);
    // Rates need a day of observation: nothing before it.
    expect(trends.points.deploymentFrequency.slice(0, 7).every((v) => v === null)).toBe(true);
    for (let end = 1; end <= 60; end++) {
      const figures = windowFigures(run.events, end - TREND_WINDOW_HOURS, end);
      expect(trends.points.leadTime[end - 1]).toBe(figures.leadTimeHours);
      expect(trends.points.deploymentFrequency[end - 1]).toBe(figures.deploymentsPerDay);
      expect(trends.points.timeToRestore[end - 1]).toBe(figures.timeToRestoreHours);
      expect(trends.points.changeFailureRate[end - 1]).toBe(figures.changeFailureRate);
    }
  });

  it('bends after a change that matters: deployments rise once the batch size drops to 1', () => {
    const run = play(firstWay, [[40, { type: 'setBatchSize', size: 1 }]], 120);
    const df = computeTrends(run.events, run.state.tick).points.deploymentFrequency;
    const before = df[39] ?? 0;
    const after = Math.max(...df.slice(80, 120).map((v) => v ?? 0));
    expect(after).toBeGreaterThan(before);
  });
});

describe('policy changes', () => {
  it('makes three clicks on Dev "−" one change, at its final value', () => {
    const run = play(
      firstWay,
      [
        [10, { type: 'setWipLimit', stage: 'dev', limit: 5 }],
        [10, { type: 'setWipLimit', stage: 'dev', limit: 4 }],
        [11, { type: 'setWipLimit', stage: 'dev', limit: 3 }],
      ],
      30,
    );
    const changes = changesOf(run);
    expect(changes).toEqual([
      { firstTick: 10, lastTick: 11, settings: [{ kind: 'wipLimit', stage: 'dev', limit: 3 }] },
    ]);
    expect(markerTicks(changes)).toEqual([10]);
  });

  it('drops a setting put back as it was, and splits changes hours apart', () => {
    const size = firstWay.defaults.batchSize;
    const run = play(
      firstWay,
      [
        [5, { type: 'setBatchSize', size: size - 1 }],
        [5, { type: 'setBatchSize', size }],
        [20, { type: 'projectFreeze', on: true }],
        [30, { type: 'protectConstraint', on: true }],
        [31, { type: 'setBatchSize', size: 2 }],
      ],
      40,
    );
    expect(changesOf(run)).toEqual([
      { firstTick: 20, lastTick: 20, settings: [{ kind: 'projectFreeze', on: true }] },
      {
        firstTick: 30,
        lastTick: 31,
        settings: [
          { kind: 'protectConstraint', on: true },
          { kind: 'batchSize', size: 2 },
        ],
      },
    ]);
  });

  it('marks an investment when decided; its going live is a change of its own, with no marker', () => {
    const run = play(thirdWay, [[8, { type: 'invest', investment: 'runbooks' }]]);
    const changes = changesOf(run, thirdWay);
    const started = changes.find((c) =>
      c.settings.some((s) => s.kind === 'investment' && s.investment === 'runbooks' && s.phase === 'started'),
    );
    const live = changes.find((c) =>
      c.settings.some((s) => s.kind === 'investment' && s.investment === 'runbooks' && s.phase === 'live'),
    );
    expect(started?.firstTick).toBe(8);
    expect(live).toBeDefined();
    expect(live!.firstTick).toBeGreaterThan(8);
    expect(markerTicks(changes)).toContain(8);
    expect(markerTicks(changes)).not.toContain(live!.firstTick);
  });
});

describe('change notes', () => {
  const run = play(firstWay, [[40, { type: 'setWipLimit', stage: 'dev', limit: 3 }]], 60);
  const [change] = changesOf(run);

  it('comes a working day after the change, not before', () => {
    expect(change).toBeDefined();
    expect(changeNote(run.events, change!, 40 + NOTE_DELAY_HOURS - 1)).toBeNull();
    const note = changeNote(run.events, change!, 40 + NOTE_DELAY_HOURS);
    expect(note?.day).toBe(6);
    expect(note?.dueTick).toBe(48);
    expect(dueNotes(run.events, changesOf(run), 47)).toEqual([]);
    expect(dueNotes(run.events, changesOf(run), 48)).toHaveLength(1);
  });

  it('states lead time for changes and throughput before and since, from the events', () => {
    const note = changeNote(run.events, change!, 48)!;
    const done = run.events.filter(
      (e): e is Extract<SimEvent, { type: 'item-done' }> =>
        e.type === 'item-done' && e.workType !== 'improvement',
    );
    const before = done.filter((e) => e.tick - 1 >= 24 && e.tick - 1 < 40);
    const since = done.filter((e) => e.tick - 1 >= 40 && e.tick - 1 < 48);
    expect(note.shippedSince).toBe(since.length);
    const throughput = note.figures.find((f) => f.key === 'throughput');
    expect(throughput).toEqual({ key: 'throughput', before: before.length / 2, after: since.length });
    const lead = note.figures.find((f) => f.key === 'leadTime');
    if (since.length > 0) {
      expect(lead?.after).toBe(nearestRankMedian(since.map((e) => e.changeLeadTimeHours)));
      expect(lead?.before).toBe(nearestRankMedian(before.map((e) => e.changeLeadTimeHours)));
    } else {
      expect(lead).toBeUndefined();
    }
  });

  it('has no "before" for a change at the very start', () => {
    const early = play(firstWay, [[0, { type: 'setWipLimit', stage: 'dev', limit: 3 }]], 8);
    const note = changeNote(early.events, changesOf(early)[0]!, 8)!;
    expect(note.figures.find((f) => f.key === 'throughput')?.before).toBeNull();
  });
});

describe("the constraint engineer's utilisation", () => {
  it('is the mean of the last working day, not the last hour', () => {
    const run = play(firstWay, [], 30);
    const hours = run.events.filter((e): e is Extract<SimEvent, { type: 'hour' }> => e.type === 'hour');
    const lastDay = hours.slice(-8);
    const expected = lastDay.reduce((sum, e) => sum + e.constraintBusy, 0) / 8;
    expect(constraintUtilisationLastDay(run.events)).toBeCloseTo(expected, 12);
    expect(constraintUtilisationLastDay([])).toBeNull();
    expect(computeMetrics(run.events).hours).toBe(30);
  });
});
