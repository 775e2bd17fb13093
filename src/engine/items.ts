// Creating, moving and finishing work items: the shared mechanics used by the tick and by commands.
import { chance, nextFloat, type RngStream, uniform } from './rng';
import type {
  ImprovementKind,
  IncidentCause,
  Place,
  Range,
  SimEvent,
  SimState,
  Staff,
  WorkItem,
  WorkStage,
  WorkType,
} from './types';

export function sampleRange(state: SimState, stream: RngStream, range: Range): number {
  return range.min === range.max ? range.min : uniform(state, stream, range.min, range.max);
}

function blankItem(state: SimState, type: WorkType, tick: number, place: Place): WorkItem {
  return {
    id: state.items.length,
    type,
    kind: null,
    place,
    createdAt: tick,
    enteredAt: { [place]: tick },
    leftAt: {},
    effort: { dev: 0, test: 0, ops: 0 },
    need: null,
    remaining: 0,
    value: 0,
    needsConstraint: false,
    constraintRoll: 1,
    defectRoll: 0,
    hiddenDefects: 0,
    foundDefects: 0,
    defectOpen: false,
    injected: false,
    tested: false,
    devJuggleSum: 0,
    devJuggleHours: 0,
    reviewed: false,
    assignees: [],
    blocked: null,
    firstWorkAt: null,
    activeHours: 0,
    lastTouchedTick: -1,
    approved: false,
    releaseId: null,
    expedite: false,
    triageDeadline: null,
    deferredUntil: null,
    constraintQueuedAt: null,
    constraintEffort: 0,
    outage: false,
    detectAt: null,
    detectedAt: null,
    resolvedAt: null,
    brokenReleaseId: null,
    causedByReleaseId: null,
    responseOpenUntil: null,
    response: null,
    keepFromConstraint: false,
  };
}

function register(state: SimState, item: WorkItem, events: SimEvent[]): WorkItem {
  state.items.push(item);
  state.places[item.place].push(item.id);
  events.push({
    type: 'item-created',
    tick: item.createdAt,
    itemId: item.id,
    workType: item.type,
    place: item.place,
  });
  return item;
}

export interface RequestOptions {
  type: 'feature' | 'project' | 'change';
  tick: number;
  place: 'triage' | 'backlog';
  /** Scheduled arrivals use the arrivals stream so they do not depend on the player's choices. */
  stream: RngStream;
  expedite: boolean;
  valueMultiplier: number;
  forceConstraint: boolean;
}

export function createRequest(state: SimState, options: RequestOptions, events: SimEvent[]): WorkItem {
  const template = state.templates[options.type];
  const item = blankItem(state, options.type, options.tick, options.place);
  const stream = options.stream;
  // A fixed number of draws per item keeps the arrivals stream aligned across policies.
  item.effort.dev = sampleRange(state, stream, template.effort.dev);
  item.effort.test = sampleRange(state, stream, template.effort.test);
  item.effort.ops = sampleRange(state, stream, template.effort.ops);
  item.value = sampleRange(state, stream, template.value) * options.valueMultiplier;
  item.constraintRoll = options.forceConstraint ? 0 : nextFloat(state, stream);
  item.defectRoll = nextFloat(state, stream);
  item.needsConstraint = item.constraintRoll < template.constraintChance * state.params.constraintNeedFactor;
  item.expedite = options.expedite;
  if (options.place === 'triage') item.triageDeadline = options.tick + state.params.autoTriageHours;
  return register(state, item, events);
}

export function createImprovement(
  state: SimState,
  kind: ImprovementKind,
  tick: number,
  expedite: boolean,
  events: SimEvent[],
): WorkItem {
  const work = state.investmentWork[kind];
  const item = blankItem(state, 'improvement', tick, 'backlog');
  item.kind = kind;
  item.effort = { dev: work.dev, test: work.test, ops: work.ops };
  item.constraintRoll = work.needsConstraint ? 0 : 1;
  item.needsConstraint = work.needsConstraint;
  item.defectRoll = nextFloat(state, 'outcomes');
  item.expedite = expedite;
  return register(state, item, events);
}

