// Work phase: who works on what this hour, and what finishing a piece of work does. Time is
// continuous within the hour: what is left of it after an item finishes goes to the next item.

import { closeIncidentDecision } from './incidents';
import { addDebt, assign, moveItem, rollChance, unassignAll } from './items';
import { finishRelease, redeployFixedRelease } from './release';
import { poissonFromUniform } from './rng';
import { emptyHours } from './state';
import type { HoursWorked, SimEvent, SimState, Staff, WorkItem } from './types';

/**
 * Share of an hour that is productive when juggling n items (Weinberg, *Quality Software Management*:
 * 2 tasks lose ~20% to context switching, 3 ~40%, 4 ~60%, 5 ~75%).
 */
const FOCUS_FACTOR = [0, 1, 0.8, 0.6, 0.4, 0.25];

export function focusFactor(itemsHeld: number): number {
  return FOCUS_FACTOR[Math.min(itemsHeld, 5)] ?? 0.25;
}

const EPSILON = 1e-9;
/** Most pieces an hour is cut into (each ends when an item finishes). */
const MAX_SEGMENTS = 6;

/** Can this person work this item now? The constraint rules live here. */
function canWork(state: SimState, person: Staff, item: WorkItem): boolean {
  const need = item.need;
  if (need === null || person.skills[need] <= 0) return false;
  const constraintWork = need === 'ops' && item.needsConstraint;
  if (constraintWork && !person.canDoConstraintWork) return false;
  // An incident handed off to the Ops team stays with them.
  if (item.keepFromConstraint && person.isConstraint) return false;
  // Protecting the constraint: they only take work that truly needs them.
  if (state.settings.protectConstraint && person.isConstraint && !constraintWork) return false;
  return true;
}

function mainSkill(person: Staff): number {
  return Math.max(person.skills.dev, person.skills.test, person.skills.ops);
}

/** Most items this person holds by the focus rule. */
function focusLimitOf(state: SimState, person: Staff): number {
  // Protecting the constraint also shields them from multitasking: one thing at a time, from a queue.
  return person.isConstraint && state.settings.protectConstraint ? 1 : state.params.focusLimit;
}

function anyoneHasRoom(state: SimState): boolean {
  for (const person of state.staff) if (person.holding.length < focusLimitOf(state, person)) return true;
  return false;
}

/** Would this person take this item now? The focus rule lives here. */
function willTake(state: SimState, person: Staff, item: WorkItem, ignoreFocusLimit: boolean): boolean {
  if (!ignoreFocusLimit && person.holding.length >= focusLimitOf(state, person)) return false;
  if (item.assignees.includes(person.id) || !canWork(state, person, item)) return false;
  // Focus rule: people help outside their main skill only when they hold nothing — except an
  // unprotected constraint engineer, to whom everyone brings everything.
  const goTo = person.isConstraint && !state.settings.protectConstraint;
  return (
    ignoreFocusLimit || goTo || person.skills[item.need!] >= mainSkill(person) || person.holding.length === 0
  );
}

function bestPerson(state: SimState, item: WorkItem, ignoreFocusLimit: boolean): Staff | null {
  let best: Staff | null = null;
  let bestScore = -1;
  for (const person of state.staff) {
    if (!willTake(state, person, item, ignoreFocusLimit)) continue;
    // Why: people bring work to whoever is fastest and least busy — which is how the most skilled
    // person (the constraint) ends up juggling everything unless protected.
    const score = person.skills[item.need!] / (person.holding.length + 1);
    if (score > bestScore) {
      best = person;
      bestScore = score;
    }
  }
  return best;
}

function isStopItem(item: WorkItem): boolean {
  return item.type === 'incident' || item.defectOpen;
}

function unassigned(item: WorkItem): boolean {
  return item.need !== null && !item.blocked && item.assignees.length === 0;
}

