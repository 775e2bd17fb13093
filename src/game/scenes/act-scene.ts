import Phaser from 'phaser';
import type { Command, CommandResult, Mechanic, ScenarioId, SimEvent, WorkStage } from '../../engine';
import {
  clearAct,
  noticeSetAsideAct,
  readActSave,
  saveAct,
  setAsideAct,
  setAsideReasonOf,
} from '../../platform/act-save';
import { saveLastRun } from '../../platform/last-run';
import { getScenario } from '../../scenarios';
import { type PracticeResult, practicePoints, scoreAct } from '../../scoring';
import type { ActHookTarget } from '../act/act-hook';
import { ActSession, type Speed } from '../act/act-session';
import { type BoardColumn, type BoardModel, buildBoardModel, type CardModel } from '../act/board-model';
import { isGlobalKey, type KeyAction, keyAction, type TriageDecision } from '../act/key-map';
import { speakerOf } from '../act/story-speakers';
import { TUTORIALS } from '../act/tutorials';
import { iconKey } from '../icons';
import { SceneKey } from '../services';
import { BOARD_AREA, BOARD_MESSAGE_Y, BoardView } from '../ui/act/board-view';
import { ControlBar } from '../ui/act/control-bar';
import { ActEffects } from '../ui/act/effects';
import { HelpOverlay } from '../ui/act/help-overlay';
import { formatHours, Hud } from '../ui/act/hud';
import { MechanicsPanel } from '../ui/act/mechanics-panel';
import { ResultsPanel } from '../ui/act/results-panel';
import { StoryCard } from '../ui/act/story-card';
import { TeamPanel } from '../ui/act/team-panel';
import { Tutorial } from '../ui/act/tutorial';
import { drawBackdrop } from '../ui/backdrop';
import type { Button } from '../ui/button';
import { firstDelivery } from '../ui/key-events';
import { Toast } from '../ui/toast';
import { BaseScene } from './base-scene';

export interface ActSceneData {
  seed?: number;
  /** Continue the saved, unfinished act instead of starting anew. */
  resume?: boolean;
  /** Start paused (the test hook starts acts this way so nothing runs before it acts). */
  paused?: boolean;
}

/** The message over the canvas while its context is lost: a page element, as the game cannot draw. */
function showContextLost(canvas: HTMLCanvasElement | null, message: string): HTMLElement {
  const overlay = document.createElement('div');
  overlay.className = 'phoenix-context-lost';
  overlay.setAttribute('role', 'alert');
  overlay.textContent = message;
  Object.assign(overlay.style, {
    position: 'fixed',
    inset: '0',
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    padding: '0 12%',
    boxSizing: 'border-box',
    textAlign: 'center',
    background: 'rgba(10, 16, 23, 0.92)',
    color: '#e6edf3',
    font: '600 22px/1.5 Inter, system-ui, sans-serif',
    zIndex: '100',
  } satisfies Partial<CSSStyleDeclaration>);
  (canvas?.parentElement ?? document.body).appendChild(overlay);
  return overlay;
}

/** A fresh seed when none is given: varied runs for solo play; classrooms pass theirs in the URL. */
export function randomSeed(): number {
  return Math.floor(Math.random() * 2 ** 31);
}

/**
 * What every act shares: the engine session, the HUD, the board, the team, the control bar, story
 * cards, help, results and the keys. An act's own scene adds the panel of the mechanics it introduces.
 * No rule lives here: every action is an engine command, and the view renders the engine's state.
 */
export abstract class ActScene extends BaseScene {
  protected abstract readonly scenarioId: ScenarioId;
  protected session!: ActSession;
  protected board!: BoardView;
  private hud!: Hud;
  private team!: TeamPanel;
  private controls!: ControlBar;
  private toast!: Toast;
  private storyCard: StoryCard | null = null;
  private storyBeatId: string | null = null;
  private help: HelpOverlay | null = null;
  private results: ResultsPanel | null = null;
  private tutorial: Tutorial | null = null;
  private effects!: ActEffects;
  private mechanicsPanel: MechanicsPanel | null = null;
  private model!: BoardModel;
  private lastSpeed: Speed = 1;
  /** The clock is held while the tab is hidden or the renderer has lost its context. */
  private held = { hidden: false, contextLost: false };
  /** Set when the clock was held: the next frame starts timing afresh (the gap is not played). */
  private restartClock = false;
  /** Practice points of the finished act (shown on the results panel). */
  private practices: PracticeResult[] | null = null;

