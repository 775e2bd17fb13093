// The act's accessible board wired to the scene: the mirror beside the canvas, shown or hidden as
// Settings says, re-described after each engine step (or by its own look a few times a second, for
// dialogs that open between steps and for the policy bot's many steps a frame), its actions mapped to
// engine commands, and the news and story questions it says through its live region.
import type { Command, SimEvent, SimState, StoryBeat, WorkStage } from '../../../engine';
import type { Settings } from '../../../platform/settings';
import type { Speed } from '../../act/act-session';
import type { BoardModel } from '../../act/board-model';
import type { TriageDecision } from '../../act/key-map';
import type { Translate } from '../../act/mirror-view';
import type { Disposable } from '../../services';
import type { Button } from '../button';
import { ActMirror } from './act-mirror';
import type { Overlay } from './overlay';
import type { Character } from './story-card';

/** How often the mirror looks again on its own (dialogs open and close between engine events). */
const LOOK_MS = 250;

/** What the act does for the mirror's buttons (the same things its canvas controls do). */
export interface MirrorPlay {
  activateCard(itemId: number): void;
  activateStaff(staffId: number): void;
  triage(itemId: number, decision: TriageDecision): void;
  changeWipLimit(stage: WorkStage, delta: 1 | -1): void;
  command(command: Command): void;
  setSpeed(speed: Speed): void;
}

export interface MirrorWiringOptions {
  /** The game's parent element; without one there is no mirror. */
  parent: HTMLElement | null;
  t: Translate;
  settings: {
    readonly value: Readonly<Settings>;
    subscribe(listener: (settings: Settings) => void): Disposable;
  };
  duration(hours: number): string;
  perDay(value: number): string;
  title: string;
  /** The act as it stands: the board model (null before the first render), its state and speed. */
  model(): BoardModel | null;
  state(): SimState;
  speed(): Speed;
  selected(): number | null;
  staffName(staffId: number): string;
  /** The dialog in front of the board, read as the mirror's dialog. */
  dialog(): Overlay | null;
  /** A mirror item got the keyboard focus: the canvas shows its ring on the same thing. */
  focus: { card(itemId: number): void; staff(staffId: number): void; button(button: Button): void };
  play: MirrorPlay;
}

export class MirrorWiring implements Disposable {
  private readonly mirror: ActMirror | null;
  private readonly settingsWatch: Disposable | null;
  private renderedAt = Number.NEGATIVE_INFINITY;

  constructor(private readonly options: MirrorWiringOptions) {
    const { parent } = options;
    if (!parent) {
      this.mirror = null;
      this.settingsWatch = null;
      return;
    }
    this.mirror = new ActMirror({
      parent,
      t: options.t,
      visible: options.settings.value.showBoardMirror,
      duration: options.duration,
      perDay: options.perDay,
      onFocusCard: (id) => options.focus.card(id),
      onFocusStaff: (id) => options.focus.staff(id),
      onFocusButton: (button) => options.focus.button(button),
    });
    this.settingsWatch = options.settings.subscribe((settings) =>
      this.mirror?.setVisible(settings.showBoardMirror),
    );
  }

  /** After the act's own refresh: at max speed (the policy bot's) the mirror's own look is enough. */
  refreshed(): void {
    if (this.options.speed() !== 'max') this.render();
  }

  /** Every frame, with the page's clock: the look a few times a second, and the live region's pace. */
  tick(now: number): void {
    if (!this.mirror) return;
    if (now - this.renderedAt > LOOK_MS) this.render();
    this.mirror.tick(now);
  }

  onEvents(events: readonly SimEvent[]): void {
    this.mirror?.onEvents(events, {
      beatTitleKey: (id) => this.options.state().storyBeats.find((beat) => beat.id === id)?.titleKey ?? null,
    });
  }

  /** A story card opened: who asks, the question, the options and how to choose them by keys. */
  storyShown(beat: StoryBeat, character: Character): void {
    const { t } = this.options;
    this.mirror?.say(
      t('dialogs.story.announce', {
        name: t(`characters.${character.id}.name`),
        title: t(beat.titleKey),
        question: t(beat.bodyKey),
        options: beat.options.map((option) => t(option.labelKey)).join('; '),
      }),
    );
  }

  /** Says a message of the canvas (a note, a refusal) in the live region, paced with the act's news. */
  say(message: string): void {
    this.mirror?.say(message);
  }

  announceResult(score: number, stars: number): void {
    this.mirror?.announceResult(score, stars);
  }

  close(): void {
    this.settingsWatch?.close();
    this.mirror?.destroy();
  }

  private render(): void {
    const model = this.options.model();
    if (!this.mirror || !model) return;
    this.renderedAt = performance.now();
    const { options } = this;
    const { command, setSpeed } = options.play;
    const state = options.state();
    const settings = state.settings;
    const speed = options.speed();
    this.mirror.render(
      model,
      {
        staffName: (id) => options.staffName(id),
        mechanics: state.mechanics,
        speed: speed === 'max' ? 4 : speed,
        selected: options.selected(),
        title: options.title,
        actions: {
          activateCard: (id) => options.play.activateCard(id),
          activateStaff: (id) => options.play.activateStaff(id),
          triage: (id, decision) => options.play.triage(id, decision),
          changeWipLimit: (stage, delta) => options.play.changeWipLimit(stage, delta),
          changeBatchSize: (delta) => command({ type: 'setBatchSize', size: settings.batchSize + delta }),
          deploy: () => command({ type: 'deploy' }),
          toggle: (setting) => {
            if (setting === 'projectFreeze') command({ type: 'projectFreeze', on: !settings.projectFreeze });
            else if (setting === 'protectConstraint')
              command({ type: 'protectConstraint', on: !settings.protectConstraint });
            else command({ type: 'stopTheLine', on: !settings.stopTheLine });
          },
          invest: (investment) => command({ type: 'invest', investment }),
          setApproval: (mode) => command({ type: 'setChangeApproval', mode }),
          changeImprovementShare: (delta) => {
            const next = Math.round((settings.improvementShare + delta * 0.05) * 100) / 100;
            command({ type: 'setImprovementShare', share: Math.min(0.5, Math.max(0, next)) });
          },
          setSpeed: (next) => setSpeed(next),
        },
      },
      options.dialog(),
    );
  }
}
