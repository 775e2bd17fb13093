import Phaser from 'phaser';
import type { SoundName } from '../../audio/sound-service';
import { GuardedStorage } from '../../platform/storage';
import { stepNow } from '../frame-rate';
import { iconKey } from '../icons';
import type { Disposable, GameServices, SceneKey } from '../services';
import { hideSplash } from '../splash';
import { Button, type ButtonOptions } from '../ui/button';
import { type Focusable, FocusGroup } from '../ui/focus-group';
import { GlossaryTips } from '../ui/glossary-tips';
import { firstDelivery } from '../ui/key-events';
import {
  addText,
  colors,
  DESIGN_HEIGHT,
  DESIGN_WIDTH,
  type TextOverrides,
  type TextRender,
  type TextRole,
  timing,
} from '../ui/theme';

/** How long the one-time notice (storage that fails) stays on screen. */
const NOTICE_MS = 9000;

export type SceneText = Phaser.GameObjects.Text;

export interface WidgetHost {
  scene: Phaser.Scene;
  t(key: string, options?: Record<string, unknown>): string;
  text(x: number, y: number, content: string, role: TextRole, overrides?: TextOverrides): SceneText;
  button(options: Omit<ButtonOptions, 'playSound' | 'textRender' | 'onHover'>, order?: number): Button;
  playSound(name: SoundName): void;
  reducedMotion(): boolean;
  resolution: number;
  /** The screen's density and the player's text size, for widgets that make their own texts. */
  textRender: TextRender;
  formatNumber(value: number, options?: Intl.NumberFormatOptions): string;
  focus(item: Focusable): void;
  /** The scene's glossary tooltips (made on first use): `glossary.attach(label, anchor)`. */
  readonly glossary: GlossaryTips;
  /** Leaves nothing focused (a dialog whose every choice matters opens this way). */
  blur(): void;
}

/**
 * What every scene shares: the design-space camera, translated text, keyboard focus, the global
 * mute key, and one place where everything the scene subscribed to is released on shutdown.
 */
export abstract class BaseScene extends Phaser.Scene {
  protected focusGroup!: FocusGroup;
  /** True once the scene's entrance is over and it takes input (tests wait for this). */
  settled = false;
  private disposables: Disposable[] = [];
  private glossaryTips: GlossaryTips | null = null;

  constructor(
    key: SceneKey,
    protected readonly services: GameServices,
  ) {
    super({ key });
  }

  /** Builds the scene's view. Called by `create` after the shared set-up. */
  protected abstract build(data: Record<string, unknown>): void;

  /** False for scenes that only pass through (Boot, Preload): a notice waits for the next scene. */
  protected showsNotices(): boolean {
    return true;
  }

  /** Where Escape goes; `null` means Escape does nothing here. */
  protected backTarget(): SceneKey | null {
    return null;
  }

  create(data: Record<string, unknown> = {}): void {
    this.disposables = [];
    this.settled = false;
    this.applyRenderScale(this.services.viewport.renderScale);
    this.cameras.main.setBackgroundColor(colors.background);
    this.focusGroup = this.track(new FocusGroup(this));
    this.glossaryTips = null;

    const keyboard = this.input.keyboard;
    if (keyboard) {
      keyboard.addCapture([
        Phaser.Input.Keyboard.KeyCodes.TAB,
        Phaser.Input.Keyboard.KeyCodes.SPACE,
        Phaser.Input.Keyboard.KeyCodes.UP,
        Phaser.Input.Keyboard.KeyCodes.DOWN,
        Phaser.Input.Keyboard.KeyCodes.LEFT,
        Phaser.Input.Keyboard.KeyCodes.RIGHT,
      ]);
      const fresh = firstDelivery();
      const onKey = (event: KeyboardEvent) => {
        if (fresh(event)) this.handleSharedKey(event);
      };
      keyboard.on('keydown', onKey);
      this.track({ close: () => keyboard.off('keydown', onKey) });
    }
    this.track(this.services.viewport.subscribe((scale) => this.applyRenderScale(scale)));
    // A language change rebuilds the scene in place, keeping keyboard focus where it was.
    this.track(
      this.services.translator.onLanguageChanged(() =>
        this.scene.restart({ ...data, focusIndex: this.focusGroup.focusedIndex }),
      ),
    );
    // So does a new text size: every text, box and row is laid out again at the new size.
    const builtAt = this.services.settings.value.textSize;
    this.track(
      this.services.settings.subscribe((value) => {
        if (value.textSize !== builtAt)
          this.scene.restart({ ...data, focusIndex: this.focusGroup.focusedIndex });
      }),
    );
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => this.releaseAll());

