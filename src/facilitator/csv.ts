// CSV export of every verified result, through Papa Parse (quoting, and formula escaping so a name
// like "=HYPERLINK(…)" stays text in a spreadsheet).
import Papa from 'papaparse';
import { ACT_ORDER } from './class-stats';
import type { VerifiedResult } from './verify';

export const CSV_COLUMNS = [
  'name',
  'class',
  'scenario',
  'seed',
  'score',
  'stars',
  'lead_time_p50_h',
  'lead_time_mean_h',
  'avg_release_size',
  'improvement_share',
  'outage_h',
  'deployments_per_day',
  'change_failure_rate',
  'mttr_h',
  'mttd_h',
  'features_shipped',
  'releases',
  'value_delivered',
  'revenue_lost',
  'dora_deployment_frequency',
  'dora_lead_time',
  'dora_change_failure_rate',
  'dora_time_to_restore',
  'engine_version',
  'code',
] as const;

const round = (value: number | null, digits = 3) =>
  value === null ? '' : Math.round(value * 10 ** digits) / 10 ** digits;

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
      r.score,
      r.stars,
      round(r.metrics.leadTimeP50),
      round(r.metrics.leadTimeMean),
      round(r.metrics.avgReleaseSize),
      round(r.metrics.improvementShare),
      round(r.metrics.outageHours),
      round(r.metrics.deploymentsPerDay),
      round(r.metrics.changeFailureRate),
      round(r.metrics.mttrHours),
      round(r.metrics.mttdHours),
      r.metrics.featuresShipped,
      r.metrics.releases,
      round(r.metrics.valueDelivered, 1),
      round(r.metrics.revenueLost, 1),
      r.dora.deploymentFrequency,
      r.dora.leadTime,
      r.dora.changeFailureRate,
      r.dora.timeToRestore,
      r.engineVersion,
      r.code,
    ]);
  return Papa.unparse({ fields: [...CSV_COLUMNS], data: rows }, { escapeFormulae: true, newline: '\r\n' });
}
