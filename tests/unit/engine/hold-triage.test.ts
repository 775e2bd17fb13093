import { describe, expect, it } from 'vitest';
import { advance, createRun, dispatch, type Run, replayLog } from '../../../src/engine/index';
import { getScenario, scenarios } from '../../../src/scenarios/index';

/** Runs until a request waits for triage; returns its id. */
function untilRequest(run: Run): number {
  while (run.state.places.triage.length === 0) advance(run);
  return run.state.places.triage[0]!;
}

describe('holding the triage countdown', () => {
  it('keeps a waiting request from being accepted by default while held, and the countdown resumes after', () => {
    const run = createRun({ scenario: scenarios['first-way'], seed: 11 });
    const id = untilRequest(run);
    const item = run.state.items[id]!;
    const left = item.triageDeadline! - run.state.tick;
    expect(dispatch(run, { type: 'holdTriage', on: true }).ok).toBe(true);
    for (let i = 0; i < 12; i++) advance(run);
    expect(item.place).toBe('triage');
    expect(item.triageDeadline! - run.state.tick).toBe(left);
    expect(dispatch(run, { type: 'holdTriage', on: false }).ok).toBe(true);
    for (let i = 0; i < left + 1; i++) advance(run);
    expect(item.place).not.toBe('triage');
    expect(run.events).toContainEqual(
      expect.objectContaining({ type: 'item-triaged', itemId: id, auto: true }),
    );
  });

  it('is recorded in the log, so a replay holds at the same hours', () => {
    const run = createRun({ scenario: scenarios['first-way'], seed: 5 });
    untilRequest(run);
    dispatch(run, { type: 'holdTriage', on: true });
    for (let i = 0; i < 6; i++) advance(run);
    dispatch(run, { type: 'holdTriage', on: false });
    for (let i = 0; i < 10; i++) advance(run);
    const replay = replayLog(run.log, getScenario, run.state.tick);
    expect(replay.ok).toBe(true);
    if (replay.ok) expect(JSON.stringify(replay.run.state)).toBe(JSON.stringify(run.state));
  });

  it('is refused where triage is not unlocked, and with a malformed value', () => {
    const run = createRun({ scenario: scenarios['first-way'], seed: 5 });
    expect(dispatch(run, { type: 'holdTriage', on: 'yes' as unknown as boolean })).toEqual({
      ok: false,
      reason: 'malformed-command',
    });
  });
});
