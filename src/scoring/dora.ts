// DORA four keys, classified into the published performance bands (design §4), in simulated time:
// one working day is 8 hours, a week 5 working days, a month 4 weeks.
import type { Metrics } from '../engine';

export type DoraBand = 'elite' | 'high' | 'medium' | 'low';
export const DORA_BANDS: readonly DoraBand[] = ['elite', 'high', 'medium', 'low'];

export const HOURS_PER_DAY = 8;
const DAY = HOURS_PER_DAY;
const WEEK = 5 * DAY;
const MONTH = 4 * WEEK;

/** Upper bounds of each band (the value must be below, or at most for rates); data, in one place. */
export const DORA_THRESHOLDS = {
  /** Deployments per working day: elite several a day, high daily–weekly, medium weekly–monthly. */
  deploymentFrequency: { elite: 2, high: 1 / 5, medium: 1 / 20 },
  /** Lead time for changes in hours: elite < 1 day, high < 1 week, medium < 1 month. */
  leadTimeHours: { elite: DAY, high: WEEK, medium: MONTH },
  /** Time to restore in hours: elite < 1 hour, high < 1 day, medium < 1 week. */
  timeToRestoreHours: { elite: 1, high: DAY, medium: WEEK },
  /** Change failure rate: elite ≤ 5%, high ≤ 10%, medium ≤ 15%. */
  changeFailureRate: { elite: 0.05, high: 0.1, medium: 0.15 },
} as const;

export function deploymentFrequencyBand(deploymentsPerDay: number): DoraBand {
  const t = DORA_THRESHOLDS.deploymentFrequency;
  if (deploymentsPerDay >= t.elite) return 'elite';
  if (deploymentsPerDay >= t.high) return 'high';
  if (deploymentsPerDay >= t.medium) return 'medium';
  return 'low';
}

function belowBand(value: number, t: { elite: number; high: number; medium: number }): DoraBand {
  if (value < t.elite) return 'elite';
  if (value < t.high) return 'high';
  if (value < t.medium) return 'medium';
  return 'low';
}

/** With nothing shipped yet there is no lead time: that is the worst band, not the best. */
export function leadTimeBand(leadTimeHours: number | null): DoraBand {
  return leadTimeHours === null ? 'low' : belowBand(leadTimeHours, DORA_THRESHOLDS.leadTimeHours);
}

/** No incident restored means nothing to measure: no penalty. */
export function timeToRestoreBand(mttrHours: number | null): DoraBand {
  return mttrHours === null ? 'elite' : belowBand(mttrHours, DORA_THRESHOLDS.timeToRestoreHours);
}

export function changeFailureRateBand(rate: number | null): DoraBand {
  if (rate === null) return 'elite';
  const t = DORA_THRESHOLDS.changeFailureRate;
  if (rate <= t.elite) return 'elite';
  if (rate <= t.high) return 'high';
  if (rate <= t.medium) return 'medium';
  return 'low';
}

export interface DoraKeys {
  deploymentFrequency: DoraBand;
  leadTime: DoraBand;
  changeFailureRate: DoraBand;
  timeToRestore: DoraBand;
}

export function classifyDora(metrics: Metrics): DoraKeys {
  return {
    deploymentFrequency: deploymentFrequencyBand(metrics.deploymentsPerDay),
    leadTime: leadTimeBand(metrics.leadTimeHours.p50),
    changeFailureRate: changeFailureRateBand(metrics.changeFailureRate),
    timeToRestore: timeToRestoreBand(metrics.mttrHours),
  };
}
