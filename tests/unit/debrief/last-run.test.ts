import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/engine';
import { hasLastRun, loadLastRun, readLastRun, saveLastRun } from '../../../src/platform/last-run';
import { memoryStorage } from '../../../src/platform/storage';
import { getScenario } from '../../../src/scenarios';

describe('last finished run', () => {
  const log = simulate({ scenario: getScenario('first-way')!, seed: 3, policy: { batchSize: 2 } }).run.log;

  it('saves and loads the finished log per act', () => {
    const storage = memoryStorage();
    expect(loadLastRun(storage, 'first-way')).toBeNull();
    expect(saveLastRun(storage, 'first-way', { log, finishedAt: 1000 })).toBe(true);
    expect(loadLastRun(storage, 'first-way')).toEqual({ log, finishedAt: 1000 });
    expect(hasLastRun(storage, 'second-way')).toBe(false);
  });

  it('reads malformed, foreign or other-version saves as none', () => {
    const storage = memoryStorage();
    storage.setItem('phoenix-ops:last-run:first-way', '{not json');
    expect(loadLastRun(storage, 'first-way')).toBeNull();
    storage.setItem('phoenix-ops:last-run:first-way', JSON.stringify({ version: 2, finishedAt: 0, log }));
    expect(loadLastRun(storage, 'first-way')).toBeNull();
    const bad = { ...log, commands: [[0, { type: 'teleport' }]] };
    storage.setItem(
      'phoenix-ops:last-run:first-way',
      JSON.stringify({ version: 1, finishedAt: 0, log: bad }),
    );
    expect(loadLastRun(storage, 'first-way')).toBeNull();
    storage.setItem('phoenix-ops:last-run:second-way', JSON.stringify({ version: 1, finishedAt: 0, log }));
    expect(loadLastRun(storage, 'second-way')).toBeNull();
  });

  it('tells a run from an earlier version of the game apart, even when its commands no longer parse', () => {
    const storage = memoryStorage();
    const old = { ...log, engineVersion: 'phoenix-sim-0.9.0', commands: [[0, { type: 'retiredCommand' }]] };
    storage.setItem(
      'phoenix-ops:last-run:first-way',
      JSON.stringify({ version: 1, finishedAt: 5, log: old }),
    );
    expect(readLastRun(storage, 'first-way')).toEqual({
      status: 'other-version',
      engineVersion: 'phoenix-sim-0.9.0',
      age: 'older',
    });
    // The debrief cannot replay it: it is not offered as a run to debrief.
    expect(loadLastRun(storage, 'first-way')).toBeNull();
    storage.setItem(
      'phoenix-ops:last-run:first-way',
      JSON.stringify({ version: 1, finishedAt: 5, log: { ...log, engineVersion: 'someone-else' } }),
    );
    expect(readLastRun(storage, 'first-way')).toMatchObject({ status: 'other-version', age: 'other' });
    saveLastRun(storage, 'first-way', { log, finishedAt: 6 });
    expect(readLastRun(storage, 'first-way')).toEqual({ status: 'ok', run: { log, finishedAt: 6 } });
  });
});