export function assignWork(state: SimState, tick: number, events: SimEvent[]): void {
  const stopLine = state.settings.stopTheLine;
  // Incidents and defects first (they pre-empt), then finish before starting: Ops, Test, Dev.
  for (const id of state.places.ops) {
    const item = state.items[id]!;
    if (item.type !== 'incident' || item.need === null) continue;
    assignUrgent(state, item, stopLine, tick, events);
  }
  for (const id of state.places.test) {
    const item = state.items[id]!;
    if (item.defectOpen && item.need !== null) assignUrgent(state, item, stopLine, tick, events);
  }
  // Once nobody can take more (everyone at their focus limit), nothing else will be assigned.
  let room = anyoneHasRoom(state);
  for (const stage of ['ops', 'test', 'dev'] as const) {
    if (!room) break;
    for (const id of state.places[stage]) {
      const item = state.items[id]!;
      if (!unassigned(item) || isStopItem(item)) continue;
      const person = bestPerson(state, item, false);
      if (!person) continue;
      assign(item, person, tick, events);
      room = anyoneHasRoom(state);
      if (!room) break;
    }
  }
  const release = state.release;
  if (release && release.deployerId === null) {
    // A manual deploy needs someone who knows how: the constraint engineer (or whoever was
    // cross-trained), until runbooks or automation let anyone with Ops skills do it.
    const needsConstraint =
      state.params.manualDeployNeedsConstraint && !state.deployAutomation && !state.runbooks;
    let best: Staff | null = null;
    for (const person of state.staff) {
      if (person.skills.ops <= 0) continue;
      if (
        needsConstraint
          ? !person.canDoConstraintWork
          : person.isConstraint && state.settings.protectConstraint
      )
        continue;
      if (!best || person.holding.length < best.holding.length) best = person;
    }
    best ??= state.staff[state.constraintStaffId] ?? null;
    release.deployerId = best ? best.id : null;
  }
}

function assignUrgent(
  state: SimState,
  item: WorkItem,
  stopLine: boolean,
  tick: number,
  events: SimEvent[],
): void {
  if (item.assignees.length === 0) {
    const person = bestPerson(state, item, true);
    if (person) assign(item, person, tick, events);
  }
  // Stop-the-line: everyone who can help swarms the problem (planned work pauses for them).
  while (stopLine && item.assignees.length > 0 && item.assignees.length < state.params.maxSwarm) {
    const person = bestPerson(state, item, true);
    if (!person) break;
    assign(item, person, tick, events);
  }
}

/** Mid-hour, for someone whose work just finished: the next item they would take, by the same rules. */
function nextWorkFor(state: SimState, person: Staff): WorkItem | null {
  for (const id of state.places.ops) {
    const item = state.items[id]!;
    if (item.type === 'incident' && unassigned(item) && willTake(state, person, item, true)) return item;
  }
  for (const id of state.places.test) {
    const item = state.items[id]!;
    if (item.defectOpen && unassigned(item) && willTake(state, person, item, true)) return item;
  }
  for (const stage of ['ops', 'test', 'dev'] as const) {
    for (const id of state.places[stage]) {
      const item = state.items[id]!;
      if (unassigned(item) && !isStopItem(item) && willTake(state, person, item, false)) return item;
    }
  }
  return null;
}

export function doWork(state: SimState, tick: number, events: SimEvent[]): HoursWorked {
  const hours = emptyHours();
  /** Pieces of work finished so far this hour: each may have made work available to someone idle. */
  let finished = 0;
  for (const person of state.staff) {
    person.busyLastHour = 0;
    let left = 1;
    const release = state.release;
    if (release && release.deployerId === person.id) {
      // Deploying comes first; what is left of the hour once the release is out goes to other work.
      const rate = Math.max(0.5, person.skills.ops);
      const spent = Math.min(1, release.remaining / rate);
      release.remaining -= spent * rate;
      person.busyLastHour = spent;
      hours.planned += spent;
      left -= spent;
      if (release.remaining > EPSILON) continue;
      finishRelease(state, tick, events);
    }
    // Someone idle from the start of the hour was offered everything by assignWork already; only what
    // others finished since (an event) can give them something new.
    if (left === 1 && person.holding.length === 0 && finished === 0) continue;
    finished += workOneHour(state, person, left, tick, hours, events);
  }
  const h = state.hoursWorked;
  h.planned += hours.planned;
  h.unplanned += hours.unplanned;
  h.improvement += hours.improvement;
  h.switching += hours.switching;
  h.constraintUnplanned += hours.constraintUnplanned;
  h.constraintWorked += hours.constraintWorked;
  return hours;
}

/**
 * One person's hour, in segments: each segment ends when an item finishes (or the hour does); then the
 * person carries on with what they still hold, or picks up the next item.
 */
