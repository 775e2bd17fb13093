import { describe, expect, it } from 'vitest';
import { createRun } from '../../../src/engine';
import { ACT_KEYS, isGlobalKey, keyAction } from '../../../src/game/act/key-map';
import { getScenario } from '../../../src/scenarios';

const state = () => createRun({ scenario: getScenario('first-way')!, seed: 1 }).state;

describe('the act key map', () => {
  it('maps the speed, triage and help keys', () => {
    const s = state();
    expect(keyAction('2', s)).toEqual({ kind: 'speed', speed: 2 });
    expect(keyAction('3', s)).toEqual({ kind: 'speed', speed: 4 });
    expect(keyAction('R', s)).toEqual({ kind: 'triage', decision: 'reject' });
    expect(keyAction(' ', s)).toEqual({ kind: 'togglePause' });
    expect(keyAction('x', s)).toBeNull();
  });

  it('turns toggles and batch steps into commands from the current settings', () => {
    const s = state();
    s.settings.batchSize = 4;
    s.settings.projectFreeze = true;
    expect(keyAction(']', s)).toEqual({ kind: 'command', command: { type: 'setBatchSize', size: 5 } });
    expect(keyAction('[', s)).toEqual({ kind: 'command', command: { type: 'setBatchSize', size: 3 } });
    expect(keyAction('f', s)).toEqual({ kind: 'command', command: { type: 'projectFreeze', on: false } });
  });

  it('lets only help and leaving through an open dialog', () => {
    const s = state();
    expect(isGlobalKey(keyAction('?', s)!)).toBe(true);
    expect(isGlobalKey(keyAction('Escape', s)!)).toBe(true);
    expect(isGlobalKey(keyAction('d', s)!)).toBe(false);
  });

  it('lists every single-letter key it maps in the help', () => {
    const listed = ACT_KEYS.map(([keys]) => keys).join(' ');
    for (const key of ['A', 'S', 'R', 'D', 'F', 'P', 'L']) {
      expect(listed).toContain(key);
      expect(keyAction(key.toLowerCase(), state())).not.toBeNull();
    }
  });
});
