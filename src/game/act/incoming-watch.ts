import Phaser from 'phaser';
import type { Disposable } from '../services';
import { INCOMING_PANEL, type IncomingCountdown } from '../ui/act/incoming-countdown';
import type { Button } from '../ui/button';
import type { Focusable } from '../ui/focus-group';
import type { ActSession } from './act-session';

export interface IncomingWatchOptions {
  session: () => ActSession;
  countdown: IncomingCountdown;
  /** The request on show in the Incoming panel. */
  shownRequestId: () => number | null;
  triageControls: () => readonly Button[];
  focused: () => Focusable | undefined;
  /** A dialog is in front of the board (nobody is looking at the Incoming panel then). */
  blocked: () => boolean;
}

/**
 * The Incoming panel's countdown and its hold: while the player looks at a waiting request (pointer
 * over the panel, or a triage button focused) its countdown stands still — through the engine's
 * `holdTriage` command, so the log replays it exactly.
 */
export class IncomingWatch implements Disposable {
  private pointerInside = false;
  private readonly onMove = (pointer: Phaser.Input.Pointer) => {
    const { x, y } = this.scene.cameras.main.getWorldPoint(pointer.x, pointer.y);
    const panel = INCOMING_PANEL;
    this.pointerInside =
      x >= panel.x && x <= panel.x + panel.width && y >= panel.y && y <= panel.y + panel.height;
  };
  private readonly onOut = () => {
    this.pointerInside = false;
  };

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly options: IncomingWatchOptions,
  ) {
    scene.input.on(Phaser.Input.Events.POINTER_MOVE, this.onMove);
    scene.input.on(Phaser.Input.Events.POINTER_DOWN, this.onMove);
    scene.input.on(Phaser.Input.Events.GAME_OUT, this.onOut);
  }

  /** Called every frame: sets the hold as the player's attention says, and draws the countdown. */
  update(): void {
    this.syncHold();
    this.renderCountdown();
  }

  close(): void {
    this.scene.input.off(Phaser.Input.Events.POINTER_MOVE, this.onMove);
    this.scene.input.off(Phaser.Input.Events.POINTER_DOWN, this.onMove);
    this.scene.input.off(Phaser.Input.Events.GAME_OUT, this.onOut);
  }

  private syncHold(): void {
    const session = this.options.session();
    const state = session.run.state;
    if (session.finished || session.policyDriven || !state.mechanics.includes('triage')) return;
    const focused = this.options.focused();
    const looking =
      this.pointerInside ||
      (focused !== undefined && this.options.triageControls().some((button) => button === focused));
    const wanted = looking && state.places.triage.length > 0 && !this.options.blocked();
    if (wanted !== state.triageHeld) session.dispatch({ type: 'holdTriage', on: wanted });
  }

  private renderCountdown(): void {
    const session = this.options.session();
    const state = session.run.state;
    const shown = this.options.shownRequestId();
    const item = shown === null ? undefined : state.items[shown];
    if (item?.place !== 'triage' || item.triageDeadline === null) {
      this.options.countdown.render(null);
      return;
    }
    const held = state.triageHeld;
    const left = item.triageDeadline - state.tick - (held ? 0 : session.hourProgress);
    this.options.countdown.render({ left, total: state.params.autoTriageHours, held });
  }
}
