/** How long the sound may wait for the browser to be idle before it loads anyway. */
const AUDIO_IDLE_TIMEOUT_MS = 5000;

/**
 * Work that must not delay the first screen, started once, when the first scene after the splash has
 * settled: first the code the next click needs (at once), then the sound in the browser's idle time —
 * creating the AudioContext blocks the page for a while on a slow machine, so it waits until nothing
 * else (building an act, say) is going on. Browsers hold audio back until the first click or key
 * anyway, and Howler plays what was asked for once it is unlocked.
 */
export class AfterTitle {
  private started = false;
  private cancelled = false;
  private idleHandle: number | null = null;

  constructor(
    private readonly code: () => Promise<void>,
    private readonly sound: () => Promise<void>,
  ) {}

  /** Called by every scene once it has settled; only the first call does anything. */
  start(): void {
    if (this.started || this.cancelled) return;
    this.started = true;
    void this.code()
      .catch(() => undefined)
      .then(() => this.whenIdle(() => void this.sound()));
  }

  cancel(): void {
    this.cancelled = true;
    if (this.idleHandle === null) return;
    if (typeof cancelIdleCallback === 'function') cancelIdleCallback(this.idleHandle);
    else window.clearTimeout(this.idleHandle);
    this.idleHandle = null;
  }

  private whenIdle(work: () => void): void {
    if (this.cancelled) return;
    const run = () => {
      this.idleHandle = null;
      if (!this.cancelled) work();
    };
    this.idleHandle =
      typeof requestIdleCallback === 'function'
        ? requestIdleCallback(run, { timeout: AUDIO_IDLE_TIMEOUT_MS })
        : window.setTimeout(run, 200);
  }
}
