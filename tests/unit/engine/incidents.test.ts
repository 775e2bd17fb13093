// Incident decisions: who takes an incident, and roll back or fix forward a failed release.
import { describe, expect, it } from 'vitest';
import {
  advance,
  applyCommand,
  computeMetrics,
  countDecisions,
  createRun,
  dispatch,
  type IncidentResponse,
  openIncidentDecisions,
  type Run,
  replayLog,
  type Scenario,
  type SimEvent,
  simulate,
} from '../../../src/engine/index';
import { getScenario, SCENARIO_IDS, scenarios } from '../../../src/scenarios/index';
import { invariantViolations } from './helpers';

/** Plays hands off until an incident decision offering `response` opens; null if none in the act. */
function untilDecision(scenario: Scenario, seed: number, response: IncidentResponse): Run | null {
  const run = createRun({ scenario, seed });
  while (run.state.tick < run.state.endTick) {
    advance(run);
    const open = openIncidentDecisions(run.state);
    if (open.some((d) => d.choices.some((c) => c.response === response))) return run;
  }
  return null;
}

function firstWith(scenario: Scenario, response: IncidentResponse): { run: Run; seed: number } {
  for (let seed = 1; seed <= 30; seed++) {
    const run = untilDecision(scenario, seed, response);
    if (run) return { run, seed };
  }
  throw new Error(`no ${response} decision in 30 seeds`);
}

function decisionFor(run: Run, response: IncidentResponse) {
  return openIncidentDecisions(run.state).find((d) => d.choices.some((c) => c.response === response))!;
}

