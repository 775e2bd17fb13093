// The run's metrics as CSV, written and read with Papa Parse (quoting, commas, line breaks and
// non-ASCII text are its job, not ours). Long ("tidy") format: one value per row.
import Papa from 'papaparse';
import { goalProgress, type Metrics, type StageTimes } from '../../engine';
import { COMPONENTS, PRACTICES, practicesOf } from '../../scoring';
import type { DebriefData } from './analysis';

export const CSV_HEADER = ['section', 'key', 'label', 'day', 'value', 'unit'] as const;
export type CsvRow = [section: string, key: string, label: string, day: string, value: string, unit: string];

export interface CsvLabels {
  /** The translated label of a metric, component, DORA key or series column. */
  label(section: string, key: string): string;
  /** The translated name of a unit (hours, per day, share…). */
  unit(unit: string): string;
}

type DistributionKey =
  | 'leadTimeForChangesHours'
  | 'customerLeadTimeHours'
  | 'completedCustomerLeadTimeHours'
  | 'cycleTimeHours';

/** Metrics in the CSV: key → unit. Numbers are written plainly (dot decimals) so spreadsheets read them. */
const METRIC_UNITS: [
  keyof Metrics | `${DistributionKey}.${'mean' | 'p50' | 'p85'}` | `stageTimeHours.${keyof StageTimes}`,
  string,
][] = [
  ['leadTimeForChangesHours.mean', 'hours'],
  ['leadTimeForChangesHours.p50', 'hours'],
  ['leadTimeForChangesHours.p85', 'hours'],
  ['customerLeadTimeHours.mean', 'hours'],
  ['customerLeadTimeHours.p50', 'hours'],
  ['customerLeadTimeHours.p85', 'hours'],
  ['completedCustomerLeadTimeHours.p50', 'hours'],
  ['cycleTimeHours.p50', 'hours'],
  ['stageTimeHours.dev', 'hours'],
  ['stageTimeHours.test', 'hours'],
  ['stageTimeHours.ops', 'hours'],
  ['stageTimeHours.release', 'hours'],
  ['throughputPerDay', 'perDay'],
  ['itemsShipped', 'count'],
  ['featuresShipped', 'count'],
  ['flowEfficiency', 'share'],
  ['deployments', 'count'],
  ['failedDeployments', 'count'],
  ['avgReleaseSize', 'count'],
  ['deploymentsPerDay', 'perDay'],
  ['changeFailureRate', 'share'],
  ['productionFailures', 'count'],
  ['failuresPerChange', 'count'],
  ['incidents', 'count'],
  ['mttdHours', 'hours'],
  ['mttrHours', 'hours'],
  ['defectsFound', 'count'],
  ['escapedDefects', 'count'],
  ['outageHours', 'hours'],
  ['constraintUtilization', 'share'],
  ['constraintQueueWaitHours', 'hours'],
  ['improvementShare', 'share'],
  ['unplannedShare', 'share'],
  ['debtAtStart', 'index'],
  ['debtIndex', 'index'],
  ['valueDelivered', 'value'],
  ['revenueLost', 'value'],
];

const plain = (value: number | null | undefined): string =>
  value === null || value === undefined || !Number.isFinite(value)
    ? ''
    : String(Math.round(value * 1000) / 1000);

function metricValue(metrics: Metrics, key: string): number | null {
  const [head, tail] = key.split('.') as [keyof Metrics, string | undefined];
  const value = metrics[head] as unknown;
  if (tail && value && typeof value === 'object')
    return (value as Record<string, number | null>)[tail] ?? null;
  return typeof value === 'number' ? value : null;
}

/** Rows (without the header) for one run: score, components, DORA bands, metrics and per-day series. */
export function metricsCsvRows(data: DebriefData, labels: CsvLabels): CsvRow[] {
  const { score, metrics } = data.outcome;
  const row = (section: string, key: string, day: string, value: string, unit: string): CsvRow => [
    section,
    key,
    labels.label(section, key),
    day,
    value,
    unit === '' ? '' : labels.unit(unit),
  ];
  const rows: CsvRow[] = [
    row('run', 'scenario', '', data.scenario.id, ''),
    row('run', 'seed', '', String(data.log.seed), ''),
    row('score', 'total', '', String(score.total), 'points'),
    row('score', 'stars', '', String(score.stars), 'count'),
  ];
  for (const name of COMPONENTS) {
    const component = score.components[name];
    rows.push(row('component', name, '', String(component.points), 'points'));
  }
  for (const [key, band] of Object.entries(score.dora)) rows.push(row('dora', key, '', band, ''));
  // The act's goal, by the engine's one definition (features live by the goal's day).
  rows.push(
    row('goal', 'featuresByDay', '', String(goalProgress(data.scenario, metrics).featuresShipped), 'count'),
  );
  // One row per practice the act unlocked (`practice.<name>`): the points it earned in this run.
  const unlocked = new Set(practicesOf(data.scenario));
  for (const practice of PRACTICES) {
    if (!unlocked.has(practice)) continue;
    const result = data.practices?.find((r) => r.practice === practice);
    rows.push(row('practice', `practice.${practice}`, '', result ? String(result.points) : '', 'points'));
  }
  for (const [key, unit] of METRIC_UNITS)
    rows.push(row('metric', key, '', plain(metricValue(metrics, key)), unit));
  const { cfd, utilisation } = data.series;
  cfd.days.forEach((day, index) => {
    for (const stage of Object.keys(cfd.band) as (keyof typeof cfd.band)[]) {
      rows.push(row('cfd', stage, String(day), String(cfd.band[stage][index] ?? ''), 'count'));
    }
  });
  utilisation.days.forEach((day, index) => {
    rows.push(row('constraint', 'busy', String(day), plain(utilisation.busy[index]), 'share'));
    rows.push(row('constraint', 'queue', String(day), plain(utilisation.queue[index]), 'count'));
    rows.push(row('constraint', 'waitHours', String(day), plain(utilisation.waitHours[index]), 'hours'));
  });
  return rows;
}

/** CSV text with a byte-order mark, so spreadsheet programs read accents and ñ as UTF-8. */
export function toCsv(rows: readonly (readonly string[])[], header: readonly string[] = CSV_HEADER): string {
  return `\ufeff${Papa.unparse([header as string[], ...(rows as string[][])], { newline: '\r\n', quotes: false })}\r\n`;
}

/** Reads CSV text back into rows (header first), as written by `toCsv`. */
export function parseCsv(text: string): string[][] {
  const result = Papa.parse<string[]>(text.replace(/^\ufeff/, ''), { skipEmptyLines: true });
  return result.data;
}