export interface IncidentOptions {
  tick: number;
  cause: IncidentCause;
  outage: boolean;
  effortHours: number;
  needsConstraint: boolean;
  brokenReleaseId: number | null;
  /** The deployment that caused it (failed, or shipped the defect), for the change failure rate. */
  causedByReleaseId: number | null;
}

export function openIncident(state: SimState, options: IncidentOptions, events: SimEvent[]): WorkItem {
  const item = blankItem(state, 'incident', options.tick, 'undetected');
  item.kind = options.cause;
  item.outage = options.outage;
  item.effort.ops = options.effortHours;
  // Why: without telemetry nobody notices until customers call, hours later; telemetry alerts in minutes.
  const delay = state.telemetry ? state.params.telemetryDetectionDelay : state.params.customerReportDelay;
  item.detectAt = options.tick + Math.round(sampleRange(state, 'outcomes', delay));
  item.constraintRoll = options.needsConstraint ? 0 : 1;
  item.needsConstraint = options.needsConstraint;
  item.brokenReleaseId = options.brokenReleaseId;
  item.causedByReleaseId = options.causedByReleaseId;
  register(state, item, events);
  events.push({
    type: 'incident-opened',
    tick: options.tick,
    itemId: item.id,
    cause: options.cause,
    outage: options.outage,
    releaseId: options.causedByReleaseId,
  });
  return item;
}

export function removeFromPlace(state: SimState, item: WorkItem): void {
  const list = state.places[item.place];
  const index = list.indexOf(item.id);
  if (index >= 0) list.splice(index, 1);
}

export function unassignAll(state: SimState, item: WorkItem): void {
  for (const staffId of item.assignees) {
    const person = state.staff[staffId];
    if (!person) continue;
    const index = person.holding.indexOf(item.id);
    if (index >= 0) person.holding.splice(index, 1);
  }
  item.assignees.length = 0;
}

export function assign(item: WorkItem, person: Staff, tick: number, events: SimEvent[]): void {
  person.holding.push(item.id);
  item.assignees.push(person.id);
  events.push({ type: 'item-assigned', tick, itemId: item.id, staffId: person.id });
}

/** Effort of a stage when the item enters it, given what the organisation has learned so far. */
function stageEffort(state: SimState, item: WorkItem, stage: WorkStage): number {
  const base = item.effort[stage];
  if (item.type === 'improvement') return base;
  const params = state.params;
  if (stage === 'dev') {
    // Why: technical debt makes every change slower (tangled code, flaky environments).
    return base * (1 + params.debt * params.debtEffortFactor);
  }
  // Why: debt in hand-built, fragile infrastructure makes testing and operating each change slower too.
  const fragile = 1 + params.debt * params.debtOpsEffortFactor;
  if (stage === 'test') return (state.testAutomation ? base * params.automatedTestEffort : base) * fragile;
  return base * fragile;
}

export function moveItem(
  state: SimState,
  item: WorkItem,
  to: Place,
  tick: number,
  events: SimEvent[],
  pulled = false,
): void {
  const from = item.place;
  removeFromPlace(state, item);
  if (item.assignees.length > 0) unassignAll(state, item);
  item.leftAt[from] = tick;
  item.place = to;
  item.enteredAt[to] = tick;
  state.places[to].push(item.id);
  events.push({ type: pulled ? 'item-pulled' : 'item-moved', tick, itemId: item.id, from, to });
  if (to === 'dev' || to === 'test' || to === 'ops') {
    const effort = stageEffort(state, item, to);
    item.need = effort > 0 ? to : null;
    item.remaining = effort;
    if (to === 'ops' && item.type !== 'incident') {
      // Runbooks lower how often the constraint engineer's knowledge is needed.
      const template = item.type === 'improvement' ? null : state.templates[item.type];
      if (template) {
        item.needsConstraint =
          item.constraintRoll < template.constraintChance * state.params.constraintNeedFactor;
      }
      if (item.needsConstraint && effort > 0) {
        item.constraintQueuedAt = tick;
        item.constraintEffort = effort;
      }
    }
  } else {
    item.need = null;
    item.remaining = 0;
  }
}

