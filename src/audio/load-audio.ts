import {
  type AudioName,
  type AudioSource,
  MUSIC_NAMES,
  SOUND_NAMES,
  type SoundService,
} from './sound-service';

// Every sound in two encodings (npm run gen:audio): Ogg Vorbis, and MP3 for browsers without Vorbis.
const OGG = import.meta.glob<string>('../../assets/audio/*.ogg', {
  query: '?url&no-inline',
  import: 'default',
  eager: true,
});
const MP3 = import.meta.glob<string>('../../assets/audio/*.mp3', {
  query: '?url&no-inline',
  import: 'default',
  eager: true,
});

const AUDIO_NAMES: readonly AudioName[] = [...SOUND_NAMES, ...MUSIC_NAMES];

/** The URL of each sound in the format this browser plays (Ogg where it can, else MP3). */
export function audioUrls(format: AudioSource['format']): Partial<Record<AudioName, string>> {
  const files = format === 'ogg' ? OGG : MP3;
  const urls: Partial<Record<AudioName, string>> = {};
  for (const name of AUDIO_NAMES) {
    const url = files[`../../assets/audio/${name}.${format}`];
    if (url) urls[name] = url;
  }
  return urls;
}

/**
 * Loads Howler, then fetches every sound in the background and hands them to the sound service as
 * they arrive (music asked for before then starts when it lands). Started after the Title is shown,
 * never before. A sound that fails to load stays silent.
 */
export async function loadAudio(sound: SoundService): Promise<void> {
  let format: AudioSource['format'];
  try {
    const { Howl, Howler } = await import('howler');
    sound.attach({ Howl, Howler });
    format = Howler.codecs('ogg') ? 'ogg' : 'mp3';
  } catch {
    return; // Howler's code could not load (offline before it was cached): the game stays silent.
  }
  if (!sound.isAvailable) return;
  await Promise.all(
    Object.entries(audioUrls(format)).map(async ([name, url]) => {
      try {
        const response = await fetch(url);
        if (!response.ok) return;
        sound.register([{ name: name as AudioName, data: await response.arrayBuffer(), format }]);
      } catch {
        // offline without the cached file, or a blocked request: that sound stays silent
      }
    }),
  );
}