function workOneHour(
  state: SimState,
  person: Staff,
  timeLeft: number,
  tick: number,
  hours: HoursWorked,
  events: SimEvent[],
): number {
  const stopLine = state.settings.stopTheLine;
  const active: WorkItem[] = [];
  let left = timeLeft;
  let finished = 0;
  for (let segment = 0; segment < MAX_SEGMENTS && left > EPSILON; segment++) {
    active.length = 0;
    let urgent = 0;
    for (const id of person.holding) {
      const item = state.items[id]!;
      if (item.need === null || item.blocked) continue;
      if (isStopItem(item)) urgent++;
      active.push(item);
    }
    if (active.length === 0) {
      const next = nextWorkFor(state, person);
      if (!next) break;
      assign(next, person, tick, events);
      continue;
    }
    const held = active.length;
    // Incidents and open defects pre-empt: the time goes to the most urgent one (outages first, then
    // the oldest), one fire at a time. What else is on the person's plate still costs focus: a second
    // fire waiting, and — unless the line is stopped — the planned work they had to drop.
    let juggled = held;
    if (urgent > 0) {
      let chosen: WorkItem | null = null;
      for (const item of active) {
        if (!isStopItem(item)) continue;
        if (
          !chosen ||
          (item.outage && !chosen.outage) ||
          (item.outage === chosen.outage && item.id < chosen.id)
        ) {
          chosen = item;
        }
      }
      active.length = 0;
      active.push(chosen!);
      juggled = Math.min(urgent, 2) + (held > urgent && !stopLine ? 1 : 0);
    }
    const productive = focusFactor(juggled);
    const share = productive / active.length; // productive hours per hour of this person's time, per item
    // The segment lasts until the first item finishes, or to the end of the hour.
    let length = left;
    for (const item of active)
      length = Math.min(length, item.remaining / (workRate(state, person, item) * share));
    left -= length;
    person.busyLastHour += length;
    if (juggled > 1) hours.switching += length * (1 - productive);
    for (const item of active) {
      const rate = workRate(state, person, item);
      const spent = length * share;
      const need = item.need!;
      item.remaining -= spent * rate;
      record(person, item, spent, juggled, tick, hours);
      if (item.remaining <= EPSILON) {
        if (item.constraintQueuedAt !== null && need === 'ops' && item.needsConstraint) {
          // Time at the constraint beyond the work itself: waiting in its queue, or waiting while the
          // constraint engineer juggles other things (both grow as %busy / %idle).
          const finishedAt = tick + (1 - left);
          events.push({
            type: 'constraint-done',
            tick: tick + 1,
            itemId: item.id,
            waitedHours: Math.max(0, finishedAt - item.constraintQueuedAt - item.constraintEffort / rate),
          });
          item.constraintQueuedAt = null;
        }
        completeWork(state, item, tick, events);
        finished++;
      }
    }
  }
  person.busyLastHour = Math.min(1, person.busyLastHour);
  return finished;
}

function workRate(state: SimState, person: Staff, item: WorkItem): number {
  const rate = person.skills[item.need!];
  // Swarmers after the first add less (coordination overhead).
  return item.assignees[0] === person.id ? rate : rate * state.params.swarmEfficiency;
}

function record(
  person: Staff,
  item: WorkItem,
  spent: number,
  juggled: number,
  tick: number,
  hours: HoursWorked,
): void {
  const need = item.need!;
  const urgentWork = isStopItem(item);
  if (item.type === 'improvement') hours.improvement += spent;
  else if (urgentWork) hours.unplanned += spent;
  else hours.planned += spent;
  // For the constraint engineer, fires and escalations (work brought to them that did not need
  // them) are both unplanned: they are what the book's constraint drowns in.
  if (person.isConstraint) {
    hours.constraintWorked += spent;
    if (urgentWork || !(need === 'ops' && item.needsConstraint)) hours.constraintUnplanned += spent;
  }
  item.firstWorkAt ??= tick;
  item.activeHours += spent;
  if (item.lastTouchedTick !== tick) {
    item.lastTouchedTick = tick;
    if (need === 'dev') {
      item.devJuggleSum += juggled;
      item.devJuggleHours++;
    }
  }
}

