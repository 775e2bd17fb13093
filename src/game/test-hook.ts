import Phaser from 'phaser';
import type { SoundService } from '../audio/sound-service';
import type { Command, CommandResult, Metrics, RunLog, ScenarioId, SimState } from '../engine';
import type { Language, Translator } from '../i18n';
import { isLanguage } from '../i18n';
import { type SettingsStore, TEXT_SIZES, type TextSize } from '../platform/settings';
import type { PracticeResult, scoreAct } from '../scoring';
import { MS_PER_TICK_AT_1X, type Speed } from './act/act-clock';
import type { ActHookTarget } from './act/act-hook';
import type { Insights } from './act/board-insights';
import type { DebriefHookTarget, DebriefSnapshot, WhatIfSnapshot } from './debrief/hook';
import { stepNow } from './frame-rate';
import { type LayoutSnapshot, layoutSnapshot } from './layout-snapshot';
import type { SceneLoader } from './scene-loader';
import { ACT_SCENES } from './scenes/act-keys';
import { BaseScene } from './scenes/base-scene';
import { SceneKey } from './services';
import { Button } from './ui/button';

/** The API that browser tests drive; exposed as `window.__phoenix` only with `?e2e`. */
export interface PhoenixTestApi {
  readonly ready: boolean;
  readonly scene: string | null;
  /** True once the active scene's entrance transition is over. */
  readonly settled: boolean;
  /** The renderer the game runs on: WebGL, or Canvas (chosen where WebGL is software-rendered). */
  readonly renderer: 'WebGL' | 'Canvas' | null;
  readonly language: Language;
  /** Chooses a language as the settings do; false when its strings could not be downloaded. */
  setLanguage(language: Language): Promise<boolean>;
  /** Sets the player's text size (100, 125 or 150%); the active scene rebuilds at it. */
  setTextSize(percent: TextSize): Promise<void>;
  texts(): string[];
  /** Every shown text with its bounds in design coordinates and its depth (layout checks). */
  textBoxes(): TextBox[];
  /** Every visible text, control, icon and panel box of the scene on show, with world bounds (layout checks). */
  layout(): LayoutSnapshot;
  /** A text of the game in the current language (for tests that look for it on screen). */
  translate(key: string, options?: Record<string, unknown>): string;
  /** The label of the control that has keyboard focus in the active scene, if any. */
  focused(): string | null;
  /** Game steps drawn since the game started (a calm scene steps less often than the display refreshes). */
  readonly steps: number;
  /** Resolves once this many more game steps have been drawn (Phaser handles queued input in a step). */
  afterSteps(count: number): Promise<void>;
  goto(sceneKey: string): void;
  /** Each loaded sound's state ('loading', 'loaded', …): sound loads after the Title is shown. */
  sounds(): Record<string, string>;
  /** Starts an act directly (no briefing) with this seed; resolves once it is running. */
  startAct(scenarioId: string, seed: number): Promise<void>;
  /** The running act, as the engine sees it; null outside an act. */
  run(): ActSnapshot | null;
  /** Sends a command to the running act's engine; returns the engine's accept/reject result. */
  dispatch(command: Command): CommandResult | null;
  setSpeed(speed: Speed): void;
  /** Runs the act's clock for exactly this many working hours now (for a board at a chosen hour). */
  advance(hours: number): void;
  /** Lets the CLI's policy bot drive the running act from now on; returns the fields ignored. */
  playPolicy(policy: unknown): { ok: true; ignored: string[] } | { ok: false; field: string };
  /** Where a card is on screen, in design coordinates (null if not shown). */
  cardCenter(itemId: number): { x: number; y: number } | null;
  /** The centre of the enabled, shown button with this label (or icon description), in design coordinates. */
  controlCenter(label: string): { x: number; y: number } | null;
  /** The finished act's result code (for the facilitator page); null before the end, and while the sharing code loads. */
  resultCode(): string | null;
  /** The finished act's practice points, as its results panel shows them; null before the end. */
  practices(): PracticeResult[] | null;
  /** Runs this many working hours of the act at once, the board following each hour (paused or not). */
  advanceHours(hours: number): void;
  /** The act board's trends, change markers and the note or coach hint shown; null outside an act. */
  insights(): Insights | null;
  /** What the Debrief scene shows (null outside it). */
  debrief(): DebriefSnapshot | null;
  /** Replays the debriefed act with one change and shows it; resolves with both runs' score and metrics. */
  whatIf(change: string): Promise<WhatIfSnapshot>;
}

export interface TextBox {
  text: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
  depth: number;
}

