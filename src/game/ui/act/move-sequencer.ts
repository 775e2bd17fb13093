/**
 * The order of a board's card moves: the cards that go fade out first; then each column's staying cards
 * close up; then new cards fade in where the closing-up has finished. Each step starts when the one
 * before has actually ended — told by the moves themselves, not by a precomputed clock time. (Times
 * computed when a move was planned drifted from the tweens' own progress by a frame or two; on a busy
 * machine, with long frames, a card could slide into a place another was still fading out of.)
 * `K` is whatever identifies a card's view; the sequencer knows nothing of Phaser.
 */
export class MoveSequencer<K> {
  private readonly leavers = new Set<K>();
  /** Per column, the close-up waiting for the leavers: it starts its moves and returns who moves. */
  private readonly plannedReflows = new Map<string, () => K[]>();
  /** The cards closing up now, with their column. */
  private readonly reflowing = new Map<K, string>();
  private readonly arrivals = new Map<K, { column: string; start: () => void }>();
  private releasing = false;
  private releaseAgain = false;

  /** A card has started to fade out: nothing closes up or arrives until it is gone. */
  leave(key: K): void {
    this.leavers.add(key);
  }

  /** A column's close-up, replacing any still waiting for that column; starts at once when nothing leaves. */
  planReflow(column: string, start: () => K[]): void {
    this.plannedReflows.set(column, start);
    this.release();
  }

  /** A card to fade in once nothing leaves and its column has closed up. */
  arrive(key: K, column: string, start: () => void): void {
    this.arrivals.set(key, { column, start });
    this.release();
  }

  /** A card's fade-out or close-up has ended. */
  finished(key: K): void {
    const changed = this.leavers.delete(key) || this.reflowing.delete(key);
    if (changed) this.release();
  }

  /** A card's moves were stopped (or it was removed): it neither holds others back nor waits. */
  stop(key: K): void {
    const changed = this.leavers.delete(key) || this.reflowing.delete(key);
    this.arrivals.delete(key);
    if (changed) this.release();
  }

  /** True while any card is fading out, waiting to close up, closing up or waiting to arrive. */
  get busy(): boolean {
    return (
      this.leavers.size > 0 ||
      this.plannedReflows.size > 0 ||
      this.reflowing.size > 0 ||
      this.arrivals.size > 0
    );
  }

  private release(): void {
    // A start may stop another card's move, which releases again: finish this pass, then go round.
    if (this.releasing) {
      this.releaseAgain = true;
      return;
    }
    this.releasing = true;
    try {
      do {
        this.releaseAgain = false;
        this.releaseOnce();
      } while (this.releaseAgain);
    } finally {
      this.releasing = false;
    }
  }

  private releaseOnce(): void {
    if (this.leavers.size > 0) return;
    const plans = [...this.plannedReflows];
    this.plannedReflows.clear();
    for (const [column, start] of plans) for (const key of start()) this.reflowing.set(key, column);
    const closingUp = new Set(this.reflowing.values());
    for (const [key, arrival] of [...this.arrivals]) {
      if (this.leavers.size > 0) return;
      if (closingUp.has(arrival.column) || this.plannedReflows.has(arrival.column)) continue;
      this.arrivals.delete(key);
      arrival.start();
    }
  }
}
