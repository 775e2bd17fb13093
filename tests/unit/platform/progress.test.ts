import { describe, expect, it } from 'vitest';
import { isUnlocked, PROGRESS_KEY, ProgressStore, parseProgress } from '../../../src/platform/progress';
import { memoryStorage } from '../../../src/platform/storage';

describe('progress', () => {
  it('unlocks acts in order', () => {
    expect(isUnlocked({}, 'first-way')).toBe(true);
    expect(isUnlocked({}, 'second-way')).toBe(false);
    const progress = { 'first-way': { bestStars: 2, bestScore: 700, completed: true } };
    expect(isUnlocked(progress, 'second-way')).toBe(true);
    expect(isUnlocked(progress, 'third-way')).toBe(false);
  });

  it('drops invalid act records and keeps valid ones', () => {
    const parsed = parseProgress({
      version: 1,
      acts: {
        'first-way': { bestStars: 3, bestScore: 910, completed: true },
        'second-way': { bestStars: 7, bestScore: 10, completed: true },
        finale: 'yes',
        bogus: { bestStars: 1, bestScore: 1, completed: true },
      },
    });
    expect(parsed).toEqual({ 'first-way': { bestStars: 3, bestScore: 910, completed: true } });
    expect(parseProgress('garbage')).toEqual({});
    expect(parseProgress({ version: 2, acts: {} })).toEqual({});
  });

  it('keeps the best result across plays and persists it', () => {
    const storage = memoryStorage();
    const store = new ProgressStore(storage);
    store.recordResult('first-way', { stars: 2, score: 640 });
    store.recordResult('first-way', { stars: 1, score: 300 });
    expect(new ProgressStore(storage).value['first-way']).toEqual({
      bestStars: 2,
      bestScore: 640,
      completed: true,
    });
    expect(storage.getItem(PROGRESS_KEY)).toContain('"version":1');
  });
});
