import { describe, expect, it } from 'vitest';
import {
  advance,
  type Command,
  computeMetrics,
  createRun,
  dispatch,
  type Run,
  type ScenarioId,
  type SimState,
} from '../../../src/engine';
import {
  type CoachHint,
  CoachTracker,
  constraintStarved,
  frozenWip,
  type QueueSample,
  queueGrowing,
  queueSample,
  undetectedIncident,
} from '../../../src/game/act/coach-hints';
import { getScenario } from '../../../src/scenarios';
import { scoreAct } from '../../../src/scoring';

function start(scenarioId: ScenarioId, seed: number, commands: Command[] = []): Run {
  const run = createRun({ scenario: getScenario(scenarioId)!, seed });
  for (const command of commands) expect(dispatch(run, command).ok).toBe(true);
  return run;
}

/** One hour, with any story card answered by its default (as nobody choosing would). */
function hour(run: Run): void {
  const pending = run.state.pendingBeat;
  if (pending) {
    const beat = run.state.storyBeats.find((b) => b.id === pending.beatId)!;
    dispatch(run, { type: 'chooseStoryOption', beatId: beat.id, optionId: beat.defaultOptionId });
  }
  advance(run);
}

/** Plays until `found` returns something (or the act ends). */
function until<T>(run: Run, found: (state: SimState) => T | null): T | null {
  while (run.state.tick < run.state.endTick) {
    const value = found(run.state);
    if (value !== null) return value;
    hour(run);
  }
  return null;
}

const limits = (dev: number, test: number, ops: number): Command[] => [
  { type: 'setWipLimit', stage: 'dev', limit: dev },
  { type: 'setWipLimit', stage: 'test', limit: test },
  { type: 'setWipLimit', stage: 'ops', limit: ops },
];

const busyFor = (state: SimState, share: number, hours: number): number[][] =>
  Array.from({ length: hours }, () => state.staff.map(() => share));

describe('the constraint idle while work that needs them waits', () => {
  it("names protecting the constraint (First Way) when Kai's work waits behind a full stage", () => {
    const run = start('first-way', 2, limits(3, 2, 2));
    const waiting = until(run, (state) =>
      state.places.dev.some((id) => {
        const item = state.items[id]!;
        return item.needsConstraint && item.need === null && state.places.test.length >= 2;
      })
        ? state
        : null,
    );
    expect(waiting).not.toBeNull();
    const idle = busyFor(run.state, 0.2, 2);
    const hint = constraintStarved(run.state, idle);
    expect(hint).toMatchObject({ id: 'constraint-starved', way: 'first', stage: 'test' });
    expect(hint?.lever).toEqual({ kind: 'protectConstraint' });
    expect(hint?.count).toBeGreaterThan(0);
    // Busy, or idle for only one hour: no hint.
    expect(constraintStarved(run.state, busyFor(run.state, 0.9, 2))).toBeNull();
    expect(constraintStarved(run.state, busyFor(run.state, 0.2, 1))).toBeNull();
    // Protected already: the lever left is starting less in Dev.
    dispatch(run, { type: 'protectConstraint', on: true });
    expect(constraintStarved(run.state, idle)?.lever).toEqual({
      kind: 'wipLimit',
      stage: 'dev',
      direction: 'lower',
    });
  });

  it('says nothing when no WIP limit holds their work back', () => {
    const run = start('first-way', 2);
    for (let i = 0; i < 40; i++) {
      expect(constraintStarved(run.state, busyFor(run.state, 0, 2))).toBeNull();
      hour(run);
    }
  });
});

describe('frozen projects holding WIP slots', () => {
  it('counts the frozen projects in a full stage and names its WIP limit', () => {
    const run = start('first-way', 3);
    const projectInDev = until(run, (state) =>
      state.places.dev.some((id) => state.items[id]!.type === 'project') ? state : null,
    );
    expect(projectInDev).not.toBeNull();
    expect(frozenWip(run.state)).toBeNull(); // not frozen
    dispatch(run, { type: 'projectFreeze', on: true });
    expect(frozenWip(run.state)).toBeNull(); // Dev has no limit: nothing is held back
    dispatch(run, { type: 'setWipLimit', stage: 'dev', limit: run.state.places.dev.length });
    const frozen = run.state.places.dev.filter((id) => run.state.items[id]!.blocked === 'frozen').length;
    expect(frozenWip(run.state)).toEqual({
      id: 'frozen-wip',
      way: 'first',
      lever: { kind: 'wipLimit', stage: 'dev', direction: 'review' },
      count: frozen,
      stage: 'dev',
    } satisfies CoachHint);
  });
});

