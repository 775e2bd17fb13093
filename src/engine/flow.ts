// Flow phase: work is pulled right to left through Dev → Test → Ops → Release, within the WIP limits.
import { completeImprovement, createImprovement, moveItem } from './items';
import type { SimEvent, SimState, WorkItem, WorkStage } from './types';

/** Stop-the-line is active while a detected incident is open or a found defect is being fixed. */
export function lineStopped(state: SimState): boolean {
  if (!state.settings.stopTheLine) return false;
  for (const id of state.places.ops) if (state.items[id]!.type === 'incident') return true;
  for (const id of state.places.test) if (state.items[id]!.defectOpen) return true;
  return false;
}

/** Items counted against a stage's WIP limit (incidents pre-empt and do not count). */
export function wipOf(state: SimState, stage: WorkStage): number {
  if (stage !== 'ops') return state.places[stage].length;
  let count = 0;
  for (const id of state.places.ops) if (state.items[id]!.type !== 'incident') count++;
  return count;
}

export function hasRoom(state: SimState, stage: WorkStage): boolean {
  const limit = state.settings.wipLimits[stage];
  return limit === null || wipOf(state, stage) < limit;
}

function improvementInProgress(state: SimState): number {
  let count = 0;
  for (const stage of ['dev', 'test', 'ops'] as const) {
    for (const id of state.places[stage]) if (state.items[id]!.type === 'improvement') count++;
  }
  return count;
}

/** Whether improvement work is below its share of hours (the improvement budget). */
function wantsImprovement(state: SimState): boolean {
  const share = state.settings.improvementShare;
  if (share <= 0) return false;
  const h = state.hoursWorked;
  const total = h.planned + h.unplanned + h.improvement;
  const slots = Math.max(1, Math.ceil(share * state.staff.length));
  return h.improvement <= share * total && improvementInProgress(state) < slots;
}

/** Next backlog item to start, by the pull rule: expedited first, then the improvement budget, then FIFO. */
export function nextToPull(state: SimState): WorkItem | null {
  let firstImprovement: WorkItem | null = null;
  let firstPlanned: WorkItem | null = null;
  for (const id of state.places.backlog) {
    const item = state.items[id]!;
    if (item.type === 'project' && state.settings.projectFreeze) continue;
    if (item.expedite) return item;
    if (item.type === 'improvement') firstImprovement ??= item;
    else firstPlanned ??= item;
  }
  if (wantsImprovement(state)) return firstImprovement;
  return firstPlanned;
}

export function flow(state: SimState, tick: number, events: SimEvent[]): void {
  // Right to left, so that finishing frees room for what comes behind (pull, not push).
  const ops = state.places.ops;
  for (let i = 0; i < ops.length; ) {
    const item = state.items[ops[i]!]!;
    if (item.need !== null || item.type === 'incident' || item.blocked) {
      i++;
      continue;
    }
    if (item.type === 'improvement') {
      completeImprovement(state, item, tick, events);
    } else {
      moveItem(state, item, 'release', tick, events);
      if (state.settings.changeApproval === 'cab') {
        // Reviewed by a peer already; now it waits for the board's weekly meeting.
        item.blocked = 'awaiting-approval';
        events.push({ type: 'item-blocked', tick, itemId: item.id, reason: 'awaiting-approval' });
      } else {
        item.approved = true;
      }
    }
  }
  advanceStage(state, 'test', 'ops', tick, events);
  advanceStage(state, 'dev', 'test', tick, events);
  if (lineStopped(state)) return; // planned work pauses while the team swarms
  // Why: with no WIP limit everything accepted is started at once; a limit makes work wait in the
  // backlog instead of being juggled half-done.
  while (hasRoom(state, 'dev')) {
    let item = nextToPull(state);
    if (item === null && wantsImprovement(state)) {
      item = createImprovement(state, 'debt-paydown', tick, false, events);
    }
    if (item === null) break;
    moveItem(state, item, 'dev', tick, events, true);
  }
}

function advanceStage(
  state: SimState,
  from: WorkStage,
  to: WorkStage,
  tick: number,
  events: SimEvent[],
): void {
  const list = state.places[from];
  for (let i = 0; i < list.length; ) {
    const item = state.items[list[i]!]!;
    if (item.need === null && !item.blocked && hasRoom(state, to)) {
      moveItem(state, item, to, tick, events);
    } else {
      i++;
    }
  }
}
