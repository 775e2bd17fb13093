// What the board says about cause and effect while the act runs: the DORA trends with their change
// markers, the note a day after each change, and the coach's hint. Pure (no Phaser): the act scene
// feeds it the run after each update and the widgets draw what it returns.
import type { Run, Scenario } from '../../engine';
import { type ChangeNote, changeNote, hasNote, NOTE_DELAY_HOURS } from './change-notes';
import { type CoachHint, CoachTracker } from './coach-hints';
import {
  computeTrends,
  constraintUtilisationLastDay,
  HOURS_PER_DAY,
  markerTicks,
  type PolicyChange,
  policyChanges,
  type Trends,
} from './trends';

/** A note stays on the board for a working day unless closed; a hint for two. */
export const NOTE_SHOWN_HOURS = HOURS_PER_DAY;
export const HINT_SHOWN_HOURS = HOURS_PER_DAY * 2;

export type BoardMessage =
  | { kind: 'note'; note: ChangeNote; since: number }
  | { kind: 'hint'; hint: CoachHint; since: number };

export interface Insights {
  trends: Trends;
  /** Hours at which the player changed a policy (the trends' markers). */
  markers: number[];
  endTick: number;
  /** The one message on the board now, if any. */
  message: BoardMessage | null;
  /** The constraint engineer's utilisation over the last working day (null before the first hour). */
  constraintUtilisation: number | null;
}

export class BoardInsights {
  private readonly coach = new CoachTracker();
  /** Notes closed or shown out, by id, so each comes once. */
  private readonly notesDone = new Set<number>();
  private message: BoardMessage | null = null;
  private cache: { tick: number; events: number; insights: Insights } | null = null;
  private changes: PolicyChange[] = [];
  /** Notes once due, by change: their windows are past, so they never change again. */
  private readonly notes = new Map<string, ChangeNote>();

  constructor(
    private readonly scenario: Scenario,
    /** Whether the player wants coach hints (Settings); read on every update. */
    private readonly hintsWanted: () => boolean,
    /** The hour the view started: notes due before it (a resumed act) are old news. */
    private readonly startTick: number,
  ) {}

  update(run: Run): Insights {
    const tick = run.state.tick;
    const cache = this.cache;
    if (cache && cache.tick === tick && cache.events === run.events.length) return cache.insights;
    this.changes = policyChanges({
      events: run.events,
      initial: this.scenario.defaults,
      kindOfItem: (id) => run.state.items[id]?.kind,
    });
    this.pickMessage(run, tick);
    const insights: Insights = {
      trends: computeTrends(run.events, tick),
      markers: markerTicks(this.changes),
      endTick: run.state.endTick,
      message: this.message,
      constraintUtilisation: constraintUtilisationLastDay(run.events),
    };
    this.cache = { tick, events: run.events.length, insights };
    return insights;
  }

  /** The player closed the message. */
  dismiss(): void {
    if (this.message?.kind === 'note') this.notesDone.add(this.message.note.id);
    if (this.message?.kind === 'hint') this.coach.dismiss();
    this.message = null;
    this.cache = null;
  }

  /** As change-notes' dueNotes, each note computed once. */
  private dueNotes(run: Run, tick: number): ChangeNote[] {
    const due: ChangeNote[] = [];
    for (const change of this.changes) {
      if (!hasNote(change)) continue;
      if (tick < change.lastTick + NOTE_DELAY_HOURS) continue;
      const key = `${change.firstTick}:${change.lastTick}:${JSON.stringify(change.settings)}`;
      let note = this.notes.get(key);
      if (!note) {
        note = changeNote(run.events, change, tick) ?? undefined;
        if (note) this.notes.set(key, note);
      }
      if (note) due.push(note);
    }
    return due;
  }

  private pickMessage(run: Run, tick: number): void {
    const current = this.message;
    if (current && tick - current.since >= (current.kind === 'note' ? NOTE_SHOWN_HOURS : HINT_SHOWN_HOURS)) {
      this.dismiss();
    }
    // The newest note due wins over anything else: it is about what the player just did.
    const fresh = this.dueNotes(run, tick).filter(
      (note) => !this.notesDone.has(note.id) && note.dueTick >= this.startTick,
    );
    const newest = fresh[fresh.length - 1];
    if (newest && !(this.message?.kind === 'note' && this.message.note.id === newest.id)) {
      if (this.message) this.dismiss();
      for (const older of fresh.slice(0, -1)) this.notesDone.add(older.id);
      this.message = { kind: 'note', note: newest, since: tick };
      return;
    }
    // The coach watches every hour (its history needs them), but speaks only when wanted and when
    // nothing else is on the board.
    this.coach.record(run.state);
    if (!this.hintsWanted()) {
      if (this.message?.kind === 'hint') this.dismiss();
      return;
    }
    if (!this.message) {
      const hint = this.coach.next(run.state);
      if (hint) this.message = { kind: 'hint', hint, since: tick };
    }
  }
}
