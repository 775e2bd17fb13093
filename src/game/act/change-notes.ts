// "Since Dev WIP 3 on day 4: lead time for changes 3.1 d → 2.2 d, throughput 1.4 → 1.6 a day": a day
// after each policy change, what moved, measured from the engine's events in the stretch before the
// change and the day since. Pure (no Phaser, no words: the view words it), so it is unit-tested.
import type { SimEvent } from '../../engine';
import {
  HOURS_PER_DAY,
  type PolicyChange,
  TREND_WINDOW_HOURS,
  type WindowFigures,
  windowFigures,
} from './trends';

/** A note comes a working day after the change it is about. */
export const NOTE_DELAY_HOURS = HOURS_PER_DAY;
/** A figure not always shown is shown when it moved by at least this share. */
const MOVED_SHARE = 0.25;

export type NoteFigureKey =
  | 'leadTime'
  | 'throughput'
  | 'deploymentFrequency'
  | 'changeFailureRate'
  | 'timeToRestore';

export interface NoteFigure {
  key: NoteFigureKey;
  /** Null when the stretch before had nothing to measure (or there was no stretch before). */
  before: number | null;
  after: number;
}

export interface ChangeNote {
  /** The change's first hour: one note per change. */
  id: number;
  change: PolicyChange;
  /** 1-based working day of the change. */
  day: number;
  /** Hour the note is due (a day after the change's last setting). */
  dueTick: number;
  figures: NoteFigure[];
  /** Requests shipped in the day since (0: the note says nothing shipped yet). */
  shippedSince: number;
}

function figureOf(figures: WindowFigures, key: NoteFigureKey): number | null {
  switch (key) {
    case 'leadTime':
      return figures.leadTimeHours;
    case 'throughput':
      return figures.throughputPerDay;
    case 'deploymentFrequency':
      return figures.deploymentsPerDay;
    case 'changeFailureRate':
      return figures.changeFailureRate;
    case 'timeToRestore':
      return figures.timeToRestoreHours;
  }
}

function relativeMove(before: number, after: number): number {
  if (before === after) return 0;
  return Math.abs(after - before) / Math.max(Math.abs(before), Math.abs(after));
}

/**
 * The note on one change, once a day has passed since it (null before). Always lead time for changes
 * and throughput, as they have values; then whichever other DORA key moved most, if it moved by a
 * quarter or more.
 */
export function changeNote(
  events: readonly SimEvent[],
  change: PolicyChange,
  tick: number,
): ChangeNote | null {
  const dueTick = change.lastTick + NOTE_DELAY_HOURS;
  if (tick < dueTick) return null;
  const before = windowFigures(events, change.firstTick - TREND_WINDOW_HOURS, change.firstTick);
  const after = windowFigures(events, change.lastTick, dueTick);
  const figures: NoteFigure[] = [];
  for (const key of ['leadTime', 'throughput'] as const) {
    const value = figureOf(after, key);
    if (value !== null) figures.push({ key, before: figureOf(before, key), after: value });
  }
  let mover: NoteFigure | null = null;
  let moved = MOVED_SHARE;
  for (const key of ['deploymentFrequency', 'changeFailureRate', 'timeToRestore'] as const) {
    const b = figureOf(before, key);
    const a = figureOf(after, key);
    if (a === null || b === null) continue;
    const share = relativeMove(b, a);
    if (share >= moved) {
      moved = share;
      mover = { key, before: b, after: a };
    }
  }
  if (mover) figures.push(mover);
  return {
    id: change.firstTick,
    change,
    day: Math.floor(change.firstTick / HOURS_PER_DAY) + 1,
    dueTick,
    figures,
    shippedSince: after.shipped,
  };
}

/** A decided investment works only once it is live: the note is about that change, not the decision. */
export function hasNote(change: PolicyChange): boolean {
  return !change.settings.every((s) => s.kind === 'investment' && s.phase === 'started');
}

/** Every note due by `tick`, oldest first. */
export function dueNotes(
  events: readonly SimEvent[],
  changes: readonly PolicyChange[],
  tick: number,
): ChangeNote[] {
  const notes: ChangeNote[] = [];
  for (const change of changes) {
    if (!hasNote(change)) continue;
    const note = changeNote(events, change, tick);
    if (note) notes.push(note);
  }
  return notes;
}
