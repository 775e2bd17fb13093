// One tick = one working hour. `step` advances the run by one tick and returns what happened.
import { applyStoryOption } from './commands';
import {
  assign,
  completeImprovement,
  createImprovement,
  createRequest,
  finishItem,
  moveItem,
  openIncident,
  rollChance,
  sampleRange,
  unassignAll,
} from './items';
import { nextFloat, poissonFromUniform, powInt } from './rng';
import type { HoursWorked, SimEvent, SimState, Staff, WorkItem, WorkStage } from './types';

const REQUEST_TYPES = ['feature', 'project', 'change'] as const;

/**
 * Share of an hour that is productive when juggling n items (Weinberg, *Quality Software Management*:
 * 2 tasks lose ~20% to context switching, 3 ~40%, 4 ~60%, 5 ~75%).
 */
const FOCUS_FACTOR = [0, 1, 0.8, 0.6, 0.4, 0.25];

export function focusFactor(itemsHeld: number): number {
  return FOCUS_FACTOR[Math.min(itemsHeld, 5)] ?? 0.25;
}

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
  storyBeats(state, tick, events);
  flow(state, tick, events);
  approveAndRelease(state, tick, events);
  assignWork(state, tick, events);
  const hours = doWork(state, tick, events);
  events.push(hourEvent(state, tick, hours));
  state.tick = tick + 1;
  return events;
}

function arrive(state: SimState, tick: number, events: SimEvent[]): void {
  const rates = state.params.arrivalsPerDay;
  const place = state.mechanics.includes('triage') ? 'triage' : 'backlog';
  for (const type of REQUEST_TYPES) {
    // One uniform draw per type per tick, whatever the count, keeps the arrivals stream aligned.
    const count = poissonFromUniform(nextFloat(state, 'arrivals'), rates[type] / 8);
    for (let i = 0; i < count; i++) {
      createRequest(
        state,
        {
          type,
          tick,
          place,
          stream: 'arrivals',
          expedite: false,
          valueMultiplier: 1,
          forceConstraint: false,
        },
        events,
      );
    }
  }
  // Why: infrastructure fails more often in a system full of technical debt.
  const incidentRate =
    (rates.infrastructureIncident * (1 + state.params.debt * state.params.debtIncidentFactor)) / 8;
  const incidents = poissonFromUniform(nextFloat(state, 'outcomes'), incidentRate);
  for (let i = 0; i < incidents; i++) {
    openIncident(
      state,
      {
        tick,
        cause: 'infrastructure',
        outage: rollChance(state, state.params.infrastructureOutageChance),
        effortHours: sampleRange(state, 'outcomes', state.params.incidentEffort),
        needsConstraint: !state.runbooks,
        brokenReleaseId: null,
      },
      events,
    );
  }
}

function triageTimeouts(state: SimState, tick: number, events: SimEvent[]): void {
  // Forward, so that requests keep their arrival order in the backlog.
  const deferred = state.places.deferred;
  for (let i = 0; i < deferred.length; ) {
    const item = state.items[deferred[i]!]!;
    if (item.deferredUntil !== null && item.deferredUntil <= tick) {
      item.deferredUntil = null;
      item.triageDeadline = tick + state.params.autoTriageHours;
      moveItem(state, item, 'triage', tick, events);
    } else {
      i++;
    }
  }
  const triage = state.places.triage;
  for (let i = 0; i < triage.length; ) {
    const item = state.items[triage[i]!]!;
    // Why: requests nobody triages are accepted by default — that is how WIP creeps in.
    if (item.triageDeadline !== null && item.triageDeadline <= tick) {
      item.triageDeadline = null;
      moveItem(state, item, 'backlog', tick, events);
      events.push({ type: 'item-triaged', tick, itemId: item.id, decision: 'accept', auto: true });
    } else {
      i++;
    }
  }
}

function fireEscapes(state: SimState, tick: number, events: SimEvent[]): void {
  const escapes = state.scheduledEscapes;
  if (escapes.length === 0) return;
  let kept = 0;
  for (const pending of escapes) {
    if (pending.tick <= tick) {
      openIncident(
        state,
        {
          tick,
          cause: 'escaped-defect',
          outage: pending.outage,
          effortHours: sampleRange(state, 'outcomes', state.params.incidentEffort),
          needsConstraint: !state.runbooks,
          brokenReleaseId: null,
        },
        events,
      );
    } else {
      escapes[kept++] = pending;
    }
  }
  escapes.length = kept;
}

