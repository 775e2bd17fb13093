// Metrics (design §4), all derived from the event log in one pass.
import type { SimEvent } from './types';

export interface Distribution {
  mean: number | null;
  p50: number | null;
  p85: number | null;
  count: number;
}

export interface StageAverages {
  triage: number;
  backlog: number;
  dev: number;
  test: number;
  ops: number;
  release: number;
  total: number;
}

export interface CumulativeFlowDay {
  day: number;
  /** Cumulative count of planned items that had entered each column by the end of the day. */
  arrived: number;
  dev: number;
  test: number;
  ops: number;
  release: number;
  live: number;
}

export interface Metrics {
  hours: number;
  days: number;
  /** Requests (features, projects, changes) created → live, in hours; items still open at the end count with their age (censored). */
  leadTimeHours: Distribution;
  /** Created → live over completed requests only. */
  completedLeadTimeHours: Distribution;
  cycleTimeHours: Distribution;
  throughputPerDay: number;
  itemsDone: number;
  featuresShipped: number;
  /** Cumulative features live by the end of each day (index 0 = day 1). */
  featuresShippedByDay: number[];
  avgWip: StageAverages;
  flowEfficiency: number | null;
  cumulativeFlow: CumulativeFlowDay[];
  releases: number;
  failedReleases: number;
  avgReleaseSize: number | null;
  deploymentsPerDay: number;
  changeFailureRate: number | null;
  incidents: number;
  mttdHours: number | null;
  mttrHours: number | null;
  defectsFound: number;
  escapedDefects: number;
  outageHours: number;
  constraintUtilization: number;
  constraintQueueWaitHours: number | null;
  avgConstraintQueue: number;
  /** Share of the constraint engineer's working time spent on fires and escalations (unplanned for them). */
  constraintUnplannedShare: number;
  improvementShare: number;
  unplannedShare: number;
  switchingShare: number;
  debtIndex: number;
  valueDelivered: number;
  revenueLost: number;
}

function mean(values: number[]): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const x of values) sum += x;
  return sum / values.length;
}

/** Nearest-rank percentile of an ascending-sorted list. */
function percentile(sorted: number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.ceil(p * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))]!;
}

function distribution(values: number[]): Distribution {
  const sorted = values.slice().sort((a, b) => a - b);
  return {
    mean: mean(values),
    p50: percentile(sorted, 0.5),
    p85: percentile(sorted, 0.85),
    count: values.length,
  };
}

const CFD_COLUMNS = ['dev', 'test', 'ops', 'release', 'live'] as const;
type CfdColumn = (typeof CFD_COLUMNS)[number];

