// The debrief's chart series, derived from a run's events and metrics only (no Phaser, no DOM), so
// the charts, their tables, the CSV and the test hook all show the same numbers.
import type { IncidentCause, Metrics, SimEvent, WorkType } from '../../engine';

export const HOURS_PER_DAY = 8;

/** CFD stages, upstream first; each band is the work that had entered a stage but not the next one. */
export const CFD_STAGES = ['requested', 'dev', 'test', 'ops', 'release', 'live'] as const;
export type CfdStage = (typeof CFD_STAGES)[number];

export interface CfdSeries {
  /** Day numbers (1-based), the end of each simulated day. */
  days: number[];
  /** Per stage, per day: how many planned items had entered it (cumulative). */
  cumulative: Record<CfdStage, number[]>;
  /** Per stage, per day: the band's height, items in that stage at the end of the day. */
  band: Record<CfdStage, number[]>;
}

export interface LeadTimePoint {
  itemId: number;
  workType: WorkType;
  /** When the request went live, or the end of the act for open ones (days, continuous). */
  day: number;
  /** Lead time for changes: first work → live (hours); null while still open. */
  hours: number | null;
  /** Customer lead time: request → live, or its age at the end for requests still open (hours). */
  customerHours: number;
  open: boolean;
}

export interface LeadTimeSeries {
  points: LeadTimePoint[];
  /** Lead time for changes over the shipped requests (DORA; the HUD tile's and results panel's number). */
  p50: number | null;
  p85: number | null;
  /** Customer lead time, open requests counted at their age (the business view). */
  customerP50: number | null;
}

export interface UtilisationSeries {
  days: number[];
  /** Share of the day's hours the constraint engineer was busy, 0–1. */
  busy: number[];
  /** Average number of items waiting for the constraint engineer during the day. */
  queue: number[];
  /** Average hours that work the constraint finished that day had waited for them (null: none). */
  waitHours: (number | null)[];
}

export interface OutageSpan {
  itemId: number;
  cause: IncidentCause;
  /** Customers were affected (an outage), not just an internal incident. */
  outage: boolean;
  openedAt: number;
  detectedAt: number | null;
  resolvedAt: number | null;
}

export interface OutageSeries {
  /** Length of the act in hours (open incidents end there). */
  hours: number;
  incidents: OutageSpan[];
}

export interface DebriefSeries {
  cfd: CfdSeries;
  leadTimes: LeadTimeSeries;
  utilisation: UtilisationSeries;
  outages: OutageSeries;
}

const emptyStages = (): Record<CfdStage, number[]> => ({
  requested: [],
  dev: [],
  test: [],
  ops: [],
  release: [],
  live: [],
});

/**
 * The cumulative flow diagram, from the engine's own cumulative-flow metric. With the events, requests
 * the player rejected leave the Requested band on the day they were rejected (they never flow on).
 */
export function cfdSeries(metrics: Metrics, events: readonly SimEvent[] = []): CfdSeries {
  const rejectedDays: number[] = [];
  for (const e of events) {
    if (e.type === 'item-triaged' && e.decision === 'reject')
      rejectedDays.push(Math.floor(e.tick / HOURS_PER_DAY));
  }
  const cumulative = emptyStages();
  const band = emptyStages();
  const days: number[] = [];
  for (const day of metrics.cumulativeFlow) {
    days.push(day.day);
    const values: Record<CfdStage, number> = {
      requested: day.arrived - rejectedDays.filter((d) => d < day.day).length,
      dev: day.dev,
      test: day.test,
      ops: day.ops,
      release: day.release,
      live: day.live,
    };
    CFD_STAGES.forEach((stage, index) => {
      cumulative[stage].push(values[stage]);
      const next = CFD_STAGES[index + 1];
      band[stage].push(next ? Math.max(0, values[stage] - values[next]) : values[stage]);
    });
  }
  return { days, cumulative, band };
}

const REQUEST_TYPES: ReadonlySet<WorkType> = new Set(['feature', 'project', 'change']);

/**
 * One point per request (features, projects, changes; as the metrics, never improvement items):
 * shipped ones with their lead time for changes and customer lead time, open ones with their age.
 */
