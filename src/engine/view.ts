// Read-only snapshots for the game's board and HUD. Derived from the state; never mutate through them.

import { wipOf } from './flow';
import { type IncidentDecision, openIncidentDecisions } from './incidents';
import type { Metrics } from './metrics';
import type {
  BlockReason,
  ImprovementKind,
  IncidentCause,
  Investment,
  Mechanic,
  Place,
  Scenario,
  Settings,
  SimState,
  StoryBeat,
  WorkStage,
  WorkType,
} from './types';

export interface ItemView {
  id: number;
  type: WorkType;
  kind: ImprovementKind | IncidentCause | null;
  place: Place;
  ageHours: number;
  /** Hours since it entered its current place. */
  hoursInPlace: number;
  assignees: number[];
  need: WorkStage | null;
  remainingHours: number;
  blocked: BlockReason | null;
  defectOpen: boolean;
  foundDefects: number;
  needsConstraint: boolean;
  /** In the constraint engineer's queue (or being worked by them) right now. */
  atConstraint: boolean;
  expedite: boolean;
  outage: boolean;
  value: number;
}

export type BoardColumn = 'triage' | 'backlog' | 'dev' | 'test' | 'ops' | 'release';

export interface BoardView {
  tick: number;
  endTick: number;
  day: number;
  hourOfDay: number;
  columns: Record<BoardColumn, ItemView[]>;
  wipLimits: Settings['wipLimits'];
  wip: Record<WorkStage, number>;
  /** Detected, unresolved incidents (they sit in Ops and pre-empt). */
  incidents: ItemView[];
  outage: boolean;
  liveCount: number;
  staff: {
    id: number;
    nameKey: string;
    isConstraint: boolean;
    canDoConstraintWork: boolean;
    holding: number[];
    busyLastHour: number;
  }[];
  constraint: { staffId: number; busyLastHour: number; queue: number[] };
  release: { id: number; itemIds: number[]; remainingHours: number } | null;
  settings: Settings;
  mechanics: Mechanic[];
  investments: Partial<Record<Investment, 'in-progress' | 'done'>>;
  debt: number;
  pendingBeat: { beat: StoryBeat; firedAt: number } | null;
  /** Incidents whose response the player may still choose (oldest first). */
  incidentDecisions: IncidentDecision[];
}

function itemView(state: SimState, id: number): ItemView {
  const item = state.items[id]!;
  return {
    id,
    type: item.type,
    kind: item.kind,
    place: item.place,
    ageHours: state.tick - item.createdAt,
    hoursInPlace: state.tick - (item.enteredAt[item.place] ?? item.createdAt),
    assignees: item.assignees.slice(),
    need: item.need,
    remainingHours: item.remaining,
    blocked: item.blocked,
    defectOpen: item.defectOpen,
    foundDefects: item.foundDefects,
    needsConstraint: item.needsConstraint,
    atConstraint: item.constraintQueuedAt !== null,
    expedite: item.expedite,
    outage: item.outage,
    value: item.value,
  };
}

export function boardView(state: SimState): BoardView {
  const columns = {} as Record<BoardColumn, ItemView[]>;
  const incidents: ItemView[] = [];
  for (const column of ['triage', 'backlog', 'dev', 'test', 'ops', 'release'] as const) {
    columns[column] = [];
    for (const id of state.places[column]) {
      const view = itemView(state, id);
      if (view.type === 'incident') incidents.push(view);
      else columns[column].push(view);
    }
  }
  const constraintQueue: number[] = [];
  let outage = false;
  for (const id of state.places.ops)
    if (state.items[id]!.constraintQueuedAt !== null) constraintQueue.push(id);
  for (const place of ['ops', 'undetected'] as const) {
    for (const id of state.places[place]) if (state.items[id]!.outage) outage = true;
  }
  const constraint = state.staff[state.constraintStaffId];
  const pending = state.pendingBeat;
  const beat = pending ? state.storyBeats.find((b) => b.id === pending.beatId) : undefined;
  return {
    tick: state.tick,
    endTick: state.endTick,
    day: Math.floor(state.tick / 8) + 1,
    hourOfDay: state.tick % 8,
    columns,
    wipLimits: { ...state.settings.wipLimits },
    wip: { dev: wipOf(state, 'dev'), test: wipOf(state, 'test'), ops: wipOf(state, 'ops') },
    incidents,
    outage,
    liveCount: state.places.live.length,
    staff: state.staff.map((s) => ({
      id: s.id,
      nameKey: s.nameKey,
      isConstraint: s.isConstraint,
      canDoConstraintWork: s.canDoConstraintWork,
      holding: s.holding.slice(),
      busyLastHour: s.busyLastHour,
    })),
    constraint: {
      staffId: state.constraintStaffId,
      busyLastHour: constraint ? constraint.busyLastHour : 0,
      queue: constraintQueue,
    },
    release: state.release
      ? {
          id: state.release.id,
          itemIds: state.release.itemIds.slice(),
          remainingHours: state.release.remaining,
        }
      : null,
    settings: JSON.parse(JSON.stringify(state.settings)) as Settings,
    mechanics: state.mechanics.slice(),
    investments: { ...state.investments },
    debt: state.params.debt,
    pendingBeat: beat && pending ? { beat, firedAt: pending.firedAt } : null,
    incidentDecisions: openIncidentDecisions(state),
  };
}

export interface GoalProgress {
  featuresShipped: number;
  featuresTarget: number;
  byDay: number;
  outageHours: number;
  maxOutageHours: number;
  met: boolean;
}

/**
 * The act's goal against the metrics so far: features live by the goal's day (later ones count as
 * value, not towards the goal), outages capped. The one goal definition: the HUD, the results panel,
 * the score, the balance and the debrief all read it from here.
 */
export function goalProgress(scenario: Scenario, metrics: Metrics): GoalProgress {
  const goal = scenario.goal;
  const byDay = metrics.featuresShippedByDay;
  const featuresByDeadline = byDay.length === 0 ? 0 : byDay[Math.min(goal.byDay, byDay.length) - 1]!;
  return {
    featuresShipped: featuresByDeadline,
    featuresTarget: goal.featuresShipped,
    byDay: goal.byDay,
    outageHours: metrics.outageHours,
    maxOutageHours: goal.maxOutageHours,
    met: featuresByDeadline >= goal.featuresShipped && metrics.outageHours <= goal.maxOutageHours,
  };
}
