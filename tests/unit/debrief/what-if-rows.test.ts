import { describe, expect, it } from 'vitest';
import { goalProgress, type Metrics, simulate } from '../../../src/engine';
import { runWhatIf } from '../../../src/game/debrief/what-if';
import { type ComparedRun, whatIfChangedNothing, whatIfRows } from '../../../src/game/debrief/what-if-rows';
import { getScenario } from '../../../src/scenarios';
import { scoreAct } from '../../../src/scoring';

const scenario = getScenario('first-way')!;
const played = simulate({
  scenario,
  seed: 4711,
  policy: { wipLimits: { dev: 8, test: 6, ops: 6 }, batchSize: 8 },
});
const yours: ComparedRun = { metrics: played.metrics, score: scoreAct(scenario, played.metrics) };

/** Your run with some metrics replaced (the score as it was: the rows compare what they are given). */
function withMetrics(change: Partial<Metrics>): ComparedRun {
  return { metrics: { ...played.metrics, ...change }, score: yours.score };
}

const rowOf = (rows: ReturnType<typeof whatIfRows>, key: string) => rows.find((r) => r.label.key === key)!;

describe('what-if comparison rows', () => {
  it('compares the nine measures in order, the four keys with both runs’ bands', () => {
    const changed = runWhatIf(played.run.log, scenario, 'batch-size-1')!;
    const rows = whatIfRows(scenario, yours, changed.outcome);
    expect(rows.map((r) => r.label.key)).toEqual([
      'debrief.whatIf.row.score',
      'debrief.whatIf.row.stars',
      'dora.deploymentFrequency',
      'debrief.whatIf.row.leadTime',
      'dora.changeFailureRate',
      'dora.timeToRestore',
      'debrief.whatIf.row.customerLeadTime',
      'debrief.whatIf.row.outage',
      'debrief.whatIf.row.goal',
    ]);
    expect(rows.filter((r) => r.bands !== null)).toHaveLength(4);
    expect(rowOf(rows, 'dora.deploymentFrequency').bands).toEqual({
      yours: yours.score.dora.deploymentFrequency,
      changed: changed.outcome.score.dora.deploymentFrequency,
    });
    const score = rowOf(rows, 'debrief.whatIf.row.score');
    expect([score.yours, score.changed]).toEqual([yours.score.total, changed.outcome.score.total]);
    const goal = rowOf(rows, 'debrief.whatIf.row.goal');
    expect(goal.label.params).toEqual({ day: scenario.goal.byDay });
    expect(goal.changed).toBe(goalProgress(scenario, changed.outcome.metrics).featuresShipped);
    // One change at a time, from a batch of 8: deployments are more frequent, and that is better.
    const deploys = rowOf(rows, 'dora.deploymentFrequency');
    expect(deploys.changed!).toBeGreaterThan(deploys.yours!);
    expect(deploys).toMatchObject({ verdict: 'better', direction: 'up', unit: 'perDay' });
  });

  it('judges lower-is-better measures by going down, and says when nothing moved', () => {
    const p50 = played.metrics.leadTimeForChangesHours.p50!;
    const faster = withMetrics({
      leadTimeForChangesHours: { ...played.metrics.leadTimeForChangesHours, p50: p50 / 2 },
    });
    const slower = withMetrics({
      leadTimeForChangesHours: { ...played.metrics.leadTimeForChangesHours, p50: p50 * 2 },
    });
    expect(rowOf(whatIfRows(scenario, yours, faster), 'debrief.whatIf.row.leadTime')).toMatchObject({
      verdict: 'better',
      direction: 'down',
      unit: 'hours',
    });
    expect(rowOf(whatIfRows(scenario, yours, slower), 'debrief.whatIf.row.leadTime')).toMatchObject({
      verdict: 'worse',
      direction: 'up',
    });
    const same = whatIfRows(
      scenario,
      yours,
      withMetrics({ outageHours: played.metrics.outageHours + 1e-12 }),
    );
    expect(rowOf(same, 'debrief.whatIf.row.outage')).toMatchObject({ verdict: 'same', direction: null });
    expect(whatIfChangedNothing(yours, withMetrics({}))).toBe(true);
    expect(whatIfChangedNothing(yours, faster)).toBe(false);
  });

  it('has no verdict where a run has no value (no failed change, no restore)', () => {
    const none = withMetrics({ changeFailureRate: null, mttrHours: null });
    const rows = whatIfRows(scenario, yours, none);
    expect(rowOf(rows, 'dora.changeFailureRate')).toMatchObject({
      changed: null,
      verdict: null,
      direction: null,
    });
    expect(rowOf(rows, 'dora.timeToRestore')).toMatchObject({ changed: null, verdict: null });
  });
});
