/**
 * Work that must not delay the Title (the other scenes' code, the sound): started once, when the
 * first scene after the splash has settled, in the browser's idle time.
 */
export class AfterTitle {
  private started = false;
  private cancelled = false;
  private handle: number | null = null;

  constructor(private readonly work: () => Promise<void>) {}

  /** Called by every scene once it has settled; only the first call does anything. */
  start(): void {
    if (this.started || this.cancelled) return;
    this.started = true;
    const run = () => {
      this.handle = null;
      if (!this.cancelled) void this.work();
    };
    this.handle =
      typeof requestIdleCallback === 'function'
        ? requestIdleCallback(run, { timeout: 500 })
        : window.setTimeout(run, 50);
  }

  cancel(): void {
    this.cancelled = true;
    if (this.handle === null) return;
    if (typeof cancelIdleCallback === 'function') cancelIdleCallback(this.handle);
    else window.clearTimeout(this.handle);
    this.handle = null;
  }
}
