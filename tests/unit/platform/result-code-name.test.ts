import { describe, expect, it } from 'vitest';
import { loadPlayerName, savePlayerName } from '../../../src/platform/player-name';
import { memoryStorage } from '../../../src/platform/storage';

describe('the saved display name', () => {
  it('is kept cleaned and capped, and anything malformed reads as no name', () => {
    const storage = memoryStorage();
    expect(loadPlayerName(storage)).toBe('');
    savePlayerName(storage, '  Ada\u202E  <b>L</b> 🚀 ');
    expect(loadPlayerName(storage)).toBe('Ada <b>L</b> 🚀');
    savePlayerName(storage, 'x'.repeat(60));
    expect(loadPlayerName(storage)).toBe('x'.repeat(24));
    storage.setItem('phoenix-ops:player-name', '{"version":1,"name":42}');
    expect(loadPlayerName(storage)).toBe('');
    storage.setItem('phoenix-ops:player-name', 'not json');
    expect(loadPlayerName(storage)).toBe('');
  });
});
