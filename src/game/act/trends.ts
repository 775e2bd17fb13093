// The DORA tiles' trends, the policy changes marked on them, and the figures of any stretch of the act:
// all derived from the engine's events, so what the board says moved is what the model did. Pure: no
// Phaser, so it is unit-tested.
import {
  type ChangeApproval,
  INVESTMENTS,
  type Investment,
  type Settings,
  type SimEvent,
  type WorkStage,
} from '../../engine';

export const TREND_KEYS = ['deploymentFrequency', 'leadTime', 'changeFailureRate', 'timeToRestore'] as const;
export type TrendKey = (typeof TREND_KEYS)[number];

export const HOURS_PER_DAY = 8;
/** Each trend point measures the two working days before it: recent enough to show a change. */
export const TREND_WINDOW_HOURS = 16;
/** Rates (per day) need a working day of observation before they mean anything. */
const MIN_RATE_HOURS = HOURS_PER_DAY;
/** Changes this close together (in hours) are one decision: clicking "−" three times is one move. */
export const CHANGE_GAP_HOURS = 2;

/** What one stretch of the act measured: the DORA keys and throughput, as the metrics define them. */
export interface WindowFigures {
  hours: number;
  /** Median lead time for changes (first work → live) of the requests shipped in the stretch. */
  leadTimeHours: number | null;
  /** Requests shipped per working day (null when the stretch is shorter than a day). */
  throughputPerDay: number | null;
  deploymentsPerDay: number | null;
  /** Share of the stretch's deployments that caused a failure in production (as known at its end). */
  changeFailureRate: number | null;
  /** Mean time to restore of the incidents resolved in the stretch. */
  timeToRestoreHours: number | null;
  shipped: number;
  deployments: number;
}

/** One policy setting, named by what the player can change. */
export type PolicySetting =
  | { kind: 'wipLimit'; stage: WorkStage; limit: number | null }
  | { kind: 'batchSize'; size: number }
  | { kind: 'releaseCadence'; hours: number | null }
  | { kind: 'projectFreeze'; on: boolean }
  | { kind: 'protectConstraint'; on: boolean }
  | { kind: 'stopTheLine'; on: boolean }
  | { kind: 'improvementShare'; share: number }
  | { kind: 'changeApproval'; mode: ChangeApproval }
  /** An investment decided (`started`) or in effect (`live`). */
  | { kind: 'investment'; investment: Investment; phase: 'started' | 'live' };

/** Changes made within CHANGE_GAP_HOURS of each other: one marker, one note. */
export interface PolicyChange {
  /** Hour of the first change (its marker), and of the last (the note measures from it). */
  firstTick: number;
  lastTick: number;
  /** Net changes, one per setting, in the order first made (a setting put back as it was is dropped). */
  settings: PolicySetting[];
}

/** Hour an event belongs to: completions are stamped with the hour's end, so they belong to the hour before. */
function hourOf(event: SimEvent): number {
  switch (event.type) {
    case 'item-done':
    case 'deployed':
    case 'deploy-failed':
    case 'incident-resolved':
    case 'constraint-done':
      return event.tick - 1;
    default:
      return event.tick;
  }
}

const REQUESTS = new Set(['feature', 'project', 'change']);

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = values.slice().sort((a, b) => a - b);
  // Nearest rank, as the metrics' p50.
  return sorted[Math.max(0, Math.ceil(0.5 * sorted.length) - 1)]!;
}

/**
 * The figures of the hours [from, to). A failure traced to a deployment (an incident from a defect it
 * shipped) counts once known, by `knownAt` (default: `to`), so a stretch's rate can only grow later.
 */
export function windowFigures(
  events: readonly SimEvent[],
  from: number,
  to: number,
  knownAt: number = to,
): WindowFigures {
  const start = Math.max(0, from);
  const hours = Math.max(0, to - start);
  const leadTimes: number[] = [];
  const restores: number[] = [];
  const deployedReleases: number[] = [];
  const failed = new Set<number>();
  for (const event of events) {
    const hour = hourOf(event);
    if (event.type === 'deploy-failed' && hour < knownAt) failed.add(event.releaseId);
    if (event.type === 'incident-opened' && event.releaseId !== null && hour < knownAt)
      failed.add(event.releaseId);
    if (hour < start || hour >= to) continue;
    if (event.type === 'item-done' && REQUESTS.has(event.workType)) leadTimes.push(event.changeLeadTimeHours);
    else if (event.type === 'deployed' || event.type === 'deploy-failed')
      deployedReleases.push(event.releaseId);
    else if (event.type === 'incident-resolved') restores.push(event.restoreHours);
  }
  const days = hours / HOURS_PER_DAY;
  const rate = (count: number): number | null => (hours >= MIN_RATE_HOURS ? count / days : null);
  // As the metrics count it: failing releases (each once) over deployments.
  const failing = new Set(deployedReleases.filter((id) => failed.has(id)));
  return {
    hours,
    leadTimeHours: median(leadTimes),
    throughputPerDay: rate(leadTimes.length),
    deploymentsPerDay: rate(deployedReleases.length),
    changeFailureRate: deployedReleases.length > 0 ? failing.size / deployedReleases.length : null,
    timeToRestoreHours:
      restores.length > 0 ? restores.reduce((sum, x) => sum + x, 0) / restores.length : null,
    shipped: leadTimes.length,
    deployments: deployedReleases.length,
  };
}

