// The act's clock on the page: each frame plays the real time elapsed since the last (from frame
// timestamps: Phaser's smoothed delta under-reports on slow frames), held while the tab is hidden or
// the renderer has lost its context (the gap is not played afterwards) and while a dialog holds it.
import Phaser from 'phaser';
import type { ActSession } from '../../act/act-session';
import { type FaultHold, watchFaults } from '../../act/fault-watch';
import type { Disposable } from '../../services';

export interface ActClockOptions {
  session: () => ActSession;
  /** The act is over: the clock stops. */
  stopped: () => boolean;
  /** A dialog holds the clock (except at the policy bot's max speed). */
  heldByDialog: () => boolean;
  contextLostMessage: () => string;
  /** After the clock has moved, every frame (the page's clock in milliseconds). */
  onFrame: (now: number) => void;
}

export class ActClock implements Disposable {
  private held: FaultHold = { hidden: document.visibilityState === 'hidden', contextLost: false };
  private lastTime: number | null = null;
  private readonly faults: Disposable;
  private readonly onUpdate = (time: number) => this.frame(time);

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly options: ActClockOptions,
  ) {
    scene.events.on(Phaser.Scenes.Events.UPDATE, this.onUpdate);
    this.faults = watchFaults(scene.game.canvas, {
      contextLostMessage: options.contextLostMessage,
      onChange: (change) => {
        this.held = { ...this.held, ...change };
        // The next frame starts timing afresh.
        this.lastTime = null;
      },
    });
  }

  close(): void {
    this.scene.events.off(Phaser.Scenes.Events.UPDATE, this.onUpdate);
    this.faults.close();
  }

  private frame(time: number): void {
    const deltaMs = this.lastTime === null ? 0 : time - this.lastTime;
    this.lastTime = time;
    if (!this.options.stopped()) {
      const session = this.options.session();
      const paused = this.options.heldByDialog() && session.speed !== 'max';
      session.update(deltaMs, this.held.hidden || this.held.contextLost || paused);
    }
    this.options.onFrame(performance.now());
  }
}
