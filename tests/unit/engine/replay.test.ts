import { describe, expect, it } from 'vitest';
import {
  advance,
  type Command,
  createRun,
  dispatch,
  ENGINE_VERSION,
  metricsOf,
  parseRunLog,
  playPolicy,
  policyCommands,
  replayLog,
  resolvePolicy,
  simulate,
  whatIf,
} from '../../../src/engine/index';
import { getScenario, ENGINE_VERSION as REEXPORTED, scenarios } from '../../../src/scenarios/index';

const GOOD = {
  wipLimits: { dev: 3, test: 2, ops: 3 },
  batchSize: 1,
  protectConstraint: true,
  stopTheLine: true,
  investments: ['telemetry' as const],
};

/** A run with a few hand-made commands sprinkled in, as a player would. */
function playedRun(seed: number) {
  const run = createRun({ scenario: scenarios['second-way'], seed });
  const script: Record<number, Command[]> = {
    0: [{ type: 'setWipLimit', stage: 'dev', limit: 3 }],
    5: [{ type: 'invest', investment: 'test-automation' }],
    30: [{ type: 'setBatchSize', size: 2 }],
    60: [{ type: 'stopTheLine', on: true }],
  };
  while (run.state.tick < run.state.endTick) {
    for (const command of script[run.state.tick] ?? []) dispatch(run, command);
    if (run.state.places.triage.length > 0 && run.state.tick % 7 === 0) {
      dispatch(run, { type: 'triage', itemId: run.state.places.triage[0]!, decision: 'accept' });
    }
    if (run.state.pendingBeat) {
      const beat = run.state.storyBeats.find((b) => b.id === run.state.pendingBeat?.beatId)!;
      dispatch(run, { type: 'chooseStoryOption', beatId: beat.id, optionId: beat.options[0]!.id });
    }
    advance(run);
  }
  return run;
}

describe('determinism and replay', () => {
  it('same seed and commands give the identical event log', () => {
    const a = playedRun(5);
    const b = playedRun(5);
    expect(a.log.commands.length).toBeGreaterThan(4);
    expect(JSON.stringify(b.events)).toBe(JSON.stringify(a.events));
  });

  it('a different seed gives a different run', () => {
    expect(JSON.stringify(playedRun(6).events)).not.toBe(JSON.stringify(playedRun(5).events));
  });

  it('replaying the log equals the live run (events, metrics, state)', () => {
    const live = playedRun(9);
    const log = JSON.parse(JSON.stringify(live.log));
    const replay = replayLog(log, getScenario);
    expect(replay.ok).toBe(true);
    if (!replay.ok) return;
    expect(JSON.stringify(replay.run.events)).toBe(JSON.stringify(live.events));
    expect(metricsOf(replay.run)).toEqual(metricsOf(live));
    expect(JSON.stringify(replay.run.state)).toBe(JSON.stringify(live.state));
  });

  it('replays part of a log (what-if starts from the same point)', () => {
    const live = playedRun(4);
    const partial = replayLog(live.log, getScenario, 50);
    expect(partial.ok && partial.run.state.tick).toBe(50);
  });

  it('what-if replays the same log with one setting changed for the whole act', () => {
    const live = playedRun(9);
    const same = whatIf(live.log, getScenario, {});
    expect(same.ok && JSON.stringify(same.run.events)).toBe(JSON.stringify(live.events));
    const small = whatIf(live.log, getScenario, { batchSize: 1 });
    expect(small.ok).toBe(true);
    if (!small.ok) return;
    const batchCommands = small.run.log.commands.filter(([, c]) => c.type === 'setBatchSize');
    expect(batchCommands).toEqual([[0, { type: 'setBatchSize', size: 1 }]]);
    expect(small.run.state.settings.batchSize).toBe(1);
    expect(metricsOf(small.run).avgReleaseSize!).toBeLessThan(metricsOf(live).avgReleaseSize!);
  });

  it('validates logs from outside before replaying them', () => {
    const live = playedRun(2);
    const parsed = parseRunLog(JSON.parse(JSON.stringify(live.log)));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      const replay = replayLog(parsed.log, getScenario);
      expect(replay.ok && JSON.stringify(replay.run.events)).toBe(JSON.stringify(live.events));
    }
    const tampered = JSON.parse(JSON.stringify(live.log));
    tampered.commands[0][1].limit = 'many';
    expect(parseRunLog(tampered)).toMatchObject({ ok: false, field: 'commands.0.1.limit' });
    expect(parseRunLog({ ...live.log, seed: 1.5 })).toMatchObject({ ok: false, field: 'seed' });
    expect(parseRunLog({ ...live.log, commands: [[0, { type: 'hack' }]] })).toMatchObject({ ok: false });
    expect(parseRunLog('nope')).toMatchObject({ ok: false });
  });

  it('recognises a log from another engine version', () => {
    const live = playedRun(3);
    const result = replayLog({ ...live.log, engineVersion: 'phoenix-sim-0.0.1' }, getScenario);
    expect(result).toMatchObject({ ok: false, reason: 'engine-version-mismatch' });
    expect(REEXPORTED).toBe(ENGINE_VERSION);
  });

  it('refuses a log whose commands do not apply', () => {
    const live = playedRun(3);
    const log = { ...live.log, commands: [[0, { type: 'pull', itemId: 12345 }]] as [number, Command][] };
    expect(replayLog(log, getScenario)).toMatchObject({ ok: false, reason: 'command-rejected' });
    expect(replayLog({ ...live.log, scenarioId: 'fifth-way' as never }, getScenario)).toMatchObject({
      ok: false,
      reason: 'unknown-scenario',
    });
  });

  it('playPolicy on a running act gives the same metrics as simulate (the CLI loop)', () => {
    const scenario = scenarios['second-way'];
    const expected = simulate({ scenario, seed: 12, policy: GOOD });
    const { policy } = resolvePolicy(scenario, GOOD);
    const run = createRun({ scenario, seed: 12 });
    playPolicy(run, policy, 40); // the game hook can take over mid-act...
    playPolicy(run, policy); // ...and finish
    expect(metricsOf(run)).toEqual(expected.metrics);
    // and the bot's commands are in the log, so a replay reproduces it
    const replay = replayLog(run.log, getScenario);
    expect(replay.ok && metricsOf(replay.run)).toEqual(expected.metrics);
  });

  it('the policy bot only issues commands that are accepted, and goes quiet once settled', () => {
    const scenario = scenarios['first-way'];
    const { policy, ignored } = resolvePolicy(scenario, GOOD);
    expect(ignored).toEqual(['stopTheLine', 'investments.telemetry']);
    const run = createRun({ scenario, seed: 1 });
    for (const command of policyCommands(run.state, policy)) expect(dispatch(run, command).ok).toBe(true);
    expect(policyCommands(run.state, policy)).toEqual([]);
  });
});