  protected override backTarget(): SceneKey | null {
    return null; // Escape is handled by the act itself (close an overlay, else save and leave).
  }

  protected has(mechanic: Mechanic): boolean {
    return this.session.run.state.mechanics.includes(mechanic);
  }

  protected build(data: Record<string, unknown>): void {
    const scenario = getScenario(this.scenarioId);
    if (!scenario) throw new Error(`Unknown scenario ${this.scenarioId}`);
    const options = data as ActSceneData;
    const saved = options.resume ? readActSave(this.services.storage, this.scenarioId) : null;
    const resumed = saved?.status === 'ok' ? ActSession.resume(saved.saved.log, saved.saved.tick) : null;
    this.session = resumed ?? ActSession.start(scenario, options.seed ?? randomSeed());
    // A save that cannot be resumed is said so and set aside under its own key (the act card tells of
    // it too), not silently replaced by the new act's save.
    const asideReason =
      saved && !resumed ? (setAsideReasonOf(saved) ?? (saved.status === 'ok' ? 'replay' : null)) : null;
    if (asideReason) {
      setAsideAct(this.services.storage, this.scenarioId, asideReason);
      // The toast below tells the player; the card need not announce it again.
      noticeSetAsideAct(this.services.storage, this.scenarioId);
    }
    const notResumed = asideReason ? this.t(`acts.resumeFailed.${asideReason}`) : null;
    this.held = { hidden: document.visibilityState === 'hidden', contextLost: false };
    this.focusGroup.setActivateKeys(['Enter']);
    this.storyCard = null;
    this.storyBeatId = null;
    this.help = null;
    this.results = null;
    this.practices = null;

    drawBackdrop(this);
    const host = this.host();
    this.hud = new Hud(host, { title: this.t(scenario.titleKey), onSpeed: (speed) => this.setSpeed(speed) });
    const state = this.session.run.state;
    this.board = new BoardView(this, {
      focusGroup: this.focusGroup,
      textResolution: this.services.viewport.renderScale,
      reducedMotion: () => this.reducedMotion,
      columnName: (column) => this.t(`board.stages.${column}`),
      columnMeta: (column) =>
        column.column === 'live'
          ? this.t('board.shipped', { count: column.count })
          : column.limited
            ? this.t('board.wip', { count: column.count, limit: column.wipLimit ?? '∞' })
            : this.t('board.count', { count: column.count }),
      makeLimitButtons: (column, right, y) => this.limitButtons(column, right, y),
      scrollText: (range) => this.t('layout.scrollRange', range),
      scrollLabel: (direction) => this.t(direction === 'up' ? 'layout.scrollUp' : 'layout.scrollDown'),
      card: {
        textResolution: this.services.viewport.renderScale,
        title: (card) => this.cardTitle(card),
        age: (card) => this.t('board.age', { age: formatHours(host, card.ageHours) }),
        initials: (staffId) => this.staffName(staffId).slice(0, 1),
        constraintStaffId: state.constraintStaffId,
        onActivate: (card) => this.onCard(card),
      },
    });
    this.team = new TeamPanel(
      host,
      state.staff.map((person) => ({
        id: person.id,
        nameKey: person.nameKey,
        isConstraint: person.isConstraint,
        holding: 0,
        busy: 0,
        skills: { ...person.skills },
      })),
      state.constraintStaffId,
      {
        canProtect: this.has('protect-constraint'),
        onProtect: () => this.command({ type: 'protectConstraint', on: !state.settings.protectConstraint }),
        onStaff: (staffId) => this.onStaff(staffId),
        staffName: (person) => this.staffName(person.id),
      },
    );
    this.buildActPanel(this.team.bottom + 12);
    this.controls = new ControlBar(host, {
      canTriage: this.has('triage'),
      canBatch: this.has('batch-size'),
      canFreeze: this.has('project-freeze'),
      canStopTheLine: this.has('stop-the-line'),
      onStopTheLine: () => this.command({ type: 'stopTheLine', on: !state.settings.stopTheLine }),
      onTriage: (decision) => this.triageNext(decision),
      onBatch: (delta) => this.command({ type: 'setBatchSize', size: state.settings.batchSize + delta }),
      onDeploy: () => this.command({ type: 'deploy' }),
      onFreeze: () => this.command({ type: 'projectFreeze', on: !state.settings.projectFreeze }),
      cardTitle: (card) => this.cardTitle(card),
    });
    // Messages go to the board's bottom strip, which cards never use; the outage banner gives way to them.
    this.effects = this.track(new ActEffects(host));
    this.toast = this.track(
      new Toast(this, this.services.viewport.renderScale, BOARD_MESSAGE_Y, {
        x: BOARD_AREA.x + BOARD_AREA.width / 2,
        size: 14,
        maxWidth: BOARD_AREA.width - 40,
        onShown: (shown) => this.effects.giveWay(shown),
      }),
    );
    this.track({ close: () => this.board.destroy() });

    this.bindKeys();
    // Real elapsed time from frame timestamps: Phaser's smoothed delta under-reports on slow frames.
    let lastTime: number | null = null;
    const onUpdate = (time: number) => {
      if (this.restartClock) {
        this.restartClock = false;
        lastTime = null;
      }
      this.tickClock(lastTime === null ? 0 : time - lastTime);
      lastTime = time;
    };
    this.events.on(Phaser.Scenes.Events.UPDATE, onUpdate);
    this.track({ close: () => this.events.off(Phaser.Scenes.Events.UPDATE, onUpdate) });
    this.track(this.session.subscribe((events) => this.onEngineEvents(events)));
    this.track({ close: () => this.storyCard?.destroy() });
    this.track({ close: () => this.help?.destroy() });
    this.track({ close: () => this.results?.destroy() });
    this.track({ close: () => this.tutorial?.destroy() });
    this.watchFaults();
    const hook = this.services.testHook;
    if (hook) {
      hook.markReady();
      hook.attachAct(this.hookTarget());
      this.track({ close: () => hook.detachAct() });
    }
    this.services.sound.playMusic('act-loop');
    this.setSpeed(options.paused ? 0 : 1);
    this.tutorial = null;
    this.refresh();
    if (this.session.finished) this.showResults();
    else if (!options.paused && !this.services.tutorials.hasSeen(this.scenarioId)) this.startTutorial();
    if (notResumed) this.toast.show(notResumed, 'warning');
  }

