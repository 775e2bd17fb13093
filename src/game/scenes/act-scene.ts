import Phaser from 'phaser';
import type { Command, CommandResult, Mechanic, ScenarioId, SimEvent } from '../../engine';
import { formatPerDayValue } from '../../i18n/format';
import { clearAct, saveAct } from '../../platform/act-save';
import { saveLastRun } from '../../platform/last-run';
import { getScenario } from '../../scenarios';
import type { PracticeResult } from '../../scoring';
import type { ActHookTarget } from '../act/act-hook';
import type { ActSession, Speed } from '../act/act-session';
import { BoardInsights } from '../act/board-insights';
import { type BoardModel, buildBoardModel, type CardModel } from '../act/board-model';
import { IncomingWatch } from '../act/incoming-watch';
import { isGlobalKey, type KeyAction, keyAction } from '../act/key-map';
import { openAct } from '../act/open-act';
import { pausesOnRequest, requestArrived } from '../act/request-pause';
import { TUTORIALS } from '../act/tutorials';
import { CALM_FRAME_RATE, limitFrameRate } from '../frame-rate';
import { type Disposable, SceneKey } from '../services';
import { ActClock } from '../ui/act/act-clock';
import { ActDialogs } from '../ui/act/act-dialogs';
import { makeActResults } from '../ui/act/act-results';
import { BoardMoves } from '../ui/act/board-moves';
import { BOARD_AREA, BOARD_MESSAGE_Y, BoardView } from '../ui/act/board-view';
import { CoachCard } from '../ui/act/coach-card';
import { ControlBar } from '../ui/act/control-bar';
import { ActEffects } from '../ui/act/effects';
import { formatHours, Hud } from '../ui/act/hud';
import { IncomingCountdown } from '../ui/act/incoming-countdown';
import { limitButtons } from '../ui/act/limit-buttons';
import { MechanicsPanel } from '../ui/act/mechanics-panel';
import { MirrorWiring } from '../ui/act/mirror-wiring';
import { PausedBanner } from '../ui/act/paused-banner';
import { SideTab, SideTabs } from '../ui/act/side-tabs';
import { TeamPanel } from '../ui/act/team-panel';
import { drawBackdrop } from '../ui/backdrop';
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
  /** The player's moves (click, key or accessible board), as engine commands. */
  private moves!: BoardMoves;
  /** Every dialog over the board (tutorial, story, incident, help, leave, results) and their order. */
  private dialogs!: ActDialogs;
  private effects!: ActEffects;
  /** Trends, change notes and coach hints, and the card that shows the notes and hints. */
  private insights!: BoardInsights;
  private coachCard!: CoachCard;
  private mechanicsPanel: MechanicsPanel | null = null;
  /** At larger text, the team and the act's tools take turns under the constraint card. */
  private sideTabs: SideTabs | null = null;
  private model!: BoardModel;
  private lastSpeed: Speed = 1;
  /** Practice points of the finished act (shown on the results panel). */
  private practices: PracticeResult[] | null = null;
  private incoming!: IncomingWatch;
  private pausedBanner!: PausedBanner;
  /** The lower frame rate of a paused board (null while the clock runs). */
  private pausedFrameRate: Disposable | null = null;
  /** The accessible board and live region beside the canvas. */
  private mirror!: MirrorWiring;

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
    const opened = openAct(this.services.storage, scenario, options);
    this.session = opened.session;
    const notResumed = opened.notResumed ? this.t(`acts.resumeFailed.${opened.notResumed}`) : null;
    this.focusGroup.setActivateKeys(['Enter']);
    this.practices = null;

    drawBackdrop(this);
    const host = this.host();
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
      makeLimitButtons: (column, right, y) =>
        this.has('wip-limits')
          ? limitButtons(host, { column, right, y }, (stage, delta) =>
              this.moves.changeWipLimit(stage, delta),
            )
          : [],
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
        onActivate: (card) => this.activateCard(card.id),
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
        onStaff: (staffId) => this.moves.activateStaff(staffId),
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
      onTriage: (decision, itemId) => this.moves.triage(decision, itemId),
      onBatch: (delta) => this.command({ type: 'setBatchSize', size: state.settings.batchSize + delta }),
      onDeploy: () => this.command({ type: 'deploy' }),
      onFreeze: () => this.command({ type: 'projectFreeze', on: !state.settings.projectFreeze }),
      cardTitle: (card) => this.cardTitle(card),
    });
    this.moves = new BoardMoves({
      host,
      session: () => this.session,
      selection: this.board,
      say: (message, tone) => this.say(message, tone),
      shownRequestId: () => this.controls.shownRequestId,
      save: () => this.save(),
    });
    this.hud = new Hud(host, {
      title: this.t(scenario.titleKey),
      shortTitle: this.t(scenario.titleKey.replace(/\.title$/, '.short')),
      onSpeed: (speed) => this.setSpeed(speed),
    });
    this.incoming = this.track(
      new IncomingWatch(this, {
        session: () => this.session,
        countdown: new IncomingCountdown(host, (hours) => formatHours(host, hours)),
        shownRequestId: () => this.controls.shownRequestId,
        triageControls: () => this.controls.triageControls,
        focused: () => this.focusGroup.focused,
        blocked: () => this.dialogs.blocksBoardKeys,
      }),
    );
    this.pausedBanner = new PausedBanner(host);
    this.track({ close: () => this.pausedBanner.destroy() });
    this.track({ close: () => this.followPause(false) });
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

    this.dialogs = this.track(this.buildDialogs());
    this.mirror = this.track(this.buildMirror());
    this.bindKeys();
    this.track(
      new ActClock(this, {
        session: () => this.session,
        stopped: () => this.dialogs.showsResults,
        heldByDialog: () => this.dialogs.holdsClock(),
        contextLostMessage: () => this.t('faults.contextLost'),
        onFrame: (now) => {
          this.incoming.update();
          // Dialogs open and close between engine events (a tutorial's Next, help): the mirror looks
          // again a few times a second, and the live region speaks when its pace allows.
          this.mirror.tick(now);
        },
      }),
    );
    this.track(this.session.subscribe((events) => this.onEngineEvents(events)));
    const hook = this.services.testHook;
    if (hook) {
      hook.markReady();
      hook.attachAct(this.hookTarget());
      this.track({ close: () => hook.detachAct() });
    }
    this.services.sound.playMusic('act-loop');
    // A resumed act keeps the speed it had (paused stays paused); a new one starts at 1×.
    const { savedSpeed } = opened;
    this.lastSpeed = savedSpeed ? savedSpeed : 1;
    this.setSpeed(options.paused ? 0 : (savedSpeed ?? 1), { save: false });
    this.refresh();
    if (this.session.finished) this.showResults();
    else if (!options.paused && !this.services.tutorials.hasSeen(this.scenarioId)) this.startTutorial();
    if (notResumed) this.say(notResumed, 'warning');
  }

  /** A message on the board's strip, said in the accessible board's live region too. */
  private say(message: string, tone: 'info' | 'warning' = 'info'): void {
    this.toast.show(message, tone);
    this.announce(message);
  }

  protected override announce(message: string): void {
    this.mirror?.say(message);
  }

  /** Shows the act's tutorial (first visit, or after "Replay tutorials" in Settings). */
  startTutorial(): void {
    this.dialogs.startTutorial(TUTORIALS[this.scenarioId], () =>
      this.services.tutorials.markSeen(this.scenarioId),
    );
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

  /** Every move is an engine command; a refusal is said with its reason, and the act is saved. */
  protected command(command: Command): CommandResult {
    return this.moves.command(command);
  }

  /** Sets the clock's speed; the save keeps it, so a resumed act runs as it was left. */
  setSpeed(speed: Speed, options: { save: boolean } = { save: true }): void {
    if (speed !== 0) this.lastSpeed = speed;
    this.session.speed = speed;
    this.hud.showSpeed(speed);
    const ended = this.dialogs.showsResults;
    this.pausedBanner.show(speed === 0 && !ended);
    this.followPause(speed === 0);
    if (options.save && !ended) this.save();
  }

  /**
   * A paused board changes only where the player points and as messages come and go: it draws at
   * the calm rate. The First Way pauses itself for every request (by default), so players spend
   * much of an act paused, reading and deciding.
   */
  private followPause(paused: boolean): void {
    if (paused && !this.pausedFrameRate) {
      this.pausedFrameRate = limitFrameRate(this.game.loop, CALM_FRAME_RATE);
    } else if (!paused && this.pausedFrameRate) {
      this.pausedFrameRate.close();
      this.pausedFrameRate = null;
    }
  }

  private cardTitle(card: CardModel): string {
    return this.t('board.cardTitle', { type: this.t(`work.${card.type}`), id: card.id });
  }

  /** A card click (canvas or accessible board); a card chosen for assigning opens the team's tab. */
  private activateCard(id: number): void {
    this.moves.activateCard({ id });
    if (this.board.selected !== null) this.sideTabs?.show(SideTab.Team);
  }

  private staffName(staffId: number): string {
    const person = this.session.run.state.staff[staffId];
    return person ? this.t(person.nameKey) : '?';
  }

  private bindKeys(): void {
    const keyboard = this.input.keyboard;
    if (!keyboard) return;
    const fresh = firstDelivery();
    const onKey = (event: KeyboardEvent) => {
      if (event.repeat || this.dialogs.showsResults || !fresh(event)) return;
      const action = keyAction(event.key, this.session.run.state);
      if (!action) return;
      if (!isGlobalKey(action) && this.dialogs.blocksBoardKeys) return;
      if (action.kind === 'togglePause') event.preventDefault();
      this.perform(action);
    };
    keyboard.on('keydown', onKey);
    this.track({ close: () => keyboard.off('keydown', onKey) });
  }

  private perform(action: KeyAction): void {
    switch (action.kind) {
      case 'help':
        this.dialogs.toggleHelp();
        break;
      case 'back':
        this.dialogs.back(() => this.askToLeave());
        break;
      case 'togglePause':
        this.setSpeed(this.session.speed === 0 ? this.lastSpeed : 0);
        break;
      case 'speed':
        this.setSpeed(action.speed);
        break;
      case 'triage':
        this.moves.triageShown(action.decision);
        break;
      case 'command':
        this.command(action.command);
        break;
    }
  }

  /** Esc: the act is saved at once, then the player is asked whether to leave ("Keep playing" first). */
  private askToLeave(): void {
    this.save();
    this.dialogs.openLeaveDialog(() => this.leave());
  }

  /** Saves and goes back to act select; the act can be resumed from there. */
  private leave(): void {
    this.save();
    this.playSound('back');
    this.go(SceneKey.ActSelect);
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
    this.mirror.onEvents(events);
    this.pauseForRequest(events);
    this.refresh();
    if (events.some((event) => event.type === 'hour')) this.save();
    if (this.session.finished && !this.dialogs.showsResults) this.showResults();
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
    this.board.reserveBottom(this.coachCard.top);
    this.controls.render(this.model, state.settings);
    this.renderActPanel(this.model);
    this.effects.setOutages(this.model.openOutages);
    this.dialogs.sync();
    this.mirror.refreshed();
  }

  private buildDialogs(): ActDialogs {
    const state = this.session.run.state;
    return new ActDialogs({
      host: this.host(),
      focusGroup: this.focusGroup,
      session: () => this.session,
      command: (command) => this.command(command),
      constraintName: () => this.staffName(state.constraintStaffId),
      pointerDown: () => this.input.activePointer.isDown,
      afterPointerUp: (callback) =>
        this.input.once(Phaser.Input.Events.POINTER_UP, () => this.time.delayedCall(0, callback)),
      onStoryShown: (beat, character) => this.mirror.storyShown(beat, character),
    });
  }

  private buildMirror(): MirrorWiring {
    const host = this.host();
    return new MirrorWiring({
      parent: this.game.canvas?.parentElement ?? null,
      t: (key, options) => this.t(key, options),
      settings: this.services.settings,
      duration: (hours) => formatHours(host, hours),
      perDay: (value) => formatPerDayValue(host, value),
      title: this.t(this.session.scenario.titleKey),
      model: () => this.model ?? null,
      state: () => this.session.run.state,
      speed: () => this.session.speed,
      selected: () => this.board.selected,
      staffName: (id) => this.staffName(id),
      dialog: () => this.dialogs.front(),
      focus: {
        card: (id) => this.board.focusCard(id),
        staff: (id) => {
          const button = this.team.staffButton(id);
          if (button) this.focusGroup.focus(button);
        },
        button: (button) => this.focusGroup.focus(button),
      },
      play: {
        activateCard: (id) => this.activateCard(id),
        activateStaff: (id) => this.moves.activateStaff(id),
        triage: (id, decision) => this.moves.triage(decision, id),
        changeWipLimit: (stage, delta) => this.moves.changeWipLimit(stage, delta),
        command: (command) => {
          this.command(command);
        },
        setSpeed: (speed) => this.setSpeed(speed),
      },
    });
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
    this.pausedBanner.show(false);
    const results = this.dialogs.showResults((onShare) => {
      const made = makeActResults(this.host(), this.session, {
        share: { className: this.services.launch.className ?? '', storage: this.services.storage },
        removeButton: (button) => this.focusGroup.remove(button),
        onContinue: () => this.go(SceneKey.Debrief, { log: this.session.log }),
        onReplay: () => this.scene.restart({ seed: this.session.run.log.seed }),
        onShare,
      });
      this.practices = made.practices;
      return made.panel;
    });
    this.services.progress.recordResult(this.scenarioId, results.outcome);
    this.mirror.announceResult(results.outcome.score, results.outcome.stars);
    this.playSound('confirm');
  }

  private hookTarget(): ActHookTarget {
    return {
      scenarioId: this.scenarioId,
      session: () => this.session,
      setSpeed: (speed) => this.setSpeed(speed),
      dispatch: (command) => this.command(command),
      cardCenter: (id) => this.board.cardPosition(id),
      resultCode: () => this.dialogs.resultsPanel?.resultCode() ?? null,
      practices: () => (this.dialogs.showsResults ? this.practices : null),
      insights: () => this.insights.update(this.session.run),
      advanceHours: (hours) => this.session.runHours(hours),
    };
  }
}
