// CSV export of every verified result, through Papa Parse (quoting, and formula escaping so a name
// like "=HYPERLINK(…)" stays text in a spreadsheet).
import Papa from 'papaparse';
import { PRACTICES, practiceRecord } from '../scoring';
import { ACT_ORDER } from './class-stats';
import type { VerifiedResult } from './verify';

/** One column per practice (`practice.<name>`): the points it earned; empty when the act had not unlocked it. */
export const PRACTICE_COLUMNS = PRACTICES.map((practice) => `practice.${practice}` as const);

export const CSV_COLUMNS = [
  'name',
  'class',
  'scenario',
  'seed',
  'days',
  'demand',
  'score',
  'stars',
  'lead_time_for_changes_p50_h',
  'lead_time_for_changes_mean_h',
  'customer_lead_time_p50_h',
  'avg_release_size',
  'improvement_share',
  'outage_h',
  'deployments_per_day',
  'deployments',
  'failed_deployments',
  'change_failure_rate',
  'failures_per_change',
  'mttr_h',
  'mttd_h',
  'goal_features_shipped',
  'features_shipped',
  'items_shipped',
  'escaped_defects',
  'value_delivered',
  'revenue_lost',
  'dora_deployment_frequency',
  'dora_lead_time_for_changes',
  'dora_change_failure_rate',
  'dora_time_to_restore',
  ...PRACTICE_COLUMNS,
  'engine_version',
  'code',
] as const;

const round = (value: number | null, digits = 3) =>
  value === null ? '' : Math.round(value * 10 ** digits) / 10 ** digits;

/** The result's points per practice, in PRACTICES order ('' for a practice its act had not unlocked). */
export function practiceCells(result: VerifiedResult): (number | '')[] {
  const record = result.practices ? practiceRecord(result.practices) : {};
  return PRACTICES.map((practice) => record[practice] ?? '');
}

export function resultsCsv(results: readonly VerifiedResult[]): string {
  const rows = [...results]
    .sort(
      (a, b) =>
        ACT_ORDER.indexOf(a.scenario) - ACT_ORDER.indexOf(b.scenario) ||
        b.score - a.score ||
        a.name.localeCompare(b.name),
    )
    .map((r) => [
      r.name,
      r.className,
      r.scenario,
      r.seed,
      r.days,
      r.demand,
      r.score,
      r.stars,
      round(r.metrics.leadTimeP50),
      round(r.metrics.leadTimeMean),
      round(r.metrics.customerLeadTimeP50),
      round(r.metrics.avgReleaseSize),
      round(r.metrics.improvementShare),
      round(r.metrics.outageHours),
      round(r.metrics.deploymentsPerDay),
      r.metrics.deployments,
      r.metrics.failedDeployments,
      round(r.metrics.changeFailureRate),
      round(r.metrics.failuresPerChange),
      round(r.metrics.mttrHours),
      round(r.metrics.mttdHours),
      r.metrics.goalFeatures,
      r.metrics.featuresShipped,
      r.metrics.itemsShipped,
      r.metrics.escapedDefects,
      round(r.metrics.valueDelivered, 1),
      round(r.metrics.revenueLost, 1),
      r.dora.deploymentFrequency,
      r.dora.leadTime,
      r.dora.changeFailureRate,
      r.dora.timeToRestore,
      ...practiceCells(r),
      r.engineVersion,
      r.code,
    ]);
  return Papa.unparse({ fields: [...CSV_COLUMNS], data: rows }, { escapeFormulae: true, newline: '\r\n' });
}