/** An item reaches Live: the end of its lead time. */
export function finishItem(state: SimState, item: WorkItem, tick: number, events: SimEvent[]): void {
  moveItem(state, item, 'live', tick, events);
  item.blocked = null;
  const leadTimeHours = tick - item.createdAt;
  const startedAt = item.enteredAt.dev ?? item.enteredAt.ops ?? item.createdAt;
  // Lead time for changes starts at the first work (the first commit); an item nobody ever worked on
  // (a change with no effort left) starts when it was committed to.
  const firstWork = item.firstWorkAt ?? startedAt;
  let value = item.value;
  if (item.type === 'feature') {
    // Why: cost of delay — a feature is worth less the longer customers wait for it.
    const decay = 1 - (state.params.valueDecayPerDay * leadTimeHours) / 8;
    value *= Math.max(state.params.valueFloor, decay);
  }
  events.push({
    type: 'item-done',
    tick,
    itemId: item.id,
    workType: item.type,
    customerLeadTimeHours: leadTimeHours,
    changeLeadTimeHours: tick - firstWork,
    cycleTimeHours: tick - startedAt,
    activeHours: item.activeHours,
    stageHours: {
      dev: hoursIn(item, 'dev'),
      test: hoursIn(item, 'test'),
      ops: hoursIn(item, 'ops'),
      release: hoursIn(item, 'release'),
    },
    value,
  });
  // Why: every change shipped adds code to maintain; debt grows a little unless paid down.
  if (item.type !== 'improvement') addDebt(state, state.params.debtPerShippedItem);
}

function hoursIn(item: WorkItem, place: Place): number {
  const entered = item.enteredAt[place];
  const left = item.leftAt[place];
  return entered === undefined || left === undefined ? 0 : left - entered;
}

/** Technical debt stays within 0–1. */
export function addDebt(state: SimState, amount: number): void {
  state.params.debt = Math.min(1, Math.max(0, state.params.debt + amount));
}

export function completeImprovement(state: SimState, item: WorkItem, tick: number, events: SimEvent[]): void {
  const kind = item.kind as ImprovementKind;
  applyImprovementEffect(state, kind);
  events.push({ type: 'improvement-completed', tick, itemId: item.id, improvement: kind });
  finishItem(state, item, tick, events);
}

/** What each improvement changes in the model once it is done. */
export function applyImprovementEffect(state: SimState, kind: ImprovementKind): void {
  const params = state.params;
  switch (kind) {
    case 'telemetry':
      state.telemetry = true;
      break;
    case 'test-automation':
      state.testAutomation = true;
      break;
    case 'deploy-automation':
      state.deployAutomation = true;
      break;
    case 'runbooks':
      // Why: written-down knowledge lets others resolve incidents and do routine changes without the constraint engineer.
      state.runbooks = true;
      params.constraintNeedFactor *= 0.5;
      break;
    case 'cross-training':
      for (const person of state.staff) if (person.crossTrainable) person.canDoConstraintWork = true;
      break;
    case 'chaos-drills':
      // Why: practised recovery is faster recovery.
      params.resolutionFactor *= 0.6;
      break;
    case 'post-mortems':
      // Why: blameless post-mortems fix root causes, so the same incidents stop coming back.
      params.arrivalsPerDay.infrastructureIncident *= 0.6;
      params.escapedDefectOutageChance *= 0.7;
      break;
    case 'debt-paydown':
      // Why: the worst debt is paid first, so each paydown removes a share of what is left —
      // diminishing returns as the code gets cleaner.
      params.debt = Math.max(0, params.debt * (1 - params.debtPaydown));
      break;
  }
  if (kind !== 'debt-paydown') state.investments[kind] = 'done';
}

export function rollChance(state: SimState, p: number): boolean {
  return chance(state, 'outcomes', p);
}
