import type { Howl, Howler } from 'howler';

export const SOUND_NAMES = [
  'hover',
  'click',
  'confirm',
  'back',
  'error',
  'deploy',
  'alarm',
  'story',
  'ship',
] as const;
export type SoundName = (typeof SOUND_NAMES)[number];
export const MUSIC_NAMES = ['title-loop', 'act-loop'] as const;
export type MusicName = (typeof MUSIC_NAMES)[number];
export type AudioName = SoundName | MusicName;

/** Where each sound's bytes come from (see load-audio.ts, which fetches them after the Title shows). */
export type AudioSource = { name: AudioName; data: ArrayBuffer; format: 'ogg' | 'mp3' };

const MIME_TYPES: Record<AudioSource['format'], string> = { ogg: 'audio/ogg', mp3: 'audio/mpeg' };

/** Howler, imported with the sound after the Title is shown (it is not needed to draw the game). */
export interface AudioBackend {
  Howl: typeof Howl;
  Howler: typeof Howler;
}

/**
 * All game audio goes through here. It never throws: when the browser has no audio, blocks the
 * device, or a file fails to decode, the game simply stays silent.
 */
export class SoundService {
  private readonly howls = new Map<AudioName, Howl>();
  private readonly objectUrls: string[] = [];
  private currentMusic: MusicName | null = null;
  private volume = 1;
  private muted = false;
  private available = true;
  /** True while the page is hidden: nothing plays, the music waits. */
  private hidden = false;
  private readonly failures = new Set<string>();
  private howler: typeof Howler | null = null;
  private HowlClass: typeof Howl | null = null;

  /** Without a backend the service is silent until `attach` (tests pass a stand-in for Howler). */
  constructor(howler: typeof Howler | null = null) {
    if (howler) this.useHowler(howler);
  }

  /** Hands over Howler once it has loaded; the volume and mute set so far apply from now on. */
  attach(backend: AudioBackend): void {
    this.HowlClass = backend.Howl;
    this.useHowler(backend.Howler);
  }

  private useHowler(howler: typeof Howler): void {
    this.howler = howler;
    // Howler unlocks its AudioContext on the first touch/click/key by itself (autoUnlock). A browser
    // without an AudioContext, or whose constructor throws, leaves Howler on HTML5 Audio or silent.
    try {
      this.available = !howler.noAudio;
    } catch {
      this.available = false;
    }
    this.applyMaster();
  }

  /** True while the browser offers audio (or before Howler has loaded); false: the game runs silently. */
  get isAvailable(): boolean {
    if (!this.howler) return this.available;
    try {
      return this.available && !this.howler.noAudio;
    } catch {
      return false;
    }
  }

  /** A hidden page is silent: music pauses and resumes where it was when the page is shown again. */
  setHidden(hidden: boolean): void {
    if (this.hidden === hidden) return;
    this.hidden = hidden;
    this.applyMaster();
    const music = this.currentMusic ? this.howls.get(this.currentMusic) : undefined;
    if (!music) return;
    try {
      if (hidden) music.pause();
      else if (!this.muted && !music.playing()) music.play();
    } catch {
      this.fail(this.currentMusic ?? 'music');
    }
  }

  /** The names of sounds that failed to load or play (for diagnostics; never shown as an error). */
  get failedSounds(): readonly string[] {
    return [...this.failures];
  }

  /** Each registered sound's state as Howler reports it ('loading', 'loaded', 'unloaded'; test hook). */
  soundStates(): Partial<Record<AudioName, string>> {
    const states: Partial<Record<AudioName, string>> = {};
    for (const [name, howl] of this.howls) {
      try {
        states[name] = howl.state();
      } catch {
        states[name] = 'unloaded';
      }
    }
    return states;
  }

  register(sources: readonly AudioSource[]): void {
    const HowlClass = this.HowlClass;
    if (!this.isAvailable || !HowlClass) return;
    for (const source of sources) {
      if (this.howls.has(source.name)) continue;
      try {
        const url = URL.createObjectURL(new Blob([source.data], { type: MIME_TYPES[source.format] }));
        this.objectUrls.push(url);
        const isMusic = (MUSIC_NAMES as readonly string[]).includes(source.name);
        const howl = new HowlClass({
          src: [url],
          format: [source.format],
          loop: isMusic,
          volume: isMusic ? 0.35 : 0.8,
          onloaderror: () => this.fail(source.name),
          onplayerror: () => this.fail(source.name),
        });
        this.howls.set(source.name, howl);
      } catch {
        this.fail(source.name);
      }
    }
    // Sounds load after the Title shows: music asked for before its file arrived starts now.
    const music = this.currentMusic;
    if (music && !this.muted && !this.hidden && sources.some((source) => source.name === music)) {
      try {
        this.howls.get(music)?.play();
      } catch {
        this.fail(music);
      }
    }
  }

  play(name: SoundName): void {
    if (this.muted || this.hidden) return;
    try {
      this.howls.get(name)?.play();
    } catch {
      this.fail(name);
    }
  }

  /** Starts a music loop (replacing any other); remembered while muted so unmuting resumes it. */
  playMusic(name: MusicName): void {
    if (this.currentMusic === name && this.howls.get(name)?.playing()) return;
    this.stopMusic();
    this.currentMusic = name;
    if (this.muted || this.hidden) return;
    try {
      this.howls.get(name)?.play();
    } catch {
      this.fail(name);
    }
  }

  stopMusic(): void {
    try {
      if (this.currentMusic) this.howls.get(this.currentMusic)?.stop();
    } catch {
      this.fail(this.currentMusic ?? 'music');
    }
    this.currentMusic = null;
  }

  setVolume(volume: number): void {
    this.volume = Math.min(1, Math.max(0, volume));
    this.applyMaster();
  }

  setMuted(muted: boolean): void {
    this.muted = muted;
    this.applyMaster();
    const music = this.currentMusic ? this.howls.get(this.currentMusic) : undefined;
    if (!music) return;
    try {
      if (muted) music.pause();
      else if (!this.hidden && !music.playing()) music.play();
    } catch {
      this.fail(this.currentMusic ?? 'music');
    }
  }

  destroy(): void {
    for (const howl of this.howls.values()) {
      try {
        howl.unload();
      } catch {
        // Already gone.
      }
    }
    this.howls.clear();
    for (const url of this.objectUrls) URL.revokeObjectURL(url);
    this.objectUrls.length = 0;
  }

  private applyMaster(): void {
    if (!this.howler) return;
    try {
      this.howler.volume(this.volume);
      this.howler.mute(this.muted || this.hidden);
    } catch {
      this.available = false;
    }
  }

  private fail(name: string): void {
    this.failures.add(name);
  }
}
