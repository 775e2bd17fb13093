// Incident decisions: once an incident is detected the player may choose who takes it and, for a
// failed release, whether to roll back or fix forward. Nobody deciding within the window means fix
// forward by whoever the rules pick — what happened before these decisions existed — so a run where nobody
// answers is unchanged. The consequences are the model's own: effort, who is needed, what returns.
import { moveItem } from './items';
import type { IncidentCause, IncidentResponse, SimEvent, SimState, WorkItem } from './types';

/** Is there someone with Ops skills besides the constraint engineer to hand an incident to? */
function opsTeamWithoutConstraint(state: SimState): boolean {
  return state.staff.some((person) => !person.isConstraint && person.skills.ops > 0);
}

/** Hours a manual rollback takes: redeploying the last good version costs a deploy's transaction. */
export function rollbackHours(state: SimState): number {
  return state.params.deployTransactionHours;
}

/** The changes a rollback of this incident's release would send back (still waiting for the fix). */
export function rollbackItems(state: SimState, incident: WorkItem): WorkItem[] {
  const releaseId = incident.brokenReleaseId;
  if (releaseId === null) return [];
  const items: WorkItem[] = [];
  for (const id of state.places.release) {
    const item = state.items[id]!;
    if (item.releaseId === releaseId) items.push(item);
  }
  return items;
}

/**
 * The responses open for an incident now, the default (`fix-forward`) first; empty when there is no
 * real choice. Hand-off needs an incident that needs the constraint engineer and someone else with
 * Ops skills; roll-back needs a release that failed by hand (with deploy automation the pipeline
 * already rolls back on its own) whose changes are still waiting for the fix. Story incidents are not
 * offered: the story beat that opened them already asked who takes them.
 */
export function incidentOptions(state: SimState, item: WorkItem): IncidentResponse[] {
  if (item.type !== 'incident' || item.place !== 'ops' || item.need === null) return [];
  if (item.kind === 'story') return [];
  const options: IncidentResponse[] = ['fix-forward'];
  if (item.needsConstraint && opsTeamWithoutConstraint(state)) options.push('hand-off');
  if (item.kind === 'failed-release' && !state.deployAutomation && rollbackItems(state, item).length > 0)
    options.push('roll-back');
  return options.length > 1 ? options : [];
}

/** At detection: opens the decision when there is one to make. */
export function offerIncidentDecision(
  state: SimState,
  item: WorkItem,
  tick: number,
  events: SimEvent[],
): void {
  const options = incidentOptions(state, item);
  if (options.length === 0) return;
  const until = tick + state.params.incidentDecisionHours;
  item.responseOpenUntil = until;
  events.push({ type: 'incident-decision', tick, itemId: item.id, options, until });
}

/** Closes an open decision with the default (the window ran out, or the incident is over). */
export function closeIncidentDecision(item: WorkItem, tick: number, events: SimEvent[]): void {
  if (item.responseOpenUntil === null) return;
  item.responseOpenUntil = null;
  item.response = 'fix-forward';
  events.push({ type: 'incident-response', tick, itemId: item.id, response: 'fix-forward', auto: true });
}

export function incidentDecisionTimeouts(state: SimState, tick: number, events: SimEvent[]): void {
  for (const id of state.places.ops) {
    const item = state.items[id]!;
    if (item.responseOpenUntil !== null && item.responseOpenUntil <= tick)
      closeIncidentDecision(item, tick, events);
  }
}

/** Applies a chosen response (validated by the command). */
export function applyIncidentResponse(
  state: SimState,
  item: WorkItem,
  response: IncidentResponse,
  tick: number,
  events: SimEvent[],
): void {
  item.responseOpenUntil = null;
  item.response = response;
  events.push({ type: 'incident-response', tick, itemId: item.id, response, auto: false });
  if (response === 'hand-off') handOff(state, item);
  else if (response === 'roll-back') rollBack(state, item, tick, events);
}

