import { describe, expect, it } from 'vitest';
import { advance, boardView, createRun, goalProgress, metricsOf, simulate } from '../../../src/engine/index';
import { scenarios } from '../../../src/scenarios/index';

describe('board view', () => {
  it('shows every open item once, with the flags the board draws', () => {
    const run = createRun({ scenario: scenarios['first-way'], seed: 8 });
    for (let i = 0; i < 60; i++) advance(run);
    const before = JSON.stringify(run.state);
    const view = boardView(run.state);
    expect(JSON.stringify(run.state)).toBe(before); // read-only
    const shown = [...Object.values(view.columns).flat(), ...view.incidents].map((i) => i.id);
    expect(new Set(shown).size).toBe(shown.length);
    const open = (['triage', 'backlog', 'dev', 'test', 'ops', 'release'] as const).flatMap(
      (p) => run.state.places[p],
    );
    expect(shown.sort()).toEqual(open.sort());
    expect(view.day).toBe(8);
    expect(view.wip.dev).toBe(view.columns.dev.length);
    for (const person of view.staff) {
      for (const id of person.holding) expect(shown).toContain(id);
    }
    for (const id of view.constraint.queue) expect(run.state.items[id]!.needsConstraint).toBe(true);
    expect(() => JSON.stringify(view)).not.toThrow();
  });

  it('exposes the pending story beat with its options', () => {
    const scenario = scenarios['first-way'];
    const run = createRun({ scenario, seed: 1 });
    while (run.state.tick <= scenario.storyBeats[0]!.tick) advance(run);
    const pending = boardView(run.state).pendingBeat;
    expect(pending?.beat.id).toBe(scenario.storyBeats[0]!.id);
    expect(pending?.beat.options.length).toBeGreaterThanOrEqual(2);
  });

  it('reports goal progress from the metrics', () => {
    const scenario = scenarios['first-way'];
    const result = simulate({ scenario, seed: 3, policy: { batchSize: 1, protectConstraint: true } });
    const progress = goalProgress(scenario, result.metrics);
    expect(progress.featuresTarget).toBe(scenario.goal.featuresShipped);
    expect(progress.featuresShipped).toBe(result.metrics.featuresShipped);
    expect(progress.met).toBe(
      progress.featuresShipped >= progress.featuresTarget && progress.outageHours <= progress.maxOutageHours,
    );
    expect(metricsOf(result.run).featuresShippedByDay).toHaveLength(scenario.days);
  });
});