  /** Shows the act's tutorial (first visit, or after "Replay tutorials" in Settings). */
  startTutorial(): void {
    this.tutorial?.destroy();
    this.tutorial = new Tutorial(this.host(), TUTORIALS[this.scenarioId], {
      removeButton: (button) => this.focusGroup.remove(button),
      onDone: () => {
        this.tutorial = null;
        this.services.tutorials.markSeen(this.scenarioId);
      },
    });
  }

  /** The act's tools under the team list: whatever its mechanics unlock (shared by every act). */
  protected buildActPanel(top: number): void {
    this.mechanicsPanel = new MechanicsPanel(this.host(), {
      top,
      mechanics: this.session.run.state.mechanics,
      onInvest: (investment) => this.command({ type: 'invest', investment }),
      onImprovementShare: (share) => this.command({ type: 'setImprovementShare', share }),
      onApproval: (mode) => this.command({ type: 'setChangeApproval', mode }),
    });
  }

  /** Called after every render with the fresh model, for the act's own panel. */
  protected renderActPanel(model: BoardModel): void {
    this.mechanicsPanel?.render(model);
  }

  protected command(command: Command): CommandResult {
    const result = this.session.dispatch(command);
    // A command that took effect has already refreshed the board through the session's events.
    if (!result.ok) {
      this.playSound('error');
      this.toast.show(this.t(`reject.${result.reason}`), 'warning');
    }
    this.save();
    return result;
  }

  setSpeed(speed: Speed): void {
    if (speed !== 0) this.lastSpeed = speed;
    this.session.speed = speed;
    this.hud.showSpeed(speed);
  }

  private limitButtons(column: BoardColumn, right: number, y: number): Button[] {
    if (column !== 'dev' && column !== 'test' && column !== 'ops') return [];
    if (!this.has('wip-limits')) return [];
    const stage: WorkStage = column;
    const change = (delta: 1 | -1) => {
      const limits = this.session.run.state.settings.wipLimits;
      const current = limits[stage];
      const count = this.session.run.state.places[stage].length;
      // From "no limit", − sets the limit at today's count: the first click already means something.
      const next = current === null ? (delta < 0 ? Math.max(1, count) : null) : current + delta;
      if (current !== null && delta > 0 && next !== null && next > 12) {
        this.command({ type: 'setWipLimit', stage, limit: null });
        return;
      }
      this.command({ type: 'setWipLimit', stage, limit: next === null ? null : Math.max(1, next) });
    };
    const host = this.host();
    const name = this.t(`board.stages.${stage}`);
    return [
      host.button({
        x: right - 34,
        y,
        width: 26,
        height: 24,
        label: '',
        icon: iconKey('minus'),
        description: this.t('board.limitDown', { stage: name }),
        onActivate: () => change(-1),
      }),
      host.button({
        x: right - 4,
        y,
        width: 26,
        height: 24,
        label: '',
        icon: iconKey('plus'),
        description: this.t('board.limitUp', { stage: name }),
        onActivate: () => change(1),
      }),
    ];
  }

