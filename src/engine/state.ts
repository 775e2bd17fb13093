// Building the initial state of a run from a scenario and a seed.
import { applyImprovementEffect, createRequest } from './items';
import { seedState } from './rng';
import { type HoursWorked, PLACES, type Place, type Scenario, type SimEvent, type SimState } from './types';
import { ENGINE_VERSION } from './version';

export interface RunOptions {
  /** Overrides the scenario's length in days. */
  days?: number | undefined;
  /** Multiplies every arrival rate (demand sweep). */
  demand?: number | undefined;
}

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Hours worked, all zero (the run's total at the start, and each hour's tally). */
export function emptyHours(): HoursWorked {
  return {
    planned: 0,
    unplanned: 0,
    improvement: 0,
    switching: 0,
    constraintUnplanned: 0,
    constraintWorked: 0,
  };
}

/** The initial state; the creation events of the starting backlog are pushed to `events`. */
export function createState(
  scenario: Scenario,
  seed: number,
  options: RunOptions = {},
  events: SimEvent[] = [],
): SimState {
  const demand = options.demand ?? 1;
  const days = options.days ?? scenario.days;
  const params = clone(scenario.params);
  const arrivals = params.arrivalsPerDay;
  arrivals.feature *= demand;
  arrivals.project *= demand;
  arrivals.change *= demand;
  arrivals.infrastructureIncident *= demand;
  const places = {} as Record<Place, number[]>;
  for (const place of PLACES) places[place] = [];
  const staff = scenario.staff.map((spec, id) => ({
    id,
    nameKey: spec.nameKey,
    skills: { ...spec.skills },
    isConstraint: spec.isConstraint,
    crossTrainable: spec.crossTrainable,
    canDoConstraintWork: spec.isConstraint,
    holding: [],
    busyLastHour: 0,
  }));
  const state: SimState = {
    engineVersion: ENGINE_VERSION,
    scenarioId: scenario.id,
    seed,
    tick: 0,
    endTick: Math.round(days * 8),
    rng: { arrivals: seedState(seed, 1), outcomes: seedState(seed, 2) },
    mechanics: scenario.mechanics.slice(),
    params,
    settings: clone(scenario.defaults),
    // Scenario data the run only reads is shared, not copied (params and settings change, so they are).
    templates: scenario.templates,
    investmentWork: scenario.investmentWork,
    items: [],
    places,
    staff,
    constraintStaffId: Math.max(
      0,
      staff.findIndex((s) => s.isConstraint),
    ),
    release: null,
    nextReleaseId: 1,
    lastReleaseAt: 0,
    deployRequested: false,
    scheduledEscapes: [],
    investments: {},
    telemetry: false,
    testAutomation: false,
    deployAutomation: false,
    runbooks: false,
    hoursWorked: emptyHours(),
    pendingBeat: null,
    triageHeld: false,
    firedBeats: [],
    storyBeats: scenario.storyBeats,
  };
  // Investments made in earlier Ways are the act's premise: their effects apply from the start.
  for (const investment of scenario.startingInvestments) applyImprovementEffect(state, investment);
  for (const type of ['feature', 'project', 'change'] as const) {
    for (let i = 0; i < scenario.initialBacklog[type]; i++) {
      createRequest(
        state,
        {
          type,
          tick: 0,
          place: 'backlog',
          stream: 'arrivals',
          expedite: false,
          valueMultiplier: 1,
          forceConstraint: false,
        },
        events,
      );
    }
  }
  return state;
}
