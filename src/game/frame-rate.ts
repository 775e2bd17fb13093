import type { Disposable } from './services';

/**
 * Frames a second for a calm screen — the Title, a paused act — where little moves and slowly:
 * it looks the same, and costs the page about a third less CPU (the README's load section).
 */
export const CALM_FRAME_RATE = 30;

/** The part of Phaser's game loop (`game.loop`) a frame-rate limit needs. */
export interface FrameLoop {
  setFPSLimit(limit: number): unknown;
}

/**
 * Steps and draws the game at most `fps` times a second until closed, then at the display's rate
 * again. Phaser restarts its loop to change the rate, and a restart from inside a frame — where
 * scenes are built and shut down — leaves a second loop running beside the first (every frame then
 * stepped twice); so each change waits for a task of its own, at most a frame later.
 */
export function limitFrameRate(loop: FrameLoop, fps: number): Disposable {
  let applied = false;
  const pending = setTimeout(() => {
    applied = true;
    loop.setFPSLimit(fps);
  }, 0);
  return {
    close: () => {
      clearTimeout(pending);
      if (applied) setTimeout(() => loop.setFPSLimit(0), 0);
      applied = false;
    },
  };
}

/** The parts of Phaser's game (`game.loop`, `game.scene`) a step taken at once needs. */
export interface SteppableGame {
  loop: { readonly running: boolean; step(time: number): void };
  scene: { readonly isProcessing: boolean };
}

/**
 * Takes the game's next step now rather than at the next animation frame: Phaser builds a queued
 * scene in a step, so a scene change asked for between frames would otherwise wait up to a frame —
 * two at a calm rate — before anything happens. Only between steps (never inside one, where scenes
 * are being updated or drawn) and while the loop runs (a hidden tab's game steps when it returns).
 * Returns whether it stepped.
 */
export function stepNow(game: SteppableGame, now: () => number = () => performance.now()): boolean {
  if (!game.loop.running || game.scene.isProcessing) return false;
  game.loop.step(now());
  return true;
}
