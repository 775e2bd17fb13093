import Phaser from 'phaser';
import type { Language, Translator } from '../i18n';
import { isLanguage } from '../i18n';
import type { SettingsStore } from '../platform/settings';
import { BaseScene } from './scenes/base-scene';
import { SceneKey } from './services';

/** The API that browser tests drive; exposed as `window.__phoenix` only with `?e2e`. */
export interface PhoenixTestApi {
  readonly ready: boolean;
  readonly scene: string | null;
  /** True once the active scene's entrance transition is over. */
  readonly settled: boolean;
  readonly language: Language;
  setLanguage(language: Language): Promise<void>;
  texts(): string[];
  /** The label of the control that has keyboard focus in the active scene, if any. */
  focused(): string | null;
  goto(sceneKey: string): void;
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

function isShown(object: Phaser.GameObjects.GameObject): boolean {
  const visible = object as unknown as { visible?: boolean; alpha?: number };
  return visible.visible !== false && (visible.alpha ?? 1) > 0;
}

function collectTexts(objects: Phaser.GameObjects.GameObject[], into: string[]): void {
  for (const object of objects) {
    if (!isShown(object)) continue;
    if (object instanceof Phaser.GameObjects.Text) {
      if (object.text.trim() !== '') into.push(object.text);
    } else if (object instanceof Phaser.GameObjects.Container) {
      collectTexts(object.list, into);
    }
  }
}

export class TestHookController {
  private readyState = false;
  private game: Phaser.Game | null = null;

  constructor(
    private readonly translator: Translator,
    private readonly settings: SettingsStore,
  ) {}

  attach(game: Phaser.Game): void {
    this.game = game;
  }

  markReady(): void {
    this.readyState = true;
  }

  private activeScenes(): Phaser.Scene[] {
    return this.game?.scene.getScenes(true) ?? [];
  }

  readonly api: PhoenixTestApi = (() => {
    const controller = this;
    return {
      get ready() {
        return controller.readyState;
      },
      get scene() {
        const scenes = controller.activeScenes();
        return scenes[0]?.scene.key ?? null;
      },
      get settled() {
        const scene = controller.activeScenes()[0];
        return scene instanceof BaseScene && scene.settled;
      },
      get language() {
        return controller.translator.language;
      },
      async setLanguage(language: Language) {
        if (!isLanguage(language)) throw new Error(`Unsupported language: ${String(language)}`);
        controller.settings.update({ language });
        await controller.translator.setLanguage(language);
        // The active scene rebuilds on the next game step.
        await nextFrame();
        await nextFrame();
      },
      texts() {
        const texts: string[] = [];
        for (const scene of controller.activeScenes()) collectTexts(scene.children.list, texts);
        return texts;
      },
      focused() {
        const scene = controller.activeScenes()[0];
        return scene instanceof BaseScene ? scene.focusedLabel() : null;
      },
      goto(sceneKey: string) {
        if (!(Object.values(SceneKey) as string[]).includes(sceneKey))
          throw new Error(`Unknown scene: ${sceneKey}`);
        const current = controller.activeScenes()[0];
        if (current) current.scene.start(sceneKey);
        else controller.game?.scene.start(sceneKey);
      },
    };
  })();
}