describe('a queue growing in front of one stage', () => {
  const run = start('first-way', 1);
  const flat: QueueSample = { dev: 2, test: 1, ops: 1, release: 1 };
  const day = (last: Partial<QueueSample>): QueueSample[] => [
    ...Array.from({ length: 8 }, () => flat),
    { ...flat, ...last },
  ];

  it('names the batch size for a growing Ready column, and triage for a growing Backlog', () => {
    expect(queueGrowing(run.state, day({ release: 5 }))).toMatchObject({
      id: 'queue-growing',
      way: 'first',
      lever: { kind: 'batchSize' },
      stage: 'release',
      count: 5,
    });
    expect(queueGrowing(run.state, day({ dev: 6 }))?.lever).toEqual({ kind: 'triage' });
    expect(queueGrowing(run.state, day({ ops: 5 }))?.lever).toEqual({ kind: 'protectConstraint' });
  });

  it('says nothing for slow growth, a day of history not yet seen, or every queue growing', () => {
    expect(queueGrowing(run.state, day({ release: 3 }))).toBeNull();
    expect(queueGrowing(run.state, day({ release: 5 }).slice(1))).toBeNull();
    expect(queueGrowing(run.state, day({ release: 5, dev: 6 }))).toBeNull();
  });

  it("measures what waits: Backlog, and work finished upstream with no room (the engine's own state)", () => {
    const limited = start('first-way', 1, limits(2, 1, 1));
    for (let i = 0; i < 24; i++) hour(limited);
    const sample = queueSample(limited.state);
    expect(sample.dev).toBe(limited.state.places.backlog.length);
    const { state } = limited;
    const testFull = state.places.test.length >= 1;
    const finishedInDev = state.places.dev.filter((id) => {
      const item = state.items[id]!;
      return item.need === null && !item.blocked;
    }).length;
    const untouchedInTest = state.places.test.filter((id) => {
      const item = state.items[id]!;
      return item.need === 'test' && item.assignees.length === 0 && !item.blocked;
    }).length;
    expect(sample.test).toBe((testFull ? finishedInDev : 0) + untouchedInTest);
    expect(sample.release).toBe(
      state.places.release.filter((id) => state.items[id]!.releaseId === null).length,
    );
  });
});

describe('incidents waiting for detection with no telemetry', () => {
  it('names telemetry (Second Way) once an incident has gone unseen for two hours', () => {
    const run = start('second-way', 1);
    const unseen = until(run, (state) =>
      state.places.undetected.some((id) => state.tick - state.items[id]!.createdAt >= 2) ? state : null,
    );
    expect(unseen).not.toBeNull();
    expect(undetectedIncident(run.state)).toMatchObject({
      id: 'undetected-incident',
      way: 'second',
      lever: { kind: 'telemetry' },
    });
    dispatch(run, { type: 'invest', investment: 'telemetry' });
    expect(undetectedIncident(run.state)).toBeNull();
  });

  it('is not given where telemetry cannot be bought (the First Way)', () => {
    const run = start('first-way', 1);
    for (let i = 0; i < 160; i++) {
      expect(undetectedIncident(run.state)).toBeNull();
      hour(run);
    }
  });
});

describe('the coach', () => {
  it('shows one hint at a time, each once, across a whole act', () => {
    const run = start('second-way', 2, limits(3, 2, 2));
    const tracker = new CoachTracker();
    const shown: string[] = [];
    while (run.state.tick < run.state.endTick) {
      const hint = tracker.observe(run.state);
      if (hint && shown[shown.length - 1] !== hint.id) shown.push(hint.id);
      // The player reads it a few hours later and closes it.
      if (hint && run.state.tick % 4 === 0) tracker.dismiss();
      hour(run);
    }
    expect(shown.length).toBeGreaterThan(1);
    expect(new Set(shown).size).toBe(shown.length);
  });

  it("pays to follow: a policy doing what each hint's lever says scores higher on average (model, not script)", () => {
    const follow = (state: SimState, hint: CoachHint): Command[] => {
      const lever = hint.lever;
      switch (lever.kind) {
        case 'protectConstraint':
          return [{ type: 'protectConstraint', on: true }];
        case 'wipLimit': {
          const limit = state.settings.wipLimits[lever.stage] ?? state.places[lever.stage].length;
          return lever.direction === 'lower'
            ? [{ type: 'setWipLimit', stage: lever.stage, limit: limit - 1 }]
            : [];
        }
        case 'batchSize':
          return [{ type: 'setBatchSize', size: Math.max(1, Math.floor(state.settings.batchSize / 2)) }];
        case 'changeApproval':
          return [{ type: 'setChangeApproval', mode: 'peer-review' }];
        case 'telemetry':
          return [{ type: 'invest', investment: 'telemetry' }];
        default:
          return [];
      }
    };
    const score = (seed: number, following: boolean): number => {
      const run = start('second-way', seed, limits(3, 2, 2));
      const tracker = new CoachTracker();
      while (run.state.tick < run.state.endTick) {
        const hint = tracker.observe(run.state);
        if (hint) {
          tracker.dismiss();
          if (following) for (const command of follow(run.state, hint)) dispatch(run, command);
        }
        hour(run);
      }
      return scoreAct(getScenario('second-way')!, computeMetrics(run.events)).total;
    };
    let gain = 0;
    const seeds = [1, 2, 3, 4, 5, 6, 7, 8];
    for (const seed of seeds) gain += score(seed, true) - score(seed, false);
    expect(gain / seeds.length).toBeGreaterThan(20);
  });
});
