import Phaser from 'phaser';
import {
  type Command,
  type CommandResult,
  type Mechanic,
  optionMoot,
  type ScenarioId,
  type SimEvent,
  type WorkStage,
} from '../../engine';
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
import { randomSeed } from '../../shared/random-seed';
import type { ActHookTarget } from '../act/act-hook';
import { ActSession, type Speed } from '../act/act-session';
import { BoardInsights } from '../act/board-insights';
import { type BoardColumn, type BoardModel, buildBoardModel, type CardModel } from '../act/board-model';
import { watchFaults } from '../act/fault-watch';
import { IncomingWatch } from '../act/incoming-watch';
import { isGlobalKey, type KeyAction, keyAction, type TriageDecision } from '../act/key-map';
import { pausesOnRequest, requestArrived } from '../act/request-pause';
import { speakerOf } from '../act/story-speakers';
import { answerWithoutAsking } from '../act/story-state';
import { TUTORIALS } from '../act/tutorials';
import { iconKey } from '../icons';
import { SceneKey } from '../services';
import { ActMirror } from '../ui/act/act-mirror';
import { BOARD_AREA, BOARD_MESSAGE_Y, BoardView } from '../ui/act/board-view';
import { CoachCard } from '../ui/act/coach-card';
import { ControlBar } from '../ui/act/control-bar';
import { ActEffects } from '../ui/act/effects';
import { HelpOverlay } from '../ui/act/help-overlay';
import { formatHours, Hud } from '../ui/act/hud';
import { IncidentPrompt } from '../ui/act/incident-card';
import { IncomingCountdown } from '../ui/act/incoming-countdown';
import { LeaveDialog } from '../ui/act/leave-dialog';
import { MechanicsPanel } from '../ui/act/mechanics-panel';
import type { Overlay } from '../ui/act/overlay';
import { PausedBanner } from '../ui/act/paused-banner';
import { ResultsPanel } from '../ui/act/results-panel';
import { SideTab, SideTabs } from '../ui/act/side-tabs';
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
  private incidentPrompt!: IncidentPrompt;
  private storyBeatId: string | null = null;
  private help: HelpOverlay | null = null;
  private results: ResultsPanel | null = null;
  private tutorial: Tutorial | null = null;
  private effects!: ActEffects;
  /** Trends, change notes and coach hints, and the card that shows the notes and hints. */
  private insights!: BoardInsights;
  private coachCard!: CoachCard;
  private mechanicsPanel: MechanicsPanel | null = null;
  /** At larger text, the team and the act's tools take turns under the constraint card. */
  private sideTabs: SideTabs | null = null;
  private model!: BoardModel;
  private lastSpeed: Speed = 1;
  /** The clock is held while the tab is hidden or the renderer has lost its context. */
  private held = { hidden: false, contextLost: false };
  /** Set when the clock was held: the next frame starts timing afresh (the gap is not played). */
  private restartClock = false;
  /** Practice points of the finished act (shown on the results panel). */
  private practices: PracticeResult[] | null = null;
  private incoming!: IncomingWatch;
  private pausedBanner!: PausedBanner;
  private leaveDialog: LeaveDialog | null = null;
  /** A story card is due while a click is under way; it opens when the pointer is released. */
  private storyWaitsForPointer = false;
  /** The accessible board and live region beside the canvas. */
  private mirror: ActMirror | null = null;
  private mirrorRenderedAt = 0;

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
    this.leaveDialog = null;
    this.storyWaitsForPointer = false;

    drawBackdrop(this);
    const host = this.host();
    this.hud = new Hud(host, {
      title: this.t(scenario.titleKey),
      shortTitle: this.t(scenario.titleKey.replace(/\.title$/, '.short')),
      onSpeed: (speed) => this.setSpeed(speed),
    });
    const state = this.session.run.state;
    this.board = new BoardView(this, {
      focusGroup: this.focusGroup,
      textRender: host.textRender,
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
        textRender: host.textRender,
        title: (card) => this.cardTitle(card),
        titleShort: (card) => this.t('shortLabels.cardTitle', { id: card.id }),
        age: (card) => this.t('board.age', { age: formatHours(host, card.ageHours) }),
        ageShort: (card) => formatHours(host, card.ageHours),
        initials: (staffId) => this.staffName(staffId).slice(0, 1),
        constraintStaffId: state.constraintStaffId,
        onActivate: (card) => this.onCard(card),
      },
    });
    const tabbed = host.textRender.scale > 1 && MechanicsPanel.hasTools(state.mechanics);
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
        tabbed: tabbed,
      },
    );
    this.buildActPanel(tabbed ? this.team.contentTop : this.team.bottom + 12);
    this.sideTabs =
      tabbed && this.mechanicsPanel
        ? new SideTabs(host, { top: this.team.tabsTop, team: this.team, tools: this.mechanicsPanel })
        : null;
    this.insights = new BoardInsights(scenario, () => this.services.settings.value.coachHints, state.tick);
    this.coachCard = new CoachCard(host, {
      constraintName: this.staffName(state.constraintStaffId),
      onClose: () => {
        this.insights.dismiss();
        this.refresh();
      },
    });
    this.controls = new ControlBar(host, {
      canTriage: this.has('triage'),
      canBatch: this.has('batch-size'),
      canFreeze: this.has('project-freeze'),
      canStopTheLine: this.has('stop-the-line'),
      onStopTheLine: () => this.command({ type: 'stopTheLine', on: !state.settings.stopTheLine }),
      onTriage: (decision, itemId) => this.triage(decision, itemId),
      onBatch: (delta) => this.command({ type: 'setBatchSize', size: state.settings.batchSize + delta }),
      onDeploy: () => this.command({ type: 'deploy' }),
      onFreeze: () => this.command({ type: 'projectFreeze', on: !state.settings.projectFreeze }),
      cardTitle: (card) => this.cardTitle(card),
    });
    this.incoming = this.track(
      new IncomingWatch(this, {
        session: () => this.session,
        countdown: new IncomingCountdown(host, (hours) => formatHours(host, hours)),
        shownRequestId: () => this.controls.shownRequestId,
        triageControls: () => this.controls.triageControls,
        focused: () => this.focusGroup.focused,
        blocked: () => this.overlayOpen(),
      }),
    );
    this.pausedBanner = new PausedBanner(host);
    this.track({ close: () => this.pausedBanner.destroy() });
    // Messages go to the board's bottom strip, which cards never use; the outage banner gives way to them.
    this.effects = this.track(new ActEffects(host));
    this.toast = this.track(
      new Toast(this, host.textRender, BOARD_MESSAGE_Y, {
        x: BOARD_AREA.x + BOARD_AREA.width / 2,
        size: 14,
        maxWidth: BOARD_AREA.width - 40,
        onShown: (shown) => this.effects.giveWay(shown),
      }),
    );
    this.track({ close: () => this.board.destroy() });

    this.mirror = this.buildMirror();
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
      this.incoming.update();
      // Dialogs open and close between engine events (a tutorial's Next, help): the mirror looks again
      // a few times a second, and the live region speaks when its pace allows.
      const now = performance.now();
      if (now - this.mirrorRenderedAt > 250) this.renderMirror();
      this.mirror?.tick(now);
    };
    this.events.on(Phaser.Scenes.Events.UPDATE, onUpdate);
    this.track({ close: () => this.events.off(Phaser.Scenes.Events.UPDATE, onUpdate) });
    this.track(this.session.subscribe((events) => this.onEngineEvents(events)));
    this.track({ close: () => this.storyCard?.destroy() });
    this.incidentPrompt = new IncidentPrompt(host, {
      constraintName: () => this.staffName(state.constraintStaffId),
      removeButton: (button) => this.focusGroup.remove(button),
      onChoose: (itemId, response) => this.command({ type: 'respondToIncident', itemId, response }),
    });
    this.track({ close: () => this.incidentPrompt.close() });
    this.track({ close: () => this.help?.destroy() });
    this.track({ close: () => this.results?.destroy() });
    this.track({ close: () => this.tutorial?.destroy() });
    this.track({ close: () => this.leaveDialog?.destroy() });
    this.watchFaults();
    const hook = this.services.testHook;
    if (hook) {
      hook.markReady();
      hook.attachAct(this.hookTarget());
      this.track({ close: () => hook.detachAct() });
    }
    this.services.sound.playMusic('act-loop');
    // A resumed act keeps the speed it had (paused stays paused); a new one starts at 1×.
    const savedSpeed = resumed && saved?.status === 'ok' ? saved.saved.speed : undefined;
    this.lastSpeed = savedSpeed ? savedSpeed : 1;
    this.setSpeed(options.paused ? 0 : (savedSpeed ?? 1), { save: false });
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
      this.toast.show(this.refusalNote(command, result.reason), 'warning');
    } else if (command.type === 'deploy' && this.session.speed === 0) {
      this.toast.show(this.t('house.deployQueued'));
    }
    this.save();
    return result;
  }

  /** Why a command was refused; an item that has moved on since it was aimed at is named. */
  private refusalNote(command: Command, reason: string): string {
    const aimed = 'itemId' in command ? this.session.run.state.items[command.itemId] : undefined;
    if (aimed && (reason === 'wrong-place' || reason === 'unknown-item')) {
      const item = this.t('board.cardTitle', { type: this.t(`work.${aimed.type}`), id: aimed.id });
      return this.t('house.movedOn', { item });
    }
    return this.t(`reject.${reason}`);
  }

  /** Sets the clock's speed; the save keeps it, so a resumed act runs as it was left. */
  setSpeed(speed: Speed, options: { save: boolean } = { save: true }): void {
    if (speed !== 0) this.lastSpeed = speed;
    this.session.speed = speed;
    this.hud.showSpeed(speed);
    this.pausedBanner.show(speed === 0 && !this.results);
    if (options.save && !this.results) this.save();
  }

  /** A dialog, help, the tutorial or the results is in front of the board. */
  private overlayOpen(): boolean {
    return (
      this.storyCard !== null ||
      this.help !== null ||
      this.tutorial !== null ||
      this.leaveDialog !== null ||
      this.results !== null ||
      this.incidentPrompt.open
    );
  }

  private limitButtons(column: BoardColumn, right: number, y: number): Button[] {
    if (column !== 'dev' && column !== 'test' && column !== 'ops') return [];
    if (!this.has('wip-limits')) return [];
    const stage: WorkStage = column;
    const change = (delta: 1 | -1) => this.changeWipLimit(stage, delta);
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

  private changeWipLimit(stage: WorkStage, delta: 1 | -1): void {
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
    if (this.board.selected !== null) this.sideTabs?.show(SideTab.Team);
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

  /** A triage decision for the request on show (keys A / S / R). */
  private triageNext(decision: TriageDecision): void {
    const shown = this.controls.shownRequestId;
    if (shown !== null) this.triage(decision, shown);
  }

  /** Decides the request the player aimed at; refused with a note if it has moved on meanwhile. */
  private triage(decision: TriageDecision, itemId: number): void {
    this.command({ type: 'triage', itemId, decision });
  }

  private bindKeys(): void {
    const keyboard = this.input.keyboard;
    if (!keyboard) return;
    const fresh = firstDelivery();
    const onKey = (event: KeyboardEvent) => {
      if (event.repeat || this.results || !fresh(event)) return;
      const action = keyAction(event.key, this.session.run.state);
      if (!action) return;
      if (!isGlobalKey(action) && this.overlayOpen()) return;
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
        else if (this.leaveDialog) this.closeLeaveDialog();
        else this.askToLeave();
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

  /** Help opens only over the bare board: never over a story, the tutorial or another dialog. */
  private toggleHelp(): void {
    if (this.help) {
      this.help.destroy();
      this.help = null;
      return;
    }
    if (this.overlayOpen()) return;
    this.help = new HelpOverlay(this.host(), {
      onClose: () => this.toggleHelp(),
      removeButton: (button) => this.focusGroup.remove(button),
    });
  }

  /** Esc: the act is saved at once, then the player is asked whether to leave ("Keep playing" first). */
  private askToLeave(): void {
    this.save();
    if (this.results) {
      this.leave();
      return;
    }
    this.leaveDialog = new LeaveDialog(this.host(), {
      onStay: () => this.closeLeaveDialog(),
      onLeave: () => this.leave(),
      removeButton: (button) => this.focusGroup.remove(button),
    });
  }

  private closeLeaveDialog(): void {
    this.leaveDialog?.destroy();
    this.leaveDialog = null;
  }

  /** Saves and goes back to act select; the act can be resumed from there. */
  private leave(): void {
    this.save();
    this.playSound('back');
    this.go(SceneKey.ActSelect);
  }

  private tickClock(deltaMs: number): void {
    if (this.results) return;
    // A beat waiting to be shown (its card opens once the pointer is up) holds the clock as its card does.
    const beatWaiting = this.session.run.state.pendingBeat !== null && !this.session.policyDriven;
    const incidentOpen = this.incidentPrompt.open && !this.session.policyDriven;
    const paused =
      this.help !== null ||
      this.tutorial !== null ||
      this.leaveDialog !== null ||
      beatWaiting ||
      incidentOpen;
    const held = this.held.hidden || this.held.contextLost;
    this.session.update(deltaMs, held || (paused && this.session.speed !== 'max'));
  }

  private watchFaults(): void {
    this.track(
      watchFaults(this.game.canvas, {
        contextLostMessage: () => this.t('faults.contextLost'),
        onChange: (change) => {
          this.held = { ...this.held, ...change };
          this.restartClock = true;
        },
      }),
    );
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
    this.mirror?.onEvents(events, {
      beatTitleKey: (id) =>
        this.session.run.state.storyBeats.find((beat) => beat.id === id)?.titleKey ?? null,
    });
    this.pauseForRequest(events);
    this.refresh();
    if (events.some((event) => event.type === 'hour')) this.save();
    if (this.session.finished && !this.results) this.showResults();
  }

  private refresh(): void {
    const state = this.session.run.state;
    this.model = buildBoardModel(state, this.session.metrics(), this.session.scenario);
    this.hud.render(this.model);
    this.board.render(this.model);
    const insights = this.insights.update(this.session.run);
    this.hud.renderTrends(insights);
    this.team.render(this.model, state.settings.protectConstraint, insights.constraintUtilisation);
    this.coachCard.render(insights.message);
    this.controls.render(this.model, state.settings);
    this.renderActPanel(this.model);
    this.effects.setOutages(this.model.openOutages);
    this.syncStory();
    // At max speed (the policy bot's) many steps land in one frame: the mirror's own 250 ms look is enough.
    if (this.session.speed !== 'max') this.renderMirror();
  }

  private buildMirror(): ActMirror | null {
    const parent = this.game.canvas?.parentElement;
    if (!parent) return null;
    const host = this.host();
    const mirror = new ActMirror({
      parent,
      t: (key, options) => this.t(key, options),
      visible: this.services.settings.value.showBoardMirror,
      duration: (hours) => formatHours(host, hours),
      onFocusCard: (id) => this.board.focusCard(id),
      onFocusStaff: (id) => {
        const button = this.team.staffButton(id);
        if (button) this.focusGroup.focus(button);
      },
      onFocusButton: (button) => this.focusGroup.focus(button),
    });
    this.track({ close: () => mirror.destroy() });
    return mirror;
  }

  /** The dialog in front of the board, as the player sees it: the topmost one. */
  private frontDialog(): Overlay | null {
    return (
      this.leaveDialog ??
      this.help ??
      this.results ??
      this.storyCard ??
      this.incidentPrompt.current ??
      this.tutorial?.current ??
      null
    );
  }

  private renderMirror(): void {
    if (!this.mirror || !this.model) return;
    this.mirrorRenderedAt = performance.now();
    const state = this.session.run.state;
    const command = (c: Command) => {
      this.command(c);
    };
    this.mirror.render(
      this.model,
      {
        staffName: (id) => this.staffName(id),
        mechanics: state.mechanics,
        speed: this.session.speed === 'max' ? 4 : this.session.speed,
        selected: this.board.selected,
        title: this.t(this.session.scenario.titleKey),
        actions: {
          activateCard: (id) => {
            const card = this.model.columns.flatMap((column) => column.cards).find((c) => c.id === id);
            if (card) this.onCard(card);
          },
          activateStaff: (id) => this.onStaff(id),
          triage: (id, decision) => this.triage(decision, id),
          changeWipLimit: (stage, delta) => this.changeWipLimit(stage, delta),
          changeBatchSize: (delta) =>
            command({ type: 'setBatchSize', size: state.settings.batchSize + delta }),
          deploy: () => command({ type: 'deploy' }),
          toggle: (setting) => {
            if (setting === 'projectFreeze')
              command({ type: 'projectFreeze', on: !state.settings.projectFreeze });
            else if (setting === 'protectConstraint')
              command({ type: 'protectConstraint', on: !state.settings.protectConstraint });
            else command({ type: 'stopTheLine', on: !state.settings.stopTheLine });
          },
          invest: (investment) => command({ type: 'invest', investment }),
          setApproval: (mode) => command({ type: 'setChangeApproval', mode }),
          changeImprovementShare: (delta) => {
            const next = Math.round((state.settings.improvementShare + delta * 0.05) * 100) / 100;
            command({ type: 'setImprovementShare', share: Math.min(0.5, Math.max(0, next)) });
          },
          setSpeed: (speed) => this.setSpeed(speed),
        },
      },
      this.frontDialog(),
    );
  }

  /** The "pause when a request arrives" setting (on by default in the First Way). */
  private pauseForRequest(events: readonly SimEvent[]): void {
    const speed = this.session.speed;
    if (speed === 0 || speed === 'max' || this.session.policyDriven) return;
    if (!pausesOnRequest(this.services.settings.value.pauseOnRequest, this.scenarioId)) return;
    if (!requestArrived(events)) return;
    this.setSpeed(0);
    this.pausedBanner.show(true, 'request');
  }

  private syncStory(): void {
    this.syncStoryCard();
    // A story card first; an incident's decision waits behind it (one dialog at a time).
    const suppressed =
      this.storyCard !== null ||
      this.help !== null ||
      this.tutorial !== null ||
      this.results !== null ||
      this.session.policyDriven;
    this.incidentPrompt.sync(this.session.run.state, suppressed);
  }

  private syncStoryCard(): void {
    const pending = this.session.run.state.pendingBeat;
    if (pending?.beatId === this.storyBeatId) return;
    // A beat whose proposal is already so asks nothing: it is answered with it (logged; it changes nothing).
    const state = this.session.run.state;
    const due =
      pending && !this.session.policyDriven ? state.storyBeats.find((b) => b.id === pending.beatId) : null;
    const answer = due ? answerWithoutAsking(state, due) : null;
    if (pending && answer) {
      this.storyBeatId = pending.beatId;
      this.session.dispatch({ type: 'chooseStoryOption', beatId: pending.beatId, optionId: answer });
      return;
    }
    // A click under way (pointer down on the board) finishes first; the card opens as it is released,
    // so the dialog never swallows it.
    if (pending && this.input.activePointer.isDown) {
      if (!this.storyWaitsForPointer) {
        this.storyWaitsForPointer = true;
        this.input.once(Phaser.Input.Events.POINTER_UP, () =>
          this.time.delayedCall(0, () => {
            this.storyWaitsForPointer = false;
            this.syncStory();
          }),
        );
      }
      return;
    }
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
      isMoot: (option) => optionMoot(this.session.run.state, option),
      onChoose: (optionId) => this.command({ type: 'chooseStoryOption', beatId: beat.id, optionId }),
    });
  }

  private save(): void {
    if (this.session.finished) clearAct(this.services.storage, this.scenarioId);
    else {
      const speed = this.session.speed === 'max' ? undefined : this.session.speed;
      saveAct(this.services.storage, this.scenarioId, {
        log: this.session.log,
        tick: this.session.tick,
        speed,
      });
    }
  }

  private showResults(): void {
    clearAct(this.services.storage, this.scenarioId);
    // The debrief (now and from act select later) replays this log.
    saveLastRun(this.services.storage, this.scenarioId, { log: this.session.log, finishedAt: Date.now() });
    this.storyCard?.destroy();
    this.storyCard = null;
    this.closeLeaveDialog();
    this.help?.destroy();
    this.help = null;
    this.pausedBanner.show(false);
    this.incidentPrompt.close();
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
    this.mirror?.announceResult(this.results.outcome.score, this.results.outcome.stars);
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
      insights: () => this.insights.update(this.session.run),
      advanceHours: (hours) => this.session.runHours(hours),
    };
  }
}