/**
 * The Ops team takes the incident without the constraint engineer: the constraint stays on its own
 * work, but the diagnosis takes longer unless someone cross-trained is on the team.
 */
function handOff(state: SimState, item: WorkItem): void {
  item.needsConstraint = false;
  item.constraintQueuedAt = null;
  item.keepFromConstraint = true;
  for (const person of state.staff) {
    if (!person.isConstraint || !item.assignees.includes(person.id)) continue;
    person.holding.splice(person.holding.indexOf(item.id), 1);
    item.assignees.splice(item.assignees.indexOf(person.id), 1);
  }
  item.remaining = handOffHours(state, item);
}

/** What is left of the incident's work once handed off: longer, unless someone cross-trained helps. */
export function handOffHours(state: SimState, item: WorkItem): number {
  const knowsTheSystem = state.staff.some(
    (person) => !person.isConstraint && person.skills.ops > 0 && person.canDoConstraintWork,
  );
  return knowsTheSystem ? item.remaining : item.remaining * state.params.handOffDiagnosisFactor;
}

export interface IncidentChoice {
  response: IncidentResponse;
  /** Hours of work left to restore service with this response (at an Ops skill of 1). */
  hours: number;
  /** Whether the constraint engineer is needed for it. */
  needsConstraint: boolean;
  /** Changes that go back to Dev to be redone (roll-back only). */
  returningChanges: number;
}

export interface IncidentDecision {
  itemId: number;
  cause: IncidentCause;
  outage: boolean;
  /** Tick at which fix forward applies if nobody decides. */
  until: number;
  /** Changes in the failed release (failed releases only, else 0). */
  releaseSize: number;
  choices: IncidentChoice[];
}

/** The open incident decisions, oldest first, with what each choice would cost (for the view). */
export function openIncidentDecisions(state: SimState): IncidentDecision[] {
  const decisions: IncidentDecision[] = [];
  for (const id of state.places.ops) {
    const item = state.items[id]!;
    if (item.responseOpenUntil === null) continue;
    const returning = rollbackItems(state, item).length;
    const choices = incidentOptions(state, item).map(
      (response): IncidentChoice => ({
        response,
        hours:
          response === 'hand-off'
            ? handOffHours(state, item)
            : response === 'roll-back'
              ? rollbackHours(state)
              : item.remaining,
        needsConstraint: response === 'hand-off' ? false : item.needsConstraint,
        returningChanges: response === 'roll-back' ? returning : 0,
      }),
    );
    if (choices.length === 0) continue;
    decisions.push({
      itemId: id,
      cause: item.kind as IncidentCause,
      outage: item.outage,
      until: item.responseOpenUntil,
      releaseSize: returning,
      choices,
    });
  }
  return decisions;
}

/**
 * Rolling back a failed release: redeploying the last good version restores service after a manual
 * deploy's transaction (by whoever may deploy), instead of searching every change for the cause. The
 * release's changes do not ship: they return to Dev to be fixed, then go through Test and a new
 * release again (their Ops work is done and stays done).
 */
function rollBack(state: SimState, incident: WorkItem, tick: number, events: SimEvent[]): void {
  const hours = rollbackHours(state);
  incident.remaining = hours;
  if (incident.constraintQueuedAt !== null) incident.constraintEffort = hours;
  const items = rollbackItems(state, incident);
  events.push({
    type: 'release-rolled-back',
    tick,
    releaseId: incident.brokenReleaseId!,
    itemIds: items.map((item) => item.id),
  });
  for (const item of items) {
    item.releaseId = null;
    item.approved = false;
    item.blocked = null;
    events.push({ type: 'item-unblocked', tick, itemId: item.id });
    moveItem(state, item, 'dev', tick, events);
    // Reverted, fixed and merged again; then re-tested in full, which is a fresh chance to find what
    // is still hidden in it.
    item.need = 'dev';
    item.remaining = state.params.reworkHoursPerDefect;
    item.tested = false;
    item.defectOpen = false;
    item.effort.ops = 0;
  }
}
