import { describe, expect, it } from 'vitest';
import { ProgressStore } from '../../../src/platform/progress';
import { defaultSettings, SettingsStore } from '../../../src/platform/settings';
import {
  browserStorage,
  GuardedStorage,
  type KeyValueStorage,
  memoryStorage,
  readJson,
  writeJson,
} from '../../../src/platform/storage';

/** A localStorage that throws on the chosen operations (SecurityError, QuotaExceededError). */
function failing(fail: {
  get?: boolean;
  set?: boolean;
  remove?: boolean;
}): KeyValueStorage & { calls: number } {
  const inner = memoryStorage();
  const storage = {
    calls: 0,
    getItem(key: string) {
      storage.calls++;
      if (fail.get) throw new DOMException('denied', 'SecurityError');
      return inner.getItem(key);
    },
    setItem(key: string, value: string) {
      storage.calls++;
      if (fail.set) throw new DOMException('full', 'QuotaExceededError');
      inner.setItem(key, value);
    },
    removeItem(key: string) {
      storage.calls++;
      if (fail.remove) throw new DOMException('denied', 'SecurityError');
      inner.removeItem(key);
    },
  };
  return storage;
}

describe('browser storage', () => {
  it('uses localStorage when it works, and says nothing', () => {
    const local = memoryStorage() as unknown as Storage;
    const storage = browserStorage({ localStorage: local });
    expect(storage.failed).toBe(false);
    expect(writeJson(storage, 'k', { a: 1 })).toBe(true);
    expect(local.getItem('k')).toBe('{"a":1}');
    expect(storage.takeNotice()).toBe(false);
  });

  it('falls back to memory when localStorage is absent or its getter throws', () => {
    const absent = browserStorage({});
    expect(absent.failed).toBe(true);
    const throwing = browserStorage({
      get localStorage(): Storage {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    expect(throwing.failed).toBe(true);
    // The visit goes on: what is written reads back, although the write says it was not kept.
    for (const storage of [absent, throwing]) {
      expect(writeJson(storage, 'k', [1, 2])).toBe(false);
      expect(readJson(storage, 'k')).toEqual([1, 2]);
      storage.removeItem('k');
      expect(readJson(storage, 'k')).toBeUndefined();
    }
  });

  it('falls back to memory when the probe write throws', () => {
    const storage = browserStorage({ localStorage: failing({ set: true }) as unknown as Storage });
    expect(storage.failed).toBe(true);
  });
});

describe('GuardedStorage', () => {
  it('notices a storage that starts throwing on set (full), keeps the value for this visit, and says so once', () => {
    const backing = failing({});
    const storage = new GuardedStorage(backing);
    const told: number[] = [];
    const subscription = storage.onFailure(() => told.push(1));
    expect(writeJson(storage, 'a', 1)).toBe(true);
    Object.assign(backing, {
      setItem() {
        throw new DOMException('full', 'QuotaExceededError');
      },
    });
    expect(writeJson(storage, 'a', 2)).toBe(false);
    expect(storage.failed).toBe(true);
    expect(readJson(storage, 'a')).toBe(2);
    expect(writeJson(storage, 'b', 3)).toBe(false);
    expect(told).toEqual([1]);
    expect(storage.takeNotice()).toBe(true);
    expect(storage.takeNotice()).toBe(false);
    subscription.close();
  });

  it('notices a storage that throws on get, and reads as empty instead of throwing', () => {
    const storage = new GuardedStorage(failing({ get: true }));
    expect(storage.getItem('x')).toBeNull();
    expect(readJson(storage, 'x')).toBeUndefined();
    expect(storage.failed).toBe(true);
    // A listener that arrives after the failure is told at once.
    let told = false;
    storage.onFailure(() => {
      told = true;
    });
    expect(told).toBe(true);
  });

  it('survives a removeItem that throws', () => {
    const storage = new GuardedStorage(failing({ remove: true }));
    expect(writeJson(storage, 'x', 1)).toBe(true);
    expect(() => storage.removeItem('x')).not.toThrow();
    expect(storage.getItem('x')).toBeNull();
    expect(storage.failed).toBe(true);
  });

  it('keeps settings and progress working for the visit when nothing can be stored', () => {
    const storage = new GuardedStorage(failing({ get: true, set: true, remove: true }));
    const settings = new SettingsStore(
      storage,
      defaultSettings({ language: 'de', prefersReducedMotion: false }),
    );
    expect(settings.value.language).toBe('de');
    expect(settings.update({ muted: true })).toBe(false);
    expect(settings.value.muted).toBe(true);
    const progress = new ProgressStore(storage);
    expect(progress.recordResult('first-way', { stars: 2, score: 640 })).toBe(false);
    expect(progress.isUnlocked('second-way')).toBe(true);
    // Within the visit the next store reads what this one could not keep.
    expect(new ProgressStore(storage).value['first-way']?.bestStars).toBe(2);
    expect(storage.takeNotice()).toBe(true);
  });
});
