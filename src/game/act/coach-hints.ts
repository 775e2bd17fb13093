// Coach hints: what the board's state says the player could change now, each naming the lever and the
// Way it belongs to. Read from the engine's state only (no script, no timer): a hint shows because the
// model is in that situation. Pure (no Phaser, no words), so each hint is unit-tested.
import { type Mechanic, type SimState, type WorkItem, type WorkStage, wipOf } from '../../engine';

export type HintId = 'constraint-starved' | 'frozen-wip' | 'queue-growing' | 'undetected-incident';
export type Way = 'first' | 'second' | 'third';
/** Where a queue forms: in front of a working stage, or in Ready in front of the release. */
export type QueueStage = WorkStage | 'release';

export type Lever =
  /** `review`: the limit counts this work; whether to raise it is the player's call (measured: it depends). */
  | { kind: 'wipLimit'; stage: WorkStage; direction: 'raise' | 'lower' | 'review' }
  | { kind: 'batchSize' }
  | { kind: 'protectConstraint' }
  | { kind: 'triage' }
  | { kind: 'changeApproval' }
  | { kind: 'telemetry' };

export interface CoachHint {
  id: HintId;
  way: Way;
  lever: Lever;
  /** Items the hint is about (waiting, frozen, queued, or undetected incidents). */
  count: number;
  /** The stage the hint is about, when it is about one. */
  stage: QueueStage | null;
}

/** Items waiting in front of each stage at one hour. */
export type QueueSample = Record<QueueStage, number>;

/** The constraint engineer counts as idle below this share of an hour. */
const IDLE_BELOW = 0.5;
/** Hours of idleness (and of an unseen incident) before it is worth a word. */
const IDLE_HOURS = 2;
/** A queue "grows" by at least this much over a working day, to at least QUEUE_MIN. */
const QUEUE_GROWTH = 3;
const QUEUE_MIN = 4;
const DAY = 8;

const NEXT: Partial<Record<WorkStage, WorkStage>> = { dev: 'test', test: 'ops' };

function itemsIn(state: SimState, place: keyof SimState['places']): WorkItem[] {
  return state.places[place].map((id) => state.items[id]!);
}

function hasRoom(state: SimState, stage: WorkStage): boolean {
  const limit = state.settings.wipLimits[stage];
  return limit === null || wipOf(state, stage) < limit;
}

/** Finished here, free to move on, but the next stage has no room. */
function waitsForRoom(state: SimState, item: WorkItem): WorkStage | null {
  if (item.need !== null || item.blocked || item.type === 'incident') return null;
  const next = NEXT[item.place as WorkStage];
  return next && !hasRoom(state, next) ? next : null;
}

/** What waits in front of each stage now: finished upstream with no room, or in the stage untouched. */
export function queueSample(state: SimState): QueueSample {
  const sample: QueueSample = { dev: state.places.backlog.length, test: 0, ops: 0, release: 0 };
  for (const stage of ['dev', 'test'] as const) {
    for (const item of itemsIn(state, stage)) if (waitsForRoom(state, item)) sample[NEXT[stage]!]++;
  }
  for (const stage of ['test', 'ops'] as const) {
    for (const item of itemsIn(state, stage)) {
      if (item.type === 'incident' || item.blocked) continue;
      if (item.need === stage && item.assignees.length === 0) sample[stage]++;
    }
  }
  for (const item of itemsIn(state, 'release')) if (item.releaseId === null) sample.release++;
  return sample;
}

const has = (state: SimState, mechanic: Mechanic) => state.mechanics.includes(mechanic);

/** The constraint engineer idle while work that only they can do waits for room in front of them. */
export function constraintStarved(state: SimState, staffBusy: readonly number[][]): CoachHint | null {
  if (!idleLately(staffBusy, state.constraintStaffId)) return null;
  if (!has(state, 'wip-limits')) return null;
  const blockedBy = new Map<WorkStage, number>();
  for (const stage of ['dev', 'test'] as const) {
    for (const item of itemsIn(state, stage)) {
      if (!item.needsConstraint) continue;
      const full = waitsForRoom(state, item);
      if (full) blockedBy.set(full, (blockedBy.get(full) ?? 0) + 1);
    }
  }
  // The stage nearest the constraint first: its limit is the one keeping their work away.
  const stage = blockedBy.has('ops') ? 'ops' : blockedBy.has('test') ? 'test' : null;
  if (!stage) return null;
  // Measured over seeds (see the unit test): raising the full stage's limit makes it worse; protecting
  // the constraint (they stop taking work others could do), else fewer items started in Dev, helps.
  const lever: Lever | null =
    has(state, 'protect-constraint') && !state.settings.protectConstraint
      ? { kind: 'protectConstraint' }
      : (state.settings.wipLimits.dev ?? 0) > 1
        ? { kind: 'wipLimit', stage: 'dev', direction: 'lower' }
        : null;
  if (!lever) return null;
  return { id: 'constraint-starved', way: 'first', lever, count: blockedBy.get(stage)!, stage };
}

/** Whether this person worked less than half of each of the last IDLE_HOURS hours. */
function idleLately(staffBusy: readonly number[][], staffId: number): boolean {
  const recent = staffBusy.slice(-IDLE_HOURS);
  return recent.length === IDLE_HOURS && recent.every((hour) => (hour[staffId] ?? 0) < IDLE_BELOW);
}