export interface Trends {
  /** Hours played so far; `points[key][i]` is the trend at the end of hour i + 1. */
  tick: number;
  points: Record<TrendKey, (number | null)[]>;
}

/**
 * Each key's trend over the act so far: at every hour, the figure of the TREND_WINDOW_HOURS before it
 * (null where there is nothing to measure). Tiles show the act so far; the trend shows its recent
 * stretches, so a change of policy shows as a bend in the line.
 */
export function computeTrends(events: readonly SimEvent[], tick: number): Trends {
  const points = {} as Record<TrendKey, (number | null)[]>;
  for (const key of TREND_KEYS) points[key] = [];
  // One pass buckets what each hour shipped, deployed and restored; each point then reads its window.
  const hours = Math.max(0, tick);
  const leadTimes: number[][] = Array.from({ length: hours }, () => []);
  const deployed: number[][] = Array.from({ length: hours }, () => []);
  const restores: number[][] = Array.from({ length: hours }, () => []);
  /** The first hour each release is known to have failed (as windowFigures counts it). */
  const failedBy = new Map<number, number>();
  for (const event of events) {
    const hour = hourOf(event);
    if (event.type === 'deploy-failed' || (event.type === 'incident-opened' && event.releaseId !== null)) {
      const release = event.releaseId!;
      failedBy.set(release, Math.min(failedBy.get(release) ?? hour, hour));
    }
    if (hour < 0 || hour >= hours) continue;
    if (event.type === 'item-done' && REQUESTS.has(event.workType))
      leadTimes[hour]!.push(event.changeLeadTimeHours);
    else if (event.type === 'deployed' || event.type === 'deploy-failed')
      deployed[hour]!.push(event.releaseId);
    else if (event.type === 'incident-resolved') restores[hour]!.push(event.restoreHours);
  }
  for (let end = 1; end <= hours; end++) {
    const start = Math.max(0, end - TREND_WINDOW_HOURS);
    const windowLeadTimes: number[] = [];
    const windowReleases: number[] = [];
    let restoreSum = 0;
    let restoreCount = 0;
    for (let hour = start; hour < end; hour++) {
      for (const x of leadTimes[hour]!) windowLeadTimes.push(x);
      for (const id of deployed[hour]!) windowReleases.push(id);
      for (const x of restores[hour]!) {
        restoreSum += x;
        restoreCount++;
      }
    }
    const length = end - start;
    const failing = new Set(
      windowReleases.filter((id) => (failedBy.get(id) ?? Number.POSITIVE_INFINITY) < end),
    );
    points.deploymentFrequency.push(
      length >= MIN_RATE_HOURS ? windowReleases.length / (length / HOURS_PER_DAY) : null,
    );
    points.leadTime.push(median(windowLeadTimes));
    points.changeFailureRate.push(windowReleases.length > 0 ? failing.size / windowReleases.length : null);
    points.timeToRestore.push(restoreCount > 0 ? restoreSum / restoreCount : null);
  }
  return { tick, points };
}

function settingKey(setting: PolicySetting): string {
  switch (setting.kind) {
    case 'wipLimit':
      return `wipLimit.${setting.stage}`;
    case 'investment':
      return `investment.${setting.investment}.${setting.phase}`;
    default:
      return setting.kind;
  }
}

/** The value a setting has in the engine's settings (to drop a change that was put back). */
function currentValue(settings: Settings, setting: PolicySetting): unknown {
  switch (setting.kind) {
    case 'wipLimit':
      return settings.wipLimits[setting.stage];
    case 'batchSize':
      return settings.batchSize;
    case 'releaseCadence':
      return settings.releaseCadenceHours;
    case 'projectFreeze':
      return settings.projectFreeze;
    case 'protectConstraint':
      return settings.protectConstraint;
    case 'stopTheLine':
      return settings.stopTheLine;
    case 'improvementShare':
      return settings.improvementShare;
    case 'changeApproval':
      return settings.changeApproval;
    case 'investment':
      return null;
  }
}

function settingValue(setting: PolicySetting): unknown {
  switch (setting.kind) {
    case 'wipLimit':
      return setting.limit;
    case 'batchSize':
      return setting.size;
    case 'releaseCadence':
      return setting.hours;
    case 'projectFreeze':
    case 'protectConstraint':
    case 'stopTheLine':
      return setting.on;
    case 'improvementShare':
      return setting.share;
    case 'changeApproval':
      return setting.mode;
    case 'investment':
      return setting.phase;
  }
}