  private cardTitle(card: CardModel): string {
    return this.t('board.cardTitle', { type: this.t(`work.${card.type}`), id: card.id });
  }

  private staffName(staffId: number): string {
    const person = this.session.run.state.staff[staffId];
    return person ? this.t(person.nameKey) : '?';
  }

  /** A card click: Backlog and finished cards are pulled on; others are selected for assigning. */
  private onCard(card: CardModel): void {
    const item = this.session.run.state.items[card.id];
    if (!item) return;
    const pullable =
      item.place === 'backlog' || ((item.place === 'dev' || item.place === 'test') && item.need === null);
    if (pullable) {
      const result = this.command({ type: 'pull', itemId: card.id });
      if (result.ok) this.playSound('click');
      return;
    }
    this.board.select(this.board.selected === card.id ? null : card.id);
    if (this.board.selected !== null) this.toast.show(this.t('board.pickPerson'));
  }

  private onStaff(staffId: number): void {
    const selected = this.board.selected;
    if (selected === null) {
      this.toast.show(this.t('board.pickCardFirst'), 'warning');
      return;
    }
    const result = this.command({ type: 'assign', itemId: selected, staffId });
    if (result.ok) this.board.select(null);
  }

  private triageNext(decision: TriageDecision): void {
    const next = this.session.run.state.places.triage[0];
    if (next === undefined) return;
    this.command({ type: 'triage', itemId: next, decision });
  }

  private bindKeys(): void {
    const keyboard = this.input.keyboard;
    if (!keyboard) return;
    const fresh = firstDelivery();
    const onKey = (event: KeyboardEvent) => {
      if (event.repeat || this.results || !fresh(event)) return;
      const action = keyAction(event.key, this.session.run.state);
      if (!action) return;
      if (!isGlobalKey(action) && (this.storyCard || this.help || this.tutorial)) return;
      if (action.kind === 'togglePause') event.preventDefault();
      this.perform(action);
    };
    keyboard.on('keydown', onKey);
    this.track({ close: () => keyboard.off('keydown', onKey) });
  }

  private perform(action: KeyAction): void {
    switch (action.kind) {
      case 'help':
        this.toggleHelp();
        break;
      case 'back':
        if (this.help) this.toggleHelp();
        else this.leave();
        break;
      case 'togglePause':
        this.setSpeed(this.session.speed === 0 ? this.lastSpeed : 0);
        break;
      case 'speed':
        this.setSpeed(action.speed);
        break;
      case 'triage':
        this.triageNext(action.decision);
        break;
      case 'command':
        this.command(action.command);
        break;
    }
  }

  private toggleHelp(): void {
    if (this.help) {
      this.help.destroy();
      this.help = null;
      return;
    }
    this.help = new HelpOverlay(this.host(), {
      onClose: () => this.toggleHelp(),
      removeButton: (button) => this.focusGroup.remove(button),
    });
  }

  /** Saves and goes back to act select; the act can be resumed from there. */
  private leave(): void {
    this.save();
    this.playSound('back');
    this.go(SceneKey.ActSelect);
  }

  private tickClock(deltaMs: number): void {
    if (this.results) return;
    const paused =
      this.help !== null || this.tutorial !== null || (this.storyCard !== null && !this.session.policyDriven);
    const held = this.held.hidden || this.held.contextLost;
    this.session.update(deltaMs, held || (paused && this.session.speed !== 'max'));
  }

  /**
   * A hidden tab holds the act's clock (the chosen speed stays; main.ts silences the music), and so
   * does a lost WebGL (or 2D canvas) context until it is restored, with a message over the canvas —
   * drawn by the page, since the game itself cannot draw without its context.
   */
  private watchFaults(): void {
    const canvas = this.game.canvas;
    let overlay: HTMLElement | null = null;
    const hold = (change: Partial<typeof this.held>) => {
      this.held = { ...this.held, ...change };
      this.restartClock = true;
    };
    const onVisibility = () => hold({ hidden: document.visibilityState === 'hidden' });
    const onLost = () => {
      hold({ contextLost: true });
      overlay ??= showContextLost(canvas, this.t('faults.contextLost'));
    };
    const onRestored = () => {
      hold({ contextLost: false });
      overlay?.remove();
      overlay = null;
    };
    const canvasEvents: [string, () => void][] = [
      ['webglcontextlost', onLost],
      ['webglcontextrestored', onRestored],
      ['contextlost', onLost],
      ['contextrestored', onRestored],
    ];
    document.addEventListener('visibilitychange', onVisibility);
    for (const [name, listener] of canvasEvents) canvas?.addEventListener(name, listener);
    this.track({
      close: () => {
        document.removeEventListener('visibilitychange', onVisibility);
        for (const [name, listener] of canvasEvents) canvas?.removeEventListener(name, listener);
        overlay?.remove();
        overlay = null;
      },
    });
  }