describe('incident decisions', () => {
  it('are offered at detection, fix forward first, and close by themselves after the window', () => {
    const { run } = firstWith(scenarios['first-way'], 'hand-off');
    const decision = decisionFor(run, 'hand-off');
    expect(decision.choices[0]!.response).toBe('fix-forward');
    const offered = run.events.find(
      (e): e is Extract<SimEvent, { type: 'incident-decision' }> =>
        e.type === 'incident-decision' && e.itemId === decision.itemId,
    )!;
    expect(offered.until - offered.tick).toBe(scenarios['first-way'].params.incidentDecisionHours);
    while (run.state.tick <= offered.until) advance(run);
    const closed = run.events.find((e) => e.type === 'incident-response' && e.itemId === decision.itemId);
    expect(closed).toMatchObject({ response: 'fix-forward', auto: true });
    expect(run.state.items[decision.itemId]!.responseOpenUntil).toBeNull();
    expect(
      applyCommand(run.state, { type: 'respondToIncident', itemId: decision.itemId, response: 'hand-off' }),
    ).toEqual({ ok: false, reason: 'no-open-decision' });
  });

  it('hands-off runs do not depend on the decisions: the default is what happened before them', () => {
    // Same metrics whether the default is left to the window or chosen explicitly at once.
    for (const seed of [1, 2, 3]) {
      const scenario = scenarios['second-way'];
      const alone = simulate({ scenario, seed, policy: null });
      const run = createRun({ scenario, seed });
      let explicit = 0;
      while (run.state.tick < run.state.endTick) {
        for (const d of openIncidentDecisions(run.state)) {
          expect(
            dispatch(run, { type: 'respondToIncident', itemId: d.itemId, response: 'fix-forward' }).ok,
          ).toBe(true);
          explicit++;
        }
        advance(run);
      }
      expect(explicit).toBeGreaterThan(0);
      expect(computeMetrics(run.events)).toEqual(alone.metrics);
    }
  });

  it('hand-off: the constraint engineer leaves the incident, the Ops team takes it, slower', () => {
    const { run } = firstWith(scenarios['first-way'], 'hand-off');
    const decision = decisionFor(run, 'hand-off');
    const item = run.state.items[decision.itemId]!;
    const kai = run.state.constraintStaffId;
    const before = item.remaining;
    const choice = decision.choices.find((c) => c.response === 'hand-off')!;
    expect(choice.hours).toBeCloseTo(before * scenarios['first-way'].params.handOffDiagnosisFactor);
    expect(dispatch(run, { type: 'respondToIncident', itemId: item.id, response: 'hand-off' }).ok).toBe(true);
    expect(item.needsConstraint).toBe(false);
    expect(item.assignees).not.toContain(kai);
    expect(item.remaining).toBeCloseTo(choice.hours);
    expect(applyCommand(run.state, { type: 'assign', itemId: item.id, staffId: kai })).toEqual({
      ok: false,
      reason: 'handed-off',
    });
    let worked = false;
    while (item.resolvedAt === null && run.state.tick < run.state.endTick) {
      advance(run);
      expect(item.assignees).not.toContain(kai);
      if (item.assignees.length > 0) worked = true;
      expect(invariantViolations(run.state)).toEqual([]);
    }
    expect(worked).toBe(true);
  });

  it('roll-back: service returns after a manual deploy, the changes go back to Dev and ship later', () => {
    const { run } = firstWith(scenarios['first-way'], 'roll-back');
    const decision = decisionFor(run, 'roll-back');
    const incident = run.state.items[decision.itemId]!;
    const releaseId = incident.brokenReleaseId!;
    const changes = run.state.places.release.filter((id) => run.state.items[id]!.releaseId === releaseId);
    expect(changes.length).toBe(decision.releaseSize);
    expect(changes.length).toBeGreaterThan(0);
    const fixForward = decision.choices.find((c) => c.response === 'fix-forward')!;
    const rollBack = decision.choices.find((c) => c.response === 'roll-back')!;
    expect(rollBack.returningChanges).toBe(changes.length);
    const result = dispatch(run, { type: 'respondToIncident', itemId: incident.id, response: 'roll-back' });
    expect(result.ok).toBe(true);
    expect(incident.remaining).toBe(rollBack.hours);
    expect(rollBack.hours).toBe(scenarios['first-way'].params.deployTransactionHours);
    expect(fixForward.hours).toBeGreaterThan(0);
    for (const id of changes) {
      const item = run.state.items[id]!;
      expect(item.place).toBe('dev');
      expect(item.releaseId).toBeNull();
      expect(item.blocked).toBeNull();
    }
    while (run.state.tick < run.state.endTick) advance(run);
    expect(invariantViolations(run.state)).toEqual([]);
    // The failed release never goes out again as such: no redeploy of it.
    expect(run.events.some((e) => e.type === 'deployed' && e.releaseId === releaseId)).toBe(false);
    expect(run.events.some((e) => e.type === 'release-rolled-back' && e.releaseId === releaseId)).toBe(true);
    expect(incident.resolvedAt).not.toBeNull();
    // The returned changes went back through Test; those that reached Live did so in later releases.
    for (const id of changes) {
      const item = run.state.items[id]!;
      if (item.place === 'live') expect(item.releaseId).not.toBe(releaseId);
    }
  });

  it('refuses what is not open, with a reason', () => {
    const { run } = firstWith(scenarios['first-way'], 'hand-off');
    const decision = decisionFor(run, 'hand-off');
    const request = run.state.items.find((item) => item.type !== 'incident')!.id;
    const refusals: [object, string][] = [
      [{ type: 'respondToIncident', itemId: 9999, response: 'hand-off' }, 'unknown-item'],
      [{ type: 'respondToIncident', itemId: request, response: 'hand-off' }, 'no-open-decision'],
      [{ type: 'respondToIncident', itemId: decision.itemId, response: 'panic' }, 'invalid-value'],
    ];
    if (!decision.choices.some((c) => c.response === 'roll-back'))
      refusals.push([
        { type: 'respondToIncident', itemId: decision.itemId, response: 'roll-back' },
        'response-unavailable',
      ]);
    const before = JSON.stringify(run.state);
    for (const [command, reason] of refusals) {
      expect(applyCommand(run.state, command as never)).toEqual({ ok: false, reason });
    }
    expect(JSON.stringify(run.state)).toBe(before);
  });

  it('a log with responses replays exactly', () => {
    const { run } = firstWith(scenarios['first-way'], 'roll-back');
    const decision = decisionFor(run, 'roll-back');
    dispatch(run, { type: 'respondToIncident', itemId: decision.itemId, response: 'roll-back' });
    while (run.state.tick < run.state.endTick) {
      for (const d of openIncidentDecisions(run.state))
        dispatch(run, { type: 'respondToIncident', itemId: d.itemId, response: d.choices.at(-1)!.response });
      advance(run);
    }
    const replay = replayLog(run.log, getScenario);
    expect(replay.ok).toBe(true);
    if (replay.ok) expect(computeMetrics(replay.run.events)).toEqual(computeMetrics(run.events));
  });
});

describe('decisions offered per simulated day', () => {
  it('every act offers at least one decision a day on average, hands off and under the expert bot', () => {
    const expert = {
      wipLimits: { dev: 3, test: 2, ops: 2 },
      batchSize: 1,
      improvementShare: 0.2,
      investments: ['telemetry', 'test-automation', 'deploy-automation', 'runbooks', 'cross-training'],
      stopTheLine: true,
      protectConstraint: true,
      changeApproval: 'peer-review',
      projectFreeze: true,
    } as const;
    for (const id of SCENARIO_IDS) {
      for (const policy of [null, expert]) {
        let perDay = 0;
        let incidents = 0;
        const seeds = [1, 2, 3, 4, 5];
        for (const seed of seeds) {
          const { run } = simulate({ scenario: scenarios[id], seed, policy: policy as never });
          const count = countDecisions(run.events);
          expect(count.days).toBe(scenarios[id].days);
          perDay += count.perDay!;
          incidents += count.incident;
        }
        expect(perDay / seeds.length, `${id} ${policy ? 'expert' : 'hands-off'}`).toBeGreaterThanOrEqual(1);
        if (policy === null) expect(incidents, id).toBeGreaterThan(0);
      }
    }
  });
});
