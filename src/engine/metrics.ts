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

export interface StageTimes {
  dev: number | null;
  test: number | null;
  ops: number | null;
  release: number | null;
}

export interface Metrics {
  hours: number;
  days: number;
  /**
   * DORA lead time for changes: first work on a request (its first commit) → live, in hours, over the
   * requests shipped.
   */
  leadTimeForChangesHours: Distribution;
  /**
   * Customer lead time: request → live, in hours. Requests still open at the end count with their age
   * so far (a lower bound), so that starting everything and finishing only the quick ones cannot hide
   * how long customers wait. Rejected requests are not counted (they were never promised).
   */
  customerLeadTimeHours: Distribution;
  /** Request → live over shipped requests only (for Little's law). */
  completedCustomerLeadTimeHours: Distribution;
  /** Entered Dev (committed to) → live, over shipped requests. */
  cycleTimeHours: Distribution;
  /** Mean hours a shipped request spent in each stage (cycle time per stage). */
  stageTimeHours: StageTimes;
  /** Requests (features, projects, changes) shipped per day; improvement items never count. */
  throughputPerDay: number;
  /** Requests live. */
  itemsShipped: number;
  featuresShipped: number;
  /** Cumulative features live by the end of each day (index 0 = day 1). */
  featuresShippedByDay: number[];
  avgWip: StageAverages;
  /** Productive hours ÷ customer lead time over shipped requests (a juggled hour counts at its productive share). */
  flowEfficiency: number | null;
  cumulativeFlow: CumulativeFlowDay[];
  /** Every deployment to production, failed ones and redeploys of a fixed release included. */
  deployments: number;
  failedDeployments: number;
  /** Changes per release (a redeploy of a fixed release is not a new release). */
  avgReleaseSize: number | null;
  deploymentsPerDay: number;
  /**
   * DORA change failure rate: the share of deployments that caused a failure in production — a failed
   * deploy, or an incident traced back to a defect the deployment shipped.
   */
  changeFailureRate: number | null;
  /** Failed deploys + incidents from shipped defects: failures per change = this ÷ itemsShipped. */
  productionFailures: number;
  failuresPerChange: number | null;
  incidents: number;
  mttdHours: number | null;
  /** Time to restore: failure start → restored, mean over resolved incidents. */
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
  /** Technical debt at the end (0–1) and at the start. */
  debtIndex: number;
  debtAtStart: number;
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

const REQUEST_TYPES = new Set(['feature', 'project', 'change']);

export function computeMetrics(events: readonly SimEvent[]): Metrics {
  const changeLeadTimes: number[] = [];
  const customerLeadTimes: number[] = [];
  const cycleTimes: number[] = [];
  let shipped = 0;
  let active = 0;
  let featuresShipped = 0;
  const featureDays: number[] = [];
  let value = 0;
  let deployments = 0;
  let failedDeploys = 0;
  let releases = 0;
  let releaseSizes = 0;
  /** Deployments that caused a failure in production (a failed deploy or a shipped defect's incident). */
  const failingReleases = new Set<number>();
  let productionFailures = 0;
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
  let debtAtStart: number | null = null;
  const incidentIds = new Set<number>();
  const requestIds = new Set<number>();
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
  /** Requests not yet live (nor rejected), with their creation tick. */
  const openSince = new Map<number, number>();
  const stageSums = { dev: 0, test: 0, ops: 0, release: 0 };

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
        debtAtStart ??= e.debt;
        debt = e.debt;
        break;
      case 'item-created':
        if (e.workType === 'incident') incidentIds.add(e.itemId);
        else {
          entries.arrived.push(Math.floor(e.tick / 8));
          if (REQUEST_TYPES.has(e.workType)) {
            requestIds.add(e.itemId);
            openSince.set(e.itemId, e.tick);
          }
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
      case 'item-done': {
        if (!REQUEST_TYPES.has(e.workType)) break;
        openSince.delete(e.itemId);
        shipped++;
        // Improvement items are the team's own work, not what the business asked for: counted, they
        // would flatter a team that spends its hours on improvement instead of on the requests.
        changeLeadTimes.push(e.changeLeadTimeHours);
        customerLeadTimes.push(e.customerLeadTimeHours);
        cycleTimes.push(e.cycleTimeHours);
        active += e.activeHours;
        value += e.value;
        stageSums.dev += e.stageHours.dev;
        stageSums.test += e.stageHours.test;
        stageSums.ops += e.stageHours.ops;
        stageSums.release += e.stageHours.release;
        if (e.workType === 'feature') {
          featuresShipped++;
          featureDays.push(Math.floor(Math.max(0, e.tick - 1) / 8));
        }
        break;
      }
      case 'deployed':
        deployments++;
        if (!e.redeploy) {
          releases++;
          releaseSizes += e.size;
        }
        break;
      case 'deploy-failed':
        deployments++;
        failedDeploys++;
        releases++;
        releaseSizes += e.size;
        break;
      case 'incident-opened':
        incidents++;
        if (e.releaseId !== null) {
          failingReleases.add(e.releaseId);
          productionFailures++;
        }
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
  const waitingTimes = customerLeadTimes.slice();
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
  let customerLeadSum = 0;
  for (const x of customerLeadTimes) customerLeadSum += x;
  const stageMean = (sum: number): number | null => (shipped > 0 ? sum / shipped : null);
  return {
    hours,
    days,
    leadTimeForChangesHours: distribution(changeLeadTimes),
    customerLeadTimeHours: distribution(waitingTimes),
    completedCustomerLeadTimeHours: distribution(customerLeadTimes),
    cycleTimeHours: distribution(cycleTimes),
    stageTimeHours: {
      dev: stageMean(stageSums.dev),
      test: stageMean(stageSums.test),
      ops: stageMean(stageSums.ops),
      release: stageMean(stageSums.release),
    },
    throughputPerDay: perDay(shipped),
    itemsShipped: shipped,
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
    flowEfficiency: customerLeadSum > 0 ? Math.min(1, active / customerLeadSum) : null,
    cumulativeFlow,
    deployments,
    failedDeployments: failedDeploys,
    avgReleaseSize: releases > 0 ? releaseSizes / releases : null,
    deploymentsPerDay: perDay(deployments),
    changeFailureRate: deployments > 0 ? failingReleases.size / deployments : null,
    productionFailures,
    failuresPerChange: shipped > 0 ? productionFailures / shipped : null,
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
    debtAtStart: debtAtStart ?? debt,
    valueDelivered: value,
    revenueLost,
  };
}
