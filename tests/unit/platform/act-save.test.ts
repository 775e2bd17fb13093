import { describe, expect, it } from 'vitest';
import { ENGINE_VERSION, simulate } from '../../../src/engine';
import { loadAct, readActSave, saveAct } from '../../../src/platform/act-save';
import { engineVersionAge } from '../../../src/platform/engine-version';
import { memoryStorage } from '../../../src/platform/storage';
import { getScenario } from '../../../src/scenarios';

const KEY = 'phoenix-ops:act:first-way';

/** An engine version before this build's, and one after it (whatever this build's is). */
const OLDER = ENGINE_VERSION.replace(/\d+\.\d+\.\d+$/, '0.0.0');
const NEWER = ENGINE_VERSION.replace(/(\d+)\.\d+\.\d+$/, (_, major: string) => `${Number(major) + 1}.0.0`);

describe('engine versions', () => {
  it('orders versions of the same engine and knows a foreign one', () => {
    expect(engineVersionAge(ENGINE_VERSION)).toBe('current');
    expect(engineVersionAge('phoenix-sim-1.0.0', 'phoenix-sim-2.0.0')).toBe('older');
    expect(engineVersionAge('phoenix-sim-1.10.0', 'phoenix-sim-1.9.3')).toBe('newer');
    expect(engineVersionAge('phoenix-sim-2.0.1', 'phoenix-sim-2.0.0')).toBe('newer');
    expect(engineVersionAge('x', 'phoenix-sim-2.0.0')).toBe('other');
    expect(engineVersionAge('other-sim-1.0.0', 'phoenix-sim-2.0.0')).toBe('other');
  });
});

describe('saved act', () => {
  const log = simulate({ scenario: getScenario('first-way')!, seed: 8, policy: { batchSize: 2 } }).run.log;

  it('saves and resumes an act made with this version', () => {
    const storage = memoryStorage();
    expect(readActSave(storage, 'first-way')).toEqual({ status: 'none' });
    expect(saveAct(storage, 'first-way', { log, tick: 40 })).toBe(true);
    expect(readActSave(storage, 'first-way')).toEqual({ status: 'ok', saved: { log, tick: 40 } });
    expect(loadAct(storage, 'first-way')).toEqual({ log, tick: 40 });
  });

  it('refuses a save made with an earlier version of the game, with that reason, not as "no save"', () => {
    const storage = memoryStorage();
    const older = OLDER;
    expect(engineVersionAge(older)).toBe('older');
    storage.setItem(
      KEY,
      JSON.stringify({
        version: 1,
        tick: 12,
        // Its commands may not even have a shape this build knows.
        log: { ...log, engineVersion: older, commands: [[0, { type: 'retiredCommand', x: 1 }]] },
      }),
    );
    expect(readActSave(storage, 'first-way')).toEqual({
      status: 'other-version',
      engineVersion: older,
      age: 'older',
      tick: 12,
    });
    expect(loadAct(storage, 'first-way')).toBeNull();
  });

  it('says "newer" for a save from a later version, and tells a damaged save from no save', () => {
    const storage = memoryStorage();
    const newer = NEWER;
    expect(engineVersionAge(newer)).toBe('newer');
    storage.setItem(KEY, JSON.stringify({ version: 1, tick: 3, log: { ...log, engineVersion: newer } }));
    expect(readActSave(storage, 'first-way')).toMatchObject({ status: 'other-version', age: 'newer' });
    storage.setItem(KEY, '{"version":1,"tick":12,"log":{"engineVersion":"x"');
    expect(readActSave(storage, 'first-way')).toEqual({ status: 'damaged' });
    storage.setItem(KEY, JSON.stringify({ version: 1, tick: 3, log: { ...log, scenarioId: 'second-way' } }));
    expect(readActSave(storage, 'first-way')).toEqual({ status: 'damaged' });
    storage.removeItem(KEY);
    expect(readActSave(storage, 'first-way')).toEqual({ status: 'none' });
  });
});
