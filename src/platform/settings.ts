import * as v from 'valibot';
import { detectLanguage, type Language, SUPPORTED_LANGUAGES } from '../i18n/languages';
import { type KeyValueStorage, readJson, writeJson } from './storage';

export const SETTINGS_KEY = 'phoenix-ops:settings';
export const SETTINGS_VERSION = 1;

export interface Settings {
  language: Language;
  /** 0–1, applied to every sound. */
  volume: number;
  muted: boolean;
  reducedMotion: boolean;
  /** Pause the act's clock when a request arrives for triage: in the First Way only, always, never. */
  pauseOnRequest: PauseOnRequest;
  /** Show the accessible board (the act as a page of lists and buttons) on screen, not only to screen readers. */
  showBoardMirror: boolean;
  /** Coach hints on the act's board (what the state suggests trying, one at a time). */
  coachHints: boolean;
  /** Text size in percent of the design's: the board, dialogs, debrief and facilitator page honour it. */
  textSize: TextSize;
}

export const TEXT_SIZES = [100, 125, 150] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

export const PAUSE_ON_REQUEST = ['first-way', 'always', 'never'] as const;
export type PauseOnRequest = (typeof PAUSE_ON_REQUEST)[number];

const SettingsSchema = v.object({
  language: v.picklist(SUPPORTED_LANGUAGES),
  volume: v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(1)),
  muted: v.boolean(),
  reducedMotion: v.boolean(),
  pauseOnRequest: v.picklist(PAUSE_ON_REQUEST),
  showBoardMirror: v.boolean(),
  coachHints: v.boolean(),
  textSize: v.picklist(TEXT_SIZES),
});

const StoredSettingsSchema = v.object({
  version: v.literal(SETTINGS_VERSION),
  settings: v.record(v.string(), v.unknown()),
});

export function defaultSettings(environment: {
  language: Language;
  prefersReducedMotion: boolean;
}): Settings {
  return {
    language: environment.language,
    volume: 0.7,
    muted: false,
    reducedMotion: environment.prefersReducedMotion,
    pauseOnRequest: 'first-way',
    showBoardMirror: false,
    coachHints: true,
    textSize: 100,
  };
}

/**
 * Reads a stored value field by field: a corrupt or foreign field falls back to its default, the
 * valid ones are kept, so one bad value never costs the player the rest of their settings.
 */
export function parseSettings(stored: unknown, defaults: Settings): Settings {
  const envelope = v.safeParse(StoredSettingsSchema, stored);
  if (!envelope.success) return { ...defaults };
  const fields = envelope.output.settings;
  const shape = SettingsSchema.entries;
  const pick = <K extends keyof Settings>(key: K): Settings[K] => {
    const result = v.safeParse(shape[key], fields[key]);
    return result.success ? (result.output as Settings[K]) : defaults[key];
  };
  return {
    language: pick('language'),
    volume: pick('volume'),
    muted: pick('muted'),
    reducedMotion: pick('reducedMotion'),
    pauseOnRequest: pick('pauseOnRequest'),
    showBoardMirror: pick('showBoardMirror'),
    coachHints: pick('coachHints'),
    textSize: pick('textSize'),
  };
}

export function serializeSettings(settings: Settings): unknown {
  return { version: SETTINGS_VERSION, settings: v.parse(SettingsSchema, settings) };
}

/** Holds the player's settings, persists each change, and tells subscribers. */
export class SettingsStore {
  private current: Settings;
  private readonly listeners = new Set<(settings: Settings) => void>();

  constructor(
    private readonly storage: KeyValueStorage,
    defaults: Settings,
  ) {
    this.current = parseSettings(readJson(storage, SETTINGS_KEY), defaults);
  }

  get value(): Readonly<Settings> {
    return this.current;
  }

  /** Applies a change; returns false when it could not be saved (the change still holds for this visit). */
  update(change: Partial<Settings>): boolean {
    const next = { ...this.current, ...change };
    next.volume = Math.min(1, Math.max(0, Math.round(next.volume * 100) / 100));
    this.current = next;
    const saved = writeJson(this.storage, SETTINGS_KEY, serializeSettings(next));
    for (const listener of [...this.listeners]) listener(next);
    return saved;
  }

  subscribe(listener: (settings: Settings) => void): { close(): void } {
    this.listeners.add(listener);
    return { close: () => this.listeners.delete(listener) };
  }
}

/** The player's settings as this browser has them: stored values, else the browser's language and motion preference. */
export function browserSettings(storage: KeyValueStorage): SettingsStore {
  return new SettingsStore(
    storage,
    defaultSettings({
      language: detectLanguage(globalThis.navigator?.languages ?? [globalThis.navigator?.language ?? 'en']),
      prefersReducedMotion: globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false,
    }),
  );
}