function detectIncidents(state: SimState, tick: number, events: SimEvent[]): void {
  const undetected = state.places.undetected;
  for (let i = 0; i < undetected.length; ) {
    const item = state.items[undetected[i]!]!;
    if (item.detectAt !== null && item.detectAt <= tick) {
      item.detectedAt = tick;
      events.push({
        type: 'incident-detected',
        tick,
        itemId: item.id,
        detectionHours: tick - item.createdAt,
      });
      // Incidents go straight to Ops and pre-empt planned work.
      item.effort.ops *= state.params.resolutionFactor;
      if (state.runbooks) item.needsConstraint = false;
      moveItem(state, item, 'ops', tick, events);
      if (item.needsConstraint) {
        item.constraintQueuedAt = tick;
        item.constraintEffort = item.remaining;
      }
    } else {
      i++;
    }
  }
}

function storyBeats(state: SimState, tick: number, events: SimEvent[]): void {
  const pending = state.pendingBeat;
  if (pending && tick - pending.firedAt >= state.params.storyTimeoutHours) {
    const beat = state.storyBeats.find((b) => b.id === pending.beatId);
    if (beat) applyStoryOption(state, beat, beat.defaultOptionId, tick, true, events);
    state.pendingBeat = null;
  }
  for (const beat of state.storyBeats) {
    if (beat.tick !== tick || state.firedBeats.includes(beat.id)) continue;
    if (state.pendingBeat) {
      const open = state.storyBeats.find((b) => b.id === state.pendingBeat?.beatId);
      if (open) applyStoryOption(state, open, open.defaultOptionId, tick, true, events);
    }
    state.firedBeats.push(beat.id);
    state.pendingBeat = { beatId: beat.id, firedAt: tick };
    events.push({ type: 'story-beat', tick, beatId: beat.id });
  }
}

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