/** Frozen projects holding the slots of a stage that is full because of them. */
export function frozenWip(state: SimState): CoachHint | null {
  if (!state.settings.projectFreeze || !has(state, 'wip-limits')) return null;
  for (const stage of ['dev', 'test', 'ops'] as const) {
    if (hasRoom(state, stage)) continue;
    const frozen = itemsIn(state, stage).filter((item) => item.blocked === 'frozen').length;
    if (frozen > 0) {
      return {
        id: 'frozen-wip',
        way: 'first',
        // Measured over seeds: neither raising the limit nor lifting the freeze helps on average —
        // frozen work still counts as work in process, and the hint says so rather than push either.
        lever: { kind: 'wipLimit', stage, direction: 'review' },
        count: frozen,
        stage,
      };
    }
  }
  return null;
}

/** The lever for a queue in front of a stage, if the act has one. */
function queueLever(state: SimState, stage: QueueStage): { lever: Lever; way: Way } | null {
  switch (stage) {
    case 'dev':
      return has(state, 'triage') ? { lever: { kind: 'triage' }, way: 'first' } : null;
    case 'test':
      return has(state, 'wip-limits')
        ? { lever: { kind: 'wipLimit', stage: 'dev', direction: 'lower' }, way: 'first' }
        : null;
    case 'ops':
      if (has(state, 'protect-constraint') && !state.settings.protectConstraint)
        return { lever: { kind: 'protectConstraint' }, way: 'first' };
      return has(state, 'wip-limits')
        ? { lever: { kind: 'wipLimit', stage: 'dev', direction: 'lower' }, way: 'first' }
        : null;
    case 'release': {
      const awaitingApproval = itemsIn(state, 'release').some((item) => item.blocked === 'awaiting-approval');
      if (awaitingApproval && has(state, 'change-approval') && state.settings.changeApproval === 'cab')
        return { lever: { kind: 'changeApproval' }, way: 'second' };
      return has(state, 'batch-size') && state.settings.batchSize > 1
        ? { lever: { kind: 'batchSize' }, way: 'first' }
        : null;
    }
  }
}

/** One queue grew over the last working day while the others did not keep up with it. */
export function queueGrowing(state: SimState, history: readonly QueueSample[]): CoachHint | null {
  if (history.length <= DAY) return null;
  const now = history[history.length - 1]!;
  const dayAgo = history[history.length - 1 - DAY]!;
  let best: { stage: QueueStage; growth: number } | null = null;
  let growing = 0;
  for (const stage of ['dev', 'test', 'ops', 'release'] as const) {
    const growth = now[stage] - dayAgo[stage];
    if (growth < QUEUE_GROWTH || now[stage] < QUEUE_MIN) continue;
    growing++;
    if (!best || growth > best.growth) best = { stage, growth };
  }
  // "In front of one stage": when every queue grows, the lesson is elsewhere.
  if (!best || growing > 1) return null;
  const lever = queueLever(state, best.stage);
  if (!lever) return null;
  return { id: 'queue-growing', ...lever, count: now[best.stage], stage: best.stage };
}

/** An incident customers feel that nobody has seen, when telemetry could be bought and is not. */
export function undetectedIncident(state: SimState): CoachHint | null {
  if (!has(state, 'telemetry') || state.investments.telemetry) return null;
  const unseen = itemsIn(state, 'undetected').filter((item) => state.tick - item.createdAt >= IDLE_HOURS);
  if (unseen.length === 0) return null;
  return {
    id: 'undetected-incident',
    way: 'second',
    lever: { kind: 'telemetry' },
    count: unseen.length,
    stage: null,
  };
}

export interface CoachHistory {
  /** Each person's busy share (by staff id) per hour played, oldest first. */
  staffBusy: number[][];
  queues: QueueSample[];
}

/** Every hint the state calls for now, most pressing first. */
export function detectHints(state: SimState, history: CoachHistory): CoachHint[] {
  return [
    undetectedIncident(state),
    constraintStarved(state, history.staffBusy),
    frozenWip(state),
    queueGrowing(state, history.queues),
  ].filter((hint): hint is CoachHint => hint !== null);
}

/**
 * Follows an act hour by hour and says which hint to show: one at a time, each at most once. The view
 * calls `observe` once per hour played, and `dismiss` when the player closes the hint.
 */
export class CoachTracker {
  private readonly history: CoachHistory = { staffBusy: [], queues: [] };
  private readonly shown = new Set<HintId>();
  private current: CoachHint | null = null;
  private lastTick = -1;

  /** The hint to show after this hour (the one already showing stays until dismissed). */
  observe(state: SimState): CoachHint | null {
    this.record(state);
    return this.next(state);
  }

  /** Notes the hour's state (once per hour; hints need a day of it even while they are turned off). */
  record(state: SimState): void {
    if (state.tick === this.lastTick) return;
    this.lastTick = state.tick;
    // Before the first hour nobody has worked: that is not idleness.
    if (state.tick > 0) this.history.staffBusy.push(state.staff.map((person) => person.busyLastHour));
    this.history.queues.push(queueSample(state));
    // Only a day of history is ever read.
    if (this.history.queues.length > DAY * 2) this.history.queues.shift();
    if (this.history.staffBusy.length > DAY * 2) this.history.staffBusy.shift();
  }

  /** The hint showing, else the first one due that has not been shown yet. */
  next(state: SimState): CoachHint | null {
    if (this.current) return this.current;
    const hint = detectHints(state, this.history).find((candidate) => !this.shown.has(candidate.id)) ?? null;
    if (hint) {
      this.shown.add(hint.id);
      this.current = hint;
    }
    return this.current;
  }

  dismiss(): void {
    this.current = null;
  }

  get showing(): CoachHint | null {
    return this.current;
  }
}
