import { describe, expect, it } from 'vitest';
import { type Command, counterfactualCommands, type Run, type RunLog, simulate } from '../../../src/engine';
import { allWhatIfs, analyseRun, bestNextTry } from '../../../src/game/debrief/analysis';
import { planWhatIf, runWhatIf, WHAT_IF_CHANGES } from '../../../src/game/debrief/what-if';
import { getScenario } from '../../../src/scenarios';
import { practicePoints } from '../../../src/scoring';

const scenario = getScenario('first-way')!;

/** A played log with every kind of setting the player can change, plus triage and story choices. */
function playedLog(): RunLog {
  const played = simulate({
    scenario,
    seed: 4711,
    policy: { wipLimits: { dev: 6, test: 3, ops: 3 }, batchSize: 5, protectConstraint: true, intakeLimit: 8 },
  });
  const log = structuredClone(played.run.log);
  // Commands of the other what-if policies, as if a later act had unlocked them.
  const extra: [number, Command][] = [
    [3, { type: 'stopTheLine', on: false }],
    [5, { type: 'setImprovementShare', share: 0.1 }],
    [7, { type: 'setChangeApproval', mode: 'cab' }],
    [9, { type: 'invest', investment: 'telemetry' }],
    [9, { type: 'invest', investment: 'test-automation' }],
    [40, { type: 'setBatchSize', size: 8 }],
  ];
  log.commands = [...log.commands, ...extra].sort((a, b) => a[0] - b[0]);
  return log;
}

const COMMAND_OF = {
  'batch-size-1': (c: Command) => c.type === 'setBatchSize' || c.type === 'setReleaseCadence',
  'wip-limits': (c: Command) => c.type === 'setWipLimit',
  telemetry: (c: Command) => c.type === 'invest' && c.investment === 'telemetry',
  'improvement-20': (c: Command) => c.type === 'setImprovementShare',
  'stop-the-line': (c: Command) => c.type === 'stopTheLine',
  'peer-review': (c: Command) => c.type === 'setChangeApproval',
} as const;

/** What each item-aimed command of a run aimed at: its hour, kind, and the item's creation hour and type. */
function aims(run: Run): string[] {
  return run.log.commands.flatMap(([tick, command]) => {
    if (command.type !== 'triage' && command.type !== 'pull' && command.type !== 'assign') return [];
    const item = run.state.items[command.itemId]!;
    return [`${tick}:${command.type}:${item.createdAt}:${item.type}`];
  });
}

describe('what-if', () => {
  const log = playedLog();

  for (const change of WHAT_IF_CHANGES) {
    it(`${change}: keeps every player command except the changed policy, set at hour 0`, () => {
      const plan = planWhatIf(log, scenario, change);
      const isChanged = COMMAND_OF[change];
      expect(plan.dropped.length).toBeGreaterThan(0);
      expect(plan.dropped).toEqual(log.commands.filter(([, command]) => isChanged(command)));
      const commands = counterfactualCommands(log, plan.scenario, plan.change);
      const atStart = commands.filter(([tick, command]) => tick === 0 && isChanged(command));
      expect(atStart.map(([, command]) => command)).toEqual(plan.change.initial);
      // Same order, same ticks, same commands — only the changed policy's commands are gone (story
      // answers aside: the counterfactual may answer a beat the other way).
      const rest = commands.filter(([, c]) => !isChanged(c) && c.type !== 'chooseStoryOption');
      expect(rest).toEqual(log.commands.filter(([, c]) => !isChanged(c) && c.type !== 'chooseStoryOption'));
      if (change === 'telemetry') expect(plan.scenario.startingInvestments).toContain('telemetry');
      else expect(plan.change.initial.length).toBeGreaterThan(0);
      expect(plan.unlocked).toBe(plan.scenario.mechanics.length > scenario.mechanics.length);
      // The player's log and act are untouched.
      expect(log.commands.filter(([, command]) => isChanged(command))).toHaveLength(plan.dropped.length);
      expect(getScenario('first-way')!.startingInvestments).toEqual(scenario.startingInvestments);
      expect(scenario.startingInvestments).not.toContain('telemetry');
    });
  }

  it('re-simulates with the change in force from the first hour, fast enough to feel instant', () => {
    const result = runWhatIf(log, scenario, 'batch-size-1', () => performance.now());
    expect(result).not.toBeNull();
    const first = result!.outcome.events.find(
      (e) => e.type === 'setting-changed' && e.command.type === 'setBatchSize',
    );
    expect(first).toMatchObject({ tick: 0, command: { size: 1 } });
    // Wall-clock on a shared machine: the median of a few warm replays, against the debrief's 200 ms bound.
    const times = Array.from(
      { length: 5 },
      () => runWhatIf(log, scenario, 'wip-limits', () => performance.now())!.elapsedMs!,
    );
    times.sort((x, y) => x - y);
    expect(times[2]).toBeLessThan(200);
    expect(result!.outcome.metrics.avgReleaseSize).toBeLessThan(2);
  });

  it('aims each triage, pull and assign at the same request as the player did, whatever the renumbering', () => {
    // A log the act replays exactly: the policy bot's triage, limits and batches.
    const played = simulate({
      scenario,
      seed: 4711,
      policy: { wipLimits: { dev: 6, test: 3, ops: 3 }, batchSize: 5, intakeLimit: 8 },
    }).run.log;
    const analysed = analyseRun(played);
    if (!analysed.ok) throw new Error(analysed.reason);
    const original = aims(analysed.data.run);
    expect(original.length).toBeGreaterThan(0);
    for (const change of WHAT_IF_CHANGES) {
      const result = runWhatIf(played, scenario, change, undefined, analysed.data.run);
      expect(result, change).not.toBeNull();
      // Every triage, pull and assign the what-if gave went to an item of the same creation hour and type.
      const remaining = [...original];
      for (const aim of aims(result!.run)) {
        const index = remaining.indexOf(aim);
        expect(index, `${change}: ${aim}`).toBeGreaterThanOrEqual(0);
        remaining.splice(index, 1);
      }
    }
  });

  it('replays the player’s own log exactly, with practice points, and suggests the best change', () => {
    const original = simulate({ scenario, seed: 99, policy: {} });
    const analysed = analyseRun(original.run.log);
    expect(analysed.ok).toBe(true);
    if (!analysed.ok) return;
    expect(analysed.data.outcome.metrics).toEqual(original.metrics);
    expect(analysed.data.practices).toEqual(practicePoints(original.run.log, getScenario));
    const results = allWhatIfs(analysed.data);
    const next = bestNextTry(analysed.data, results);
    // The suggestion is the change open in this act that would have raised the score most, if any.
    const gains = WHAT_IF_CHANGES.flatMap((change) => {
      const result = results.get(change);
      return result && !result.plan.unlocked
        ? [result.outcome.score.total - analysed.data.outcome.score.total]
        : [];
    });
    const best = Math.max(0, ...gains);
    if (best === 0) expect(next).toBeNull();
    else {
      expect(next!.scoreGain).toBe(best);
      const result = results.get(next!.change)!;
      expect(result.plan.unlocked).toBe(false);
      expect(next!.leadTimeHours).toBe(result.outcome.metrics.leadTimeForChangesHours.p50);
      expect(next!.customerLeadTimeHours).toBe(result.outcome.metrics.customerLeadTimeHours.p50);
    }
  });
});