function flow(state: SimState, tick: number, events: SimEvent[]): void {
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

function approveAndRelease(state: SimState, tick: number, events: SimEvent[]): void {
  const params = state.params;
  const waiting = state.places.release;
  const cabMeets = tick % 40 === params.cabMeetingHour;
  let approved = 0;
  for (const id of waiting) {
    const item = state.items[id]!;
    if (item.releaseId !== null) continue;
    if (!item.approved) {
      if (state.settings.changeApproval === 'peer-review') {
        item.approved = true; // reviewed at the end of Dev already
      } else if (cabMeets) {
        // Why (Accelerate): a board far from the code rarely spots defects; what it does is batch changes.
        let found = 0;
        for (let d = 0; d < item.hiddenDefects; d++) if (rollChance(state, params.cabDetection)) found++;
        if (found > 0) {
          item.hiddenDefects -= found;
          item.foundDefects += found;
          for (let d = 0; d < found; d++)
            events.push({ type: 'defect-found', tick, itemId: id, where: 'cab' });
          continue; // sent back: fixed, then it waits for next week's board
        }
        item.approved = true;
      }
      if (item.approved && item.blocked === 'awaiting-approval') {
        item.blocked = null;
        events.push({ type: 'item-unblocked', tick, itemId: id });
      }
    }
    if (item.approved) approved++;
  }
  if (state.release !== null || approved === 0) {
    if (approved === 0) state.deployRequested = false;
    return;
  }
  const cadence = state.settings.releaseCadenceHours;
  const due =
    approved >= state.settings.batchSize ||
    state.deployRequested ||
    (cadence !== null && tick - state.lastReleaseAt >= cadence);
  if (!due) return;
  startRelease(state, tick, events);
}

export function startRelease(state: SimState, tick: number, events: SimEvent[]): void {
  const itemIds: number[] = [];
  for (const id of state.places.release) {
    const item = state.items[id]!;
    if (item.approved && item.releaseId === null) itemIds.push(id);
  }
  const releaseId = state.nextReleaseId++;
  for (const id of itemIds) state.items[id]!.releaseId = releaseId;
  const params = state.params;
  // Why: manual deploys take longer the more changes they carry; automation makes them near-free.
  const effort = state.deployAutomation
    ? params.automationDeployEffort
    : params.deployBaseHours + params.deployHoursPerChange * itemIds.length;
  state.release = { id: releaseId, itemIds, startedAt: tick, remaining: effort, deployerId: null };
  state.deployRequested = false;
  events.push({ type: 'release-started', tick, releaseId, itemIds: itemIds.slice() });
}

function finishRelease(state: SimState, tick: number, events: SimEvent[]): void {
  const release = state.release!;
  state.release = null;
  state.lastReleaseAt = tick;
  const params = state.params;
  const size = release.itemIds.length;
  const risk = state.deployAutomation ? params.automationDeployRisk : params.deployRiskPerChange;
  // Why: every change and every hidden defect is a chance to break the release, so the failure chance
  // grows with batch size: P(ok) = (1 - risk)^changes × (1 - breakChance)^defects.
  let defects = 0;
  for (const id of release.itemIds) defects += state.items[id]!.hiddenDefects;
  const pOk = powInt(1 - risk, size) * powInt(1 - params.defectBreaksReleaseChance, defects);
  const done = tick + 1;
  if (nextFloat(state, 'outcomes') >= pOk) {
    // Why: diagnosing a failed release means searching all its changes — bigger batches take longer.
    const incident = openIncident(
      state,
      {
        tick: done,
        cause: 'failed-release',
        outage: true,
        // With deploy automation a bad release is rolled back by the pipeline in minutes, by anyone.
        effortHours: state.deployAutomation
          ? params.automatedRollbackHours
          : params.diagnoseBaseHours + params.diagnoseHoursPerChange * size,
        needsConstraint: !state.runbooks && !state.deployAutomation,
        brokenReleaseId: release.id,
      },
      events,
    );
    events.push({ type: 'deploy-failed', tick: done, releaseId: release.id, size, incidentId: incident.id });
    for (const id of release.itemIds) {
      const item = state.items[id]!;
      item.hiddenDefects = 0; // found while diagnosing; the fix ships with the repaired release
      item.blocked = 'awaiting-fix';
      events.push({ type: 'item-blocked', tick: done, itemId: id, reason: 'awaiting-fix' });
    }
    return;
  }
  events.push({ type: 'deployed', tick: done, releaseId: release.id, size });
  for (const id of release.itemIds) {
    const item = state.items[id]!;
    for (let d = 0; d < item.hiddenDefects; d++) {
      events.push({ type: 'defect-escaped', tick: done, itemId: id });
      state.scheduledEscapes.push({
        tick: done + Math.round(sampleRange(state, 'outcomes', params.escapeDelay)),
        itemId: id,
        outage: rollChance(state, params.escapedDefectOutageChance),
      });
    }
    item.hiddenDefects = 0;
    finishItem(state, item, done, events);
  }
}

/** Can this person work this item now? The focus rule and the constraint rules live here. */
function canWork(state: SimState, person: Staff, item: WorkItem): boolean {
  const need = item.need;
  if (need === null || person.skills[need] <= 0) return false;
  const constraintWork = need === 'ops' && item.needsConstraint;
  if (constraintWork && !person.canDoConstraintWork) return false;
  // Protecting the constraint: they only take work that truly needs them.
  if (state.settings.protectConstraint && person.isConstraint && !constraintWork) return false;
  return true;
}

function mainSkill(person: Staff): number {
  return Math.max(person.skills.dev, person.skills.test, person.skills.ops);
}

function bestPerson(state: SimState, item: WorkItem, ignoreFocusLimit: boolean): Staff | null {
  let best: Staff | null = null;
  let bestScore = -1;
  const need = item.need!;
  for (const person of state.staff) {
    // Protecting the constraint also shields them from multitasking: one thing at a time, from a queue.
    const limit = person.isConstraint && state.settings.protectConstraint ? 1 : state.params.focusLimit;
    if (!ignoreFocusLimit && person.holding.length >= limit) continue;
    if (item.assignees.includes(person.id) || !canWork(state, person, item)) continue;
    // Focus rule: people help outside their main skill only when they hold nothing — except an
    // unprotected constraint engineer, to whom everyone brings everything.
    const goTo = person.isConstraint && !state.settings.protectConstraint;
    if (!ignoreFocusLimit && !goTo && person.skills[need] < mainSkill(person) && person.holding.length > 0)
      continue;
    // Why: people bring work to whoever is fastest and least busy — which is how the most skilled
    // person (the constraint) ends up juggling everything unless protected.
    const score = person.skills[need] / (person.holding.length + 1);
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

function assignWork(state: SimState, tick: number, events: SimEvent[]): void {
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
  for (const stage of ['ops', 'test', 'dev'] as const) {
    for (const id of state.places[stage]) {
      const item = state.items[id]!;
      if (item.need === null || item.blocked || item.assignees.length > 0 || isStopItem(item)) continue;
      const person = bestPerson(state, item, false);
      if (person) assign(item, person, tick, events);
    }
  }
  const release = state.release;
  if (release && release.deployerId === null) {
    let best: Staff | null = null;
    for (const person of state.staff) {
      if (person.skills.ops <= 0) continue;
      if (person.isConstraint && state.settings.protectConstraint) continue;
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

function doWork(state: SimState, tick: number, events: SimEvent[]): HoursWorked {
  const hours: HoursWorked = {
    planned: 0,
    unplanned: 0,
    improvement: 0,
    switching: 0,
    constraintUnplanned: 0,
    constraintWorked: 0,
  };
  const stopLine = state.settings.stopTheLine;
  const active: WorkItem[] = [];
  for (const person of state.staff) {
    person.busyLastHour = 0;
    const release = state.release;
    if (release && release.deployerId === person.id) {
      // Deploying takes the deployer's whole hour.
      release.remaining -= Math.max(0.5, person.skills.ops);
      person.busyLastHour = 1;
      hours.planned += 1;
      if (release.remaining <= 1e-9) finishRelease(state, tick, events);
      continue;
    }
    active.length = 0;
    let urgent = 0;
    let held = 0;
    for (const id of person.holding) {
      const item = state.items[id]!;
      if (item.need === null || item.blocked) continue;
      held++;
      if (isStopItem(item)) urgent++;
      active.push(item);
    }
    if (held === 0) continue;
    // Incidents and open defects pre-empt: the hour goes to the most urgent one (outages first, then
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
    const k = active.length;
    const productive = focusFactor(juggled);
    const share = productive / k;
    let used = 0;
    for (const item of active) {
      const need = item.need!;
      let rate = person.skills[need];
      // Swarmers after the first add less (coordination overhead).
      if (item.assignees[0] !== person.id) rate *= state.params.swarmEfficiency;
      const spent = Math.min(share, item.remaining / rate);
      item.remaining -= spent * rate;
      used += spent;
      const urgentWork = item.type === 'incident' || item.defectOpen;
      if (item.type === 'improvement') hours.improvement += spent;
      else if (urgentWork) hours.unplanned += spent;
      else hours.planned += spent;
      // For the constraint engineer, fires and escalations (work brought to them that did not need
      // them) are both unplanned: they are what the book's constraint drowns in.
      if (person.isConstraint) {
        hours.constraintWorked += spent;
        if (urgentWork || !(need === 'ops' && item.needsConstraint)) hours.constraintUnplanned += spent;
      }
      if (item.lastTouchedTick !== tick) {
        item.lastTouchedTick = tick;
        item.touchedHours++;
        if (need === 'dev') {
          item.devJuggleSum += juggled;
          item.devJuggleHours++;
        }
      }
      if (item.remaining <= 1e-9) {
        if (item.constraintQueuedAt !== null && need === 'ops' && item.needsConstraint) {
          // Time at the constraint beyond the work itself: waiting in its queue, or waiting while the
          // constraint engineer juggles other things (both grow as %busy / %idle).
          const sojourn = tick + 1 - item.constraintQueuedAt;
          events.push({
            type: 'constraint-done',
            tick: tick + 1,
            itemId: item.id,
            waitedHours: Math.max(0, sojourn - item.constraintEffort / rate),
          });
          item.constraintQueuedAt = null;
        }
        completeWork(state, item, tick, events);
      }
    }
    if (juggled > 1) hours.switching += 1 - productive;
    person.busyLastHour = Math.min(1, used + (1 - productive));
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

function completeWork(state: SimState, item: WorkItem, tick: number, events: SimEvent[]): void {
  item.remaining = 0;
  const params = state.params;
  const done = tick + 1;
  if (item.place === 'dev') {
    if (!item.injected) {
      item.injected = true;
      // The item's fixed draw keeps this comparable across policies.
      // Why: debt and haste breed defects — code written while juggling several things is sloppier.
      const juggling = item.devJuggleHours > 0 ? item.devJuggleSum / item.devJuggleHours - 1 : 0;
      const rate =
        (item.type === 'improvement' ? state.templates.improvement : state.templates[item.type as 'feature'])
          .defectRate *
        (1 + params.debt * params.debtDefectFactor) *
        (1 + juggling * params.hasteDefectFactor);
      item.hiddenDefects = poissonFromUniform(item.defectRoll, rate);
    }
    if (!item.reviewed && item.type !== 'improvement' && state.settings.changeApproval === 'peer-review') {
      // Peer review: a colleague reads the change (a small delay) and catches some defects early.
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

function resolveIncident(state: SimState, item: WorkItem, done: number, events: SimEvent[]): void {
  item.resolvedAt = done;
  events.push({
    type: 'incident-resolved',
    tick: done,
    itemId: item.id,
    restoreHours: done - item.createdAt,
    outage: item.outage,
  });
  unassignAll(state, item);
  moveItem(state, item, 'live', done, events);
  if (item.brokenReleaseId !== null) {
    // The fixed release goes out with the fix.
    for (const id of state.places.release.slice()) {
      const released = state.items[id]!;
      if (released.releaseId === item.brokenReleaseId) {
        events.push({ type: 'item-unblocked', tick: done, itemId: id });
        finishItem(state, released, done, events);
      }
    }
  }
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
