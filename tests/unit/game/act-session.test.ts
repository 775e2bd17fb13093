import { describe, expect, it } from 'vitest';
import { ActSession, MS_PER_TICK_AT_1X } from '../../../src/game/act/act-session';
import { BOARD_COLUMNS, buildBoardModel } from '../../../src/game/act/board-model';
import { getScenario } from '../../../src/scenarios';

const firstWay = getScenario('first-way')!;

/** Real time passes as the browser delivers it: in frames of about 16 ms. */
function play(session: ActSession, ms: number, paused = false): void {
  for (let elapsed = 0; elapsed < ms - 1e-9; elapsed += 16)
    session.update(Math.min(16, ms - elapsed), paused);
}

describe('ActSession', () => {
  it('runs one working hour per MS_PER_TICK_AT_1X at 1×, and four times as many at 4×', () => {
    const session = ActSession.start(firstWay, 3);
    session.speed = 1;
    play(session, MS_PER_TICK_AT_1X * 2.5);
    expect(session.tick).toBe(2);
    play(session, MS_PER_TICK_AT_1X * 0.5); // the carried half hour completes the third
    expect(session.tick).toBe(3);
    session.speed = 4;
    play(session, MS_PER_TICK_AT_1X);
    expect(session.tick).toBe(7);
  });

  it('never jumps more than a second of real time at once (a tab back from the background)', () => {
    const session = ActSession.start(firstWay, 3);
    session.speed = 4;
    session.update(60_000);
    expect(session.tick).toBe(Math.floor(1000 / (MS_PER_TICK_AT_1X / 4)));
  });

  it('holds the clock when paused or at speed 0', () => {
    const session = ActSession.start(firstWay, 3);
    play(session, MS_PER_TICK_AT_1X * 3, true);
    expect(session.tick).toBe(0);
    session.speed = 0;
    play(session, MS_PER_TICK_AT_1X * 3);
    expect(session.tick).toBe(0);
  });

  it('logs accepted commands at their hour and rejects invalid ones without logging', () => {
    const session = ActSession.start(firstWay, 3);
    session.speed = 4;
    play(session, MS_PER_TICK_AT_1X);
    expect(session.dispatch({ type: 'setBatchSize', size: 2 }).ok).toBe(true);
    expect(session.dispatch({ type: 'setBatchSize', size: 0 })).toEqual({
      ok: false,
      reason: 'invalid-value',
    });
    expect(session.log.commands).toEqual([[4, { type: 'setBatchSize', size: 2 }]]);
  });

  it('resumes a saved act at the same hour with the same state', () => {
    const session = ActSession.start(firstWay, 9);
    session.speed = 4;
    session.dispatch({ type: 'setWipLimit', stage: 'dev', limit: 3 });
    play(session, MS_PER_TICK_AT_1X * 3);
    session.dispatch({ type: 'setBatchSize', size: 2 });
    const resumed = ActSession.resume(JSON.parse(JSON.stringify(session.log)), session.tick);
    expect(resumed).not.toBeNull();
    expect(resumed?.tick).toBe(session.tick);
    expect(resumed?.run.state).toEqual(session.run.state);
    expect(resumed?.metrics()).toEqual(session.metrics());
  });

  it('refuses a log it cannot replay', () => {
    const session = ActSession.start(firstWay, 9);
    const log = { ...session.log, engineVersion: 'someone-else-0.0.1' };
    expect(ActSession.resume(log, 0)).toBeNull();
    const bad = { ...session.log, commands: [[0, { type: 'setBatchSize', size: 99 }]] } as typeof session.log;
    expect(ActSession.resume(bad, 1)).toBeNull();
  });
});

describe('buildBoardModel', () => {
  it('shows every item of the work places exactly once, in its column', () => {
    const session = ActSession.start(firstWay, 5);
    session.speed = 4;
    play(session, MS_PER_TICK_AT_1X * 10);
    const state = session.run.state;
    const model = buildBoardModel(state, session.metrics(), firstWay);
    expect(model.columns.map((c) => c.column)).toEqual([...BOARD_COLUMNS]);
    for (const column of model.columns) {
      if (column.column === 'live') continue;
      expect(column.cards.map((card) => card.id)).toEqual(state.places[column.column]);
      expect(column.count).toBe(state.places[column.column].length);
    }
    expect(model.triage.map((card) => card.id)).toEqual(state.places.triage);
    expect(model.tick).toBe(state.tick);
    expect(model.day).toBe(Math.floor(state.tick / 8) + 1);
  });

  it('never runs the clock backward: the last hour of the act reads the close of its last day', () => {
    const session = ActSession.start(firstWay, 9);
    const clock = () => {
      const model = buildBoardModel(session.run.state, session.metrics(), firstWay);
      return model.day * 100 + 9 + model.hourOfDay;
    };
    let before = clock();
    while (!session.finished) {
      session.stepOnce();
      const now = clock();
      expect(now).toBeGreaterThan(before);
      before = now;
    }
    const end = buildBoardModel(session.run.state, session.metrics(), firstWay);
    expect([end.day, 9 + end.hourOfDay]).toEqual([20, 17]);
  });

  it('reports WIP limits, the constraint queue and what is ready to deploy', () => {
    const session = ActSession.start(firstWay, 5);
    session.dispatch({ type: 'setWipLimit', stage: 'test', limit: 2 });
    session.speed = 4;
    play(session, MS_PER_TICK_AT_1X * 30);
    const state = session.run.state;
    const model = buildBoardModel(state, session.metrics(), firstWay);
    expect(model.columns.find((c) => c.column === 'test')?.wipLimit).toBe(2);
    expect(model.columns.find((c) => c.column === 'dev')?.wipLimit).toBeNull();
    const queued = state.places.ops.filter((id) => state.items[id]?.constraintQueuedAt !== null).length;
    expect(model.constraint.queue).toBe(queued);
    const ready = state.places.release.filter((id) => {
      const item = state.items[id]!;
      return item.approved && item.releaseId === null;
    }).length;
    expect(model.readyToDeploy).toBe(ready);
    const shipped = state.places.live.filter((id) => state.items[id]?.type !== 'incident').length;
    expect(model.columns.find((c) => c.column === 'live')?.count).toBe(shipped);
  });
});
