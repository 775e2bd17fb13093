import type { Howler } from 'howler';
import { describe, expect, it } from 'vitest';
import { SoundService } from '../../../src/audio/sound-service';

/** A stand-in for Howler's global: records the master mute, or throws like a browser without audio. */
function fakeHowler(options: { noAudio?: boolean; throws?: boolean } = {}) {
  const calls: string[] = [];
  const howler = {
    get noAudio() {
      if (options.throws) throw new Error('AudioContext: not allowed');
      return options.noAudio ?? false;
    },
    volume(value: number) {
      if (options.throws) throw new Error('AudioContext: not allowed');
      calls.push(`volume ${value}`);
    },
    mute(muted: boolean) {
      if (options.throws) throw new Error('AudioContext: not allowed');
      calls.push(`mute ${muted}`);
    },
  };
  return { howler: howler as unknown as typeof Howler, calls };
}

describe('SoundService without audio', () => {
  it('runs silently when Howler has no audio', () => {
    const { howler } = fakeHowler({ noAudio: true });
    const sound = new SoundService(howler);
    expect(sound.isAvailable).toBe(false);
    expect(() => {
      sound.register([{ name: 'click', data: new ArrayBuffer(8), format: 'ogg' }]);
      sound.play('click');
      sound.playMusic('title-loop');
      sound.setMuted(true);
      sound.setVolume(0.5);
      sound.setHidden(true);
      sound.setHidden(false);
      sound.stopMusic();
      sound.destroy();
    }).not.toThrow();
  });

  it('never throws when the browser refuses an AudioContext', () => {
    const { howler } = fakeHowler({ throws: true });
    const sound = new SoundService(howler);
    expect(sound.isAvailable).toBe(false);
    expect(() => {
      sound.setVolume(0.3);
      sound.setMuted(false);
      sound.setHidden(true);
      sound.playMusic('act-loop');
      sound.play('deploy');
    }).not.toThrow();
  });
});

describe('SoundService in a hidden tab', () => {
  it('silences everything while hidden and restores the player’s own mute setting after', () => {
    const { howler, calls } = fakeHowler();
    const sound = new SoundService(howler);
    sound.setMuted(false);
    calls.length = 0;
    sound.setHidden(true);
    expect(calls).toContain('mute true');
    calls.length = 0;
    sound.setHidden(false);
    expect(calls).toContain('mute false');
    // Muted by the player: showing the page again keeps it muted.
    sound.setMuted(true);
    sound.setHidden(true);
    calls.length = 0;
    sound.setHidden(false);
    expect(calls).toContain('mute true');
  });
});
