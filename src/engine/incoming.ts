// Incoming phase: what arrives this hour — requests, infrastructure incidents, defects surfacing in
// production, detection of incidents, story beats — and what happens to requests nobody triaged.
import { applyStoryOption } from './commands';
import { createRequest, moveItem, openIncident, rollChance, sampleRange } from './items';
import { nextFloat, poissonFromUniform } from './rng';
import type { SimEvent, SimState } from './types';

const REQUEST_TYPES = ['feature', 'project', 'change'] as const;

export function arrive(state: SimState, tick: number, events: SimEvent[]): void {
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
        causedByReleaseId: null,
      },
      events,
    );
  }
}

export function triageTimeouts(state: SimState, tick: number, events: SimEvent[]): void {
  // Held by the player: the countdowns of the requests already waiting stand still this hour.
  if (state.triageHeld) {
    for (const id of state.places.triage) {
      const item = state.items[id]!;
      if (item.triageDeadline !== null && item.enteredAt.triage !== tick) item.triageDeadline++;
    }
  }
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

/** Defects that went live surface as incidents, traced back to the release that shipped them. */
export function fireEscapes(state: SimState, tick: number, events: SimEvent[]): void {
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
          causedByReleaseId: pending.releaseId,
        },
        events,
      );
    } else {
      escapes[kept++] = pending;
    }
  }
  escapes.length = kept;
}

export function detectIncidents(state: SimState, tick: number, events: SimEvent[]): void {
  const undetected = state.places.undetected;
  const params = state.params;
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
      // Incidents go straight to Ops and pre-empt planned work. Practised recovery (chaos drills) and
      // telemetry (it shows what broke; a failed release's diagnosis has it already) shorten the fix.
      const diagnosis =
        state.telemetry && item.kind !== 'failed-release' ? params.telemetryDiagnosisFactor : 1;
      item.effort.ops *= params.resolutionFactor * diagnosis;
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

export function storyBeats(state: SimState, tick: number, events: SimEvent[]): void {
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
