// DORA four keys, classified into the published performance bands (design §4), in simulated time.
// The band edges are data in weights.ts, with every other threshold of the scoring.
import type { Metrics } from '../engine';
import { DORA_THRESHOLDS } from './weights';

export type DoraBand = 'elite' | 'high' | 'medium' | 'low';
export const DORA_BANDS: readonly DoraBand[] = ['elite', 'high', 'medium', 'low'];

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
    leadTime: leadTimeBand(metrics.leadTimeForChangesHours.p50),
    changeFailureRate: changeFailureRateBand(metrics.changeFailureRate),
    timeToRestore: timeToRestoreBand(metrics.mttrHours),
  };
}
