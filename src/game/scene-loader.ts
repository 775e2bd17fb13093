import type Phaser from 'phaser';
import { RetryableImport } from '../platform/retry-import';
import type { ActTools } from './scenes/play-scenes';
import { type GameServices, SceneKey } from './services';

export type SceneFactories = Partial<Record<SceneKey, (services: GameServices) => Phaser.Scene>>;

interface SceneGroup {
  /** For the performance marks (`phoenix:code:<name>`, `npm run profile:load`). */
  name: string;
  load(): Promise<{
    scenes: SceneFactories;
    /** Run once the group's scenes are registered: fills caches their first build would fill. */
    warmUp?: (services: GameServices) => void;
  }>;
}

/**
 * The first load holds only what the Title needs (Boot and Title); the other scenes are split into
 * two chunks that arrive when first asked for — and are fetched while the Title is shown, so a player
 * rarely waits for them. A group is imported once; a failed import can be retried.
 */
export class SceneLoader {
  private readonly loading = new Map<SceneGroup, Promise<void>>();
  /** Group imports under way. */
  private pending = 0;
  private game: Phaser.Game | null = null;
  private services: GameServices | null = null;
  private actToolsValue: ActTools | null = null;
  private readonly groups: Partial<Record<SceneKey, SceneGroup>>;

  constructor() {
    // A failed group is asked for again under a new URL where the browser keeps failed imports.
    const menuCode = new RetryableImport(() => import('./scenes/menu-scenes'));
    const playCode = new RetryableImport(() => import('./scenes/play-scenes'));
    const menus: SceneGroup = {
      name: 'menus',
      load: async () => ({ scenes: (await menuCode.run()).MENU_SCENES }),
    };
    const play: SceneGroup = {
      name: 'play',
      load: async () => {
        const module = await playCode.run();
        this.actToolsValue = module.ACT_TOOLS;
        return { scenes: module.PLAY_SCENES, warmUp: module.warmUpPlay };
      },
    };
    this.groups = {
      [SceneKey.Settings]: menus,
      [SceneKey.Credits]: menus,
      [SceneKey.ActSelect]: play,
      [SceneKey.Briefing]: play,
      [SceneKey.FirstWay]: play,
      [SceneKey.SecondWay]: play,
      [SceneKey.ThirdWay]: play,
      [SceneKey.Finale]: play,
      [SceneKey.Debrief]: play,
    };
  }

  attach(game: Phaser.Game, services: GameServices): void {
    this.game = game;
    this.services = services;
  }

  /** The engine and scoring functions the test hook uses (null until the acts have loaded). */
  get actTools(): ActTools | null {
    return this.actToolsValue;
  }

  /** True when the scene can be started now. */
  isReady(key: SceneKey): boolean {
    return !!this.game && key in this.game.scene.keys;
  }

  /** Resolves once the scene is registered with the game; rejects when its code could not load. */
  ensure(key: SceneKey): Promise<void> {
    if (this.isReady(key)) return Promise.resolve();
    const group = this.groups[key];
    if (!group) return Promise.reject(new Error(`No such scene: ${key}`));
    return this.load(group);
  }

  /**
   * Fetches every scene's code in the background (after the Title is shown), all groups at once and
   * the acts' first: they are the larger and the likelier next click.
   */
  async prefetch(): Promise<void> {
    const groups = [...new Set([this.groups[SceneKey.FirstWay], ...Object.values(this.groups)])];
    // A failed group (offline before the code was cached) is asked for again when the player goes there.
    await Promise.allSettled(groups.flatMap((group) => (group ? [this.load(group)] : [])));
  }

  /** True while some scene's code is being fetched and evaluated. */
  get loadingCode(): boolean {
    return this.pending > 0;
  }

  private load(group: SceneGroup): Promise<void> {
    const known = this.loading.get(group);
    if (known) return known;
    this.pending++;
    const loading = group.load().then(({ scenes: factories, warmUp }) => {
      const { game, services } = this;
      if (!game || !services) throw new Error('SceneLoader is not attached to a game');
      for (const [key, create] of Object.entries(factories)) {
        if (create && !(key in game.scene.keys)) game.scene.add(key, create(services), false);
      }
      performance.mark(`phoenix:code:${group.name}`);
      try {
        warmUp?.(services);
      } catch {
        // Only caches: the first build fills them itself.
      }
      performance.mark(`phoenix:code:${group.name}:warm`);
    });
    this.loading.set(group, loading);
    loading.catch(() => this.loading.delete(group)).finally(() => this.pending--);
    return loading;
  }
}
