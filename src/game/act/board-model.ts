// What the act's board shows, derived from the engine's state and metrics. Pure: no Phaser, so the
// view stays a thin renderer and this mapping is unit-tested.
import {
  goalProgress,
  type Investment,
  type Metrics,
  type Place,
  type Scenario,
  type Settings,
  type SimState,
  type WorkItem,
  type WorkStage,
  type WorkType,
} from '../../engine';
import { classifyDora, type DoraKeys } from '../../scoring/dora';

export const BOARD_COLUMNS = ['backlog', 'dev', 'test', 'ops', 'release', 'live'] as const;
export type BoardColumn = (typeof BOARD_COLUMNS)[number];
/** How many recently shipped cards the Live column keeps on show. */
export const LIVE_CARDS_SHOWN = 6;

/** Why a card cannot move on its own: each reason has its own icon on the card (work-look.ts). */
export type BlockedStatus = 'frozen' | 'awaiting-approval' | 'awaiting-fix';
export type CardStatus =
  | 'waiting'
  | 'working'
  | 'done-here'
  | BlockedStatus
  | 'defect'
  | 'outage'
  | 'incident';

export interface CardModel {
  id: number;
  type: WorkType;
  column: BoardColumn;
  /** Working hours since the item was created. */
  ageHours: number;
  needsConstraint: boolean;
  /** Waiting in the constraint engineer's queue right now. */
  inConstraintQueue: boolean;
  status: CardStatus;
  /** Staff ids working it. */
  assignees: number[];
  /** 0–1 of the current stage's work done (1 when nothing is left here). */
  progress: number;
  expedite: boolean;
  /** The release it is going out in, if deploying. */
  deploying: boolean;
}

export interface ColumnModel {
  column: BoardColumn;
  cards: CardModel[];
  /** Items in the column (Live: items shipped in the whole act). */
  count: number;
  wipLimit: number | null;
  /** Only Dev, Test and Ops have limits. */
  limited: boolean;
}

export interface StaffModel {
  id: number;
  nameKey: string;
  isConstraint: boolean;
  holding: number;
  busy: number;
  skills: Record<WorkStage, number>;
}

export interface BoardModel {
  tick: number;
  day: number;
  hourOfDay: number;
  totalDays: number;
  columns: ColumnModel[];
  triage: CardModel[];
  staff: StaffModel[];
  constraint: { staffId: number; utilisation: number; queue: number; queueWaitHours: number | null };
  readyToDeploy: number;
  releaseInProgress: boolean;
  settings: Settings;
  /** Technical debt, 0 (none) and up; it slows Dev and breeds defects and incidents. */
  debt: number;
  investments: Partial<Record<Investment, 'in-progress' | 'done'>>;
  /** Incidents being worked (detected, not yet resolved). */
  openIncidents: number;
  openOutages: number;
  metrics: Metrics;
  dora: DoraKeys;
  /** The act's goal so far, by the engine's one definition (features live by the goal's day). */
  goal: {
    featuresShipped: number;
    target: number;
    byDay: number;
    outageHours: number;
    maxOutageHours: number;
  };
}

const WORK_PLACES: Record<BoardColumn, Place> = {
  backlog: 'backlog',
  dev: 'dev',
  test: 'test',
  ops: 'ops',
  release: 'release',
  live: 'live',
};

function cardStatus(item: WorkItem): CardStatus {
  if (item.type === 'incident') {
    if (item.place === 'live' || item.resolvedAt !== null) return 'done-here';
    return item.outage ? 'outage' : 'incident';
  }
  if (item.defectOpen) return 'defect';
  if (item.blocked) return item.blocked;
  if (item.need === null) return 'done-here';
  return item.assignees.length > 0 ? 'working' : 'waiting';
}

function progressOf(item: WorkItem): number {
  if (item.need === null) return 1;
  const total = item.effort[item.need];
  return total <= 0 ? 1 : Math.min(1, Math.max(0, 1 - item.remaining / total));
}

export function cardOf(state: SimState, item: WorkItem, column: BoardColumn): CardModel {
  return {
    id: item.id,
    type: item.type,
    column,
    ageHours: Math.max(0, state.tick - item.createdAt),
    needsConstraint: item.needsConstraint,
    inConstraintQueue: item.constraintQueuedAt !== null,
    status: cardStatus(item),
    assignees: item.assignees.slice(),
    progress: progressOf(item),
    expedite: item.expedite,
    deploying: item.releaseId !== null && state.release?.id === item.releaseId,
  };
}

export function buildBoardModel(state: SimState, metrics: Metrics, scenario: Scenario): BoardModel {
  const goal = goalProgress(scenario, metrics);
  const columns = BOARD_COLUMNS.map((column): ColumnModel => {
    const ids = state.places[WORK_PLACES[column]];
    const shown = column === 'live' ? ids.slice(-LIVE_CARDS_SHOWN).reverse() : ids;
    const stage = column === 'dev' || column === 'test' || column === 'ops' ? column : null;
    return {
      column,
      cards: shown.map((id) => cardOf(state, state.items[id]!, column)),
      // Live counts work shipped to customers; resolved incidents are shown there but not counted.
      count: column === 'live' ? ids.filter((id) => state.items[id]?.type !== 'incident').length : ids.length,
      wipLimit: stage ? state.settings.wipLimits[stage] : null,
      limited: stage !== null,
    };
  });
  let readyToDeploy = 0;
  for (const id of state.places.release) {
    const item = state.items[id]!;
    if (item.approved && item.releaseId === null) readyToDeploy++;
  }
  let openOutages = 0;
  let openIncidents = 0;
  let queue = 0;
  for (const id of state.places.ops) {
    const item = state.items[id]!;
    if (item.type === 'incident' && item.detectedAt !== null) openIncidents++;
    if (item.type === 'incident' && item.outage && item.detectedAt !== null) openOutages++;
    if (item.constraintQueuedAt !== null) queue++;
  }
  const constraintPerson = state.staff[state.constraintStaffId];
  return {
    tick: state.tick,
    // The act ends at the close of its last day (17:00), never back at that day's 09:00.
    day: state.tick >= state.endTick ? Math.ceil(state.endTick / 8) : Math.floor(state.tick / 8) + 1,
    hourOfDay:
      state.tick >= state.endTick ? state.endTick - (Math.ceil(state.endTick / 8) - 1) * 8 : state.tick % 8,
    totalDays: Math.ceil(state.endTick / 8),
    columns,
    triage: state.places.triage.map((id) => cardOf(state, state.items[id]!, 'backlog')),
    staff: state.staff.map((person) => ({
      id: person.id,
      nameKey: person.nameKey,
      isConstraint: person.isConstraint,
      holding: person.holding.length,
      busy: person.busyLastHour,
      skills: { ...person.skills },
    })),
    constraint: {
      staffId: state.constraintStaffId,
      utilisation: constraintPerson?.busyLastHour ?? 0,
      queue,
      queueWaitHours: metrics.constraintQueueWaitHours,
    },
    readyToDeploy,
    releaseInProgress: state.release !== null,
    settings: JSON.parse(JSON.stringify(state.settings)) as Settings,
    debt: state.params.debt,
    investments: { ...state.investments },
    openIncidents,
    openOutages,
    metrics,
    dora: classifyDora(metrics),
    goal: {
      featuresShipped: goal.featuresShipped,
      target: goal.featuresTarget,
      byDay: goal.byDay,
      outageHours: goal.outageHours,
      maxOutageHours: goal.maxOutageHours,
    },
  };
}
