/** How long the sound may wait for the browser to be idle before it loads anyway. */
const AUDIO_IDLE_TIMEOUT_MS = 5000;
/** How long the sound gives way to a scene being loaded or started before it loads anyway. */
const AUDIO_MAX_DEFERRAL_MS = 20_000;

export interface AfterTitleWork {
  /** The other scenes' code (the next click needs it). */
  code(): Promise<void>;
  /** The sound: Howler, its AudioContext and the files. */
  sound(): Promise<void>;
  /**
   * The offline copy: registering the service worker, which then downloads every file of the game
   * (about 2.4 MB). On a slow network that download would compete with the code of an act being opened.
   */
  offline(): Promise<void>;
  /** True while a scene's code is loading or a scene's start is queued (built in the next frame). */
  busy(): boolean;
}

/**
 * Work that must not delay the first screen, started once, when the first scene after the splash has
 * settled: first the code the next click needs (at once), then the sound, then the offline copy, each
 * in a quiet moment of the browser. Creating the AudioContext blocks the page for a while on a slow
 * machine, and the offline copy's download shares a slow network with the act's code, so both wait
 * until nothing else (building an act, say) is going on: an idle moment that falls while a scene's code
 * is loading or its start is queued is skipped (idle moments come after a frame, so the scene has been
 * built and drawn by the next one). Browsers hold audio back until the first click or key anyway, and
 * Howler plays what was asked for once it is unlocked.
 */
export class AfterTitle {
  private started = false;
  private cancelled = false;
  private idleHandle: number | null = null;

  constructor(
    private readonly work: AfterTitleWork,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Called by every scene once it has settled; only the first call does anything. */
  start(): void {
    if (this.started || this.cancelled) return;
    this.started = true;
    void this.work
      .code()
      .catch(() => undefined)
      .then(() =>
        this.whenQuiet(this.now() + AUDIO_MAX_DEFERRAL_MS, () => {
          void this.work
            .sound()
            .catch(() => undefined)
            .then(() =>
              this.whenQuiet(
                this.now() + AUDIO_MAX_DEFERRAL_MS,
                () => void this.work.offline().catch(() => undefined),
              ),
            );
        }),
      );
  }

  cancel(): void {
    this.cancelled = true;
    if (this.idleHandle === null) return;
    if (typeof cancelIdleCallback === 'function') cancelIdleCallback(this.idleHandle);
    else window.clearTimeout(this.idleHandle);
    this.idleHandle = null;
  }

  /** Runs `work` in an idle moment when no scene is starting (or at `deadline` at the latest). */
  private whenQuiet(deadline: number, work: () => void): void {
    if (this.cancelled) return;
    const run = () => {
      this.idleHandle = null;
      if (this.cancelled) return;
      if (this.work.busy() && this.now() < deadline) this.whenQuiet(deadline, work);
      else work();
    };
    this.idleHandle =
      typeof requestIdleCallback === 'function'
        ? requestIdleCallback(run, { timeout: AUDIO_IDLE_TIMEOUT_MS })
        : window.setTimeout(run, 200);
  }
}
