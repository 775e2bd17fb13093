import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/engine';
import { hasLastRun, loadLastRun, saveLastRun } from '../../../src/platform/last-run';
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
});