  private onEngineEvents(events: readonly SimEvent[]): void {
    let sound: 'deploy' | 'alarm' | 'error' | 'ship' | null = null;
    const animate = this.session.speed !== 'max';
    for (const event of events) {
      if (event.type === 'deployed') {
        sound = 'deploy';
        if (animate) this.effects.shipped(event.size, this.board.headerRoom('live'));
      } else if (event.type === 'incident-detected' && sound !== 'deploy') {
        sound = 'alarm';
      } else if (event.type === 'deploy-failed') {
        sound = 'error';
        if (animate) this.effects.failed();
      }
    }
    if (sound && animate) this.playSound(sound);
    this.refresh();
    if (events.some((event) => event.type === 'hour')) this.save();
    if (this.session.finished && !this.results) this.showResults();
  }

  private refresh(): void {
    const state = this.session.run.state;
    this.model = buildBoardModel(state, this.session.metrics(), this.session.scenario);
    this.hud.render(this.model);
    this.board.render(this.model);
    this.team.render(this.model, state.settings.protectConstraint);
    this.controls.render(this.model, state.settings);
    this.renderActPanel(this.model);
    this.effects.setOutages(this.model.openOutages);
    this.syncStory();
  }

  private syncStory(): void {
    const pending = this.session.run.state.pendingBeat;
    if (pending?.beatId === this.storyBeatId) return;
    this.storyCard?.destroy();
    this.storyCard = null;
    this.storyBeatId = pending?.beatId ?? null;
    if (!pending || this.session.policyDriven) return;
    const beat = this.session.run.state.storyBeats.find((b) => b.id === pending.beatId);
    if (!beat) return;
    this.playSound('story');
    this.storyCard = new StoryCard(this.host(), {
      beat,
      character: speakerOf(beat.id),
      removeButton: (button) => this.focusGroup.remove(button),
      onChoose: (optionId) => this.command({ type: 'chooseStoryOption', beatId: beat.id, optionId }),
    });
  }

  private save(): void {
    if (this.session.finished) clearAct(this.services.storage, this.scenarioId);
    else saveAct(this.services.storage, this.scenarioId, { log: this.session.log, tick: this.session.tick });
  }

  private showResults(): void {
    clearAct(this.services.storage, this.scenarioId);
    // The debrief (now and from act select later) replays this log.
    saveLastRun(this.services.storage, this.scenarioId, { log: this.session.log, finishedAt: Date.now() });
    this.storyCard?.destroy();
    this.storyCard = null;
    const metrics = this.session.metrics();
    const score = scoreAct(this.session.scenario, metrics);
    // What each practice earned: the run replayed with it undone (a few milliseconds per practice).
    this.practices = practicePoints(this.session.log, getScenario, { original: this.session.run });
    this.results = new ResultsPanel(this.host(), {
      scenario: this.session.scenario,
      metrics,
      dora: score.dora,
      score,
      practices: this.practices,
      removeButton: (button) => this.focusGroup.remove(button),
      onContinue: () => this.go(SceneKey.Debrief, { log: this.session.log }),
      onReplay: () => this.scene.restart({ seed: this.session.run.log.seed }),
      // The result code for the class (facilitator page): the log, the display name, the class.
      share: {
        log: this.session.log,
        className: this.services.launch.className ?? '',
        storage: this.services.storage,
      },
    });
    this.services.progress.recordResult(this.scenarioId, this.results.outcome);
    this.playSound('confirm');
  }

  private hookTarget(): ActHookTarget {
    return {
      scenarioId: this.scenarioId,
      session: () => this.session,
      setSpeed: (speed) => this.setSpeed(speed),
      dispatch: (command) => this.command(command),
      cardCenter: (id) => this.board.cardPosition(id),
      resultCode: () => this.results?.resultCode() ?? null,
      practices: () => (this.results ? this.practices : null),
    };
  }
}
