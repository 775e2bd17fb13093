// Property tests: random command streams never break the model's invariants.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  advance,
  type Command,
  computeMetrics,
  createRun,
  dispatch,
  INCIDENT_RESPONSES,
  INVESTMENTS,
  replayLog,
} from '../../../src/engine/index';
import { getScenario, SCENARIO_IDS, scenarios } from '../../../src/scenarios/index';
import { eventViolations, invariantViolations } from './helpers';

const itemId = fc.integer({ min: -2, max: 90 });
const commandArb: fc.Arbitrary<Command> = fc.oneof(
  fc.record({
    type: fc.constant('setWipLimit' as const),
    stage: fc.constantFrom('dev' as const, 'test' as const, 'ops' as const),
    limit: fc.option(fc.integer({ min: -1, max: 8 }), { nil: null }),
  }),
  fc.record({ type: fc.constant('setBatchSize' as const), size: fc.integer({ min: 0, max: 22 }) }),
  fc.record({
    type: fc.constant('setReleaseCadence' as const),
    hours: fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }),
  }),
  fc.record({ type: fc.constant('pull' as const), itemId }),
  fc.record({ type: fc.constant('assign' as const), itemId, staffId: fc.integer({ min: -1, max: 8 }) }),
  fc.constant({ type: 'deploy' as const }),
  fc.record({
    type: fc.constant('triage' as const),
    itemId,
    decision: fc.constantFrom('accept' as const, 'defer' as const, 'reject' as const),
  }),
  fc.record({ type: fc.constant('projectFreeze' as const), on: fc.boolean() }),
  fc.record({ type: fc.constant('protectConstraint' as const), on: fc.boolean() }),
  fc.record({ type: fc.constant('stopTheLine' as const), on: fc.boolean() }),
  fc.record({ type: fc.constant('invest' as const), investment: fc.constantFrom(...INVESTMENTS) }),
  fc.record({ type: fc.constant('setImprovementShare' as const), share: fc.double({ min: -0.1, max: 0.7 }) }),
  fc.record({
    type: fc.constant('setChangeApproval' as const),
    mode: fc.constantFrom('cab' as const, 'peer-review' as const),
  }),
  fc.record({
    type: fc.constant('chooseStoryOption' as const),
    beatId: fc.constantFrom('sev1-payroll', 'customers-calling', 'improvement-budget', 'launch-sev1', 'x'),
    optionId: fc.constantFrom('call-constraint', 'invest-telemetry', 'twenty-percent', 'hold-scope', 'y'),
  }),
  fc.record({
    type: fc.constant('respondToIncident' as const),
    itemId,
    response: fc.constantFrom(...INCIDENT_RESPONSES),
  }),
);

const scriptArb = fc.record({
  scenarioId: fc.constantFrom(...SCENARIO_IDS),
  seed: fc.integer({ min: 0, max: 1_000_000 }),
  steps: fc.array(fc.tuple(fc.integer({ min: 0, max: 12 }), commandArb), { maxLength: 40 }),
});

describe('random command streams', () => {
  it('keep every invariant, and rejected commands change nothing', () => {
    fc.assert(
      fc.property(scriptArb, ({ scenarioId, seed, steps }) => {
        const run = createRun({ scenario: scenarios[scenarioId], seed, days: 8 });
        for (const [ticks, command] of steps) {
          for (let i = 0; i < ticks; i++) advance(run);
          const before = JSON.stringify(run.state);
          const eventsBefore = run.events.length;
          const logBefore = run.log.commands.length;
          const result = dispatch(run, command);
          if (!result.ok) {
            expect(typeof result.reason).toBe('string');
            expect(JSON.stringify(run.state)).toBe(before);
            expect(run.events.length).toBe(eventsBefore);
            expect(run.log.commands.length).toBe(logBefore);
          }
          expect(invariantViolations(run.state)).toEqual([]);
        }
        while (run.state.tick < run.state.endTick) advance(run);
        expect(invariantViolations(run.state)).toEqual([]);
        expect(eventViolations(run.events)).toEqual([]);
        // Replaying the recorded log reproduces the run exactly, whatever the player did.
        const replay = replayLog(JSON.parse(JSON.stringify(run.log)), getScenario);
        expect(replay.ok).toBe(true);
        if (replay.ok) expect(JSON.stringify(replay.run.events)).toBe(JSON.stringify(run.events));
        const metrics = computeMetrics(run.events);
        expect(JSON.stringify(metrics)).not.toMatch(/NaN|Infinity/);
        const json = JSON.stringify(metrics, (_, v) =>
          typeof v === 'number' && !Number.isFinite(v) ? 'BAD' : v,
        );
        expect(json).not.toContain('BAD');
      }),
      { numRuns: 40 },
    );
  });

  it('the state survives a JSON round trip mid-run and continues identically', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SCENARIO_IDS),
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 1, max: 150 }),
        (scenarioId, seed, cut) => {
          const a = createRun({ scenario: scenarios[scenarioId], seed });
          for (let i = 0; i < cut; i++) advance(a);
          const b = { ...a, state: JSON.parse(JSON.stringify(a.state)), events: [...a.events] };
          while (a.state.tick < a.state.endTick) advance(a);
          while (b.state.tick < b.state.endTick) advance(b);
          expect(JSON.stringify(b.events)).toBe(JSON.stringify(a.events));
        },
      ),
      { numRuns: 12 },
    );
  });
});