    performance.mark(`phoenix:${this.scene.key}:build`);
    this.build(data);
    performance.mark(`phoenix:${this.scene.key}:built`);
    this.watchStorage();
    this.watchLanguageDownloads();
    if (typeof data.focusIndex === 'number' && data.focusIndex >= 0) this.focusGroup.focus(data.focusIndex);
    // The first scene drawn replaces the HTML splash, which fades out over it: no fade of its own.
    const fromSplash = this.showsNotices() && hideSplash(!this.reducedMotion);
    if (this.reducedMotion || fromSplash) {
      this.settle();
    } else {
      this.cameras.main.fadeIn(timing.sceneFade, 15, 23, 32);
      this.cameras.main.once(Phaser.Cameras.Scene2D.Events.FADE_IN_COMPLETE, () => this.settle());
    }
  }

  private settle(): void {
    performance.mark(`phoenix:${this.scene.key}:settled`);
    this.settled = true;
    // What the first screen did not need (the other scenes' code, the sound) loads from now on.
    this.services.afterTitle.start();
  }

  /** What widgets need from their scene: words, text, buttons, sound and the motion setting. */
  protected host(): WidgetHost {
    const scene = this;
    return {
      scene: this,
      t: (key, options) => this.t(key, options),
      text: (x, y, content, role, overrides) => this.text(x, y, content, role, overrides),
      button: (options, order) => {
        const button = this.button(options);
        if (order !== undefined) {
          this.focusGroup.remove(button);
          this.focusGroup.add(button, order);
        }
        return button;
      },
      playSound: (name) => this.playSound(name),
      reducedMotion: () => this.reducedMotion,
      resolution: this.services.viewport.renderScale,
      textRender: this.textRender,
      formatNumber: (value, options) => this.services.translator.formatNumber(value, options),
      focus: (item) => this.focusGroup.focus(item),
      // A getter: scenes without glossary terms never make the tooltip's objects.
      get glossary() {
        return scene.glossary;
      },
      blur: () => this.focusGroup.blur(),
    };
  }

  /** Glossary tooltips for this scene's terms, made the first time a widget asks. */
  get glossary(): GlossaryTips {
    this.glossaryTips ??= new GlossaryTips({
      scene: this,
      textRender: this.textRender,
      focusGroup: this.focusGroup,
      t: (key, options) => this.t(key, options),
      formatNumber: (value, options) => this.services.translator.formatNumber(value, options),
    });
    return this.glossaryTips;
  }

  /** The label of the focused control (test hook and screen-reader announcements). */
  focusedLabel(): string | null {
    const focused = this.focusGroup?.focused;
    if (focused instanceof Button) return focused.accessibleLabel;
    return focused && 'accessibleLabel' in focused ? String(focused.accessibleLabel) : null;
  }

  /** Registers something to release when the scene shuts down, and returns it. */
  protected track<T extends Disposable>(disposable: T): T {
    this.disposables.push(disposable);
    return disposable;
  }

  /** A timer that is removed with the scene. */
  protected every(delayMs: number, callback: () => void): void {
    const event = this.time.addEvent({ delay: delayMs, loop: true, callback });
    this.track({ close: () => event.remove(false) });
  }

  protected t(key: string, options?: Record<string, unknown>): string {
    return this.services.translator.t(key, options);
  }

  protected text(
    x: number,
    y: number,
    content: string,
    role: TextRole,
    overrides: TextOverrides = {},
  ): SceneText {
    return addText(this, { x, y }, content, role, overrides, this.textRender);
  }

  /** The screen's density and the player's text size (Settings: 100, 125 or 150%). */
  protected get textRender(): TextRender {
    return {
      resolution: this.services.viewport.renderScale,
      scale: this.services.settings.value.textSize / 100,
    };
  }

  protected button(options: Omit<ButtonOptions, 'playSound' | 'textRender' | 'onHover'>): Button {
    const button: Button = new Button(this, {
      ...options,
      playSound: (name) => this.playSound(name),
      textRender: this.textRender,
      onHover: () => this.focusGroup.focus(button),
    });
    return this.focusGroup.add(button);
  }

  /** The menu scenes' header: a Back button top-left and the centred heading. Returns the button. */
  protected header(heading: string, back: () => void): Button {
    const button = this.button({
      x: 110,
      y: 60,
      width: 150,
      height: 46,
      compact: true,
      label: this.t('common.back'),
      icon: iconKey('arrow-left'),
      variant: 'ghost',
      sound: 'back',
      onActivate: back,
    });
    this.text(DESIGN_WIDTH / 2, 60, heading, 'heading').setOrigin(0.5);
    return button;
  }

  protected playSound(name: SoundName): void {
    this.services.sound.play(name);
  }

  get reducedMotion(): boolean {
    return this.services.settings.value.reducedMotion;
  }

  /** Moves to another scene, with a short fade unless the player asked for reduced motion. */
  go(key: SceneKey, data: Record<string, unknown> = {}): void {
    // Most scenes' code arrives after the Title (see SceneLoader): wait for it alongside the fade.
    const ready = this.services.scenes.ensure(key);
    const faded = this.reducedMotion
      ? Promise.resolve()
      : new Promise<void>((resolve) => {
          this.cameras.main.fadeOut(timing.sceneFade, 15, 23, 32);
          this.cameras.main.once(Phaser.Cameras.Scene2D.Events.FADE_OUT_COMPLETE, () => resolve());
        });
    this.input.enabled = false;
    Promise.all([ready, faded]).then(
      () => {
        if (this.scene.isActive()) this.startScene(key, data);
      },
      () => {
        // Offline before that part of the game was cached: stay here and say so.
        if (!this.scene.isActive()) return;
        this.input.enabled = true;
        this.cameras.main.resetFX();
        this.cameras.main.setAlpha(1);
        this.showNotice(this.t('load.sceneFailed'));
      },
    );
  }

  /** Replaces this scene with another, built at once rather than at the next frame. */
  protected startScene(key: SceneKey, data: Record<string, unknown> = {}): void {
    this.scene.start(key, data);
    stepNow(this.game);
  }

  toggleMute(): void {
    const muted = !this.services.settings.value.muted;
    this.services.settings.update({ muted });
  }

  private handleSharedKey(event: KeyboardEvent): void {
    if (event.repeat) return;
    if (event.key === 'm' || event.key === 'M') {
      this.toggleMute();
      return;
    }
    if (event.key === 'Escape') {
      const target = this.backTarget();
      if (target) {
        this.playSound('back');
        this.go(target);
      }
    }
  }

  /**
   * Storage that fails (refused, absent, full) is said once per visit, in whichever scene the player
   * is in when it is first noticed: the game goes on, but nothing it keeps will survive the page.
   */
  private watchStorage(): void {
    const storage = this.services.storage;
    if (!(storage instanceof GuardedStorage) || !this.showsNotices()) return;
    this.track(
      storage.onFailure(() => {
        if (storage.takeNotice()) this.showNotice(this.t('faults.storageUnavailable'));
      }),
    );
  }

  /** A language whose strings could not be downloaded: the scene the player is in says so (the language stays as it was). */
  private watchLanguageDownloads(): void {
    if (!this.showsNotices()) return;
    const translator = this.services.translator;
    this.track(
      translator.onLanguageUnavailable((language) =>
        this.showNotice(this.t('faults.languageUnavailable', { language: this.t(`language.${language}`) })),
      ),
    );
  }

  /**
   * Says a message drawn on the canvas to a screen reader, where the scene has a live region (an act's
   * accessible board); the menus have none.
   */
  protected announce(_message: string): void {}

  /** A warning banner near the top of the screen, above everything, that goes away by itself (or, `lasting`, with the scene). */
  protected showNotice(message: string, options: { lasting?: boolean } = {}): void {
    this.announce(message);
    const label = this.text(0, 0, message, 'label', {
      size: 16,
      align: 'center',
      wrapWidth: 720,
    }).setOrigin(0.5);
    const width = label.width + 48;
    const height = label.height + 24;
    const background = this.add.graphics();
    background.fillStyle(colors.panelRaised, 0.97);
    background.fillRoundedRect(-width / 2, -height / 2, width, height, 10);
    background.lineStyle(2, colors.orange, 1);
    background.strokeRoundedRect(-width / 2, -height / 2, width, height, 10);
    const banner = this.add
      .container(DESIGN_WIDTH / 2, 12 + height / 2, [background, label])
      .setDepth(2000)
      .setName('notice');
    if (options.lasting) return; // stays until the scene ends
    const timer = this.time.delayedCall(NOTICE_MS, () => banner.destroy());
    this.track({ close: () => timer.remove(false) });
  }

  private applyRenderScale(scale: number): void {
    const camera = this.cameras.main;
    camera.setSize(DESIGN_WIDTH * scale, DESIGN_HEIGHT * scale);
    camera.setZoom(scale);
    camera.centerOn(DESIGN_WIDTH / 2, DESIGN_HEIGHT / 2);
    const visit = (objects: Phaser.GameObjects.GameObject[]) => {
      for (const object of objects) {
        if (object instanceof Phaser.GameObjects.Text) object.setResolution(scale);
        else if (object instanceof Phaser.GameObjects.Container) visit(object.list);
      }
    };
    visit(this.children.list);
  }

  private releaseAll(): void {
    const disposables = this.disposables;
    this.disposables = [];
    for (const disposable of disposables.reverse()) disposable.close();
  }
}
