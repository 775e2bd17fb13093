import actLoopUrl from '../../assets/audio/act-loop.wav?url';
import alarmUrl from '../../assets/audio/alarm.wav?url';
import backUrl from '../../assets/audio/back.wav?url';
import clickUrl from '../../assets/audio/click.wav?url';
import confirmUrl from '../../assets/audio/confirm.wav?url';
import deployUrl from '../../assets/audio/deploy.wav?url';
import errorUrl from '../../assets/audio/error.wav?url';
import hoverUrl from '../../assets/audio/hover.wav?url';
import shipUrl from '../../assets/audio/ship.wav?url';
import storyUrl from '../../assets/audio/story.wav?url';
import titleLoopUrl from '../../assets/audio/title-loop.wav?url';
import type { AudioName, SoundService } from './sound-service';

const AUDIO_FILES: Record<AudioName, string> = {
  hover: hoverUrl,
  click: clickUrl,
  confirm: confirmUrl,
  back: backUrl,
  error: errorUrl,
  deploy: deployUrl,
  alarm: alarmUrl,
  story: storyUrl,
  ship: shipUrl,
  'title-loop': titleLoopUrl,
  'act-loop': actLoopUrl,
};

/**
 * Fetches every sound in the background and hands them to the sound service as they arrive (music asked
 * for before then starts when it lands). A sound that fails to load stays silent.
 */
export async function loadAudio(sound: SoundService): Promise<void> {
  try {
    const { Howl, Howler } = await import('howler');
    sound.attach({ Howl, Howler });
  } catch {
    return; // Howler's code could not load (offline before it was cached): the game stays silent.
  }
  await Promise.all(
    (Object.entries(AUDIO_FILES) as [AudioName, string][]).map(async ([name, url]) => {
      try {
        const response = await fetch(url);
        if (!response.ok) return;
        sound.register([{ name, data: await response.arrayBuffer(), mime: 'audio/wav' }]);
      } catch {
        // offline without the cached file, or a blocked request: that sound stays silent
      }
    }),
  );
}
