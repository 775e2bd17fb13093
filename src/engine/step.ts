// One tick = one working hour. `step` advances the run by one tick and returns what happened, phase by
// phase: what comes in (incoming.ts), how work flows and ships (flow.ts, release.ts), who works on
// what (work.ts).
import { flow } from './flow';
import { incidentDecisionTimeouts } from './incidents';
import { arrive, detectIncidents, fireEscapes, storyBeats, triageTimeouts } from './incoming';
import { approveAndRelease } from './release';
import type { HoursWorked, SimEvent, SimState } from './types';
import { assignWork, doWork } from './work';

export { hasRoom, lineStopped, nextToPull, wipOf } from './flow';
export { focusFactor } from './work';

export function isFinished(state: SimState): boolean {
  return state.tick >= state.endTick;
}

/** Advances one tick; returns that tick's events (empty once the run is finished). */
export function step(state: SimState): SimEvent[] {
  const events: SimEvent[] = [];
  if (state.tick >= state.endTick) return events;
  const tick = state.tick;
  arrive(state, tick, events);
  triageTimeouts(state, tick, events);
  fireEscapes(state, tick, events);
  detectIncidents(state, tick, events);
  incidentDecisionTimeouts(state, tick, events);
  storyBeats(state, tick, events);
  flow(state, tick, events);
  approveAndRelease(state, tick, events);
  assignWork(state, tick, events);
  const hours = doWork(state, tick, events);
  events.push(hourEvent(state, tick, hours));
  state.tick = tick + 1;
  return events;
}

function hourEvent(state: SimState, tick: number, hours: HoursWorked): SimEvent {
  let opsPlanned = 0;
  let constraintQueue = 0;
  let outage = false;
  for (const id of state.places.ops) {
    const item = state.items[id]!;
    if (item.type === 'incident') {
      if (item.outage) outage = true;
    } else {
      opsPlanned++;
    }
    if (item.constraintQueuedAt !== null) constraintQueue++;
  }
  if (!outage) {
    for (const id of state.places.undetected) if (state.items[id]!.outage) outage = true;
  }
  const p = state.places;
  const wip = {
    triage: p.triage.length + p.deferred.length,
    backlog: p.backlog.length,
    dev: p.dev.length,
    test: p.test.length,
    ops: opsPlanned,
    release: p.release.length,
    total: 0,
  };
  wip.total = wip.triage + wip.backlog + wip.dev + wip.test + wip.ops + wip.release;
  const constraint = state.staff[state.constraintStaffId];
  return {
    type: 'hour',
    tick,
    wip,
    constraintBusy: constraint ? constraint.busyLastHour : 0,
    constraintQueue,
    outage,
    revenueLost: outage ? state.params.revenuePerOutageHour : 0,
    hours,
    debt: state.params.debt,
  };
}