export function computeMetrics(events: readonly SimEvent[]): Metrics {
  const leadTimes: number[] = [];
  let done = 0;
  const cycleTimes: number[] = [];
  let touched = 0;
  let leadSum = 0;
  let featuresShipped = 0;
  const featureDays: number[] = [];
  let value = 0;
  let releases = 0;
  let failed = 0;
  let releaseSizes = 0;
  const detection: number[] = [];
  const restore: number[] = [];
  let incidents = 0;
  let defectsFound = 0;
  let escaped = 0;
  let hours = 0;
  let outageHours = 0;
  let revenueLost = 0;
  let constraintBusy = 0;
  let constraintQueue = 0;
  const waits: number[] = [];
  const wip: StageAverages = { triage: 0, backlog: 0, dev: 0, test: 0, ops: 0, release: 0, total: 0 };
  let planned = 0;
  let unplanned = 0;
  let improvement = 0;
  let switching = 0;
  let constraintUnplanned = 0;
  let constraintWorked = 0;
  let debt = 0;
  const incidentIds = new Set<number>();
  // Cumulative flow: per column, the day index of each entry.
  const entries: Record<'arrived' | CfdColumn, number[]> = {
    arrived: [],
    dev: [],
    test: [],
    ops: [],
    release: [],
    live: [],
  };
  const seenColumn = new Map<number, number>();
  /** Planned items not yet live (nor rejected), with their creation tick. */
  const openSince = new Map<number, number>();

  for (const e of events) {
    switch (e.type) {
      case 'hour':
        hours++;
        wip.triage += e.wip.triage;
        wip.backlog += e.wip.backlog;
        wip.dev += e.wip.dev;
        wip.test += e.wip.test;
        wip.ops += e.wip.ops;
        wip.release += e.wip.release;
        wip.total += e.wip.total;
        constraintBusy += e.constraintBusy;
        constraintQueue += e.constraintQueue;
        if (e.outage) outageHours++;
        revenueLost += e.revenueLost;
        planned += e.hours.planned;
        unplanned += e.hours.unplanned;
        improvement += e.hours.improvement;
        switching += e.hours.switching;
        constraintUnplanned += e.hours.constraintUnplanned;
        constraintWorked += e.hours.constraintWorked;
        debt = e.debt;
        break;
      case 'item-created':
        if (e.workType === 'incident') incidentIds.add(e.itemId);
        else {
          entries.arrived.push(Math.floor(e.tick / 8));
          if (e.workType !== 'improvement') openSince.set(e.itemId, e.tick);
        }
        break;
      case 'item-triaged':
        if (e.decision === 'reject') openSince.delete(e.itemId);
        break;
      case 'item-pulled':
      case 'item-moved': {
        if (incidentIds.has(e.itemId)) break;
        const column = CFD_COLUMNS.indexOf(e.to as CfdColumn);
        // Count the first entry into each column only (rework never moves items backwards).
        if (column >= 0 && (seenColumn.get(e.itemId) ?? -1) < column) {
          seenColumn.set(e.itemId, column);
          entries[CFD_COLUMNS[column]!].push(Math.floor(e.tick / 8));
        }
        break;
      }
      case 'item-done':
        if (e.workType === 'incident') break;
        openSince.delete(e.itemId);
        done++;
        // Why: lead time is how long the business waits for what it asked for. Improvement items are
        // created by the team when it starts them, so their lead time is only their cycle time: counted,
        // they would flatter a team that spends its hours on improvement instead of on the requests.
        if (e.workType !== 'improvement') leadTimes.push(e.leadTimeHours);
        cycleTimes.push(e.cycleTimeHours);
        touched += e.touchedHours;
        leadSum += e.leadTimeHours;
        value += e.value;
        if (e.workType === 'feature') {
          featuresShipped++;
          featureDays.push(Math.floor(Math.max(0, e.tick - 1) / 8));
        }
        break;
      case 'deployed':
        releases++;
        releaseSizes += e.size;
        break;
      case 'deploy-failed':
        releases++;
        failed++;
        releaseSizes += e.size;
        break;
      case 'incident-opened':
        incidents++;
        break;
      case 'incident-detected':
        detection.push(e.detectionHours);
        break;
      case 'incident-resolved':
        restore.push(e.restoreHours);
        break;
      case 'defect-found':
        defectsFound++;
        break;
      case 'defect-escaped':
        escaped++;
        break;
      case 'constraint-done':
        waits.push(e.waitedHours);
        break;
      default:
        break;
    }
  }
  const days = hours / 8;
  // Work still open at the end counts with its age so far (a lower bound on its lead time), so that
  // starting everything and finishing only the quick items cannot hide how long customers wait.
  const waitingTimes = leadTimes.slice();
  for (const createdAt of openSince.values()) waitingTimes.push(hours - createdAt);
  const perHour = (x: number): number => (hours > 0 ? x / hours : 0);
  const perDay = (x: number): number => (days > 0 ? x / days : 0);
  const worked = planned + unplanned + improvement;
  const totalDays = Math.ceil(days);
  const cumulativeFlow: CumulativeFlowDay[] = [];
  const counters = { arrived: 0, dev: 0, test: 0, ops: 0, release: 0, live: 0 };
  const sortedEntries = {} as Record<keyof typeof counters, number[]>;
  for (const key of Object.keys(entries) as (keyof typeof counters)[]) {
    sortedEntries[key] = entries[key].slice().sort((a, b) => a - b);
  }
  const cursor = { arrived: 0, dev: 0, test: 0, ops: 0, release: 0, live: 0 };
  for (let day = 0; day < totalDays; day++) {
    for (const key of Object.keys(counters) as (keyof typeof counters)[]) {
      const list = sortedEntries[key];
      while (cursor[key] < list.length && list[cursor[key]]! <= day) cursor[key]++;
      counters[key] = cursor[key];
    }
    cumulativeFlow.push({ day: day + 1, ...counters });
  }
  const featuresShippedByDay: number[] = [];
  for (let day = 0; day < totalDays; day++) {
    featuresShippedByDay.push(featureDays.filter((d) => d <= day).length);
  }
  return {
    hours,
    days,
    leadTimeHours: distribution(waitingTimes),
    completedLeadTimeHours: distribution(leadTimes),
    cycleTimeHours: distribution(cycleTimes),
    throughputPerDay: perDay(done),
    itemsDone: done,
    featuresShipped,
    featuresShippedByDay,
    avgWip: {
      triage: perHour(wip.triage),
      backlog: perHour(wip.backlog),
      dev: perHour(wip.dev),
      test: perHour(wip.test),
      ops: perHour(wip.ops),
      release: perHour(wip.release),
      total: perHour(wip.total),
    },
    flowEfficiency: leadSum > 0 ? touched / leadSum : null,
    cumulativeFlow,
    releases,
    failedReleases: failed,
    avgReleaseSize: releases > 0 ? releaseSizes / releases : null,
    deploymentsPerDay: perDay(releases - failed),
    changeFailureRate: releases > 0 ? failed / releases : null,
    incidents,
    mttdHours: mean(detection),
    mttrHours: mean(restore),
    defectsFound,
    escapedDefects: escaped,
    outageHours,
    constraintUtilization: perHour(constraintBusy),
    constraintQueueWaitHours: mean(waits),
    avgConstraintQueue: perHour(constraintQueue),
    constraintUnplannedShare: constraintWorked > 0 ? constraintUnplanned / constraintWorked : 0,
    improvementShare: worked > 0 ? improvement / worked : 0,
    unplannedShare: worked > 0 ? unplanned / worked : 0,
    switchingShare: hours > 0 ? switching / (worked + switching) : 0,
    debtIndex: debt,
    valueDelivered: value,
    revenueLost,
  };
}