function completeWork(state: SimState, item: WorkItem, tick: number, events: SimEvent[]): void {
  item.remaining = 0;
  const params = state.params;
  const done = tick + 1;
  if (item.place === 'dev') {
    if (!item.injected) {
      item.injected = true;
      // The item's fixed draw keeps this comparable across policies.
      // Why: debt and haste breed defects — code written while juggling several things is sloppier,
      // and the shortcuts it takes stay in the code as debt.
      const juggling = item.devJuggleHours > 0 ? item.devJuggleSum / item.devJuggleHours - 1 : 0;
      const template =
        item.type === 'improvement' ? state.templates.improvement : state.templates[item.type as 'feature'];
      const rate =
        template.defectRate *
        params.defectRateFactor *
        (1 + params.debt * params.debtDefectFactor) *
        (1 + juggling * params.hasteDefectFactor);
      item.hiddenDefects = poissonFromUniform(item.defectRoll, rate);
      addDebt(state, params.debtPerHaste * juggling);
    }
    if (!item.reviewed && item.type !== 'improvement') {
      // Peer review, always: a colleague reads the change (a small delay) and catches some defects early.
      item.reviewed = true;
      let found = 0;
      for (let d = 0; d < item.hiddenDefects; d++) if (rollChance(state, params.peerReviewDetection)) found++;
      item.hiddenDefects -= found;
      item.foundDefects += found;
      for (let d = 0; d < found; d++)
        events.push({ type: 'defect-found', tick, itemId: item.id, where: 'review' });
      item.remaining = 0.5 + found * params.reworkHoursPerDefect;
      unassignAll(state, item); // a different person reviews
      return;
    }
    item.need = null;
  } else if (item.place === 'test') {
    if (item.defectOpen) {
      // Rework done; a quick re-test follows.
      item.defectOpen = false;
      item.need = 'test';
      item.remaining = 1;
      unassignAll(state, item);
      return;
    }
    if (!item.tested) {
      item.tested = true;
      // Why: automated suites run every check every time; manual testing samples and misses more.
      const detection = state.testAutomation ? params.automatedTestDetection : params.testDetection;
      let found = 0;
      for (let d = 0; d < item.hiddenDefects; d++) if (rollChance(state, detection)) found++;
      if (found > 0) {
        item.hiddenDefects -= found;
        item.foundDefects += found;
        for (let d = 0; d < found; d++)
          events.push({ type: 'defect-found', tick, itemId: item.id, where: 'test' });
        // Never pass a defect downstream: it goes back to a developer while it holds its Test slot.
        item.defectOpen = true;
        item.need = 'dev';
        // Why: the longer since the code was written, the costlier the fix (the author has moved on).
        const daysSinceDev = (tick - (item.leftAt.dev ?? tick)) / 8;
        item.remaining = found * params.reworkHoursPerDefect * (1 + daysSinceDev * params.reworkGrowthPerDay);
        unassignAll(state, item);
        if (state.settings.stopTheLine) stopTheLineSweep(state, item, tick, events);
        return;
      }
    }
    item.need = null;
  } else if (item.place === 'ops') {
    item.need = null;
    if (item.type === 'incident') {
      resolveIncident(state, item, done, events);
      return;
    }
  }
  unassignAll(state, item);
}

/**
 * Stop-the-line on a found defect: the team looks for the same cause in the rest of the work that has
 * left Dev but not yet been tested, and fixes it at the source while it is cheap; the root cause is
 * fixed, so the debt behind it falls.
 */
function stopTheLineSweep(state: SimState, cause: WorkItem, tick: number, events: SimEvent[]): void {
  const params = state.params;
  const sweep = (item: WorkItem): number => {
    let found = 0;
    for (let d = 0; d < item.hiddenDefects; d++)
      if (rollChance(state, params.stopTheLineSweepDetection)) found++;
    if (found === 0) return 0;
    item.hiddenDefects -= found;
    item.foundDefects += found;
    for (let d = 0; d < found; d++)
      events.push({ type: 'defect-found', tick, itemId: item.id, where: 'line-stop' });
    return found;
  };
  for (const id of state.places.dev) {
    const item = state.items[id]!;
    if (!item.injected || item.need !== null || item.blocked) continue; // still being written, or waiting
    const found = sweep(item);
    if (found > 0) {
      item.need = 'dev';
      item.remaining = found * params.reworkHoursPerDefect;
    }
  }
  for (const id of state.places.test) {
    const item = state.items[id]!;
    if (item === cause || item.tested || item.defectOpen || item.need === null) continue;
    const found = sweep(item);
    item.remaining += found * params.reworkHoursPerDefect;
  }
  learnFromStop(state);
}

/** The root cause of a stop is fixed: less debt behind it, and that kind of defect does not come back. */
function learnFromStop(state: SimState): void {
  const params = state.params;
  addDebt(state, -params.stopTheLineDebtFix);
  params.defectRateFactor = Math.max(
    params.defectLearningFloor,
    params.defectRateFactor * (1 - params.stopTheLineLearning),
  );
}

function resolveIncident(state: SimState, item: WorkItem, done: number, events: SimEvent[]): void {
  item.resolvedAt = done;
  closeIncidentDecision(item, done, events);
  events.push({
    type: 'incident-resolved',
    tick: done,
    itemId: item.id,
    restoreHours: done - item.createdAt,
    outage: item.outage,
  });
  unassignAll(state, item);
  moveItem(state, item, 'live', done, events);
  // Why: an incident fought in a hurry leaves a workaround behind (debt); with the line stopped, the
  // team swarms it to its root cause and removes it instead.
  if (state.settings.stopTheLine) learnFromStop(state);
  else addDebt(state, state.params.debtPerIncident);
  if (item.brokenReleaseId !== null) redeployFixedRelease(state, item.brokenReleaseId, done, events);
}
