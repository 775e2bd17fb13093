// How often a run offers the player a real decision, counted from its events: each request that waits
// for triage (again after a deferral), each story beat, each incident whose response is open.
import type { SimEvent } from './types';

export interface DecisionCount {
  triage: number;
  story: number;
  incident: number;
  total: number;
  /** Simulated (working) days the events cover. */
  days: number;
  /** Decisions offered per simulated day (null before the first hour). */
  perDay: number | null;
}

export function countDecisions(events: readonly SimEvent[]): DecisionCount {
  let triage = 0;
  let story = 0;
  let incident = 0;
  let hours = 0;
  for (const e of events) {
    if (e.type === 'hour') hours++;
    else if (e.type === 'item-created' && e.place === 'triage') triage++;
    else if (e.type === 'item-moved' && e.to === 'triage') triage++;
    else if (e.type === 'story-beat') story++;
    else if (e.type === 'incident-decision') incident++;
  }
  const total = triage + story + incident;
  const days = hours / 8;
  return { triage, story, incident, total, days, perDay: days > 0 ? total / days : null };
}