function applySetting(settings: Settings, setting: PolicySetting): void {
  switch (setting.kind) {
    case 'wipLimit':
      settings.wipLimits[setting.stage] = setting.limit;
      return;
    case 'batchSize':
      settings.batchSize = setting.size;
      return;
    case 'releaseCadence':
      settings.releaseCadenceHours = setting.hours;
      return;
    case 'projectFreeze':
      settings.projectFreeze = setting.on;
      return;
    case 'protectConstraint':
      settings.protectConstraint = setting.on;
      return;
    case 'stopTheLine':
      settings.stopTheLine = setting.on;
      return;
    case 'improvementShare':
      settings.improvementShare = setting.share;
      return;
    case 'changeApproval':
      settings.changeApproval = setting.mode;
      return;
    case 'investment':
      return;
  }
}

function isInvestment(kind: unknown): kind is Investment {
  return (INVESTMENTS as readonly unknown[]).includes(kind);
}

/** The policy setting an event records, if it records one. */
function settingOf(event: SimEvent, kindOfItem: (itemId: number) => unknown): PolicySetting | null {
  if (event.type === 'improvement-completed') {
    return isInvestment(event.improvement)
      ? { kind: 'investment', investment: event.improvement, phase: 'live' }
      : null;
  }
  if (event.type === 'item-created') {
    if (event.workType !== 'improvement') return null;
    const kind = kindOfItem(event.itemId);
    return isInvestment(kind) ? { kind: 'investment', investment: kind, phase: 'started' } : null;
  }
  if (event.type !== 'setting-changed') return null;
  const c = event.command;
  switch (c.type) {
    case 'setWipLimit':
      return { kind: 'wipLimit', stage: c.stage, limit: c.limit };
    case 'setBatchSize':
      return { kind: 'batchSize', size: c.size };
    case 'setReleaseCadence':
      return { kind: 'releaseCadence', hours: c.hours };
    case 'projectFreeze':
      return { kind: 'projectFreeze', on: c.on };
    case 'protectConstraint':
      return { kind: 'protectConstraint', on: c.on };
    case 'stopTheLine':
      return { kind: 'stopTheLine', on: c.on };
    case 'setImprovementShare':
      return { kind: 'improvementShare', share: c.share };
    case 'setChangeApproval':
      return { kind: 'changeApproval', mode: c.mode };
    default:
      return null;
  }
}

export interface PolicyChangeInput {
  events: readonly SimEvent[];
  /** The act's settings at its start (the scenario's defaults). */
  initial: Settings;
  /** What an improvement item is for (the state's `items[id].kind`). */
  kindOfItem: (itemId: number) => unknown;
}

/**
 * The policy changes of the act so far, from the engine's events: settings changed (by the player or a
 * story choice they made), investments decided and investments gone live. Changes within
 * CHANGE_GAP_HOURS of each other are grouped; a setting put back to its value before the group is
 * dropped, and a group left with nothing is no change at all.
 */
export function policyChanges(input: PolicyChangeInput): PolicyChange[] {
  const settings = JSON.parse(JSON.stringify(input.initial)) as Settings;
  const groups: PolicyChange[] = [];
  let open: {
    first: number;
    last: number;
    before: Map<string, unknown>;
    net: Map<string, PolicySetting>;
  } | null = null;
  const close = () => {
    if (!open) return;
    const net = [...open.net.entries()]
      .filter(
        ([key, setting]) => setting.kind === 'investment' || open!.before.get(key) !== settingValue(setting),
      )
      .map(([, setting]) => setting);
    if (net.length > 0) groups.push({ firstTick: open.first, lastTick: open.last, settings: net });
    open = null;
  };
  for (const event of input.events) {
    const setting = settingOf(event, input.kindOfItem);
    if (!setting) continue;
    const hour = event.type === 'improvement-completed' ? event.tick : hourOf(event);
    // An investment going live is the engine's doing, not a decision: it is a change of its own.
    const live = setting.kind === 'investment' && setting.phase === 'live';
    if (open && (live || hour > open.last + CHANGE_GAP_HOURS || [...open.net.values()].some(isLive))) close();
    open ??= { first: hour, last: hour, before: new Map(), net: new Map() };
    const key = settingKey(setting);
    if (!open.before.has(key)) open.before.set(key, currentValue(settings, setting));
    open.net.delete(key); // re-inserted: the order is that of the latest change
    open.net.set(key, setting);
    open.last = hour;
    applySetting(settings, setting);
  }
  close();
  return groups;
}

function isLive(setting: PolicySetting): boolean {
  return setting.kind === 'investment' && setting.phase === 'live';
}

/** Where the trends get a marker: every change the player decided (an investment going live is not one). */
export function markerTicks(changes: readonly PolicyChange[]): number[] {
  return changes.filter((change) => change.settings.some((s) => !isLive(s))).map((c) => c.firstTick);
}

/**
 * The constraint engineer's utilisation over the last working day (the hours played of it, at the
 * start): the share of each hour they worked, averaged. Null before the first hour.
 */
export function constraintUtilisationLastDay(events: readonly SimEvent[]): number | null {
  let sum = 0;
  let hours = 0;
  for (let i = events.length - 1; i >= 0 && hours < HOURS_PER_DAY; i--) {
    const event = events[i]!;
    if (event.type !== 'hour') continue;
    sum += event.constraintBusy;
    hours++;
  }
  return hours > 0 ? sum / hours : null;
}
