// Practice points: what each practice earned in a run, computed by replaying the run with it undone.
import { describe, expect, it } from 'vitest';
import {
  advance,
  computeMetrics,
  counterfactualCommands,
  createRun,
  dispatch,
  type PolicyInput,
  replayCounterfactual,
  replayLog,
  simulate,
} from '../../../src/engine/index';
import { getScenario, scenarios } from '../../../src/scenarios/index';
import {
  PRACTICE_SPECS,
  practicePoints,
  practiceRecord,
  practicesOf,
  scoreAct,
} from '../../../src/scoring/index';

const EXPERT: PolicyInput = {
  wipLimits: { dev: 4, test: 2, ops: 3 },
  batchSize: 1,
  protectConstraint: true,
  stopTheLine: true,
  changeApproval: 'peer-review',
  improvementShare: 0.2,
  investments: ['telemetry', 'test-automation', 'deploy-automation', 'runbooks', 'cross-training'],
};

describe('practice points', () => {
  it('lists only the practices an act has unlocked', () => {
    expect(practicesOf(scenarios['first-way']).sort()).toEqual(
      ['protect-constraint', 'small-batches', 'triage', 'wip-limits'].sort(),
    );
    const finale = practicesOf(scenarios.finale);
    expect(finale).toContain('improvement-time');
    expect(finale).toContain('peer-review');
    expect(finale).toContain('deploy-automation');
  });

  it('are the run score minus the score of the same log replayed with the practice undone', () => {
    const { run } = simulate({ scenario: scenarios['second-way'], seed: 5, policy: EXPERT });
    const results = practicePoints(run.log, getScenario, { original: run })!;
    const score = scoreAct(scenarios['second-way'], computeMetrics(run.events)).total;
    for (const result of results) {
      if (!result.used) {
        expect(result.points).toBe(0);
        continue;
      }
      const undone = replayCounterfactual(run.log, getScenario, PRACTICE_SPECS[result.practice].undo(), run);
      expect(undone.ok).toBe(true);
      if (!undone.ok) continue;
      const without = scoreAct(scenarios['second-way'], computeMetrics(undone.run.events)).total;
      expect(result.points, result.practice).toBe(score - without);
    }
    // Sorted biggest first, and the record carries every practice.
    for (let i = 1; i < results.length; i++)
      expect(results[i - 1]!.points).toBeGreaterThanOrEqual(results[i]!.points);
    expect(Object.keys(practiceRecord(results)).sort()).toEqual(practicesOf(scenarios['second-way']).sort());
  });

  it('a practice never used earns nothing, and the same log without it gives the same score', () => {
    const { run } = simulate({ scenario: scenarios['first-way'], seed: 2, policy: null });
    const results = practicePoints(run.log, getScenario, { original: run })!;
    for (const result of results) expect(result).toMatchObject({ points: 0, used: false });
  });

  it('the practices the book teaches earn points on average over seeds, because the model makes them win', () => {
    const totals: Record<string, number> = {};
    const seeds = [1, 2, 3, 4, 5, 6, 7, 8];
    for (const seed of seeds) {
      const { run } = simulate({ scenario: scenarios['second-way'], seed, policy: EXPERT });
      for (const r of practicePoints(run.log, getScenario, { original: run })!) {
        totals[r.practice] = (totals[r.practice] ?? 0) + r.points / seeds.length;
      }
    }
    for (const practice of [
      'small-batches',
      'telemetry',
      'test-automation',
      'stop-the-line',
      'peer-review',
    ]) {
      expect(totals[practice], practice).toBeGreaterThan(0);
    }
  });

  it('counts small batches only when releases were smaller than the status quo (or deployed by hand)', () => {
    const bigger = simulate({ scenario: scenarios['first-way'], seed: 4, policy: { batchSize: 15 } }).run;
    const smaller = simulate({ scenario: scenarios['first-way'], seed: 4, policy: { batchSize: 6 } }).run;
    const of = (run: typeof bigger) =>
      practicePoints(run.log, getScenario, { original: run })!.find((r) => r.practice === 'small-batches')!;
    expect(of(bigger)).toMatchObject({ used: false, points: 0 });
    expect(of(smaller).used).toBe(true);
  });

  it('refuses a log it cannot replay instead of guessing', () => {
    const { run } = simulate({ scenario: scenarios['first-way'], seed: 1, policy: null });
    expect(practicePoints({ ...run.log, engineVersion: 'phoenix-sim-0.9' }, getScenario)).toBeNull();
    expect(practicePoints({ ...run.log, scenarioId: 'nope' as never }, getScenario)).toBeNull();
  });
});

describe('counterfactual replays', () => {
  it('with nothing changed, reproduce the run exactly', () => {
    const { run } = simulate({ scenario: scenarios['third-way'], seed: 4, policy: EXPERT });
    const same = replayCounterfactual(run.log, getScenario, { drops: () => false, initial: [] }, run);
    expect(same.ok && same.run.events).toEqual(run.events);
  });

  it('aim triage at the same request even when item numbers shift', () => {
    // A player who rejects every project; the counterfactual adds an improvement item at hour 0 (and so a
    // different course of incidents), which shifts every later item number.
    const scenario = scenarios['second-way'];
    const run = createRun({ scenario, seed: 9 });
    while (run.state.tick < 80) {
      for (const id of run.state.places.triage.slice()) {
        if (run.state.items[id]!.type === 'project')
          dispatch(run, { type: 'triage', itemId: id, decision: 'reject' });
      }
      advance(run);
    }
    const rejected = run.state.places.rejected.map((id) => run.state.items[id]!);
    expect(rejected.length).toBeGreaterThan(0);
    const log = { ...run.log, days: 10 };
    const replay = replayCounterfactual(log, getScenario, {
      drops: () => false,
      initial: [{ type: 'invest', investment: 'telemetry' }],
    });
    expect(replay.ok).toBe(true);
    if (!replay.ok) return;
    const state = replay.run.state;
    const replayed = state.places.rejected.map((id) => state.items[id]!);
    expect(replayed.map((i) => i.id)).not.toEqual(rejected.map((i) => i.id));
    expect(replayed.map((i) => [i.createdAt, i.type])).toEqual(rejected.map((i) => [i.createdAt, i.type]));
    expect(replayed.every((i) => i.type === 'project')).toBe(true);
  });

  it('answer a story beat differently when its option would re-apply what the change removes', () => {
    const scenario = scenarios['third-way'];
    const beat = scenario.storyBeats.find((b) => b.id === 'improvement-budget')!;
    const log = {
      ...simulate({ scenario, seed: 1, policy: null }).run.log,
      commands: [
        [beat.tick + 1, { type: 'chooseStoryOption', beatId: beat.id, optionId: 'twenty-percent' }],
      ] as never,
    };
    const undo = PRACTICE_SPECS['improvement-time'].undo();
    const commands = counterfactualCommands(log, scenario, undo);
    expect(commands).toContainEqual([
      beat.tick + 1,
      { type: 'chooseStoryOption', beatId: beat.id, optionId: 'no-time' },
    ]);
    const original = replayLog(log, getScenario);
    expect(original.ok).toBe(true);
  });
});
