// The score: a pure function of a run's metrics and its scenario. Each component is built from named
// measures; every measure says how many points it cost, so the debrief can explain the score.
import { goalProgress, type Metrics, type Scenario } from '../engine';
import { classifyDora, type DoraKeys } from './dora';
import {
  ACT_WEIGHTS,
  COMPONENT_MEASURES,
  COMPONENTS,
  type ComponentName,
  MAX_SCORE,
  MEASURES,
  type MeasureName,
  type Ramp,
  STAR_THRESHOLDS,
} from './weights';

/** A fact for the debrief: an i18n key (`score.fact.<measure>`) and its parameters. */
export interface ScoreFact {
  measure: MeasureName;
  key: string;
  params: Record<string, number | string>;
  /** Points this measure cost (0 when perfect). */
  pointsLost: number;
}

export interface ScoreComponent {
  /** 0–1. */
  value: number;
  weight: number;
  points: number;
  max: number;
  /** The two or three measures that moved it most, biggest loss first. */
  facts: ScoreFact[];
}

export interface ActScore {
  total: number;
  stars: 0 | 1 | 2 | 3;
  components: Record<ComponentName, ScoreComponent>;
  dora: DoraKeys;
}

export function ramp(value: number, { good, bad }: Ramp): number {
  if (!Number.isFinite(value)) return 0;
  const t = (value - bad) / (good - bad);
  return Math.min(1, Math.max(0, t));
}

const round1 = (value: number) => Math.round(value * 10) / 10;

/**
 * Each measure's raw value from the metrics. null: nothing happened to measure (no incident to restore,
 * no deployment to fail) → full marks; undefined: the act has not unlocked what the measure is about →
 * the measure does not count and the others share its weight.
 */
function measureValues(scenario: Scenario, metrics: Metrics): Record<MeasureName, number | null | undefined> {
  const goal = scenario.goal;
  const featureValue = (scenario.templates.feature.value.min + scenario.templates.feature.value.max) / 2;
  return {
    // The act's one goal definition (features live by the goal's day), shared with the HUD and results.
    shipped: goalProgress(scenario, metrics).featuresShipped / Math.max(1, goal.featuresShipped),
    value: metrics.valueDelivered / Math.max(1, goal.featuresShipped * featureValue),
    outage: metrics.outageHours / Math.max(1, goal.maxOutageHours),
    // Nothing shipped is the worst lead time there is, not an unknown one.
    leadTime: metrics.leadTimeForChangesHours.p50 ?? Number.POSITIVE_INFINITY,
    deployFrequency: metrics.deploymentsPerDay,
    customerLeadTime: metrics.customerLeadTimeHours.p50 ?? Number.POSITIVE_INFINITY,
    mttd: metrics.mttdHours,
    mttr: metrics.mttrHours,
    changeFailure: metrics.changeFailureRate,
    escaped: metrics.itemsShipped > 0 ? metrics.escapedDefects / metrics.itemsShipped : null,
    debtEnd: metrics.debtIndex,
    unplanned: metrics.unplannedShare,
  };
}

function factParams(
  measure: MeasureName,
  raw: number | null,
  scenario: Scenario,
): Record<string, number | string> {
  const value = raw === null ? 0 : Number.isFinite(raw) ? round1(raw) : '–';
  switch (measure) {
    case 'shipped':
      return {
        value: Math.round((raw ?? 0) * scenario.goal.featuresShipped),
        target: scenario.goal.featuresShipped,
        day: scenario.goal.byDay,
      };
    case 'outage':
      return {
        value: round1((raw ?? 0) * scenario.goal.maxOutageHours),
        target: scenario.goal.maxOutageHours,
      };
    case 'value':
    case 'changeFailure':
    case 'unplanned':
    case 'debtEnd':
      return {
        percent: raw === null ? 0 : Math.round(raw * 100),
        good: Math.round(MEASURES[measure].good * 100),
      };
    case 'escaped':
      return { value: raw === null ? 0 : Math.round(raw * 100) / 100, good: MEASURES[measure].good };
    default:
      return { value, good: MEASURES[measure].good };
  }
}

export function scoreAct(scenario: Scenario, metrics: Metrics): ActScore {
  const weights = ACT_WEIGHTS[scenario.id];
  const raw = measureValues(scenario, metrics);
  const components = {} as Record<ComponentName, ScoreComponent>;
  let total = 0;
  for (const name of COMPONENTS) {
    const weight = weights[name];
    const max = MAX_SCORE * weight;
    const facts: ScoreFact[] = [];
    const applicable = (Object.entries(COMPONENT_MEASURES[name]) as [MeasureName, number][]).filter(
      ([measure]) => raw[measure] !== undefined,
    );
    const shares = applicable.reduce((sum, [, share]) => sum + share, 0);
    let value = 0;
    for (const [measure, weightInComponent] of applicable) {
      const share = shares > 0 ? weightInComponent / shares : 0;
      const measured = raw[measure] as number | null;
      const earned = measured === null ? 1 : ramp(measured, MEASURES[measure]);
      value += share * earned;
      // Nothing to measure is no fact to explain (a run without incidents has no time to restore).
      if (measured === null) continue;
      facts.push({
        measure,
        key: `score.fact.${measure}`,
        params: factParams(measure, measured, scenario),
        pointsLost: max * share * (1 - earned),
      });
    }
    // Biggest loss first; ties (e.g. several perfect measures) keep the component's order.
    facts.sort((a, b) => b.pointsLost - a.pointsLost);
    for (const fact of facts) fact.pointsLost = Math.round(fact.pointsLost);
    const points = Math.round(max * value);
    total += points;
    components[name] = { value, weight, points, max: Math.round(max), facts: facts.slice(0, 3) };
  }
  const thresholds = STAR_THRESHOLDS[scenario.id];
  const stars = thresholds.filter((threshold) => total >= threshold).length as ActScore['stars'];
  return { total, stars, components, dora: classifyDora(metrics) };
}
