// The what-if comparison as rows: your run against the changed one, metric by metric, with which way
// each moved and whether that is better. Pure (no DOM, no words): the debrief's what-if panel turns the
// rows into a table in the player's language.
import { goalProgress, type Metrics, type Scenario } from '../../engine';
import type { ActScore, DoraBand, DoraKeys } from '../../scoring';

/** How a row's values are shown. */
export type CompareUnit = 'count' | 'perDay' | 'hours' | 'percent' | 'outageHours';

export interface CompareRow {
  /** The row's label (an i18n key) and its parameters. */
  label: { key: string; params?: Record<string, number> };
  yours: number | null;
  changed: number | null;
  unit: CompareUnit;
  better: 'higher' | 'lower';
  /** The DORA band of each run, for the four keys. */
  bands: { yours: DoraBand; changed: DoraBand } | null;
  /** `null` when a value is missing (nothing to compare). */
  verdict: 'better' | 'worse' | 'same' | null;
  /** Which way the changed run moved (for the arrow), when it moved. */
  direction: 'up' | 'down' | null;
}

/** What the comparison needs of a scored run. */
export interface ComparedRun {
  metrics: Metrics;
  score: Pick<ActScore, 'total' | 'stars' | 'dora'>;
}

/** Values closer than this are the same (floating-point noise of averages). */
const SAME = 1e-9;

export function whatIfRows(scenario: Scenario, yours: ComparedRun, changed: ComparedRun): CompareRow[] {
  const row = (
    label: CompareRow['label'],
    pick: (run: ComparedRun) => number | null,
    unit: CompareUnit,
    better: CompareRow['better'],
    dora: keyof DoraKeys | null = null,
  ): CompareRow => {
    const x = pick(yours);
    const y = pick(changed);
    const moved = x !== null && y !== null && Math.abs(y - x) > SAME;
    return {
      label,
      yours: x,
      changed: y,
      unit,
      better,
      bands: dora ? { yours: yours.score.dora[dora], changed: changed.score.dora[dora] } : null,
      verdict:
        x === null || y === null
          ? null
          : !moved
            ? 'same'
            : (better === 'higher' ? y > x : y < x)
              ? 'better'
              : 'worse',
      direction: moved ? (y > x ? 'up' : 'down') : null,
    };
  };
  return [
    row({ key: 'debrief.whatIf.row.score' }, (r) => r.score.total, 'count', 'higher'),
    row({ key: 'debrief.whatIf.row.stars' }, (r) => r.score.stars, 'count', 'higher'),
    row(
      { key: 'dora.deploymentFrequency' },
      (r) => r.metrics.deploymentsPerDay,
      'perDay',
      'higher',
      'deploymentFrequency',
    ),
    row(
      { key: 'debrief.whatIf.row.leadTime' },
      (r) => r.metrics.leadTimeForChangesHours.p50,
      'hours',
      'lower',
      'leadTime',
    ),
    row(
      { key: 'dora.changeFailureRate' },
      (r) => r.metrics.changeFailureRate,
      'percent',
      'lower',
      'changeFailureRate',
    ),
    row({ key: 'dora.timeToRestore' }, (r) => r.metrics.mttrHours, 'hours', 'lower', 'timeToRestore'),
    row(
      { key: 'debrief.whatIf.row.customerLeadTime' },
      (r) => r.metrics.customerLeadTimeHours.p50,
      'hours',
      'lower',
    ),
    row({ key: 'debrief.whatIf.row.outage' }, (r) => r.metrics.outageHours, 'outageHours', 'lower'),
    row(
      { key: 'debrief.whatIf.row.goal', params: { day: scenario.goal.byDay } },
      (r) => goalProgress(scenario, r.metrics).featuresShipped,
      'count',
      'higher',
    ),
  ];
}

/** True when the change moved neither the score nor the lead time (the panel says so). */
export function whatIfChangedNothing(yours: ComparedRun, changed: ComparedRun): boolean {
  return (
    yours.score.total === changed.score.total &&
    yours.metrics.leadTimeForChangesHours.p50 === changed.metrics.leadTimeForChangesHours.p50
  );
}
