import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AfterTitle } from '../../../src/game/after-title';

/** Idle callbacks the test runs by hand, one idle moment at a time. */
let idle: (() => void)[] = [];
beforeEach(() => {
  idle = [];
  vi.stubGlobal('requestIdleCallback', (callback: () => void) => idle.push(callback));
  vi.stubGlobal('cancelIdleCallback', () => undefined);
});
afterEach(() => vi.unstubAllGlobals());

const idleMoment = () => idle.shift()?.();
const flush = () => new Promise((done) => setTimeout(done, 0));

describe('AfterTitle', () => {
  it('fetches the code at once, then loads the sound in an idle moment', async () => {
    const calls: string[] = [];
    const after = new AfterTitle({
      code: async () => void calls.push('code'),
      sound: async () => void calls.push('sound'),
      offline: async () => void calls.push('offline'),
      busy: () => false,
    });
    after.start();
    after.start(); // only the first call counts
    await flush();
    expect(calls).toEqual(['code']);
    idleMoment();
    expect(calls).toEqual(['code', 'sound']);
    await flush();
    idleMoment();
    expect(calls).toEqual(['code', 'sound', 'offline']);
  });

  it('registers the offline copy only once the act being opened has settled, and after a failed sound', async () => {
    let busy = false;
    let offline = 0;
    const after = new AfterTitle({
      code: async () => undefined,
      sound: async () => {
        throw new Error('no audio device');
      },
      offline: async () => void offline++,
      busy: () => busy,
    });
    after.start();
    await flush();
    idleMoment(); // the sound (it fails)
    await flush();
    busy = true; // a player opens an act: its code is loading
    idleMoment();
    idleMoment();
    expect(offline).toBe(0);
    busy = false;
    idleMoment();
    expect(offline).toBe(1);
  });

  it('skips idle moments while a scene is starting, and loads the sound once it has settled', async () => {
    let busy = true;
    let sound = 0;
    const after = new AfterTitle({
      code: async () => undefined,
      sound: async () => void sound++,
      offline: async () => undefined,
      busy: () => busy,
    });
    after.start();
    await flush();
    idleMoment();
    idleMoment();
    expect(sound).toBe(0);
    expect(idle).toHaveLength(1); // asked again for the next idle moment
    busy = false;
    idleMoment();
    expect(sound).toBe(1);
    expect(idle).toHaveLength(0);
  });

  it('loads the sound anyway when the game has been busy past the deadline', async () => {
    let now = 0;
    let sound = 0;
    const after = new AfterTitle(
      {
        code: async () => undefined,
        sound: async () => void sound++,
        offline: async () => undefined,
        busy: () => true,
      },
      () => now,
    );
    after.start();
    await flush();
    idleMoment();
    expect(sound).toBe(0);
    now = 20_001;
    idleMoment();
    expect(sound).toBe(1);
  });

  it('does nothing more once cancelled, even when the code arrives later', async () => {
    let sound = 0;
    const after = new AfterTitle({
      code: async () => undefined,
      sound: async () => void sound++,
      offline: async () => undefined,
      busy: () => false,
    });
    after.start();
    after.cancel();
    await flush();
    idleMoment();
    expect(sound).toBe(0);
  });
});