export interface ActSnapshot {
  scenario: string;
  seed: number;
  tick: number;
  day: number;
  ended: boolean;
  speed: Speed;
  metrics: Metrics;
  score: ReturnType<typeof scoreAct>;
  settings: SimState['settings'];
  places: SimState['places'];
  pendingBeat: string | null;
  /** Requests waiting for triage, in the order shown, with the working hours before they are auto-accepted. */
  triage: { id: number; hoursLeft: number | null }[];
  /** The player holds the triage countdown (pointer or focus on the Incoming panel). */
  triageHeld: boolean;
  /** Requests nobody triaged in time (accepted by default). */
  autoTriaged: number[];
  /** The incident whose response is open (its card holds the clock when no story card is up). */
  pendingIncident: number | null;
  log: RunLog;
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

function isShown(object: Phaser.GameObjects.GameObject): boolean {
  const visible = object as unknown as { visible?: boolean; alpha?: number };
  return visible.visible !== false && (visible.alpha ?? 1) > 0;
}

function collectTextBoxes(objects: Phaser.GameObjects.GameObject[], into: TextBox[]): void {
  for (const object of objects) {
    if (!isShown(object)) continue;
    if (object instanceof Phaser.GameObjects.Text) {
      if (object.text.trim() === '') continue;
      const bounds = object.getBounds();
      into.push({
        text: object.text,
        left: bounds.left,
        top: bounds.top,
        right: bounds.right,
        bottom: bounds.bottom,
        depth: object.depth,
      });
    } else if (object instanceof Phaser.GameObjects.Container) {
      collectTextBoxes(object.list, into);
    }
  }
}

function findButton(objects: Phaser.GameObjects.GameObject[], label: string): Button | null {
  for (const object of objects) {
    if (!isShown(object)) continue;
    if (object instanceof Button) {
      if (object.enabled && object.accessibleLabel === label) return object;
    } else if (object instanceof Phaser.GameObjects.Container) {
      const found = findButton(object.list, label);
      if (found) return found;
    }
  }
  return null;
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
  private act: ActHookTarget | null = null;
  /** Counts act starts, so startAct waits for *its* act even when the same act and seed already run. */
  private actGeneration = 0;
  private game: Phaser.Game | null = null;
  private stepCount = 0;

  constructor(
    private readonly translator: Translator,
    private readonly settings: SettingsStore,
    private readonly scenes: SceneLoader,
    private readonly sound: SoundService,
  ) {}

  /** The engine and scoring functions, which load with the acts (an act is running when they're used). */
  private actTools() {
    const tools = this.scenes.actTools;
    if (!tools) throw new Error('The acts have not loaded');
    return tools;
  }

  attach(game: Phaser.Game): void {
    this.game = game;
    const count = () => this.stepCount++;
    game.events.on(Phaser.Core.Events.POST_RENDER, count);
    game.events.once(Phaser.Core.Events.DESTROY, () =>
      game.events.off(Phaser.Core.Events.POST_RENDER, count),
    );
  }

  /** Resolves once the game's next step has been drawn: scenes start and rebuild in a step. */
  private nextStep(): Promise<void> {
    const game = this.game;
    if (!game) return nextFrame();
    return new Promise((resolve) => game.events.once(Phaser.Core.Events.POST_RENDER, () => resolve()));
  }

  markReady(): void {
    this.readyState = true;
  }

  attachAct(target: ActHookTarget): void {
    this.act = target;
    this.actGeneration++;
  }

  detachAct(): void {
    this.act = null;
  }

  private debriefTarget: DebriefHookTarget | null = null;

  attachDebrief(target: DebriefHookTarget): void {
    this.debriefTarget = target;
  }

  detachDebrief(): void {
    this.debriefTarget = null;
  }

  private activeScenes(): Phaser.Scene[] {
    return this.game?.scene.getScenes(true) ?? [];
  }

  /** Replaces the running scene, built at once as the scenes' own changes are (BaseScene.startScene). */
  private startScene(key: SceneKey, data?: Record<string, unknown>): void {
    const game = this.game;
    if (!game) return;
    const current = this.activeScenes()[0];
    if (current) current.scene.start(key, data);
    else game.scene.start(key, data);
    stepNow(game);
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
      get renderer() {
        const type = controller.game?.renderer?.type;
        if (type === undefined) return null;
        return type === Phaser.WEBGL ? 'WebGL' : 'Canvas';
      },
      get language() {
        return controller.translator.language;
      },
      async setLanguage(language: Language) {
        if (!isLanguage(language)) throw new Error(`Unsupported language: ${String(language)}`);
        controller.settings.update({ language });
        const shown = await controller.translator.setLanguage(language);
        // The active scene rebuilds on the next game step.
        await controller.nextStep();
        await controller.nextStep();
        return shown;
      },
      async setTextSize(percent: TextSize) {
        if (!TEXT_SIZES.includes(percent)) throw new Error(`Unsupported text size: ${String(percent)}`);
        controller.settings.update({ textSize: percent });
        await controller.nextStep();
        await controller.nextStep();
      },
      texts() {
        const texts: string[] = [];
        for (const scene of controller.activeScenes()) collectTexts(scene.children.list, texts);
        return texts;
      },
      translate(key: string, options?: Record<string, unknown>) {
        return controller.translator.t(key, options);
      },
      layout() {
        return JSON.parse(JSON.stringify(layoutSnapshot(controller.activeScenes()))) as LayoutSnapshot;
      },
      textBoxes() {
        const boxes: TextBox[] = [];
        for (const scene of controller.activeScenes()) collectTextBoxes(scene.children.list, boxes);
        return boxes;
      },
      focused() {
        const scene = controller.activeScenes()[0];
        return scene instanceof BaseScene ? scene.focusedLabel() : null;
      },
      get steps() {
        return controller.stepCount;
      },
      async afterSteps(count: number) {
        for (let i = 0; i < count; i++) await controller.nextStep();
      },
      sounds() {
        return { ...controller.sound.soundStates() } as Record<string, string>;
      },
      async startAct(scenarioId: string, seed: number) {
        const key = ACT_SCENES[scenarioId as ScenarioId];
        if (!key) throw new Error(`No playable act: ${scenarioId}`);
        const generation = controller.actGeneration;
        await controller.scenes.ensure(key);
        controller.startScene(key, { seed, paused: true });
        while (controller.actGeneration === generation || controller.act?.scenarioId !== scenarioId) {
          await controller.nextStep();
        }
      },
      run() {
        const act = controller.act;
        if (!act) return null;
        const session = act.session();
        const state = session.run.state;
        const metrics = session.metrics();
        return JSON.parse(
          JSON.stringify({
            scenario: state.scenarioId,
            seed: state.seed,
            tick: state.tick,
            day: Math.floor(state.tick / 8) + 1,
            ended: session.finished,
            speed: session.speed,
            metrics,
            score: controller.actTools().scoreAct(session.scenario, metrics),
            settings: state.settings,
            places: state.places,
            pendingBeat: state.pendingBeat?.beatId ?? null,
            triage: state.places.triage.map((id) => {
              const deadline = state.items[id]?.triageDeadline ?? null;
              return { id, hoursLeft: deadline === null ? null : deadline - state.tick };
            }),
            triageHeld: state.triageHeld,
            autoTriaged: session.run.events.flatMap((event) =>
              event.type === 'item-triaged' && event.auto ? [event.itemId] : [],
            ),
            pendingIncident: controller.actTools().openIncidentDecisions(state)[0]?.itemId ?? null,
            log: session.log,
          }),
        ) as ActSnapshot;
      },
      dispatch(command: Command) {
        return controller.act?.dispatch(command) ?? null;
      },
      setSpeed(speed: Speed) {
        if (![0, 1, 2, 4, 'max'].includes(speed)) throw new Error(`Unknown speed: ${String(speed)}`);
        controller.act?.setSpeed(speed);
      },
      advance(hours: number) {
        const session = controller.act?.session();
        if (!session) throw new Error('No act is running');
        const speed = session.speed;
        // At 4× one hour is a quarter of MS_PER_TICK_AT_1X of real time: each update runs exactly one.
        session.speed = 4;
        for (let hour = 0; hour < hours && !session.finished; hour++) session.update(MS_PER_TICK_AT_1X / 4);
        session.speed = speed;
      },
      playPolicy(input: unknown) {
        const act = controller.act;
        if (!act) throw new Error('No act is running');
        const { parsePolicy, resolvePolicy } = controller.actTools();
        const parsed = parsePolicy(input);
        if (!parsed.ok) return { ok: false as const, field: parsed.field };
        const session = act.session();
        const { policy, ignored } = resolvePolicy(session.scenario, parsed.policy);
        session.drivePolicy(policy);
        return { ok: true as const, ignored };
      },
      cardCenter(itemId: number) {
        return controller.act?.cardCenter(itemId) ?? null;
      },
      controlCenter(label: string) {
        for (const scene of controller.activeScenes()) {
          const button = findButton(scene.children.list, label);
          if (button) {
            const bounds = button.getBounds();
            return { x: bounds.centerX, y: bounds.centerY };
          }
        }
        return null;
      },
      resultCode() {
        return controller.act?.resultCode?.() ?? null;
      },
      practices() {
        const practices = controller.act?.practices?.() ?? null;
        return practices ? (JSON.parse(JSON.stringify(practices)) as PracticeResult[]) : null;
      },
      advanceHours(hours: number) {
        if (!Number.isInteger(hours) || hours < 0) throw new Error(`Not a number of hours: ${String(hours)}`);
        controller.act?.advanceHours?.(hours);
      },
      insights() {
        const insights = controller.act?.insights?.() ?? null;
        return insights ? (JSON.parse(JSON.stringify(insights)) as Insights) : null;
      },
      debrief() {
        const target = controller.debriefTarget;
        return target ? (JSON.parse(JSON.stringify(target.snapshot())) as DebriefSnapshot) : null;
      },
      async whatIf(change: string) {
        const target = controller.debriefTarget;
        if (!target) throw new Error('The Debrief scene is not shown');
        const result = target.whatIf(change);
        await controller.nextStep();
        return JSON.parse(JSON.stringify(result)) as WhatIfSnapshot;
      },
      goto(sceneKey: string) {
        if (!(Object.values(SceneKey) as string[]).includes(sceneKey))
          throw new Error(`Unknown scene: ${sceneKey}`);
        void controller.scenes
          .ensure(sceneKey as SceneKey)
          .then(() => controller.startScene(sceneKey as SceneKey));
      },
    };
  })();
}