export function leadTimeSeries(events: readonly SimEvent[], metrics: Metrics): LeadTimeSeries {
  const points: LeadTimePoint[] = [];
  const open = new Map<number, { workType: WorkType; createdAt: number }>();
  for (const e of events) {
    if (e.type === 'item-created' && REQUEST_TYPES.has(e.workType)) {
      open.set(e.itemId, { workType: e.workType, createdAt: e.tick });
    } else if (e.type === 'item-triaged' && e.decision === 'reject') {
      open.delete(e.itemId);
    } else if (e.type === 'item-done' && REQUEST_TYPES.has(e.workType)) {
      open.delete(e.itemId);
      points.push({
        itemId: e.itemId,
        workType: e.workType,
        day: e.tick / HOURS_PER_DAY,
        hours: e.changeLeadTimeHours,
        customerHours: e.customerLeadTimeHours,
        open: false,
      });
    }
  }
  for (const [itemId, item] of open) {
    points.push({
      itemId,
      workType: item.workType,
      day: metrics.hours / HOURS_PER_DAY,
      hours: null,
      customerHours: metrics.hours - item.createdAt,
      open: true,
    });
  }
  return {
    points,
    p50: metrics.leadTimeForChangesHours.p50,
    p85: metrics.leadTimeForChangesHours.p85,
    customerP50: metrics.customerLeadTimeHours.p50,
  };
}

/** Per day: how busy the constraint engineer was, how long the queue in front of them, how long work waited. */
export function utilisationSeries(events: readonly SimEvent[], metrics: Metrics): UtilisationSeries {
  const dayCount = Math.ceil(metrics.hours / HOURS_PER_DAY);
  const busy = new Array<number>(dayCount).fill(0);
  const queue = new Array<number>(dayCount).fill(0);
  const hours = new Array<number>(dayCount).fill(0);
  const waitSum = new Array<number>(dayCount).fill(0);
  const waitCount = new Array<number>(dayCount).fill(0);
  const dayOf = (tick: number) => Math.min(dayCount - 1, Math.max(0, Math.floor(tick / HOURS_PER_DAY)));
  for (const e of events) {
    if (e.type === 'hour') {
      const day = dayOf(e.tick);
      busy[day]! += e.constraintBusy;
      queue[day]! += e.constraintQueue;
      hours[day]!++;
    } else if (e.type === 'constraint-done' && dayCount > 0) {
      // Work finished during hour `tick − 1` belongs to that hour's day.
      const day = dayOf(e.tick - 1);
      waitSum[day]! += e.waitedHours;
      waitCount[day]!++;
    }
  }
  const days = Array.from({ length: dayCount }, (_, i) => i + 1);
  return {
    days,
    busy: busy.map((b, i) => (hours[i]! > 0 ? b / hours[i]! : 0)),
    queue: queue.map((q, i) => (hours[i]! > 0 ? q / hours[i]! : 0)),
    waitHours: waitSum.map((w, i) => (waitCount[i]! > 0 ? w / waitCount[i]! : null)),
  };
}

/** Every incident as a span: opened → detected → resolved (null while still open at the end). */
export function outageSeries(events: readonly SimEvent[], metrics: Metrics): OutageSeries {
  const byId = new Map<number, OutageSpan>();
  for (const e of events) {
    if (e.type === 'incident-opened') {
      byId.set(e.itemId, {
        itemId: e.itemId,
        cause: e.cause,
        outage: e.outage,
        openedAt: e.tick,
        detectedAt: null,
        resolvedAt: null,
      });
    } else if (e.type === 'incident-detected') {
      const span = byId.get(e.itemId);
      if (span) span.detectedAt = e.tick;
    } else if (e.type === 'incident-resolved') {
      const span = byId.get(e.itemId);
      if (span) span.resolvedAt = e.tick;
    }
  }
  return { hours: metrics.hours, incidents: [...byId.values()].sort((a, b) => a.openedAt - b.openedAt) };
}

export function debriefSeries(events: readonly SimEvent[], metrics: Metrics): DebriefSeries {
  return {
    cfd: cfdSeries(metrics, events),
    leadTimes: leadTimeSeries(events, metrics),
    utilisation: utilisationSeries(events, metrics),
    outages: outageSeries(events, metrics),
  };
}
