import type { SoundService } from '../audio/sound-service';
import type { Translator } from '../i18n';
import type { ProgressStore } from '../platform/progress';
import type { SettingsStore } from '../platform/settings';
import type { KeyValueStorage } from '../platform/storage';
import type { TutorialStore } from '../platform/tutorials';
import type { LaunchOptions } from '../platform/url-params';
import type { AfterTitle } from './after-title';
import type { SceneLoader } from './scene-loader';
import type { TestHookController } from './test-hook';
import type { ViewportController } from './viewport-controller';

/** What every scene is handed at construction: no singletons, no globals shared between scenes. */
export interface GameServices {
  readonly settings: SettingsStore;
  readonly progress: ProgressStore;
  /** Where saves live (localStorage, or memory when the browser refuses it). */
  readonly storage: KeyValueStorage;
  readonly tutorials: TutorialStore;
  /** What the page's URL asked for (shared scenario and seed, test hook, renderer). */
  readonly launch: LaunchOptions;
  readonly translator: Translator;
  readonly sound: SoundService;
  readonly viewport: ViewportController;
  /** Registers the scenes that are not in the first load, when first needed. */
  readonly scenes: SceneLoader;
  /** What loads once the first screen is shown (the other scenes' code, the sound). */
  readonly afterTitle: AfterTitle;
  /** Present only when the page was opened with `?e2e`. */
  readonly testHook: TestHookController | null;
}

/** A subscription or resource that must be released; `close()` is idempotent. */
export interface Disposable {
  close(): void;
}

export enum SceneKey {
  Boot = 'Boot',
  Title = 'Title',
  Settings = 'Settings',
  ActSelect = 'ActSelect',
  Credits = 'Credits',
  Briefing = 'Briefing',
  FirstWay = 'FirstWay',
  SecondWay = 'SecondWay',
  ThirdWay = 'ThirdWay',
  Finale = 'Finale',
  Debrief = 'Debrief',
}
