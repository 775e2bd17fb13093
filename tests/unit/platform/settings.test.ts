import { describe, expect, it } from 'vitest';
import {
  defaultSettings,
  parseSettings,
  SETTINGS_KEY,
  SETTINGS_VERSION,
  SettingsStore,
  serializeSettings,
} from '../../../src/platform/settings';
import { type KeyValueStorage, memoryStorage } from '../../../src/platform/storage';

const defaults = defaultSettings({ language: 'en', prefersReducedMotion: false });
const stored = (settings: unknown) => ({ version: SETTINGS_VERSION, settings });

describe('parseSettings', () => {
  it('reads back what it wrote', () => {
    const value = {
      language: 'es',
      volume: 0.3,
      muted: true,
      reducedMotion: true,
      pauseOnRequest: 'never',
      showBoardMirror: true,
      coachHints: false,
      textSize: 150,
    } as const;
    expect(parseSettings(serializeSettings(value), defaults)).toEqual(value);
  });

  it.each([
    ['nothing stored', undefined],
    ['null', null],
    ['a string', 'muted'],
    ['an array', [1, 2, 3]],
    ['another version', { version: 99, settings: { muted: true } }],
    ['no version', { settings: { muted: true } }],
    ['settings not an object', { version: SETTINGS_VERSION, settings: 'x' }],
  ])('falls back to defaults for %s', (_label, value) => {
    expect(parseSettings(value, defaults)).toEqual(defaults);
  });

  it('keeps the valid fields and replaces only the broken ones', () => {
    const parsed = parseSettings(
      stored({
        language: 'klingon',
        volume: 0.2,
        muted: 'yes',
        reducedMotion: true,
        pauseOnRequest: 'x',
        showBoardMirror: 1,
      }),
      defaults,
    );
    expect(parsed).toEqual({
      language: 'en',
      volume: 0.2,
      muted: false,
      reducedMotion: true,
      pauseOnRequest: 'first-way',
      showBoardMirror: false,
      coachHints: true,
      textSize: 100,
    });
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, -0.1, 1.5, '0.5'])('rejects volume %s', (volume) => {
    expect(parseSettings(stored({ ...defaults, volume }), defaults).volume).toBe(defaults.volume);
  });

  it('ignores unknown extra fields and prototype tricks', () => {
    const value = JSON.parse(
      '{"version":1,"settings":{"__proto__":{"muted":true},"language":"es","extra":1}}',
    );
    const parsed = parseSettings(value, defaults);
    expect(parsed).toEqual({ ...defaults, language: 'es' });
    expect(Object.keys(parsed).sort()).toEqual([
      'coachHints',
      'language',
      'muted',
      'pauseOnRequest',
      'reducedMotion',
      'showBoardMirror',
      'textSize',
      'volume',
    ]);
  });
});

describe('coach hints setting', () => {
  it('is on by default, and a settings file from before it keeps its values with hints on', () => {
    expect(defaults.coachHints).toBe(true);
    const older = stored({ language: 'de', volume: 0.4, muted: false, reducedMotion: false });
    expect(parseSettings(older, defaults)).toEqual({ ...defaults, language: 'de', volume: 0.4 });
  });

  it('is kept off once turned off', () => {
    const storage = memoryStorage();
    new SettingsStore(storage, defaults).update({ coachHints: false });
    expect(new SettingsStore(storage, defaults).value.coachHints).toBe(false);
    expect(parseSettings(stored({ ...defaults, coachHints: 'no' }), defaults).coachHints).toBe(true);
  });
});

describe('text size setting', () => {
  it('is 100% by default and keeps 125 or 150 once chosen', () => {
    expect(defaults.textSize).toBe(100);
    const storage = memoryStorage();
    new SettingsStore(storage, defaults).update({ textSize: 125 });
    expect(new SettingsStore(storage, defaults).value.textSize).toBe(125);
  });

  it.each([120, '150', 0, 300, null])('replaces %s by the default, keeping the other fields', (textSize) => {
    const parsed = parseSettings(stored({ ...defaults, language: 'fr', textSize }), defaults);
    expect(parsed).toEqual({ ...defaults, language: 'fr' });
  });
});

describe('SettingsStore', () => {
  it('persists a change under one versioned key and notifies subscribers', () => {
    const storage = memoryStorage();
    const store = new SettingsStore(storage, defaults);
    const seen: boolean[] = [];
    const subscription = store.subscribe((value) => seen.push(value.muted));
    expect(store.update({ muted: true })).toBe(true);
    subscription.close();
    store.update({ muted: false });
    expect(seen).toEqual([true]);
    expect(JSON.parse(storage.getItem(SETTINGS_KEY) ?? 'null')).toEqual(
      stored({ ...defaults, muted: false }),
    );
    expect(new SettingsStore(storage, defaults).value.muted).toBe(false);
  });

  it('loads defaults from corrupt JSON without throwing', () => {
    const storage = memoryStorage();
    storage.setItem(SETTINGS_KEY, '{"version":1,"settings":{');
    expect(new SettingsStore(storage, defaults).value).toEqual(defaults);
  });

  it('clamps the volume and rounds it to whole percent', () => {
    const store = new SettingsStore(memoryStorage(), defaults);
    store.update({ volume: 1.7 });
    expect(store.value.volume).toBe(1);
    store.update({ volume: 0.30000000000000004 });
    expect(store.value.volume).toBe(0.3);
    store.update({ volume: -2 });
    expect(store.value.volume).toBe(0);
  });

  it('keeps working when storage refuses reads and writes', () => {
    const broken: KeyValueStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    const store = new SettingsStore(broken, defaults);
    expect(store.value).toEqual(defaults);
    expect(store.update({ muted: true })).toBe(false);
    expect(store.value.muted).toBe(true);
  });
});
