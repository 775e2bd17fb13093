import { describe, expect, it } from 'vitest';
import { ENGINE_VERSION, simulate } from '../../../src/engine';
import { ActSession } from '../../../src/game/act/act-session';
import {
  noticeSetAsideAct,
  readActSave,
  readSetAsideAct,
  saveAct,
  setAsideAct,
  setAsideReasonOf,
} from '../../../src/platform/act-save';
import { readLastRun, readSetAsideLastRun, saveLastRun } from '../../../src/platform/last-run';
import { memoryStorage } from '../../../src/platform/storage';
import { getScenario } from '../../../src/scenarios';

const SAVE_KEY = 'phoenix-ops:act:first-way';
const RUN_KEY = 'phoenix-ops:last-run:first-way';
const OLDER = ENGINE_VERSION.replace(/\d+\.\d+\.\d+$/, '0.0.0');

describe('saves that cannot be resumed are set aside, not discarded', () => {
  const log = simulate({ scenario: getScenario('first-way')!, seed: 8, policy: { batchSize: 2 } }).run.log;

  it.each([
    [
      'from an earlier version',
      JSON.stringify({ version: 1, tick: 5, log: { ...log, engineVersion: OLDER } }),
      'older',
    ],
    ['cut off', '{"version":1,"tick":12,"log":{"engine', 'damaged'],
    ['of another shape', JSON.stringify({ version: 1, tick: 'x', log: {} }), 'damaged'],
    [
      'of another act',
      JSON.stringify({ version: 1, tick: 3, log: { ...log, scenarioId: 'finale' } }),
      'damaged',
    ],
  ])('keeps a save %s under its own key, with the reason, and frees the act', (_label, raw, reason) => {
    const storage = memoryStorage();
    storage.setItem(SAVE_KEY, raw);
    const read = readActSave(storage, 'first-way');
    expect(setAsideReasonOf(read)).toBe(reason);
    expect(setAsideAct(storage, 'first-way', setAsideReasonOf(read)!)).toBe(true);
    expect(readActSave(storage, 'first-way')).toEqual({ status: 'none' });
    const aside = readSetAsideAct(storage, 'first-way');
    expect(aside).toMatchObject({ reason, noticed: false, raw });
    // Seen on the act card: no longer announced, still stored.
    noticeSetAsideAct(storage, 'first-way');
    expect(readSetAsideAct(storage, 'first-way')).toMatchObject({ reason, noticed: true, raw });
    // A new act's save does not touch it.
    expect(saveAct(storage, 'first-way', { log, tick: 0 })).toBe(true);
    expect(readSetAsideAct(storage, 'first-way')?.raw).toBe(raw);
  });

  it('a save that reads well but does not replay is set aside as "replay"', () => {
    const storage = memoryStorage();
    // A tick the log never reached: it parses, but replaying it cannot arrive there.
    const truncated = { ...log, commands: log.commands.slice(0, 1) };
    saveAct(storage, 'first-way', { log: truncated, tick: 50_000 });
    const read = readActSave(storage, 'first-way');
    expect(read.status).toBe('ok');
    if (read.status !== 'ok') return;
    expect(ActSession.resume(read.saved.log, read.saved.tick)).toBeNull();
    setAsideAct(storage, 'first-way', 'replay');
    expect(readSetAsideAct(storage, 'first-way')?.reason).toBe('replay');
    expect(storage.getItem(SAVE_KEY)).toBeNull();
  });

  it('keeps the save where it was when the set-aside copy cannot be written', () => {
    const inner = memoryStorage();
    inner.setItem(SAVE_KEY, '{broken');
    const storage = {
      ...inner,
      getItem: (key: string) => inner.getItem(key),
      removeItem: (key: string) => inner.removeItem(key),
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    expect(setAsideAct(storage, 'first-way', 'damaged')).toBe(false);
    expect(inner.getItem(SAVE_KEY)).toBe('{broken');
  });

  it('reads a damaged last run as damaged, and sets it aside before a new one is saved', () => {
    const storage = memoryStorage();
    storage.setItem(RUN_KEY, '{"version":1,"finishedAt":3,"log":{"engineVersion"');
    expect(readLastRun(storage, 'first-way')).toEqual({ status: 'damaged' });
    expect(saveLastRun(storage, 'first-way', { log, finishedAt: 9 })).toBe(true);
    expect(readLastRun(storage, 'first-way')).toMatchObject({ status: 'ok' });
    expect(readSetAsideLastRun(storage, 'first-way')).toMatchObject({
      reason: 'damaged',
      raw: '{"version":1,"finishedAt":3,"log":{"engineVersion"',
    });
  });

  it('sets aside a last run from another version before it is overwritten', () => {
    const storage = memoryStorage();
    const old = JSON.stringify({ version: 1, finishedAt: 5, log: { ...log, engineVersion: OLDER } });
    storage.setItem(RUN_KEY, old);
    saveLastRun(storage, 'first-way', { log, finishedAt: 9 });
    expect(readSetAsideLastRun(storage, 'first-way')).toMatchObject({ reason: 'older', raw: old });
  });

  it('sets aside a last run that reads well but does not replay before it is overwritten', () => {
    const storage = memoryStorage();
    // A command the engine refuses when the log is replayed (no such item yet at hour 0).
    const broken = { ...log, commands: [[0, { type: 'pull', itemId: 99_999 }], ...log.commands] };
    const raw = JSON.stringify({ version: 1, finishedAt: 5, log: broken });
    storage.setItem(RUN_KEY, raw);
    expect(readLastRun(storage, 'first-way').status).toBe('ok');
    saveLastRun(storage, 'first-way', { log, finishedAt: 9 });
    expect(readSetAsideLastRun(storage, 'first-way')).toMatchObject({ reason: 'replay', raw });
  });

  it('reads a set-aside record that is itself damaged as nothing', () => {
    const storage = memoryStorage();
    storage.setItem(`${SAVE_KEY}:set-aside`, '{"reason":"damaged"');
    expect(readSetAsideAct(storage, 'first-way')).toBeNull();
  });
});
