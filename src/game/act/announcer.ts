// The live region's pacing: at most one announcement a second; what arrives in between is merged
// into the next one, so a burst of events (a failed release that opens an incident, two requests at
// once) is read as one sentence instead of flooding the screen reader or dropping news.

export const ANNOUNCE_INTERVAL_MS = 1000;
/** Past this many waiting messages the oldest are summarised, so a long burst stays one sentence. */
export const MAX_MERGED = 4;

export interface AnnouncerOptions {
  intervalMs?: number;
  maxMerged?: number;
  /** Joins merged messages (locale-specific punctuation is the caller's choice). */
  join?: (messages: readonly string[]) => string;
  /** Said for the messages past `maxMerged` (e.g. "and 3 more"). */
  more?: (count: number) => string;
}

/** A pure queue: `push` messages as they happen, `take(now)` when the clock allows one announcement. */
export class Announcer {
  private readonly waiting: string[] = [];
  private lastAt = Number.NEGATIVE_INFINITY;
  private readonly intervalMs: number;
  private readonly maxMerged: number;
  private readonly join: (messages: readonly string[]) => string;
  private readonly more: (count: number) => string;

  constructor(options: AnnouncerOptions = {}) {
    this.intervalMs = options.intervalMs ?? ANNOUNCE_INTERVAL_MS;
    this.maxMerged = options.maxMerged ?? MAX_MERGED;
    this.join = options.join ?? ((messages) => messages.join(' '));
    this.more = options.more ?? ((count) => `(+${count})`);
  }

  push(message: string): void {
    const text = message.trim();
    // The same news twice in one window is said once.
    if (text && !this.waiting.includes(text)) this.waiting.push(text);
  }

  get pending(): number {
    return this.waiting.length;
  }

  /** Milliseconds until an announcement may be made (0: now). */
  waitMs(now: number): number {
    return Math.max(0, this.lastAt + this.intervalMs - now);
  }

  /** The announcement to make now, or null when nothing waits or the last one was under a second ago. */
  take(now: number): string | null {
    if (this.waiting.length === 0 || this.waitMs(now) > 0) return null;
    const messages = this.waiting.splice(0);
    const shown = messages.slice(0, this.maxMerged);
    const rest = messages.length - shown.length;
    this.lastAt = now;
    return rest > 0 ? this.join([...shown, this.more(rest)]) : this.join(shown);
  }

  clear(): void {
    this.waiting.length = 0;
  }
}
