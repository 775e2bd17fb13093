import { describe, expect, it } from 'vitest';
import {
  advance,
  applyCommand,
  type Command,
  createRun,
  createState,
  type RejectReason,
  type SimState,
} from '../../../src/engine/index';
import { scenarios } from '../../../src/scenarios/index';

function stateAfter(ticks: number, scenario = scenarios['second-way'], seed = 7): SimState {
  const run = createRun({ scenario, seed });
  for (let i = 0; i < ticks; i++) advance(run);
  return run.state;
}

function expectRejected(state: SimState, command: unknown, reason: RejectReason): void {
  const before = JSON.stringify(state);
  const result = applyCommand(state, command as Command);
  expect(result).toEqual({ ok: false, reason });
  expect(JSON.stringify(state)).toBe(before);
}

describe('commands', () => {
  it('rejects malformed and unknown commands without throwing', () => {
    const state = stateAfter(5);
    expectRejected(state, null, 'malformed-command');
    expectRejected(state, { type: 42 }, 'malformed-command');
    expectRejected(state, { type: 'launchRocket' }, 'unknown-command');
    expectRejected(state, { type: 'setWipLimit', stage: 'qa', limit: 2 }, 'malformed-command');
    expectRejected(state, { type: 'stopTheLine', on: 'yes' }, 'malformed-command');
  });

  it('rejects out-of-range values', () => {
    const state = stateAfter(5);
    expectRejected(state, { type: 'setWipLimit', stage: 'dev', limit: 0 }, 'invalid-value');
    expectRejected(state, { type: 'setWipLimit', stage: 'dev', limit: 2.5 }, 'invalid-value');
    expectRejected(state, { type: 'setBatchSize', size: 21 }, 'invalid-value');
    expectRejected(state, { type: 'setBatchSize', size: Number.NaN }, 'invalid-value');
    expectRejected(state, { type: 'setChangeApproval', mode: 'ceo' }, 'invalid-value');
    expectRejected(state, { type: 'invest', investment: 'blockchain' }, 'invalid-value');
  });

  it('rejects mechanics the act has not unlocked', () => {
    const state = stateAfter(3, scenarios['first-way']);
    expectRejected(state, { type: 'stopTheLine', on: true }, 'mechanic-locked');
    expectRejected(state, { type: 'invest', investment: 'telemetry' }, 'mechanic-locked');
    expectRejected(state, { type: 'setImprovementShare', share: 0.2 }, 'mechanic-locked');
    expect(applyCommand(state, { type: 'protectConstraint', on: true }).ok).toBe(true);
  });

  it('enforces WIP limits on pulls', () => {
    const state = createState(scenarios['first-way'], 3);
    expect(applyCommand(state, { type: 'setWipLimit', stage: 'dev', limit: 1 }).ok).toBe(true);
    const [first, second] = state.places.backlog;
    expect(applyCommand(state, { type: 'pull', itemId: first! }).ok).toBe(true);
    expect(state.items[first!]!.place).toBe('dev');
    expectRejected(state, { type: 'pull', itemId: second! }, 'wip-limit-reached');
    expectRejected(state, { type: 'pull', itemId: 9999 }, 'unknown-item');
    expectRejected(state, { type: 'pull', itemId: first! }, 'work-remaining');
  });

  it('validates assignments against skills and the constraint rules', () => {
    const state = createState(scenarios['first-way'], 3);
    const itemId = state.places.backlog[0]!;
    expect(applyCommand(state, { type: 'pull', itemId }).ok).toBe(true);
    const opsOnly = state.staff.findIndex((s) => s.skills.dev === 0);
    expectRejected(state, { type: 'assign', itemId, staffId: opsOnly }, 'not-skilled');
    expectRejected(state, { type: 'assign', itemId, staffId: 99 }, 'unknown-staff');
    expect(applyCommand(state, { type: 'protectConstraint', on: true }).ok).toBe(true);
    expectRejected(
      state,
      { type: 'assign', itemId, staffId: state.constraintStaffId },
      'constraint-protected',
    );
    const dev = state.staff.findIndex((s) => s.skills.dev === 1);
    expect(applyCommand(state, { type: 'assign', itemId, staffId: dev }).ok).toBe(true);
    expectRejected(state, { type: 'assign', itemId, staffId: dev }, 'already-assigned');
  });

  it('triages requests and rejects triage of items elsewhere', () => {
    const run = createRun({ scenario: scenarios['first-way'], seed: 11 });
    while (run.state.places.triage.length < 2) advance(run);
    const [a, b] = run.state.places.triage;
    expect(applyCommand(run.state, { type: 'triage', itemId: a!, decision: 'reject' }).ok).toBe(true);
    expect(run.state.items[a!]!.place).toBe('rejected');
    expect(applyCommand(run.state, { type: 'triage', itemId: b!, decision: 'defer' }).ok).toBe(true);
    expect(run.state.items[b!]!.place).toBe('deferred');
    expectRejected(run.state, { type: 'triage', itemId: a!, decision: 'accept' }, 'wrong-place');
  });

  it('deploys only when something is approved and no release is running', () => {
    const state = createState(scenarios['first-way'], 3);
    expectRejected(state, { type: 'deploy' }, 'nothing-to-deploy');
  });

  it('answers story beats only while they are pending', () => {
    const scenario = scenarios['first-way'];
    const beat = scenario.storyBeats[0]!;
    const run = createRun({ scenario, seed: 2 });
    expectRejected(
      run.state,
      { type: 'chooseStoryOption', beatId: beat.id, optionId: beat.options[0]!.id },
      'no-pending-beat',
    );
    while (run.state.tick <= beat.tick) advance(run);
    expect(run.state.pendingBeat?.beatId).toBe(beat.id);
    expectRejected(
      run.state,
      { type: 'chooseStoryOption', beatId: beat.id, optionId: 'nope' },
      'unknown-option',
    );
    const chosen = beat.options[1]!.id;
    const result = applyCommand(run.state, { type: 'chooseStoryOption', beatId: beat.id, optionId: chosen });
    expect(result.ok).toBe(true);
    expect(run.state.pendingBeat).toBeNull();
    if (result.ok)
      expect(result.events.some((e) => e.type === 'story-option-chosen' && e.optionId === chosen)).toBe(true);
  });

  it('an unanswered story beat takes its default option after the timeout', () => {
    const scenario = scenarios['first-way'];
    const beat = scenario.storyBeats[0]!;
    const run = createRun({ scenario, seed: 2 });
    while (run.state.tick <= beat.tick + scenario.params.storyTimeoutHours) advance(run);
    const chosen = run.events.find((e) => e.type === 'story-option-chosen');
    expect(chosen).toMatchObject({ beatId: beat.id, optionId: beat.defaultOptionId, auto: true });
  });

  it('rejects everything once the run is finished', () => {
    const run = createRun({ scenario: scenarios['first-way'], seed: 1, days: 1 });
    while (run.state.tick < run.state.endTick) advance(run);
    expectRejected(run.state, { type: 'setBatchSize', size: 2 }, 'run-finished');
    expect(advance(run)).toEqual([]);
  });
});
